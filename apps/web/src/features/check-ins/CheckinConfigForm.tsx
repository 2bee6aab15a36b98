import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  ALWAYS_ON_ITEMS,
  checkinItems,
  DEFAULT_SELF_NEGLECT,
  type CatalogueEntry,
  type CheckinConfig,
  type CheckinConfigBody,
  type CheckinItem,
} from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useSaveCheckinConfig } from './check-ins.api';
import { checkinWords, configWords as words } from './check-ins.words';

/** A camelCase key from what the clinician typed ("Skip meals" → "skipMeals"). */
function keyOf(label: string): string {
  const parts = label
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const key = parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
  return /^[a-z]/.test(key) ? key.slice(0, 40) : `x${key}`.slice(0, 40);
}

/** The client's check-in from the catalogue: which items, their own urges, feelings and skills, and the care team's thresholds. */
export function CheckinConfigForm({ clientId, clientName, config }: { clientId: string; clientName: string; config: CheckinConfig }) {
  const save = useSaveCheckinConfig(clientId);
  const [form, setForm] = useState<Required<CheckinConfigBody>>({
    items: config.items,
    urges: config.urges.filter((u) => !u.core).map(({ key, label }) => ({ key, label })),
    emotions: config.emotions,
    skills: config.skills,
    selfNeglect: config.selfNeglect ?? DEFAULT_SELF_NEGLECT,
    backdateDays: config.backdateDays,
  });
  const set = (patch: Partial<CheckinConfigBody>) => {
    save.reset();
    setForm({ ...form, ...patch });
  };
  const disabled = !config.canConfigure;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="checkin-config-heading" data-testid="checkin-config">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(form);
        }}
      >
        <Stack gap="md">
          <Title order={2} id="checkin-config-heading">
            {words.headingFor(clientName)}
          </Title>
          <Checkbox.Group
            label={words.items}
            value={form.items}
            onChange={(items) => set({ items: checkinItems.filter((i) => items.includes(i) || ALWAYS_ON_ITEMS.includes(i)) })}
          >
            <Stack gap={6} mt={4}>
              {checkinItems.map((item: CheckinItem) => (
                <Checkbox
                  key={item}
                  value={item}
                  disabled={disabled || ALWAYS_ON_ITEMS.includes(item)}
                  label={ALWAYS_ON_ITEMS.includes(item) ? `${checkinWords.item[item]} (${words.alwaysOn})` : checkinWords.item[item]}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <EntryList title={words.ownUrges} entries={form.urges} max={8} disabled={disabled} onChange={(urges) => set({ urges })} />
          <EntryList title={words.emotions} entries={form.emotions} max={12} disabled={disabled} onChange={(emotions) => set({ emotions })} />
          <EntryList title={words.skills} entries={form.skills} max={20} disabled={disabled} onChange={(skills) => set({ skills })} />
          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <legend style={{ fontWeight: 600, padding: 0 }}>{words.selfNeglect}</legend>
            <Text size="sm" c="dimmed" mb={6}>
              {words.selfNeglectHint}
            </Text>
            <Group gap="md" align="end">
              {(['medicationNoDays', 'waterSkippedDays', 'mealsSkippedDays'] as const).map((k) => (
                <NumberInput
                  key={k}
                  label={words[k]}
                  min={1}
                  max={14}
                  w={150}
                  disabled={disabled}
                  value={form.selfNeglect[k]}
                  onChange={(v) => set({ selfNeglect: { ...form.selfNeglect, [k]: typeof v === 'number' ? v : 1 } })}
                />
              ))}
            </Group>
          </fieldset>
          <NumberInput
            label={words.backdateDays}
            min={0}
            max={14}
            w={260}
            disabled={disabled}
            value={form.backdateDays}
            onChange={(v) => set({ backdateDays: typeof v === 'number' ? v : 0 })}
          />
          {save.error ? <ErrorNotice error={save.error} /> : null}
          {!disabled ? (
            <Group gap="sm">
              <Button type="submit" loading={save.isPending}>
                {words.save}
              </Button>
              {save.isSuccess ? (
                <Text role="status" size="sm">
                  {words.saved}
                </Text>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

interface EntryListProps {
  title: string;
  entries: CatalogueEntry[];
  max: number;
  disabled: boolean;
  onChange: (entries: CatalogueEntry[]) => void;
}

/** Named items the clinician adds with the client, each removable. */
function EntryList({ title, entries, max, disabled, onChange }: EntryListProps) {
  const [label, setLabel] = useState('');
  const add = () => {
    const trimmed = label.trim();
    if (!trimmed || entries.length >= max) return;
    const key = keyOf(trimmed);
    if (entries.some((e) => e.key === key)) return;
    onChange([...entries, { key, label: trimmed }]);
    setLabel('');
  };
  return (
    <Stack gap={6}>
      <Text fw={600}>{title}</Text>
      {entries.length > 0 ? (
        <Group gap="xs">
          {entries.map((e) => (
            <Group key={e.key} gap={4} wrap="nowrap" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 16, padding: '2px 4px 2px 10px' }}>
              <Text size="sm">{e.label}</Text>
              {!disabled ? (
                <ActionIcon variant="subtle" size="sm" aria-label={words.remove(e.label)} onClick={() => onChange(entries.filter((x) => x.key !== e.key))}>
                  ×
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Group>
      ) : null}
      {!disabled && entries.length < max ? (
        <Group gap="xs" align="end">
          <TextInput
            label={`${words.label}: ${title.toLowerCase()}`}
            value={label}
            maxLength={60}
            onChange={(e) => setLabel(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button variant="default" onClick={add}>
            {words.add}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
