import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { INSTRUMENTS, type CheckinTrends } from '@steadfast/contracts';
import { shortDay } from './check-ins.dates';
import { trendWords as words } from './check-ins.words';

/**
 * The charts themselves, in their own lazily loaded chunk: recharts and Mantine charts are about
 * 130 kB gzipped, and the client's first download must stay under 150 kB (bench/web). Each chart
 * is drawn for the eye only; the table beside it (TrendTables.tsx) is what assistive tech reads.
 */
export type ChartKind = 'mood' | 'urges' | 'adherence' | 'measures';

/** Colours with at least 3:1 against white (WCAG 1.4.11); urges never in alarm red. */
const seriesColours = ['ember.8', 'indigo.7', 'grape.8', 'teal.9', 'orange.9', 'cyan.9'];
const HEIGHT = 220;

export default function TrendCharts({ kind, trends, clinician }: { kind: ChartKind; trends: CheckinTrends; clinician: boolean }) {
  const days = trends.days.map((d) => ({ ...d, label: shortDay(d.date) }));
  const common = { h: HEIGHT, dataKey: 'label', withTooltip: true, accessibilityLayer: false, tickLine: 'none', gridAxis: 'y', connectNulls: false } as const;
  if (kind === 'mood') {
    const baseline = trends.baseline;
    return (
      <LineChart
        {...common}
        data={days.map((d) => ({ label: d.label, mood: d.mood }))}
        series={[{ name: 'mood', label: words.mood, color: 'harbour.7' }]}
        yAxisProps={{ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10], width: 28 }}
        referenceAreas={baseline ? [{ y1: baseline.low, y2: baseline.high, color: 'harbour.2', fillOpacity: 0.5, ifOverflow: 'extendDomain' }] : []}
        withDots={days.length <= 31}
      />
    );
  }
  if (kind === 'urges') {
    return (
      <LineChart
        {...common}
        data={days.map((d) => ({ label: d.label, ...Object.fromEntries(trends.urges.map((u) => [u.key, d.checkedIn ? (d.urges[u.key] ?? null) : null])) }))}
        series={trends.urges.map((u, n) => ({ name: u.key, label: u.label, color: seriesColours[n % seriesColours.length] }))}
        yAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], width: 28 }}
        withLegend
        withDots={days.length <= 31}
      />
    );
  }
  if (kind === 'adherence') {
    const a = trends.adherence;
    return (
      <BarChart
        h={HEIGHT}
        dataKey="item"
        type="stacked"
        tickLine="none"
        gridAxis="y"
        accessibilityLayer={false}
        withLegend
        data={(['medication', 'water', 'meals'] as const).map((k) => ({ item: words.adherenceItem[k], ...a[k] }))}
        series={[
          { name: 'yes', label: words.yes, color: 'harbour.7' },
          { name: 'partly', label: words.partly, color: 'orange.9' },
          { name: 'no', label: words.no, color: 'gray.7' },
        ]}
        yAxisProps={{ width: 28, allowDecimals: false }}
      />
    );
  }
  const phq9 = INSTRUMENTS.phq9;
  const byDate = new Map<string, { label: string; phq9?: number; gad7?: number }>();
  for (const m of trends.measures) {
    const row = byDate.get(m.date) ?? { label: shortDay(m.date) };
    row[m.instrument] = m.total;
    byDate.set(m.date, row);
  }
  // Clinicians see the PHQ-9's published bands behind the totals; a client sees totals only (no labels).
  const bands = clinician
    ? phq9.bands.filter((b) => b.min > 0).map((b, n) => ({ y1: b.min, y2: b.max, color: n % 2 ? 'gray.1' : 'gray.0', fillOpacity: 1 }))
    : [];
  return (
    <LineChart
      {...common}
      data={[...byDate.values()]}
      series={[
        { name: 'phq9', label: 'PHQ-9', color: 'harbour.7' },
        { name: 'gad7', label: 'GAD-7', color: 'indigo.7' },
      ]}
      yAxisProps={{ domain: [0, 27], ticks: [0, 5, 10, 15, 20, 27], width: 28 }}
      referenceAreas={bands}
      withLegend
      connectNulls
    />
  );
}
