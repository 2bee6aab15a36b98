import { Alert, Button, Checkbox, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { sessionCadences, type AgreementTerms } from '@steadfast/contracts';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useAgreement, useProposeAgreement, useSignAgreement } from './agreements.api';
import { agreementWords as words } from './agreements.words';
import { AgreementTermsView } from './AgreementTermsView';

const emptyTerms: AgreementTerms = {
  channels: ['messages'],
  sessions: 'weekly',
  replyWindows: null,
  workingHours: null,
  offWeeks: [],
  emergency: { onCallClinicianId: null, words: '' },
  appointmentRequests: { allowed: true, inOffWeeks: true, minNoticeHours: 24, words: '' },
  clientCommitments: '',
  twentyFourHourRule: false,
};

/** The clinician reads the agreement, proposes a change (signed by them), and signs a client's proposal. */
export default function ClinicianAgreementPage() {
  const { clientId = '' } = useParams();
  const profile = useClientProfile(clientId);
  const agreement = useAgreement(clientId);
  const sign = useSignAgreement(clientId);
  const clientName = profile.data?.name ?? 'the client';
  const data = agreement.data;
  return (
    <Page title={words.clinicianTitle(clientName)}>
      {agreement.isPending ? <Loading /> : null}
      {agreement.error ? <ErrorNotice error={agreement.error} onRetry={() => void agreement.refetch()} /> : null}
      {data ? (
        <>
          <SimpleGrid cols={{ base: 1, md: data.current && data.proposed ? 2 : 1 }} spacing="md">
            {data.current ? <AgreementTermsView version={data.current} heading={words.current} otherSigner={clientName} audience="clinician" /> : null}
            {data.proposed ? (
              <Stack gap="sm">
                <AgreementTermsView version={data.proposed} heading={words.proposed} otherSigner={clientName} audience="clinician" />
                {!data.proposed.clinicianSignedAt ? (
                  <Button onClick={() => sign.mutate(data.proposed!.version)} loading={sign.isPending}>
                    {words.signButton}
                  </Button>
                ) : null}
                {sign.error ? <ErrorNotice error={sign.error} /> : null}
              </Stack>
            ) : null}
          </SimpleGrid>
          <ProposeForm
            key={data.proposed?.id ?? data.current?.id ?? 'new'}
            clientId={clientId}
            base={data.proposed?.terms ?? data.current?.terms ?? emptyTerms}
          />
        </>
      ) : null}
    </Page>
  );
}

function ProposeForm({ clientId, base }: { clientId: string; base: AgreementTerms }) {
  const [terms, setTerms] = useState<AgreementTerms>(base);
  const propose = useProposeAgreement(clientId);
  const soon = terms.replyWindows?.soon;
  const soonHours = soon && 'workingHours' in soon ? soon.workingHours : '';
  const setSoonHours = (value: string | number) =>
    setTerms((t) => ({
      ...t,
      replyWindows: value === '' ? null : { before_session: t.replyWindows?.before_session ?? { workingDays: 2 }, soon: { workingHours: Number(value) } },
    }));
  const requests = terms.appointmentRequests;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="propose-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          propose.mutate(terms);
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="propose-heading">
            {words.edit.heading}
          </Title>
          <Text>{words.edit.intro}</Text>
          <Select
            label={words.edit.sessions}
            data={sessionCadences.map((value) => ({ value, label: words.terms.sessions[value] }))}
            value={terms.sessions}
            onChange={(value) => value && setTerms((t) => ({ ...t, sessions: value as AgreementTerms['sessions'] }))}
            allowDeselect={false}
          />
          <NumberInput label={words.edit.soonHours} min={0.5} max={240} value={soonHours} onChange={setSoonHours} />
          <Checkbox
            label={words.edit.requestsInOffWeeks}
            checked={requests.inOffWeeks}
            onChange={(e) => setTerms((t) => ({ ...t, appointmentRequests: { ...t.appointmentRequests, inOffWeeks: e.currentTarget.checked } }))}
          />
          <Textarea
            label={words.edit.requestsWords}
            autosize
            minRows={2}
            value={requests.words}
            onChange={(e) => setTerms((t) => ({ ...t, appointmentRequests: { ...t.appointmentRequests, words: e.currentTarget.value } }))}
          />
          <Textarea
            label={words.edit.emergencyWords}
            autosize
            minRows={2}
            value={terms.emergency.words}
            onChange={(e) => setTerms((t) => ({ ...t, emergency: { ...t.emergency, words: e.currentTarget.value } }))}
          />
          <Textarea
            label={words.edit.commitments}
            autosize
            minRows={2}
            value={terms.clientCommitments}
            onChange={(e) => setTerms((t) => ({ ...t, clientCommitments: e.currentTarget.value }))}
          />
          <Checkbox
            label={words.edit.rule}
            checked={terms.twentyFourHourRule}
            onChange={(e) => setTerms((t) => ({ ...t, twentyFourHourRule: e.currentTarget.checked }))}
          />
          <Button type="submit" loading={propose.isPending} style={{ alignSelf: 'flex-start' }}>
            {words.edit.submit}
          </Button>
          {propose.isSuccess ? <Alert color="teal">{words.edit.proposed}</Alert> : null}
          {propose.error ? <ErrorNotice error={propose.error} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
