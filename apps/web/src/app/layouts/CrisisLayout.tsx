import { Anchor, Box, Container, Group } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { crisisWords } from '../../features/crisis-resources/crisis-resources.words';
import { SkipLink } from '../../ui/SkipLink';
import { useFocusMainOnNavigate } from '../../ui/useFocusMainOnNavigate';
import { Brand } from './Brand';
import classes from './layouts.module.css';

/**
 * The crisis screen's frame: no session, no data and no lazy code stand between a tap and
 * the page, so it opens offline and after a session has expired.
 */
export function CrisisLayout() {
  useFocusMainOnNavigate();
  return (
    <>
      <SkipLink />
      <Box component="header" className={classes.header}>
        <Group justify="space-between" wrap="nowrap" h="100%" px="md">
          <Brand />
          <Anchor component={Link} to="/" className={classes.backLink}>
            {crisisWords.home}
          </Anchor>
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={640} py="lg" className={classes.main}>
        <Outlet />
      </Container>
    </>
  );
}
