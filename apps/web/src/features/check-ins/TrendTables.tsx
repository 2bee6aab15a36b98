import { Table } from '@mantine/core';
import type { CheckinTrends } from '@steadfast/contracts';
import { shortDay } from './check-ins.dates';
import { checkinWords, trendWords as words } from './check-ins.words';
import type { ChartKind } from './TrendCharts';
import classes from './check-ins.module.css';

/**
 * The same numbers as each chart, from the same query (FIELD-NOTES: charts that disagreed with
 * the export), as a plain table a screen reader can walk. A day with no check-in says so.
 */
export function TrendTable({ kind, trends, clinician }: { kind: ChartKind; trends: CheckinTrends; clinician: boolean }) {
  return (
    <details>
      <summary>{words.showTable}</summary>
      <div className={classes.tableWrap}>
        <Table striped withTableBorder mt="xs" data-testid={`trend-table-${kind}`}>
          {kind === 'mood' ? <MoodRows trends={trends} /> : null}
          {kind === 'urges' ? <UrgeRows trends={trends} /> : null}
          {kind === 'adherence' ? <AdherenceRows trends={trends} /> : null}
          {kind === 'measures' ? <MeasureRows trends={trends} clinician={clinician} /> : null}
        </Table>
      </div>
    </details>
  );
}

function MoodRows({ trends }: { trends: CheckinTrends }) {
  return (
    <>
      <Table.Caption>{trends.baseline ? words.baseline(trends.baseline.low, trends.baseline.high) : words.noBaseline}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{words.date}</Table.Th>
          <Table.Th scope="col">{words.moodAxis}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trends.days.map((d) => (
          <Table.Tr key={d.date}>
            <Table.Th scope="row" fw={400}>
              {shortDay(d.date)}
            </Table.Th>
            <Table.Td>{d.mood ?? words.noEntry}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );
}

function UrgeRows({ trends }: { trends: CheckinTrends }) {
  return (
    <>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{words.date}</Table.Th>
          {trends.urges.map((u) => (
            <Table.Th scope="col" key={u.key}>
              {u.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trends.days.map((d) => (
          <Table.Tr key={d.date}>
            <Table.Th scope="row" fw={400}>
              {shortDay(d.date)}
            </Table.Th>
            {trends.urges.map((u) => (
              <Table.Td key={u.key}>{!d.checkedIn ? words.noEntry : `${d.urges[u.key] ?? '–'}${d.actedOn.includes(u.key) ? `, ${words.acted}` : ''}`}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );
}

function AdherenceRows({ trends }: { trends: CheckinTrends }) {
  const a = trends.adherence;
  return (
    <>
      <Table.Caption>{words.days(a.checkedInDays, a.days)}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{checkinWords.item.medication.split(' ')[0]}</Table.Th>
          <Table.Th scope="col">{words.yes}</Table.Th>
          <Table.Th scope="col">{words.partly}</Table.Th>
          <Table.Th scope="col">{words.no}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(['medication', 'water', 'meals'] as const).map((k) => (
          <Table.Tr key={k}>
            <Table.Th scope="row" fw={400}>
              {words.adherenceItem[k]}
            </Table.Th>
            <Table.Td>{a[k].yes}</Table.Td>
            <Table.Td>{a[k].partly}</Table.Td>
            <Table.Td>{a[k].no}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );
}

function MeasureRows({ trends, clinician }: { trends: CheckinTrends; clinician: boolean }) {
  return (
    <>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{words.date}</Table.Th>
          <Table.Th scope="col">{words.measures}</Table.Th>
          <Table.Th scope="col">{words.total}</Table.Th>
          {clinician ? <Table.Th scope="col">{words.band}</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trends.measures.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Th scope="row" fw={400}>
              {shortDay(m.date)}
            </Table.Th>
            <Table.Td>{m.instrument === 'phq9' ? 'PHQ-9' : 'GAD-7'}</Table.Td>
            <Table.Td>{m.total}</Table.Td>
            {clinician ? <Table.Td>{m.severity ?? ''}</Table.Td> : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </>
  );
}
