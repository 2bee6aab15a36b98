import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { useAgreement, useSignAgreement } from './agreements.api';
import { agreementWords as words } from './agreements.words';
import { AgreementTermsView } from './AgreementTermsView';
import { CoverNotice } from './CoverNotice';

/** The client reads the agreement in force, sees a proposed change beside it, and signs it. */
export default function ClientAgreementPage() {
  const me = useMe().data;
  if (!me) return <LoadingPage title={words.clientTitle} />;
  if (!me.user.clientId) return <NotFoundPage />;
  return <ClientAgreement clientId={me.user.clientId} />;
}

function ClientAgreement({ clientId }: { clientId: string }) {
  const agreement = useAgreement(clientId);
  const sign = useSignAgreement(clientId);
  const data = agreement.data;
  const therapist = data?.current?.proposedBy.name ?? data?.proposed?.proposedBy.name ?? 'your therapist';
  return (
    <Page title={words.clientTitle} intro={words.clientIntro}>
      {agreement.isPending ? <Loading /> : null}
      {agreement.error ? <ErrorNotice error={agreement.error} onRetry={() => void agreement.refetch()} /> : null}
      {data ? (
        <>
          <CoverNotice clientId={clientId} clinicianName={therapist} ahead />
          {!data.current && !data.proposed ? <Text>{words.none}</Text> : null}
          <SimpleGrid cols={{ base: 1, md: data.current && data.proposed ? 2 : 1 }} spacing="md">
            {data.current ? <AgreementTermsView version={data.current} heading={words.current} otherSigner={therapist} audience="client" /> : null}
            {data.proposed ? (
              <Stack gap="sm">
                <AgreementTermsView version={data.proposed} heading={words.proposed} otherSigner={therapist} audience="client" />
                {!data.proposed.clientSignedAt ? (
                  <Button size="md" onClick={() => sign.mutate(data.proposed!.version)} loading={sign.isPending}>
                    {words.signButton}
                  </Button>
                ) : (
                  <Alert color="teal">{words.signedNote}</Alert>
                )}
                {sign.error ? <ErrorNotice error={sign.error} /> : null}
              </Stack>
            ) : null}
          </SimpleGrid>
        </>
      ) : null}
    </Page>
  );
}
