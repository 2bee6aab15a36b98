import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { useRequestPasswordReset } from './identity.api';
import { identityWords } from './identity.words';

const words = identityWords.forgotPassword;

/** An e-mail address, then the same confirmation whatever happens (it never says whether an account uses it). */
export default function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email.trim());
  };

  return (
    <Page title={words.title} intro={request.isSuccess ? undefined : words.intro}>
      {request.isSuccess ? (
        <Stack>
          <Alert color="harbour" role="status" data-testid="reset-link-sent">
            {words.sent}
          </Alert>
          <Text>{words.notArrived}</Text>
        </Stack>
      ) : (
        <form onSubmit={submit} data-testid="forgot-password-form">
          <Stack>
            <TextInput
              label={words.email}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              autoComplete="username"
              required
              name="email"
            />
            {request.error ? <ErrorNotice error={request.error} /> : null}
            <Button type="submit" loading={request.isPending} size="md">
              {words.submit}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in">
        {words.back}
      </Anchor>
    </Page>
  );
}
