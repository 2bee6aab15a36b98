import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { appWords } from '../app/app.words';
import { Page } from './Page';

/** A path no page answers. */
export function NotFoundPage() {
  return (
    <Page title={appWords.pageMissing}>
      <Anchor component={Link} to="/">
        {appWords.goHome}
      </Anchor>
    </Page>
  );
}
