import { Center, Group, Loader, Text, VisuallyHidden } from '@mantine/core';
import { appWords } from '../app/app.words';
import { Page } from './Page';

/**
 * The one loading state: a status region, announced politely, whose words are on screen beside a
 * spinner that is only decoration (hidden from assistive technology, so it needs no name).
 * `data-loading` tells the end-to-end journeys the page has not settled yet.
 */
export function Loading({ label = appWords.loading }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite" data-loading="true">
      <Group gap="sm" wrap="nowrap">
        <Loader size="sm" aria-hidden="true" />
        <Text>{label}</Text>
      </Group>
    </Center>
  );
}

/**
 * A whole page still loading keeps its one h1: the page's own title when it is known before the
 * data, else one that says the app is loading (kept off screen, the status says it already).
 */
export function LoadingPage({ title }: { title?: string }) {
  if (title) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  return (
    <>
      <VisuallyHidden component="h1">{appWords.loadingPage}</VisuallyHidden>
      <Loading />
    </>
  );
}
