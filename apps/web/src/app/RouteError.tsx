import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';
import { NotOkayButton } from '../features/crisis-resources/NotOkayButton';
import { appWords } from './app.words';

/** A page that failed to render (often: its code could not load offline). Crisis help stays one tap away. */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <Container size={480} py="xl" component="main" id="main">
      <Stack>
        <Title order={1}>{appWords.unexpected}</Title>
        <Text>{appWords.offline}</Text>
        <div>
          <NotOkayButton />
        </div>
        <Anchor href="/">{appWords.goHome}</Anchor>
      </Stack>
    </Container>
  );
}
