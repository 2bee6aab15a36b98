import { Button, Checkbox, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { PeerSpaceView } from '@steadfast/contracts';
import { useState } from 'react';
import { isApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useJoinPeerSpace } from './peer-space.api';
import { peerWords } from './peer-space.words';

const words = peerWords.join;

/** Joining: a pseudonym that is not the client's name (the server checks), the house rules agreed first. */
export function JoinPeerSpace({ space }: { space: PeerSpaceView }) {
  const [pseudonym, setPseudonym] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [share, setShare] = useState(false);
  const [tried, setTried] = useState(false);
  const join = useJoinPeerSpace();
  const fieldError = join.error && isApiError(join.error) && join.error.detail('field') === 'pseudonym' ? join.error.message : undefined;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="peer-join-heading">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (agreed) join.mutate({ pseudonym, agreeToHouseRules: true, shareWithCareTeam: share });
        }}
      >
        <Stack gap="md">
          <Title order={2} id="peer-join-heading">
            {words.heading}
          </Title>
          <Text>{words.intro}</Text>
          <TextInput
            label={words.pseudonym}
            description={words.pseudonymHint}
            value={pseudonym}
            onChange={(e) => setPseudonym(e.currentTarget.value)}
            maxLength={30}
            required
            error={fieldError}
            autoComplete="off"
          />
          <Title order={3}>{words.rulesHeading}</Title>
          <List spacing="xs" data-testid="peer-house-rules">
            {space.houseRules.map((rule) => (
              <List.Item key={rule}>{rule}</List.Item>
            ))}
          </List>
          <Checkbox
            label={words.agree}
            checked={agreed}
            onChange={(e) => setAgreed(e.currentTarget.checked)}
            error={tried && !agreed ? words.agreeFirst : undefined}
          />
          <Checkbox label={words.share} checked={share} onChange={(e) => setShare(e.currentTarget.checked)} />
          {join.error && !fieldError ? <ErrorNotice error={join.error} /> : null}
          <div>
            <Button type="submit" loading={join.isPending}>
              {words.submit}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
