import { Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './check-ins.module.css';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
}

interface ChoiceScaleProps<V extends string | number> {
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  /** Words under the two ends of a numeric scale ("Lowest" … "Best"). */
  ends?: [string, string];
  name?: string;
  testId?: string;
}

/**
 * A labelled row of radio buttons drawn as segments: one tap each, read by screen readers as a
 * radio group with its question (sliders fail under VoiceOver, FIELD-NOTES). Native inputs, so
 * arrow keys move within the group and the chosen segment is announced as checked.
 */
export function ChoiceScale<V extends string | number>({ legend, hint, choices, value, onChange, ends, name, testId }: ChoiceScaleProps<V>) {
  const id = useId();
  const groupName = name ?? `scale-${id}`;
  return (
    <fieldset className={classes.fieldset} aria-describedby={hint ? `${id}-hint` : undefined} data-testid={testId}>
      <legend className={classes.legend}>{legend}</legend>
      {hint ? (
        <Text size="sm" c="dimmed" id={`${id}-hint`} mb={6}>
          {hint}
        </Text>
      ) : null}
      <div className={classes.scale} style={{ gridTemplateColumns: `repeat(${choices.length}, minmax(0, 1fr))` }}>
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <span key={choice.value} className={classes.segment}>
              <input
                type="radio"
                id={inputId}
                name={groupName}
                value={String(choice.value)}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                className={classes.radio}
              />
              <label htmlFor={inputId} className={classes.segmentLabel}>
                {choice.label}
              </label>
            </span>
          );
        })}
      </div>
      {ends ? (
        <div className={classes.ends} aria-hidden>
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </div>
      ) : null}
    </fieldset>
  );
}

/** 0 … max as choices. */
export function numberChoices(max: number): Choice<number>[] {
  return Array.from({ length: max + 1 }, (_, n) => ({ value: n, label: String(n) }));
}
