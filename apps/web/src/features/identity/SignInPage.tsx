import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { safeNextPath, signInFieldIds as ids } from '@steadfast/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { useSignIn } from './identity.api';
import { identityWords } from './identity.words';

const words = identityWords.signIn;

/**
 * Email and password, then a code when the account has two-factor sign-in on. A first visit to
 * /sign-in gets the server's own form instead (apps/server/src/web/sign-in-page.ts), which signs
 * in without the app; this page is the one the app shows when it sends a person to sign in.
 */
export default function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const idleMinutes = minutesParam(params.get('idle'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    signIn.mutate(
      { email, password, ...(needsCode ? { totp: code.trim() } : {}) },
      {
        onSuccess: () => void navigate(safeNextPath(params.get('next')), { replace: true }),
        onError: (failure) => {
          // The first "code required" answer is the next step, not a mistake.
          if (!needsCode && isApiError(failure) && failure.detail('totpRequired') === true) {
            setNeedsCode(true);
            requestAnimationFrame(() => codeInput.current?.focus());
            return;
          }
          setError(failure);
        },
      },
    );
  };

  const startOver = () => {
    setNeedsCode(false);
    setCode('');
    setPassword('');
    setError(null);
  };

  return (
    <Page title={needsCode ? words.codeStepTitle : words.title} intro={needsCode ? undefined : words.intro}>
      {params.get('welcome') && !needsCode ? <Alert color="harbour">{words.welcome}</Alert> : null}
      {params.get('reset') && !needsCode ? <Alert color="harbour">{words.passwordReset}</Alert> : null}
      {idleMinutes && !needsCode ? (
        <Alert color="harbour" data-testid="signed-out-idle">
          {words.idle(idleMinutes)}
        </Alert>
      ) : null}
      <form onSubmit={submit} data-testid="sign-in-form">
        <Stack>
          {needsCode ? (
            <>
              <Text>{words.codeStepIntro}</Text>
              <TextInput
                ref={codeInput}
                id={ids.code}
                label={words.code}
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                autoComplete="one-time-code"
                inputMode="text"
                required
                name="totp"
              />
            </>
          ) : (
            <>
              <TextInput
                id={ids.email}
                label={words.email}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                autoComplete="username"
                required
                name="email"
              />
              <PasswordInput
                id={ids.password}
                label={words.password}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                autoComplete="current-password"
                required
                name="password"
              />
            </>
          )}
          {error ? <ErrorNotice error={error} /> : null}
          <Button type="submit" loading={signIn.isPending} size="md">
            {needsCode ? words.codeSubmit : words.submit}
          </Button>
          {needsCode ? (
            <Button variant="subtle" onClick={startOver}>
              {words.startOver}
            </Button>
          ) : (
            <Anchor component={Link} to="/forgot-password">
              {words.forgot}
            </Anchor>
          )}
        </Stack>
      </form>
      <Text>
        {words.crisisHint}{' '}
        <Anchor component={Link} to="/help">
          {words.crisisLink}
        </Anchor>
        .
      </Text>
    </Page>
  );
}

/** The idle minutes the address names (`?idle=30`), only when it is a plain whole number. */
function minutesParam(value: string | null): number | undefined {
  return value && /^\d{1,4}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}
