import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useChangePassword } from './identity.api';
import { identityWords } from './identity.words';
import { NewPasswordFields, newPasswordProblems } from './NewPasswordFields';

const words = identityWords.password;

/** Change one's own password; other devices are signed out, this one stays. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const problems = newPasswordProblems(next, again, current);
  const wrongCurrent = isApiError(change.error, 'validation_failed') && change.error.message === words.wrongCurrentFromServer;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!current || problems.password || problems.again) return;
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
          <NewPasswordFields
            labels={{ password: words.next, again: words.again }}
            password={next}
            again={again}
            onPasswordChange={setNext}
            onAgainChange={setAgain}
            problems={checked ? problems : undefined}
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
