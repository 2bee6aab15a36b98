import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { useCompletePasswordReset } from './identity.api';
import { identityWords } from './identity.words';
import { NewPasswordFields, newPasswordProblems } from './NewPasswordFields';

const words = identityWords.resetPassword;

/**
 * The token of a mailed link comes in the address's fragment (`#token=…`), which browsers never
 * send to a server. It is read once, then taken out of the address bar (below), so it does not
 * linger in the history of a shared computer.
 */
function tokenIn(hash: string): string {
  return new URLSearchParams(hash.slice(1)).get('token') ?? '';
}

/** A new password typed twice; then on to sign in with it. */
export default function ResetPasswordPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenIn(location.hash));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location, navigate]);
  const complete = useCompletePasswordReset();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const problems = newPasswordProblems(password, again);

  const unusable = token.length < 20 || isApiError(complete.error, 'not_found');
  if (unusable) {
    return (
      <Page title={words.unusableTitle}>
        <Text>{words.unusable}</Text>
        <Anchor component={Link} to="/forgot-password">
          {words.askAgain}
        </Anchor>
      </Page>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problems.password || problems.again) return;
    complete.mutate(
      { token, password },
      { onSuccess: ({ email }) => void navigate(`/sign-in?reset=1&email=${encodeURIComponent(email)}`, { replace: true }) },
    );
  };

  return (
    <Page title={words.title} intro={words.intro}>
      <form onSubmit={submit} noValidate data-testid="reset-password-form">
        <Stack>
          <NewPasswordFields
            labels={{ password: words.password, again: words.again }}
            password={password}
            again={again}
            onPasswordChange={setPassword}
            onAgainChange={setAgain}
            problems={checked ? problems : undefined}
          />
          {complete.error ? <ErrorNotice error={complete.error} /> : null}
          <Button type="submit" loading={complete.isPending} size="md">
            {words.submit}
          </Button>
        </Stack>
      </form>
    </Page>
  );
}
