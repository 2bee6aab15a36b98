import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { signInFieldIds as ids } from '@steadfast/contracts';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../app/api';
import { forgetPaintedFields, paintedField } from '../../app/server-page';
import { safeNext } from '../../app/sign-in-path';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { useSignIn } from './identity.api';
import { identityWords } from './identity.words';

const words = identityWords.signIn;

/**
 * Email and password, then a code when the account has two-factor sign-in on. The server may
 * have painted this form already (apps/server/src/web/sign-in-page.ts), and the person may have
 * started typing in it: the page starts from what its fields hold, and takes the caret on.
 */
export default function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState(() => paintedField(ids.email)?.value ?? params.get('email') ?? '');
  const [password, setPassword] = useState(() => paintedField(ids.password)?.value ?? '');
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const idleMinutes = minutesParam(params.get('idle'));

  // The painted form has just left the page, before this frame paints: what was typed into it
  // since the first render is taken too, and the caret goes on in the same field.
  useLayoutEffect(() => {
    const fields = [
      { field: paintedField(ids.email), set: setEmail, input: emailInput },
      { field: paintedField(ids.password), set: setPassword, input: passwordInput },
    ];
    for (const { field, set, input } of fields) {
      if (!field) continue;
      set(field.value);
      if (field.focused) input.current?.focus();
    }
    forgetPaintedFields();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    signIn.mutate(
      { email, password, ...(needsCode ? { totp: code.trim() } : {}) },
      {
        onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }),
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
                ref={emailInput}
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
                ref={passwordInput}
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
