import { Paper, Stack, Text, Title } from '@mantine/core';
import { ApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useClientCareBalance } from './care-balance.api';
import { balanceWords as words } from './care-balance.words';
import { CareBalanceWeeks } from './CareBalanceWeeks';

/** The client page's care-contact balance; absent for someone who may not read it (a GP without the messages scope). */
export function ClientCareBalance({ clientId }: { clientId: string }) {
  const balance = useClientCareBalance(clientId);
  if (balance.error instanceof ApiError && balance.error.status === 403) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="care-balance-heading" data-testid="care-balance">
      <Stack gap="sm">
        <Title order={2} id="care-balance-heading">
          {words.heading}
        </Title>
        <Text size="sm">{words.intro}</Text>
        {balance.isPending ? <Loading /> : null}
        {balance.error ? <ErrorNotice error={balance.error} onRetry={() => void balance.refetch()} /> : null}
        {balance.data ? <CareBalanceWeeks weeks={balance.data.weeks} total={balance.data.total} /> : null}
      </Stack>
    </Paper>
  );
}
