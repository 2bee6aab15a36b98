import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useAcceptInvitation, useInvitationPreview } from './invitations.api';
import { invitationWords } from './invitations.words';

const words = invitationWords.accept;
const MIN_PASSWORD = 10;

/** An invitation link: who it is for, then a password; then on to sign in. */
export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  if (preview.isPending) return <Loading />;
  if (preview.error) {
    const gone = isApiError(preview.error, 'not_found') || isApiError(preview.error, 'validation_failed');
    return gone ? (
      <Page title={words.unusable}>
        <Text>{words.unusableHelp}</Text>
      </Page>
    ) : (
      <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
    );
  }
  const { kind, name, email, practiceName } = preview.data;
  return (
    <Page title={words.title} intro={kind === 'client' ? words.forClient(practiceName) : words.forClinician(practiceName)}>
      <Text>{words.account(name, email)}</Text>
      <ChoosePassword token={token} email={email} />
    </Page>
  );
}

function ChoosePassword({ token, email }: { token: string; email: string }) {
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const problem = password.length < MIN_PASSWORD ? words.tooShort : password !== again ? words.mismatch : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problem) return;
    accept.mutate(password, {
      onSuccess: () => void navigate(`/sign-in?welcome=1&email=${encodeURIComponent(email)}`, { replace: true }),
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="accept-invitation-form">
      <Stack>
        <PasswordInput
          label={words.password}
          description={words.passwordHelp}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          required
          name="new-password"
          error={checked && password.length < MIN_PASSWORD ? words.tooShort : undefined}
        />
        <PasswordInput
          label={words.confirm}
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          autoComplete="new-password"
          required
          name="confirm-password"
          error={checked && password.length >= MIN_PASSWORD && password !== again ? words.mismatch : undefined}
        />
        {accept.error ? <ErrorNotice error={accept.error} /> : null}
        <Button type="submit" loading={accept.isPending} size="md">
          {words.submit}
        </Button>
      </Stack>
    </form>
  );
}
