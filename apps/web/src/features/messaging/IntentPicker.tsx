import { Text } from '@mantine/core';
import type { IntentChoice, MessageIntent } from '@steadfast/contracts';
import type { Ref } from 'react';
import classes from './messaging.module.css';
import { messagingWords } from './messaging.words';

const words = messagingWords.composer;

interface IntentPickerProps {
  choices: IntentChoice[];
  value: MessageIntent | null;
  onChange: (intent: MessageIntent) => void;
  error?: string | undefined;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * The client's choice of what a message needs, as native radio buttons in a fieldset: a labelled
 * group, arrow keys between choices, one tab stop. Each choice is explained in plain words (its
 * label names it, the explanation describes it); the chosen one also says when a reply would come
 * if it were sent now, from the person's agreement. No choice is styled as more important.
 */
export function IntentPicker({ choices, value, onChange, error, ref }: IntentPickerProps) {
  const describedBy = ['intent-hint', error ? 'intent-error' : ''].filter(Boolean).join(' ');
  return (
    <fieldset ref={ref} className={classes.picker} aria-describedby={describedBy} tabIndex={-1} data-testid="intent-picker">
      <legend className={classes.legend}>{words.intentLegend}</legend>
      <Text id="intent-hint" size="sm" c="dimmed" mb="xs">
        {words.intentHint}
      </Text>
      {error ? (
        <Text id="intent-error" size="sm" c="var(--mantine-color-error)" mb="xs">
          {error}
        </Text>
      ) : null}
      <div className={classes.choices}>
        {choices.map((choice) => {
          const id = `intent-${choice.intent}`;
          const checked = value === choice.intent;
          return (
            <label key={choice.intent} htmlFor={id} className={classes.choice} data-checked={checked || undefined}>
              <input
                id={id}
                type="radio"
                name="intent"
                value={choice.intent}
                checked={checked}
                onChange={() => onChange(choice.intent)}
                className={classes.radio}
                aria-labelledby={`${id}-label`}
                aria-describedby={checked && choice.expectation ? `${id}-explanation ${id}-expectation` : `${id}-explanation`}
              />
              <span className={classes.choiceText}>
                <span id={`${id}-label`} className={classes.choiceLabel}>
                  {choice.label}
                </span>
                <span id={`${id}-explanation`} className={classes.choiceExplanation}>
                  {choice.explanation}
                </span>
                {checked && choice.expectation ? (
                  <span id={`${id}-expectation`} className={classes.choiceExpectation} data-testid="intent-expectation">
                    {words.ifSentNow}
                    {choice.expectation}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
