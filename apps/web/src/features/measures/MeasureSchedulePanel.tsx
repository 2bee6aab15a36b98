import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { Instrument, MeasureSchedule } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { formatDate } from '../../ui/format-date';
import { useMeasureList, useMeasuresDue, useSaveMeasureSchedule } from './measures.api';
import { measureWords as words } from './measures.words';

const APPOINTMENTS = 'appointments';
const whenChoices = [
  { value: '', label: words.notScheduled },
  { value: APPOINTMENTS, label: words.beforeAppointments },
  ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: words.weeks(i + 1) })),
];

const keysOf = (instrument: Instrument) =>
  instrument === 'phq9' ? ({ weeks: 'phq9EveryWeeks', before: 'phq9BeforeAppointments' } as const) : ({ weeks: 'gad7EveryWeeks', before: 'gad7BeforeAppointments' } as const);

/** One choice per instrument: not scheduled, before each appointment, or every N weeks (never two at once). */
function whenOf(schedule: MeasureSchedule, instrument: Instrument): string {
  const k = keysOf(instrument);
  if (schedule[k.before]) return APPOINTMENTS;
  return schedule[k.weeks] === null ? '' : String(schedule[k.weeks]);
}

function withWhen(instrument: Instrument, value: string): Partial<MeasureSchedule> {
  const k = keysOf(instrument);
  return { [k.weeks]: value && value !== APPOINTMENTS ? Number(value) : null, [k.before]: value === APPOINTMENTS };
}

/** The clinician's view of a client's questionnaires: the schedule, and every result with its band and item 9. */
export function MeasureSchedulePanel({ clientId }: { clientId: string }) {
  const due = useMeasuresDue(clientId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="measure-schedule-heading" data-testid="measure-schedule">
      <Stack gap="md">
        <Title order={2} id="measure-schedule-heading">
          {words.scheduleHeading}
        </Title>
        {due.isPending ? <Loading /> : null}
        {due.error ? <ErrorNotice error={due.error} onRetry={() => void due.refetch()} /> : null}
        {due.data ? <ScheduleForm clientId={clientId} schedule={due.data.schedule} canSchedule={due.data.canSchedule} /> : null}
        <Results clientId={clientId} />
      </Stack>
    </Paper>
  );
}

function ScheduleForm({ clientId, schedule, canSchedule }: { clientId: string; schedule: MeasureSchedule; canSchedule: boolean }) {
  const save = useSaveMeasureSchedule(clientId);
  const [form, setForm] = useState<MeasureSchedule>(schedule);
  const set = (patch: Partial<MeasureSchedule>) => {
    save.reset();
    setForm({ ...form, ...patch });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(form);
      }}
    >
      <Stack gap="sm">
        <Group gap="md" align="end">
          {(['phq9', 'gad7'] as const).map((instrument) => (
            <Select
              key={instrument}
              label={words.everyWeeks(words.name[instrument])}
              data={whenChoices}
              value={whenOf(form, instrument)}
              onChange={(v) => set(withWhen(instrument, v ?? ''))}
              disabled={!canSchedule}
              allowDeselect={false}
              w={220}
            />
          ))}
          <NumberInput
            label={words.expires}
            min={1}
            max={14}
            w={240}
            value={form.expiresAfterDays}
            disabled={!canSchedule}
            onChange={(v) => set({ expiresAfterDays: typeof v === 'number' ? v : 4 })}
          />
        </Group>
        {form.phq9BeforeAppointments || form.gad7BeforeAppointments ? <Text size="sm">{words.beforeAppointmentsHint}</Text> : null}
        {save.error ? <ErrorNotice error={save.error} /> : null}
        {canSchedule ? (
          <Group gap="sm">
            <Button type="submit" variant="default" loading={save.isPending}>
              {words.saveSchedule}
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
  );
}

function Results({ clientId }: { clientId: string }) {
  const list = useMeasureList(clientId);
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const measures = [...list.data.measures].reverse();
  return (
    <Stack gap="xs">
      <Title order={3} id={`measure-history-${clientId}`}>
        {words.history}
      </Title>
      {measures.length === 0 ? (
        <Text size="sm">{words.noResults}</Text>
      ) : (
        <ScrollRegion labelledBy={`measure-history-${clientId}`}>
          <Table striped withTableBorder data-testid="measure-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{words.date}</Table.Th>
                <Table.Th scope="col">{words.questionnaire}</Table.Th>
                <Table.Th scope="col">{words.total}</Table.Th>
                <Table.Th scope="col">{words.band}</Table.Th>
                <Table.Th scope="col">{words.items}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measures.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row" fw={400}>
                    {formatDate(m.date)}
                    {m.inSession ? ` (${words.inSession})` : ''}
                  </Table.Th>
                  <Table.Td>{words.name[m.instrument]}</Table.Td>
                  <Table.Td>{m.total}</Table.Td>
                  <Table.Td>{m.severityLabel ?? ''}</Table.Td>
                  <Table.Td>
                    {m.answers.join(' · ')}
                    {m.instrument === 'phq9' && (m.answers[8] ?? 0) > 0 ? (
                      <Text size="sm" fw={700} c="red.9">
                        {words.item9}: {m.answers[8]}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
