import { Alert, Anchor, Button, Code, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { meKey, useBeginTotp, useConfirmTotp, useMe } from './identity.api';
import { identityWords } from './identity.words';

const words = identityWords.twoFactor;

/**
 * Two-factor set-up: a key for the authenticator app (link and typed key: no QR code), a code
 * to prove it works, then recovery codes shown once.
 */
export default function TwoFactorSetupPage() {
  const me = useMe();
  const begin = useBeginTotp();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  if (!me.data) return <LoadingPage title={words.title} />;
  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} />;
  const { user } = me.data;
  if (user.role === 'client' || user.totpEnabled) {
    return (
      <Page title={words.title}>
        <Text>{user.totpEnabled ? words.alreadyOn : words.optional}</Text>
      </Page>
    );
  }
  return (
    <Page title={words.title} intro={user.mustEnrolTotp ? words.required : words.optional}>
      {begin.data ? (
        <Enrol secret={begin.data.secret} otpauthUrl={begin.data.otpauthUrl} onDone={setRecoveryCodes} />
      ) : (
        <Stack align="flex-start">
          {begin.error ? <ErrorNotice error={begin.error} /> : null}
          <Button onClick={() => begin.mutate()} loading={begin.isPending}>
            {words.start}
          </Button>
        </Stack>
      )}
    </Page>
  );
}

interface EnrolProps {
  secret: string;
  otpauthUrl: string;
  onDone: (codes: string[]) => void;
}

function Enrol({ secret, otpauthUrl, onDone }: EnrolProps) {
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code.trim(), { onSuccess: (result) => onDone(result.recoveryCodes) });
  };
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2}>1. {words.step1}</Title>
          <Text>{words.step1Help}</Text>
          <div>
            <Anchor href={otpauthUrl}>{words.openInApp}</Anchor>
          </div>
          <Text fw={600}>{words.key}</Text>
          <Text
            ff="monospace"
            fz="lg"
            p="sm"
            bg="gray.1"
            style={{ letterSpacing: '0.1em', overflowWrap: 'anywhere', borderRadius: 'var(--mantine-radius-sm)' }}
            data-testid="totp-secret"
          >
            {secret.replace(/(.{4})/g, '$1 ').trim()}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="form" onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2}>2. {words.step2}</Title>
          <TextInput
            label={words.code}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            name="code"
          />
          {confirm.error ? <ErrorNotice error={confirm.error} /> : null}
          <div>
            <Button type="submit" loading={confirm.isPending}>
              {words.confirm}
            </Button>
          </div>
        </Stack>
      </Paper>
    </Stack>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: meKey });
    void navigate('/', { replace: true });
  };
  return (
    <Page title={words.codesTitle}>
      <Alert color="harbour">{words.codesIntro}</Alert>
      <List aria-label={words.codesList} listStyleType="none" spacing={4} data-testid="recovery-codes">
        {codes.map((c) => (
          <List.Item key={c}>
            <Code fz="lg">{c}</Code>
          </List.Item>
        ))}
      </List>
      <div>
        <Button onClick={() => void done()}>{words.codesDone}</Button>
      </div>
    </Page>
  );
}
