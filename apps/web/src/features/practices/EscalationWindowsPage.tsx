import { Alert, Button, Group, List, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { ESCALATION_WINDOW_BOUNDS, EscalationWindowsBody, type EscalationPolicy } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useEscalationWindows, useSaveEscalationWindows } from './practices.api';
import { practiceWords } from './practices.words';

const words = practiceWords.escalation;

type Field = keyof EscalationPolicy;
/** What the admin typed: Mantine's NumberInput gives '' for an empty field. */
type Draft = Record<Field, number | string>;
type FieldErrors = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = ['imminentMinutes', 'highMinutes'];

/** The admin sets how long a flag may go unacknowledged, per level, before the ladder's next step (SPEC §2.9). */
export default function EscalationWindowsPage() {
  const current = useEscalationWindows();
  const save = useSaveEscalationWindows();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  if (!current.data) {
    if (!current.error) return <LoadingPage title={words.title} />;
    return (
      <Page title={words.title}>
        <ErrorNotice error={current.error} onRetry={() => void current.refetch()} />
      </Page>
    );
  }
  const { defaults, runningLadders } = current.data;
  const values: Draft = draft ?? current.data.windows;

  const update = (next: Draft) => {
    setDraft(next);
    setErrors(null);
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = EscalationWindowsBody.safeParse({ imminentMinutes: asNumber(values.imminentMinutes), highMinutes: asNumber(values.highMinutes) });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues.map((i) => ({ field: i.path[0], message: i.message }))));
      return;
    }
    setErrors(null);
    save.mutate(parsed.data, { onSuccess: () => setDraft(null) });
  };
  const shown = { ...serverFieldErrors(save.error), ...errors };
  const hasFieldErrors = Object.keys(shown).length > 0;

  return (
    <Page title={words.title} intro={words.intro}>
      <Paper withBorder p="md" component="section" aria-labelledby="windows-heading">
        <form onSubmit={submit} noValidate data-testid="escalation-windows-editor">
          <Stack gap="md">
            <Title order={2} size="h3" id="windows-heading">
              {words.formHeading}
            </Title>
            <WindowInput
              field="imminentMinutes"
              value={values.imminentMinutes}
              error={shown.imminentMinutes}
              onChange={(v) => update({ ...values, imminentMinutes: v })}
            />
            <WindowInput field="highMinutes" value={values.highMinutes} error={shown.highMinutes} onChange={(v) => update({ ...values, highMinutes: v })} />
            <Ladder values={values} />
            <Text size="sm">{words.runningNote(runningLadders)}</Text>
            <Text size="sm">{words.defaultsNote(defaults.imminentMinutes, defaults.highMinutes)}</Text>
            {hasFieldErrors ? (
              <Alert color="red" role="alert">
                {words.fix}
              </Alert>
            ) : null}
            {save.error && !hasFieldErrors ? <ErrorNotice error={save.error} /> : null}
            {save.isSuccess ? (
              <Alert color="harbour" role="status">
                {words.saved}
              </Alert>
            ) : null}
            <Group gap="xs">
              <Button type="submit" loading={save.isPending} size="md">
                {words.save}
              </Button>
              <Button variant="default" size="md" onClick={() => update({ ...defaults })}>
                {words.defaults}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}

interface WindowInputProps {
  field: Field;
  value: number | string;
  error: string | undefined;
  onChange: (value: number | string) => void;
}

function WindowInput({ field, value, error, onChange }: WindowInputProps) {
  const bounds = ESCALATION_WINDOW_BOUNDS[field];
  const imminent = field === 'imminentMinutes';
  return (
    <NumberInput
      label={imminent ? words.imminent : words.high}
      description={imminent ? words.imminentHelp(bounds.min, bounds.max) : words.highHelp(bounds.min, bounds.max)}
      value={value}
      onChange={onChange}
      error={error}
      required
      // No clamping: a number out of range gets its message, never a silent change.
      clampBehavior="none"
      allowDecimal={false}
      allowNegative={false}
      hideControls
      inputMode="numeric"
      maw={320}
    />
  );
}

/** The ladder the windows make, in minutes after the flag is raised, so the admin sees what a choice means. */
function Ladder({ values }: { values: Draft }) {
  const parsed = EscalationWindowsBody.safeParse({ imminentMinutes: asNumber(values.imminentMinutes), highMinutes: asNumber(values.highMinutes) });
  return (
    <Stack gap={4} component="section" aria-labelledby="ladder-heading">
      <Title order={3} size="h5" id="ladder-heading">
        {words.ladderHeading}
      </Title>
      {parsed.success ? (
        <List size="sm" spacing={2}>
          <List.Item>{words.ladder(words.levelName.imminent, parsed.data.imminentMinutes)}</List.Item>
          <List.Item>{words.ladder(words.levelName.high, parsed.data.highMinutes)}</List.Item>
        </List>
      ) : (
        <Text size="sm">{words.ladderUnknown}</Text>
      )}
    </Stack>
  );
}

function asNumber(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? undefined : Number(value);
}

/** One message per field, the first found (`highMinutes` gets the ordering message too). */
function fieldErrors(issues: readonly { field: unknown; message: string }[]): FieldErrors {
  const result: FieldErrors = {};
  for (const { field, message } of issues) {
    if (FIELDS.includes(field as Field) && !result[field as Field]) result[field as Field] = message;
  }
  return result;
}

/** The server's validation details (`/imminentMinutes`) placed on their fields, should it refuse what the page let through. */
function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error, 'validation_failed') || !Array.isArray(error.details)) return {};
  const details = error.details as { path?: unknown; message?: unknown }[];
  return fieldErrors(details.map((d) => ({ field: typeof d.path === 'string' ? d.path.replace(/^\//, '') : undefined, message: String(d.message ?? '') })));
}
