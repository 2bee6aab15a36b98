import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { InvitationView } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useCreateInvitation } from './invitations.api';
import { invitationWords } from './invitations.words';

const words = invitationWords.create;

/** Invites a clinician (admins) or a client (clinicians) by name and e-mail. */
export function InviteForm({ kind }: { kind: InvitationView['kind'] }) {
  const create = useCreateInvitation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const headingId = `invite-${kind}-heading`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { kind, name: name.trim(), email: email.trim() },
      {
        onSuccess: () => {
          setName('');
          setEmail('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit} data-testid={`invite-${kind}-form`}>
        <Stack gap="sm">
          <Title order={2} id={headingId}>
            {kind === 'client' ? words.clientHeading : words.clinicianHeading}
          </Title>
          <Text size="sm">{kind === 'client' ? words.clientHelp : words.clinicianHelp}</Text>
          <TextInput label={words.name} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={120} autoComplete="off" name="name" />
          <TextInput
            label={words.email}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
            maxLength={254}
            autoComplete="off"
            name="email"
          />
          {create.error ? <ErrorNotice error={create.error} /> : null}
          {create.data && !create.isPending ? (
            <Alert color="harbour" role="status">
              {words.sent(create.data.name, create.data.email)}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" loading={create.isPending}>
              {words.submit}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
