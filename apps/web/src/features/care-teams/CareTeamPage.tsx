import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { careScopes, careTeamRoles, type CareScope, type CareTeamMembership } from '@steadfast/contracts';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { useAddCareTeamMember, useCareTeam, useEndCareTeamMembership, useUpdateCareTeamMember } from './care-teams.api';
import { useCareTeamUpdates } from './care-teams.live';
import { careTeamWords } from './care-teams.words';
import { transitionWords } from '../care-transitions/care-transitions.words';

const words = careTeamWords.manage;

/** Today as YYYY-MM-DD on this device's calendar (the practice's, for the clinicians using it). */
const today = () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A client's care team for the primary clinician or the admin: who is on it, what each sees, and changing that (SPEC §2.1). */
export default function CareTeamPage() {
  const { clientId = '' } = useParams();
  const team = useCareTeam(clientId);
  // The admin came from the practice's client list and may not open the client's page; a clinician came from that page.
  const isAdmin = useMe().data?.user.role === 'admin';
  useCareTeamUpdates(clientId);
  if (team.isPending) return <LoadingPage />;
  if (team.error) return <ErrorNotice error={team.error} onRetry={() => void team.refetch()} />;
  const { client, members, canManage, clinicians } = team.data;
  const open = members.filter((m) => m.status !== 'ended');
  const ended = members.filter((m) => m.status === 'ended');
  const onTeam = new Set(open.map((m) => m.clinicianId));
  return (
    <Page title={words.title(client.name)} intro={words.intro}>
      <Stack gap="sm" component="section" aria-labelledby="care-team-current">
        <Title order={2} id="care-team-current">
          {words.currentHeading}
        </Title>
        {open.map((m) => (
          <MemberCard key={`${m.clinicianId}-${m.startsAt}`} clientId={clientId} member={m} canManage={canManage} />
        ))}
        {canManage ? null : <Text c="dimmed">{words.canManageNot}</Text>}
      </Stack>
      {canManage ? <AddMember clientId={clientId} clinicians={clinicians.filter((c) => !onTeam.has(c.id))} /> : null}
      <Stack gap="sm" component="section" aria-labelledby="care-team-ended">
        <Title order={2} id="care-team-ended">
          {words.endedHeading}
        </Title>
        {ended.length === 0 ? (
          <Text c="dimmed">{words.noneEnded}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" ml={0} pl={0}>
            {ended.map((m) => (
              <List.Item key={`${m.clinicianId}-${m.startsAt}`}>
                <Text>
                  <Text span fw={600}>
                    {m.name}
                  </Text>
                  , {careTeamWords.role[m.role]}: {words.ended(formatDate(m.startsAt), formatDate(m.endsAt!))}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      {!isAdmin && (
        <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}/transitions`} data-testid="care-team-transitions-link">
          {transitionWords.link}
        </Anchor>
      )}
      <Anchor component={Link} to={isAdmin ? '/clients' : `/clients/${encodeURIComponent(clientId)}`}>
        {isAdmin ? words.backToClients : words.back(client.name)}
      </Anchor>
    </Page>
  );
}

function scopesInWords(m: Pick<CareTeamMembership, 'isPrimary' | 'scopes'>): string {
  if (m.isPrimary) return careTeamWords.seesEverything;
  if (m.scopes.length === 0) return careTeamWords.seesNothingYet;
  return `${careTeamWords.sees}: ${m.scopes.map((s) => careTeamWords.scope[s]).join(', ')}`;
}

function datesInWords(m: CareTeamMembership): string {
  const start = m.status === 'upcoming' ? words.from(formatDate(m.startsAt)) : words.since(formatDate(m.startsAt));
  return m.endsAt ? `${start}, ${words.until(formatDate(m.endsAt))}` : start;
}

function MemberCard({ clientId, member: m, canManage }: { clientId: string; member: CareTeamMembership; canManage: boolean }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'end'>('view');
  const headingId = `member-${m.clinicianId}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {m.name}
          </Title>
          <Text>{careTeamWords.role[m.role]}</Text>
          {m.isPrimary ? <Badge variant="light">{careTeamWords.primary}</Badge> : null}
          {m.status === 'upcoming' ? (
            <Badge variant="light" color="gray">
              {words.upcoming}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">{datesInWords(m)}</Text>
        <Text size="sm">{scopesInWords(m)}</Text>
        {m.isPrimary && canManage ? (
          <Text size="sm" c="dimmed">
            {words.primaryNote}
          </Text>
        ) : null}
        {canManage && !m.isPrimary && mode === 'view' ? (
          <Group gap="sm">
            <Button variant="light" onClick={() => setMode('edit')} aria-label={words.edit(m.name)}>
              {words.editButton}
            </Button>
            <Button variant="subtle" color="red" onClick={() => setMode('end')}>
              {words.end}
            </Button>
          </Group>
        ) : null}
        {mode === 'edit' ? <EditMember clientId={clientId} member={m} onDone={() => setMode('view')} /> : null}
        {mode === 'end' ? <EndMember clientId={clientId} member={m} onDone={() => setMode('view')} /> : null}
      </Stack>
    </Paper>
  );
}

function ScopeChoice({ value, onChange }: { value: CareScope[]; onChange: (scopes: CareScope[]) => void }) {
  return (
    <Checkbox.Group label={words.scopesLabel} description={words.scopesHint} value={value} onChange={(v) => onChange(careScopes.filter((s) => v.includes(s)))}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
        {careScopes.map((s) => (
          <Checkbox key={s} value={s} label={careTeamWords.scope[s]} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

function EditMember({ clientId, member: m, onDone }: { clientId: string; member: CareTeamMembership; onDone: () => void }) {
  const update = useUpdateCareTeamMember(clientId);
  const [scopes, setScopes] = useState<CareScope[]>(m.scopes);
  const [endsOn, setEndsOn] = useState(m.endsAt ? new Intl.DateTimeFormat('en-CA').format(new Date(m.endsAt)) : '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ clinicianId: m.clinicianId, scopes, endsOn: endsOn || null }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <ScopeChoice value={scopes} onChange={setScopes} />
        <TextInput
          type="date"
          label={words.endsOn}
          description={words.endsOnHint}
          min={today()}
          value={endsOn}
          onChange={(e) => setEndsOn(e.currentTarget.value)}
        />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {words.save}
          </Button>
          <Button variant="default" onClick={onDone}>
            {words.cancel}
          </Button>
        </Group>
        {update.error ? <ErrorNotice error={update.error} /> : null}
      </Stack>
    </form>
  );
}

function EndMember({ clientId, member: m, onDone }: { clientId: string; member: CareTeamMembership; onDone: () => void }) {
  const end = useEndCareTeamMembership(clientId);
  const [endsOn, setEndsOn] = useState(today());
  return (
    <Stack gap="sm">
      <TextInput type="date" label={words.endOn} min={today()} required value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} />
      <Paper withBorder p="sm" role="alertdialog" aria-label={words.end}>
        <Stack gap="sm">
          <Text>{words.confirmEnd(m.name, formatDate(endsOn || today()))}</Text>
          <Group gap="sm">
            <Button
              color="red.9"
              loading={end.isPending}
              onClick={() => end.mutate({ clinicianId: m.clinicianId, endsOn: endsOn || undefined }, { onSuccess: onDone })}
            >
              {words.confirmEndButton}
            </Button>
            <Button variant="default" onClick={onDone}>
              {words.cancel}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {end.error ? <ErrorNotice error={end.error} /> : null}
    </Stack>
  );
}

function AddMember({ clientId, clinicians }: { clientId: string; clinicians: { id: string; name: string }[] }) {
  const add = useAddCareTeamMember(clientId);
  const empty = { clinicianId: '', role: 'gp' as (typeof careTeamRoles)[number], scopes: [] as CareScope[], startsOn: today(), endsOn: '' };
  const [form, setForm] = useState(empty);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="care-team-add">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const body = {
            clinicianId: form.clinicianId,
            role: form.role,
            scopes: form.scopes,
            startsOn: form.startsOn || undefined,
            endsOn: form.endsOn || undefined,
          };
          add.mutate(body, { onSuccess: () => setForm(empty) });
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="care-team-add">
            {words.addHeading}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={words.clinician}
              required
              data={clinicians.map((c) => ({ value: c.id, label: c.name }))}
              value={form.clinicianId || null}
              onChange={(value) => setForm({ ...form, clinicianId: value ?? '' })}
            />
            <Select
              label={words.roleLabel}
              required
              allowDeselect={false}
              data={careTeamRoles.map((r) => ({ value: r, label: careTeamWords.role[r] }))}
              value={form.role}
              onChange={(value) => setForm({ ...form, role: (value ?? 'gp') as typeof form.role })}
            />
          </SimpleGrid>
          <ScopeChoice value={form.scopes} onChange={(scopes) => setForm({ ...form, scopes })} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={words.startsOn}
              description={words.startsOnHint}
              min={today()}
              value={form.startsOn}
              onChange={(e) => setForm({ ...form, startsOn: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={words.endsOn}
              description={words.endsOnHint}
              min={today()}
              value={form.endsOn}
              onChange={(e) => setForm({ ...form, endsOn: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Button type="submit" loading={add.isPending} disabled={!form.clinicianId} style={{ alignSelf: 'flex-start' }}>
            {words.add}
          </Button>
          {add.isSuccess ? <Alert color="teal">{words.added}</Alert> : null}
          {add.error ? <ErrorNotice error={add.error} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
