import { Alert, Button, Group, Paper, Progress, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import type { InstrumentDefinition } from '@steadfast/contracts';
import { useEffect, useRef, useState } from 'react';
import { measureWords as words } from './measures.words';

interface MeasureFormProps {
  definition: InstrumentDefinition;
  pending: boolean;
  onSubmit: (answers: number[], functional: number | null) => void;
}

/**
 * PHQ-9 or GAD-7 in the published wording and order, one question at a time (or all on one
 * page, the person's choice). Every scored item must be answered: item 9 is never imputed.
 */
export function MeasureForm({ definition, pending, onSubmit }: MeasureFormProps) {
  const count = definition.items.length;
  const [answers, setAnswers] = useState<(number | null)[]>(() => Array(count).fill(null));
  const [functional, setFunctional] = useState<number | null>(null);
  const [index, setIndex] = useState(0);
  const [oneAtATime, setOneAtATime] = useState(true);
  const [missing, setMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);

  const total = count + 1;
  const answer = (n: number, value: number) => {
    setMissing(false);
    setAnswers(answers.map((a, i) => (i === n ? value : a)));
  };
  const submit = () => {
    if (answers.some((a) => a === null)) {
      setMissing(true);
      const first = answers.findIndex((a) => a === null);
      if (oneAtATime) setIndex(first);
      return;
    }
    onSubmit(answers as number[], functional);
  };

  const itemBlock = (n: number, asHeading: boolean) => (
    <Radio.Group
      key={definition.items[n]!.linkId}
      value={answers[n] === null ? null : String(answers[n])}
      onChange={(v) => answer(n, Number(v))}
      label={
        asHeading ? (
          <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
            {`${n + 1}. ${definition.items[n]!.text}`}
          </Title>
        ) : (
          `${n + 1}. ${definition.items[n]!.text}`
        )
      }
      error={missing && answers[n] === null ? words.answerAll : undefined}
      data-testid={`measure-item-${n + 1}`}
    >
      <Stack gap="xs" mt="xs">
        {definition.options.map((o) => (
          <Radio key={o.value} value={String(o.value)} label={o.label} size="md" />
        ))}
      </Stack>
    </Radio.Group>
  );

  const functionalBlock = (asHeading: boolean) => (
    <Radio.Group
      value={functional === null ? null : String(functional)}
      onChange={(v) => setFunctional(Number(v))}
      label={
        asHeading ? (
          <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
            {definition.functional.text}
          </Title>
        ) : (
          definition.functional.text
        )
      }
      description={words.functionalOptional}
    >
      <Stack gap="xs" mt="xs">
        {definition.functional.options.map((o) => (
          <Radio key={o.value} value={String(o.value)} label={o.label} size="md" />
        ))}
      </Stack>
    </Radio.Group>
  );

  const last = index === total - 1;
  return (
    <Stack gap="md" data-testid="measure-form">
      <Text fw={600}>{definition.stem}</Text>
      <Switch label={words.showAll} checked={!oneAtATime} onChange={(e) => setOneAtATime(!e.currentTarget.checked)} />
      {oneAtATime ? (
        <Paper withBorder p="md">
          <Stack gap="md">
            <Stack gap={4}>
              <Text size="sm">{words.questionOf(index + 1, total)}</Text>
              <Progress value={((index + 1) / total) * 100} aria-hidden size="sm" />
            </Stack>
            {index < count ? itemBlock(index, true) : functionalBlock(true)}
            <Group gap="sm">
              {index > 0 ? (
                <Button variant="default" onClick={() => setIndex(index - 1)}>
                  {words.back}
                </Button>
              ) : null}
              {last ? (
                <Button onClick={submit} loading={pending}>
                  {words.send}
                </Button>
              ) : (
                <Button onClick={() => setIndex(index + 1)} disabled={index < count && answers[index] === null}>
                  {words.next}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="lg">
          {definition.items.map((_, n) => itemBlock(n, false))}
          {functionalBlock(false)}
          <div>
            <Button onClick={submit} loading={pending}>
              {words.send}
            </Button>
          </div>
        </Stack>
      )}
      {missing ? (
        <Alert color="red" variant="light" role="alert">
          {words.answerAll}
        </Alert>
      ) : null}
      <Text size="xs" c="dimmed" data-testid="pfizer-notice">
        {definition.notice}
      </Text>
    </Stack>
  );
}
