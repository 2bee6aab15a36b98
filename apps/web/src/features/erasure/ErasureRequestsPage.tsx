import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ErasureRequestView } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { ConfirmStep } from './ConfirmStep';
import { useConfirmErasure, useErasure, useErasureRequests } from './erasure.api';
import { erasureWords } from './erasure.words';
import { ErasurePreview } from './ErasurePreview';

const words = erasureWords.admin;

/** The practice's erasure requests (issue 18): each with what erasing would do, and a confirm step. */
export default function ErasureRequestsPage() {
  const list = useErasureRequests();
  if (list.isPending) return <LoadingPage title={words.title} />;
  if (list.error) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Page title={words.title} intro={words.intro}>
      {list.data.requests.length === 0 ? (
        <Text c="dimmed">{words.none}</Text>
      ) : (
        <List listStyleType="none" ml={0} pl={0} spacing="sm">
          {list.data.requests.map((r) => (
            <List.Item key={r.id}>
              <RequestCard request={r} />
            </List.Item>
          ))}
        </List>
      )}
    </Page>
  );
}

function RequestCard({ request }: { request: ErasureRequestView }) {
  const open = request.status === 'requested';
  const [showing, setShowing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const erasure = useErasure(request.clientId, showing);
  const confirm = useConfirmErasure(request.clientId);
  const headingId = `erasure-${request.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="erasure-request">
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {request.clientName}
        </Title>
        <Text size="sm">{open ? words.requested(formatDate(request.requestedAt)) : words.erased(formatDate(request.erasedAt ?? request.requestedAt))}</Text>
        {confirm.isSuccess ? (
          <Alert color="green" role="status">
            {words.done}
          </Alert>
        ) : null}
        {open && !showing ? (
          <Group>
            <Button variant="light" onClick={() => setShowing(true)} data-testid="erasure-show">
              {words.show}
            </Button>
          </Group>
        ) : null}
        {showing && erasure.isPending ? <Loading /> : null}
        {erasure.error ? <ErrorNotice error={erasure.error} onRetry={() => void erasure.refetch()} /> : null}
        {showing && erasure.data ? <ErasurePreview view={erasure.data} /> : null}
        {open && showing && erasure.data?.can.confirm ? (
          confirming ? (
            <ConfirmStep
              id={`${headingId}-confirm`}
              heading={words.confirmHeading}
              error={confirm.error}
              yes={{ label: words.confirmYes, color: 'red.9', pending: confirm.isPending, testId: 'erasure-confirm' }}
              onYes={() => confirm.mutate()}
              no={words.cancel}
              onNo={() => setConfirming(false)}
            >
              {words.confirmText}
            </ConfirmStep>
          ) : (
            <Group>
              <Button color="red.9" variant="outline" onClick={() => setConfirming(true)} data-testid="erasure-start">
                {words.confirm}
              </Button>
            </Group>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}
