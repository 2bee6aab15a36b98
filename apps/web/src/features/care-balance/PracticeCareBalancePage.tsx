import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { usePracticeCareBalance } from './care-balance.api';
import { balanceWords as words } from './care-balance.words';
import { CareBalanceWeeks, CountsHead, CountsRow } from './CareBalanceWeeks';
import classes from './care-balance.module.css';

/** The admin's view of the practice's care-contact balance (SPEC §2.6): the weeks, then each client, the least balanced first. */
export default function PracticeCareBalancePage() {
  const balance = usePracticeCareBalance();
  if (balance.isPending) return <LoadingPage />;
  if (balance.error) return <ErrorNotice error={balance.error} onRetry={() => void balance.refetch()} />;
  const { weeks, total, clients } = balance.data;
  return (
    <Page title={words.practiceTitle}>
      <Text>{words.practiceIntro}</Text>
      <Paper withBorder p="md" data-testid="practice-care-balance">
        <Stack gap="sm">
          <CareBalanceWeeks weeks={weeks} total={total} />
        </Stack>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="balance-clients-heading">
        <Title order={2} id="balance-clients-heading">
          {words.clientsHeading}
        </Title>
        {clients.length === 0 ? (
          <Text>{words.noContact}</Text>
        ) : (
          <div className={classes.scroll} role="region" aria-label={words.clientsHeading} tabIndex={0}>
            <Table striped withTableBorder>
              <CountsHead first={words.client} />
              <Table.Tbody>
                {clients.map((c) => (
                  <CountsRow key={c.clientId} label={c.name} counts={c.total} />
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Page>
  );
}
