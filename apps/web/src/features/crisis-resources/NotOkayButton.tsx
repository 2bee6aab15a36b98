import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { appWords } from '../../app/app.words';

/**
 * The "I'm not okay" action: on every client screen, one tap to the crisis screen. It looks
 * the same every time, whatever the person last wrote (SPEC §2.9).
 */
export function NotOkayButton() {
  return (
    <Button component={Link} to="/help" color="ember" size="sm" data-testid="not-okay">
      {appWords.notOkay}
    </Button>
  );
}
