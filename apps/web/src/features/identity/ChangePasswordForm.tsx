import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useChangePassword } from './identity.api';
import { identityWords } from './identity.words';

const words = identityWords.password;
const MIN_PASSWORD = 10;

/** Change one's own password; other devices are signed out, this one stays. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const nextProblem = next.length < MIN_PASSWORD ? words.tooShort : next === current ? words.same : null;
  const againProblem = next !== again ? words.mismatch : null;
  const wrongCurrent = isApiError(change.error, 'validation_failed') && change.error.message === words.wrongCurrentFromServer;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!current || nextProblem || againProblem) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setAgain('');
          setChecked(false);
        },
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="password-heading">
      <Title order={2} id="password-heading">
        {words.heading}
      </Title>
      <Text>{words.intro}</Text>
      <form onSubmit={submit} noValidate data-testid="change-password-form">
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label={words.current}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            required
            name="current-password"
            error={wrongCurrent ? words.wrongCurrent : checked && !current ? words.currentMissing : undefined}
          />
          <PasswordInput
            label={words.next}
            description={words.nextHelp}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            autoComplete="new-password"
            required
            name="new-password"
            error={checked && nextProblem ? nextProblem : undefined}
          />
          <PasswordInput
            label={words.again}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            autoComplete="new-password"
            required
            name="confirm-password"
            error={checked && !nextProblem && againProblem ? againProblem : undefined}
          />
          {change.error && !wrongCurrent ? <ErrorNotice error={change.error} /> : null}
          {change.isSuccess ? (
            <Alert color="teal" variant="light" role="status">
              {words.done(change.data.signedOutElsewhere)}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" loading={change.isPending}>
              {words.submit}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
