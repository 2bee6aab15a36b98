import { Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { appWords } from '../app.words';

/**
 * The app's name and mark, linking home. `wordmarkClassName` lets a crowded header drop the
 * name on the narrowest phones; the link keeps its name ("Steadfast home") for screen readers.
 */
export function Brand({ wordmarkClassName }: { wordmarkClassName?: string } = {}) {
  return (
    <UnstyledButton component={Link} to="/" aria-label={`${appWords.appName} home`} style={{ minHeight: 44, display: 'flex', alignItems: 'center' }}>
      <Group gap={8} wrap="nowrap">
        <img src="/icons/icon-192.png" alt="" width={28} height={28} />
        <Text fw={700} size="lg" c="harbour.9" className={wordmarkClassName}>
          {appWords.appName}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
