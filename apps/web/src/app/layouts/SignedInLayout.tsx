import { Anchor, Box, Burger, Button, Container, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MeResponse } from '@steadfast/contracts';
import { Suspense, useEffect, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate, useRoutes } from 'react-router';
import { NotOkayButton } from '../../features/crisis-resources/NotOkayButton';
import { useKeepCrisisCopies } from '../../features/crisis-resources/useKeepCrisisCopies';
import { useMe, useSignOut } from '../../features/identity/identity.api';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { usePeerSpace } from '../../features/peer-space/peer-space.api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { SkipLink } from '../../ui/SkipLink';
import { isApiError } from '../api';
import { appWords } from '../app.words';
import { routesFor, type PageRoute } from '../routes';
import { idleMinutesOf, signInPath } from '../sign-in-path';
import { useFocusMainOnNavigate } from '../../ui/useFocusMainOnNavigate';
import { Brand } from './Brand';
import { PublicFrame } from './PublicLayout';
import classes from './layouts.module.css';

/** Every signed-in page: who is signed in decides which pages exist (src/app/routes.tsx). */
export function SignedInLayout() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <PublicFrame>
        <LoadingPage />
      </PublicFrame>
    );
  }
  if (me.isError) {
    if (isApiError(me.error, 'unauthenticated')) return <Navigate to={signInPath(location, idleMinutesOf(me.error))} replace />;
    return (
      <PublicFrame>
        <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />
      </PublicFrame>
    );
  }
  if (me.data.user.mustEnrolTotp && location.pathname !== '/two-factor') return <Navigate to="/two-factor" replace />;
  return (
    <Frame me={me.data}>
      <RolePages routes={routesFor(me.data.user.role)} />
    </Frame>
  );
}

function RolePages({ routes }: { routes: PageRoute[] }) {
  const element = useRoutes([
    ...routes.map(({ path, page: Page }) => ({ path: `/${path}`, element: <Page /> })),
    { path: '*', element: <NotFoundPage /> },
  ]);
  return <Suspense fallback={<LoadingPage />}>{element}</Suspense>;
}

function Frame({ me, children }: { me: MeResponse; children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const isClient = me.user.role === 'client';
  useKeepCrisisCopies(me);
  useFocusMainOnNavigate();
  useEffect(close, [location.pathname, close]);
  return (
    <div className={classes.shell}>
      <SkipLink />
      <Box component="header" className={`${classes.header} ${classes.stickyHeader}`}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          {/* Tight gaps: on a 390 px phone the menu, the name, the bell and "I'm not okay" must all fit. */}
          <Group gap={4} wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={appWords.menu} aria-expanded={opened} aria-controls="main-nav" />
            <Brand wordmarkClassName={classes.wordmarkWide} />
          </Group>
          <Group gap={4} wrap="nowrap">
            {/* Until two-factor sign-in is set up, the API answers nothing else: no bell yet. */}
            {me.user.mustEnrolTotp ? null : <NotificationBell />}
            {isClient ? (
              <NotOkayButton />
            ) : (
              <Anchor component={Link} to="/help" className={classes.backLink}>
                {appWords.crisisLinesLink}
              </Anchor>
            )}
          </Group>
        </Group>
      </Box>
      <div className={classes.body}>
        <nav id="main-nav" aria-label={appWords.mainNavigation} className={classes.nav} data-open={opened}>
          <Navigation me={me} />
        </nav>
        <main id="main" tabIndex={-1} className={`${classes.main} ${classes.signedInMain}`}>
          <Container size="md" px={0} pb="xl">
            {children}
          </Container>
        </main>
      </div>
    </div>
  );
}

function Navigation({ me }: { me: MeResponse }) {
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const routes = routesFor(me.user.role);
  // The optional peer space shows in the navigation only where it is open to the person.
  const peer = usePeerSpace(routes.some((r) => r.navWhen)).data;
  const shown = { peerSpace: Boolean(peer?.enabled), peerModeration: Boolean(peer?.can.moderate) };
  const entries = routes.filter((r) => r.nav && (!r.navWhen || shown[r.navWhen]));
  return (
    <Stack justify="space-between" h="100%" gap="lg">
      <ul className={classes.navList}>
        {entries.map((r) => {
          const to = `/${r.path}`;
          const active = to === '/' ? location.pathname === '/' : location.pathname.startsWith(to);
          return (
            <li key={to}>
              <Link to={to} className={classes.navLink} aria-current={active ? 'page' : undefined}>
                {r.nav}
              </Link>
            </li>
          );
        })}
      </ul>
      <Stack gap="xs" className={classes.navFooter}>
        <div>
          <Text fw={600}>{me.user.name}</Text>
          <Text size="sm" c="dimmed">
            {me.practice.name}
          </Text>
        </div>
        <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })} data-testid="sign-out">
          {appWords.signOut}
        </Button>
      </Stack>
    </Stack>
  );
}
