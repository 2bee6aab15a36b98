import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { CheckinConfig } from '@steadfast/contracts';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useCheckinList } from './check-ins.api';
import { addDays, shortDay } from './check-ins.dates';
import { checkinWords, recentCheckinWords as recentWords, trendWords } from './check-ins.words';

const DAYS = 14;

/** The last two weeks' check-ins for the care team, one row each, with what the screener noticed and a late fill-in marked. */
export function RecentCheckins({ clientId, config }: { clientId: string; config: CheckinConfig }) {
  const to = config.today;
  const from = addDays(to, -(DAYS - 1));
  const list = useCheckinList(clientId, from, to);
  const label = (key: string) => config.urges.find((u) => u.key === key)?.label ?? key;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recent-checkins-heading" data-testid="recent-checkins">
      <Stack gap="sm">
        <Title order={2} id="recent-checkins-heading">
          {recentWords.heading}
        </Title>
        {list.isPending ? <Loading /> : null}
        {list.error ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.checkins.length === 0 ? <Text size="sm">{trendWords.nothingYet}</Text> : null}
        {list.data && list.data.checkins.length > 0 ? (
          <ScrollRegion labelledBy="recent-checkins-heading">
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{trendWords.date}</Table.Th>
                  <Table.Th scope="col">{trendWords.mood}</Table.Th>
                  <Table.Th scope="col">{trendWords.urges}</Table.Th>
                  <Table.Th scope="col">{recentWords.care}</Table.Th>
                  <Table.Th scope="col">{recentWords.note}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...list.data.checkins].reverse().map((c) => (
                  <Table.Tr key={c.id} data-testid="recent-checkin">
                    <Table.Th scope="row" fw={400}>
                      {shortDay(c.date)}
                      {c.enteredOn !== c.date ? <Text size="xs">{recentWords.filledLater(shortDay(c.enteredOn))}</Text> : null}
                    </Table.Th>
                    <Table.Td>{c.mood}</Table.Td>
                    <Table.Td>
                      {Object.entries(c.urges)
                        .map(([k, v]) => `${label(k)} ${v}${c.actedOn.includes(k) ? ` (${trendWords.acted})` : ''}`)
                        .join(', ') || '–'}
                    </Table.Td>
                    <Table.Td>
                      {(['medication', 'water', 'meals'] as const)
                        .filter((k) => c[k])
                        .map((k) => `${trendWords.adherenceItem[k]}: ${checkinWords.takenValue[c[k]!]}`)
                        .join(', ') || '–'}
                    </Table.Td>
                    <Table.Td>
                      {c.note ?? ''}
                      {c.risk && c.risk.level !== 'none' ? (
                        <Badge color={c.risk.level === 'concern' ? 'gray.7' : 'ember.8'} variant="filled" ml={4}>
                          {recentWords.screened(c.risk.level)}
                        </Badge>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        ) : null}
      </Stack>
    </Paper>
  );
}
