import { Center, Loader } from '@mantine/core';
import { appWords } from '../app/app.words';

/**
 * A quiet loading mark for ordinary pages (never in front of crisis content). The mark is an
 * image with its label: a bare span may not carry aria-label (axe aria-prohibited-attr), which
 * shows as soon as a page is checked before its data arrives.
 */
export function Loading({ label = appWords.loading }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" role="img" aria-label={label} />
    </Center>
  );
}
