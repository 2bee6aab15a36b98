import { Box, Container, Group } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { NotOkayButton } from '../../features/crisis-resources/NotOkayButton';
import { LoadingPage } from '../../ui/Loading';
import { SkipLink } from '../../ui/SkipLink';
import { useFocusMainOnNavigate } from '../../ui/useFocusMainOnNavigate';
import { Brand } from './Brand';
import classes from './layouts.module.css';

/** Pages before sign-in: the crisis action is here too, since no one needs an account for it. */
export function PublicLayout() {
  return (
    <PublicFrame>
      <Suspense fallback={<LoadingPage />}>
        <Outlet />
      </Suspense>
    </PublicFrame>
  );
}

/**
 * A header with the crisis action and a narrow page. Also what shows while the app does not
 * yet know who is signed in, so the crisis action is never behind a spinner.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  useFocusMainOnNavigate();
  return (
    <>
      <SkipLink />
      <Box component="header" className={classes.header}>
        <Group justify="space-between" wrap="nowrap" h="100%" px="md">
          <Brand />
          <NotOkayButton />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={480} py="xl" className={classes.main}>
        {children}
      </Container>
    </>
  );
}
