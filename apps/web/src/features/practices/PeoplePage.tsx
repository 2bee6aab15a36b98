import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonView } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { usePeople, useResetTwoFactor, useSignOutEverywhere, useUnlockPerson } from './practices.api';
import { practiceWords } from './practices.words';

const words = practiceWords.people;

/** Everyone in the practice, with sign-out-everywhere, unlock and two-factor reset. */
export default function PeoplePage() {
  const me = useMe().data;
  const people = usePeople();
  const signOut = useSignOutEverywhere();
  const unlock = useUnlockPerson();
  const resetTwoFactor = useResetTwoFactor();
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const timeZone = me?.practice.timeZone;

  const actions: PersonActions = {
    confirming,
    setConfirming,
    signOut: (person) =>
      signOut.mutate(person.id, {
        onSuccess: (result) => {
          setConfirming(null);
          setDone(words.signedOut(person.name, result.revoked));
        },
      }),
    unlock: (person) => unlock.mutate(person.id, { onSuccess: () => setDone(words.unlocked(person.name)) }),
    resetTwoFactor: (person) =>
      resetTwoFactor.mutate(person.id, {
        onSuccess: () => {
          setConfirming(null);
          setDone(words.twoFactorReset(person.name));
        },
      }),
    busy: signOut.isPending || unlock.isPending || resetTwoFactor.isPending,
  };

  return (
    <Page title={words.title} intro={words.intro}>
      {done ? (
        <Alert color="harbour" role="status" withCloseButton closeButtonLabel={words.dismiss} onClose={() => setDone(null)}>
          {done}
        </Alert>
      ) : null}
      {signOut.error ? <ErrorNotice error={signOut.error} /> : null}
      {unlock.error ? <ErrorNotice error={unlock.error} /> : null}
      {resetTwoFactor.error ? <ErrorNotice error={resetTwoFactor.error} /> : null}
      {people.isPending ? <Loading /> : null}
      {people.error ? <ErrorNotice error={people.error} onRetry={() => void people.refetch()} /> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {people.data?.people.map((person) => (
          <PersonCard key={person.id} person={person} isMe={person.id === me?.user.id} timeZone={timeZone} actions={actions} />
        ))}
      </SimpleGrid>
    </Page>
  );
}

/** Which person's action waits for a second click. */
interface Confirming {
  id: string;
  action: 'signOut' | 'resetTwoFactor';
}

interface PersonActions {
  confirming: Confirming | null;
  setConfirming: (confirming: Confirming | null) => void;
  signOut: (person: PersonView) => void;
  unlock: (person: PersonView) => void;
  resetTwoFactor: (person: PersonView) => void;
  busy: boolean;
}

interface PersonCardProps {
  person: PersonView;
  isMe: boolean;
  timeZone: string | undefined;
  actions: PersonActions;
}

function PersonCard({ person, isMe, timeZone, actions }: PersonCardProps) {
  const locked = person.lockedUntil && new Date(person.lockedUntil) > new Date();
  const confirming = actions.confirming?.id === person.id ? actions.confirming.action : null;
  // Never one's own: a stolen admin session must not be able to remove the admin's second factor.
  const canResetTwoFactor = person.totpEnabled && !isMe;
  return (
    <Paper withBorder p="md" data-testid="person" component="article" aria-label={person.name}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>{person.name}</Text>
          {isMe ? <Badge variant="outline">{words.you}</Badge> : null}
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {person.email}
        </Text>
        <Group gap="xs">
          <Badge variant="light">{words.role[person.role]}</Badge>
          {person.role !== 'client' ? (
            <Badge variant={person.totpEnabled ? 'filled' : 'light'} color={person.totpEnabled ? 'harbour' : 'gray'}>
              {person.totpEnabled ? words.twoFactorOn : words.twoFactorOff}
            </Badge>
          ) : null}
        </Group>
        {locked && person.lockedUntil ? (
          <Text size="sm" c="red.9">
            {words.lockedUntil(formatDateTime(person.lockedUntil, timeZone))}
          </Text>
        ) : null}
        {confirming ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {confirming === 'signOut' ? words.confirm(person.name) : words.confirmResetTwoFactor(person.name)}
            </Text>
            {confirming === 'resetTwoFactor' ? <Text size="sm">{words.resetTwoFactorHelp}</Text> : null}
            <Group gap="xs">
              <Button
                size="sm"
                color="red.9"
                onClick={() => (confirming === 'signOut' ? actions.signOut(person) : actions.resetTwoFactor(person))}
                loading={actions.busy}
              >
                {confirming === 'signOut' ? words.confirmYes : words.confirmResetYes}
              </Button>
              <Button size="sm" variant="default" onClick={() => actions.setConfirming(null)}>
                {words.confirmNo}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="xs">
            {locked ? (
              <Button size="sm" variant="default" onClick={() => actions.unlock(person)} disabled={actions.busy} aria-label={words.unlockLabel(person.name)}>
                {words.unlock}
              </Button>
            ) : null}
            <Button
              size="sm"
              variant="default"
              onClick={() => actions.setConfirming({ id: person.id, action: 'signOut' })}
              aria-label={words.signOutEverywhereLabel(person.name)}
            >
              {words.signOutEverywhere}
            </Button>
            {canResetTwoFactor ? (
              <Button
                size="sm"
                variant="default"
                onClick={() => actions.setConfirming({ id: person.id, action: 'resetTwoFactor' })}
                aria-label={words.resetTwoFactorLabel(person.name)}
              >
                {words.resetTwoFactor}
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
