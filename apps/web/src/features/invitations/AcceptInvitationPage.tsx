import { Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { NewPasswordFields, newPasswordProblems } from '../identity/NewPasswordFields';
import { useAcceptInvitation, useInvitationPreview } from './invitations.api';
import { invitationWords } from './invitations.words';

const words = invitationWords.accept;

/** An invitation link: who it is for, then a password; then on to sign in. */
export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  if (preview.isPending) return <LoadingPage title={words.title} />;
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
  const problems = newPasswordProblems(password, again);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problems.password || problems.again) return;
    accept.mutate(password, {
      onSuccess: () => void navigate(`/sign-in?welcome=1&email=${encodeURIComponent(email)}`, { replace: true }),
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="accept-invitation-form">
      <Stack>
        <NewPasswordFields
          labels={{ password: words.password, again: words.confirm }}
          password={password}
          again={again}
          onPasswordChange={setPassword}
          onAgainChange={setAgain}
          problems={checked ? problems : undefined}
        />
        {accept.error ? <ErrorNotice error={accept.error} /> : null}
        <Button type="submit" loading={accept.isPending} size="md">
          {words.submit}
        </Button>
      </Stack>
    </form>
  );
}
