import { Group, Table, Text } from '@mantine/core';
import type { CareBalanceWeek, CareContactCounts } from '@steadfast/contracts';
import { balanceWords as words } from './care-balance.words';
import classes from './care-balance.module.css';

/**
 * The weeks as a stacked bar chart (clinician contact that followed no distress, and contact that
 * did) with the same numbers in a table beneath it, so nothing depends on seeing the bars.
 */
export function CareBalanceWeeks({ weeks, total }: { weeks: CareBalanceWeek[]; total: CareContactCounts }) {
  const most = Math.max(1, ...weeks.map((w) => clinicianOf(w)));
  return (
    <>
      <div className={classes.chart} role="img" aria-label={words.chartLabel(weeks.length)}>
        {weeks.map((w) => (
          <div key={w.weekStart} className={classes.column}>
            <div className={classes.stack}>
              <span className={classes.distress} style={{ height: `${(w.clinicianAfterDistress / most) * 100}%` }} />
              <span className={classes.unprompted} style={{ height: `${((w.caringNotes + w.clinicianRoutine) / most) * 100}%` }} />
            </div>
            <span className={classes.label}>{shortDay(w.weekStart)}</span>
          </div>
        ))}
      </div>
      <Group gap="md">
        <Text size="sm">
          <span className={`${classes.swatch} ${classes.unprompted}`} /> {words.legendUnprompted}
        </Text>
        <Text size="sm">
          <span className={`${classes.swatch} ${classes.distress}`} /> {words.legendDistress}
        </Text>
      </Group>
      <div className={classes.scroll} role="region" aria-label={words.tableLabel} tabIndex={0}>
        <Table striped withTableBorder>
          <CountsHead first={words.columns.week} />
          <Table.Tbody>
            {weeks.map((w) => (
              <CountsRow key={w.weekStart} label={shortDay(w.weekStart)} counts={w} />
            ))}
            <CountsRow label={words.total} counts={total} strong />
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}

/** The count columns' headings, after a first column (a week, or a client). */
export function CountsHead({ first }: { first: string }) {
  const columns = [
    first,
    words.columns.clientRoutine,
    words.columns.clientDistress,
    words.columns.caringNotes,
    words.columns.clinicianRoutine,
    words.columns.clinicianAfterDistress,
    words.columns.share,
  ];
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <Table.Th key={column} scope="col">
            {column}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

export function CountsRow({ label, counts, strong }: { label: string; counts: CareContactCounts; strong?: boolean }) {
  return (
    <Table.Tr fw={strong ? 600 : undefined}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{counts.clientRoutine}</Table.Td>
      <Table.Td>{counts.clientDistress}</Table.Td>
      <Table.Td>{counts.caringNotes}</Table.Td>
      <Table.Td>{counts.clinicianRoutine}</Table.Td>
      <Table.Td>{counts.clinicianAfterDistress}</Table.Td>
      <Table.Td>{words.share(counts.notDistressShare)}</Table.Td>
    </Table.Tr>
  );
}

function clinicianOf(c: CareContactCounts): number {
  return c.caringNotes + c.clinicianRoutine + c.clinicianAfterDistress;
}

function shortDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
