import { Alert, Button, Group, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { OKAY_PLAN_ITEM_MAX, okayPlanSections, type OkayPlanContent, type OkayPlanView } from '@steadfast/contracts';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useSaveOkayPlan } from './okay-plan.api';
import { okayPlanWords as words } from './okay-plan.words';

interface EditorProps {
  view: OkayPlanView;
  onDone: () => void;
}

/**
 * The okay plan one step at a time, never a blank page. Each step is saved as the person moves
 * on, so stopping halfway keeps what was written. A newer version from someone else is shown
 * beside the person's own words, never silently replacing them.
 */
export function OkayPlanEditor({ view, onDone }: EditorProps) {
  const save = useSaveOkayPlan(view.clientId);
  const [index, setIndex] = useState(0);
  const [baseVersion, setBaseVersion] = useState(view.version);
  const [draft, setDraft] = useState<OkayPlanContent>(view.plan);
  const [theirs, setTheirs] = useState<OkayPlanContent | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const section = okayPlanSections[index]!;
  const last = index === okayPlanSections.length - 1;
  const items = draft[section].length > 0 ? draft[section] : [''];
  const tooLong = items.some((i) => i.length > OKAY_PLAN_ITEM_MAX);

  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);

  const setItems = (next: string[]) => setDraft({ ...draft, [section]: next });

  async function saveThen(next: () => void) {
    if (tooLong) return;
    const plan = Object.fromEntries(okayPlanSections.map((s) => [s, draft[s].map((i) => i.trim()).filter(Boolean)])) as OkayPlanContent;
    try {
      const saved = await save.mutateAsync({ baseVersion, plan });
      setBaseVersion(saved.version);
      setTheirs(null);
      next();
    } catch (error) {
      if (isApiError(error, 'conflict')) {
        const details = error.details as { currentVersion: number; current: OkayPlanContent };
        setBaseVersion(details.currentVersion);
        setTheirs(details.current);
      }
    }
  }

  return (
    <Stack gap="md" data-testid="okay-plan-editor">
      <Stack gap={4}>
        <Text fw={600}>{words.stepOf(index + 1, okayPlanSections.length)}</Text>
        <Progress value={((index + 1) / okayPlanSections.length) * 100} aria-hidden size="sm" />
      </Stack>
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {words.sections[section].question}
      </Title>
      <Text>{words.sections[section].hint}</Text>
      {theirs ? (
        <Alert color="yellow" variant="light" role="alert">
          <Stack gap="xs">
            <Text>{words.conflict}</Text>
            <Text fw={600}>{words.theirVersion}</Text>
            {theirs[section].map((item, i) => (
              <Text key={i}>• {item}</Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {items.map((item, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            label={words.itemLabel(i + 1)}
            value={item}
            autosize
            minRows={2}
            error={item.length > OKAY_PLAN_ITEM_MAX ? words.tooLong : undefined}
            onChange={(e) => setItems(items.map((v, j) => (j === i ? e.currentTarget.value : v)))}
          />
          {items.length > 1 ? (
            <Button variant="subtle" color="gray" onClick={() => setItems(items.filter((_, j) => j !== i))} aria-label={words.removeItem(i + 1)}>
              ✕
            </Button>
          ) : null}
        </Group>
      ))}
      <div>
        <Button variant="default" size="sm" onClick={() => setItems([...items, ''])} disabled={items.length >= 20}>
          {words.addItem}
        </Button>
      </div>
      {save.error && !isApiError(save.error, 'conflict') ? <ErrorNotice error={save.error} /> : null}
      <Group gap="sm">
        <Button loading={save.isPending} onClick={() => void saveThen(last ? onDone : () => setIndex(index + 1))}>
          {last ? words.finish : words.next}
        </Button>
        {!last ? (
          <Button variant="default" onClick={() => setIndex(index + 1)} disabled={save.isPending}>
            {words.skip}
          </Button>
        ) : null}
        {index > 0 ? (
          <Button variant="subtle" onClick={() => setIndex(index - 1)} disabled={save.isPending}>
            {words.back}
          </Button>
        ) : null}
        <Button variant="subtle" onClick={() => void saveThen(onDone)} disabled={save.isPending}>
          {words.cancel}
        </Button>
      </Group>
    </Stack>
  );
}
