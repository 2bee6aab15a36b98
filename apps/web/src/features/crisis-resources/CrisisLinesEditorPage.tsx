import { Alert, Button, Group, Stack } from '@mantine/core';
import { crisisDefaultsFor, ReplaceCrisisLinesBody, type CrisisLineInput, type CrisisLines } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useCrisisLines, useReplaceCrisisLines } from './crisis-resources.api';
import { crisisEditorWords as words } from './crisis-editor.words';
import { CrisisLineFields, type FieldErrors } from './CrisisLineFields';

interface Draft {
  key: string;
  line: CrisisLineInput;
}

const MAX_LINES = 20;
let nextKey = 0;
const draft = (line: CrisisLineInput): Draft => ({ key: `line-${nextKey++}`, line });

function fromServer(data: CrisisLines): Draft[] {
  return [...data.lines].sort((a, b) => a.position - b.position).map(({ id: _id, position: _position, ...line }) => draft(line));
}

function blankLine(): CrisisLineInput {
  return { name: '', channel: 'call', contact: '', href: 'tel:', description: '', hours: '', lastVerified: new Date().toISOString().slice(0, 10) };
}

/** The admin edits the practice's crisis lines: order, wording, links, and when each was checked. */
export default function CrisisLinesEditorPage() {
  const current = useCrisisLines();
  const save = useReplaceCrisisLines();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [errors, setErrors] = useState<FieldErrors[] | null>(null);
  if (!current.data) return current.error ? <ErrorNotice error={current.error} onRetry={() => void current.refetch()} /> : <LoadingPage title={words.title} />;
  const country = current.data.country;
  const lines = drafts ?? fromServer(current.data);

  const update = (next: Draft[]) => {
    setDrafts(next);
    save.reset();
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...lines];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    update(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ReplaceCrisisLinesBody.safeParse({ lines: lines.map((d) => d.line) });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues, lines.length));
      return;
    }
    setErrors(null);
    save.mutate(parsed.data.lines, { onSuccess: () => setDrafts(null) });
  };

  return (
    <Page title={words.title} intro={words.intro}>
      <form onSubmit={submit} noValidate data-testid="crisis-lines-editor">
        <Stack gap="md">
          {lines.map((d, i) => (
            <CrisisLineFields
              key={d.key}
              index={i}
              count={lines.length}
              line={d.line}
              errors={errors?.[i]}
              onChange={(line) => update(lines.map((x, j) => (j === i ? { ...x, line } : x)))}
              onMove={(by) => move(i, by)}
              onRemove={() => update(lines.filter((_, j) => j !== i))}
            />
          ))}
          <Group gap="xs">
            <Button variant="default" onClick={() => update([...lines, draft(blankLine())])} disabled={lines.length >= MAX_LINES}>
              {words.add}
            </Button>
            <Button variant="default" onClick={() => update(crisisDefaultsFor(country).map((l) => draft({ ...l })))}>
              {words.reset(country)}
            </Button>
          </Group>
          {errors ? <Alert color="red" role="alert">{words.fix}</Alert> : null}
          {save.error ? <ErrorNotice error={save.error} /> : null}
          {save.isSuccess ? (
            <Alert color="harbour" role="status">
              {words.saved}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" loading={save.isPending} size="md">
              {words.save}
            </Button>
          </div>
        </Stack>
      </form>
    </Page>
  );
}

/** Zod's issues as one message per field per line (`lines.2.href` → errors[2].href). */
function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], count: number): FieldErrors[] {
  const result: FieldErrors[] = Array.from({ length: count }, () => ({}));
  for (const issue of issues) {
    const [, index, field] = issue.path;
    if (typeof index === 'number' && typeof field === 'string') {
      const errors = result[index];
      if (errors && !errors[field as keyof CrisisLineInput]) errors[field as keyof CrisisLineInput] = issue.message;
    }
  }
  return result;
}
