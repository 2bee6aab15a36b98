import { Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { appWords } from '../app.words';

/** The app's name and mark, linking home. */
export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" aria-label={`${appWords.appName} home`} style={{ minHeight: 44, display: 'flex', alignItems: 'center' }}>
      <Group gap={8} wrap="nowrap">
        <img src="/icons/icon-192.png" alt="" width={28} height={28} />
        <Text fw={700} size="lg" c="harbour.9">
          {appWords.appName}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
