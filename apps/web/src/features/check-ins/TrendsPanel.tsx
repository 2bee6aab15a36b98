import { Anchor, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { trendRanges, type CheckinTrends, type TrendRange } from '@steadfast/contracts';
import { lazy, Suspense, useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useCheckinTrends } from './check-ins.api';
import { shortDay } from './check-ins.dates';
import { trendWords as words } from './check-ins.words';
import type { ChartKind } from './TrendCharts';
import { TrendTable } from './TrendTables';

const TrendCharts = lazy(() => import('./TrendCharts'));
const ranges = trendRanges.filter((r) => r !== 'year');

/** Mood, urges, adherence and questionnaire totals over a chosen span, for the client or their care team. */
export function TrendsPanel({ clientId, clinician }: { clientId: string; clinician: boolean }) {
  const [range, setRange] = useState<TrendRange>('month');
  const trends = useCheckinTrends(clientId, range);
  return (
    <Stack gap="lg" data-testid="trends">
      <SegmentedControl
        aria-label={words.rangeLabel}
        value={range}
        onChange={(v) => setRange(v as TrendRange)}
        data={ranges.map((r) => ({ value: r, label: words.range[r] }))}
        fullWidth
      />
      {trends.isPending ? <Loading /> : null}
      {trends.error ? <ErrorNotice error={trends.error} onRetry={() => void trends.refetch()} /> : null}
      {trends.data ? <Sections trends={trends.data} clinician={clinician} /> : null}
      {trends.data ? (
        <Anchor href={`/api/v1/clients/${encodeURIComponent(clientId)}/checkins/export.csv?range=${range}`} download data-testid="trends-export">
          {words.export}
        </Anchor>
      ) : null}
    </Stack>
  );
}

function Sections({ trends, clinician }: { trends: CheckinTrends; clinician: boolean }) {
  const any = trends.adherence.checkedInDays > 0;
  return (
    <>
      <Text data-testid="trends-summary">{any ? words.days(trends.adherence.checkedInDays, trends.adherence.days) : words.nothingYet}</Text>
      <Section kind="mood" title={words.mood} trends={trends} clinician={clinician}>
        <Text size="sm">{trends.baseline ? words.baseline(trends.baseline.low, trends.baseline.high) : words.noBaseline}</Text>
      </Section>
      <Notes trends={trends} order={clinician ? 3 : 2} />
      {trends.urges.length > 0 ? <Section kind="urges" title={words.urges} trends={trends} clinician={clinician} /> : null}
      <Section kind="adherence" title={words.adherence} trends={trends} clinician={clinician} />
      {trends.measures.length > 0 ? <Section kind="measures" title={words.measures} trends={trends} clinician={clinician} /> : null}
    </>
  );
}

interface SectionProps {
  kind: ChartKind;
  title: string;
  trends: CheckinTrends;
  clinician: boolean;
  children?: React.ReactNode;
}

function Section({ kind, title, trends, clinician, children }: SectionProps) {
  const id = `trend-${kind}-heading`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={`trend-${kind}`}>
      <Stack gap="sm">
        <Title order={clinician ? 3 : 2} size="h3" id={id}>
          {title}
        </Title>
        {children}
        {/* Drawn for the eye; the table below carries the same numbers for everyone. */}
        <div aria-hidden data-testid={`trend-chart-${kind}`}>
          <Suspense fallback={<Loading label={words.chartLoading} />}>
            <TrendCharts kind={kind} trends={trends} clinician={clinician} />
          </Suspense>
        </div>
        <TrendTable kind={kind} trends={trends} clinician={clinician} />
      </Stack>
    </Paper>
  );
}

/** The dated notes strip beside the charts (FIELD-NOTES): what the person said, on the day they said it. */
function Notes({ trends, order }: { trends: CheckinTrends; order: 2 | 3 }) {
  const notes = trends.days.filter((d) => d.note).reverse();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trend-notes-heading">
      <Stack gap="xs">
        <Title order={order} size="h3" id="trend-notes-heading">
          {words.notes}
        </Title>
        {notes.length === 0 ? <Text size="sm">{words.noNotes}</Text> : null}
        <Stack
          gap={6}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: '16rem', overflowY: 'auto' }}
          tabIndex={notes.length > 4 ? 0 : undefined}
          aria-labelledby="trend-notes-heading"
        >
          {notes.map((d) => (
            <li key={d.date}>
              <Text size="sm">
                <Text span fw={600}>
                  {shortDay(d.date)}
                </Text>{' '}
                {d.note}
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
