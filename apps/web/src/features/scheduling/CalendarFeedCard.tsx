import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useCalendarFeed, useRotateFeed } from './scheduling.api';
import { schedulingWords } from './scheduling.words';

const words = schedulingWords.feed;

/** The person's secret calendar address; shown once when made, since only its hash is kept. */
export function CalendarFeedCard() {
  const [asked, setAsked] = useState(false);
  const feed = useCalendarFeed(asked);
  const rotate = useRotateFeed();
  const data = rotate.data ?? feed.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="feed-heading">
      <Stack gap="sm">
        <Title order={2} id="feed-heading">
          {words.heading}
        </Title>
        <Text>{words.intro}</Text>
        {!asked ? (
          <Button variant="outline" w="fit-content" onClick={() => setAsked(true)}>
            {words.show}
          </Button>
        ) : null}
        {data?.url ? (
          <>
            <TextInput label={words.address} value={data.url} readOnly onFocus={(e) => e.currentTarget.select()} />
            <Text size="sm">{words.copyHint}</Text>
          </>
        ) : null}
        {data && !data.url ? <Text size="sm">{words.hidden}</Text> : null}
        {data ? <Text size="sm">{data.refreshNote}</Text> : null}
        {data ? (
          <Button variant="subtle" w="fit-content" onClick={() => rotate.mutate()} loading={rotate.isPending}>
            {words.newAddress}
          </Button>
        ) : null}
        {feed.error ? <ErrorNotice error={feed.error} /> : null}
        {rotate.error ? <ErrorNotice error={rotate.error} /> : null}
      </Stack>
    </Paper>
  );
}
