import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MailView } from '@steadfast/contracts';
import { Fragment } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { usePracticeMail } from './practices.api';
import { practiceWords } from './practices.words';

const words = practiceWords.mail;

/** The practice's outgoing mail with each e-mail's text (never clinical), links clickable. */
export default function MailPage() {
  const me = useMe().data;
  const mail = usePracticeMail();
  return (
    <Page title={words.title} intro={mail.data?.delivery === 'outbox-only' ? words.introOutbox : words.introSmtp}>
      {mail.isPending ? <Loading /> : null}
      {mail.error ? <ErrorNotice error={mail.error} onRetry={() => void mail.refetch()} /> : null}
      {mail.data?.mail.length === 0 ? <Text>{words.none}</Text> : null}
      {mail.data?.mail.map((m) => <MailItem key={m.id} mail={m} timeZone={me?.practice.timeZone} />)}
    </Page>
  );
}

function MailItem({ mail, timeZone }: { mail: MailView; timeZone: string | undefined }) {
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`mail-${mail.id}`} data-testid="mail">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={2} size="h4" id={`mail-${mail.id}`}>
            {mail.subject}
          </Title>
          <Badge variant="light" color={mail.status === 'failed' ? 'red' : 'gray'}>
            {words.status[mail.status]}
          </Badge>
        </Group>
        <Text size="sm">
          {words.to(mail.to)} · {formatDateTime(mail.createdAt, timeZone)}
        </Text>
        <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <LinkedText text={mail.text} />
        </Text>
      </Stack>
    </Paper>
  );
}

/** Plain text with its http(s) links made clickable (mail text is plain text, never HTML). */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <Anchor key={i} href={part}>
            {part}
          </Anchor>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
