import { Center, Loader } from '@mantine/core';
import { appWords } from '../app/app.words';

/** A quiet loading mark for ordinary pages (never in front of crisis content). */
export function Loading({ label = appWords.loading }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-label={label} />
    </Center>
  );
}
