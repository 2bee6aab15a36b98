import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { CrisisPage } from '../features/crisis-resources/CrisisPage';
import { LoadingPage } from '../ui/Loading';
import { CrisisLayout } from './layouts/CrisisLayout';
import { PublicFrame, PublicLayout } from './layouts/PublicLayout';
import { RouteError } from './RouteError';
import { loadable } from './loadable';
import { AcceptInvitationPage, ClientHomePage, ForgotPasswordPage, prefetchClientHomeData, ResetPasswordPage, SignInPage } from './routes';

// The signed-in shell (navigation, notifications, the event stream) is not needed to sign in
// or to read the crisis screen: it comes with the first signed-in page, not before.
const SignedInLayout = loadable(() => import('./layouts/SignedInLayout').then((m) => ({ default: m.SignedInLayout })));

/**
 * Asks for a page's code in a task of its own, after the app's own code has run: adding the links
 * ahead of a page's many files is itself work, which on a slow phone made that first task longer (issue 22).
 */
function preloadSoon(load: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(load);
}

/** The code of a client's home, fetched while the server's painted copy of it is on screen. */
export function preloadClientHome(queryClient: QueryClient, clientId: string | null | undefined): Promise<void> {
  const page = preloadSoon(ClientHomePage.preload).then(() => (clientId ? prefetchClientHomeData(queryClient, clientId) : undefined));
  return Promise.all([preloadSoon(SignedInLayout.preload), page]).then(() => undefined);
}

/** Paths that never send a person to sign in, whatever the API answers. */
export const publicPaths = ['/help', '/sign-in', '/invitation/', '/forgot-password', '/reset-password'];

/**
 * The crisis screen is eager and outside sign-in; the public pages lazy; every other path
 * belongs to the signed-in shell (lazy too), which picks its pages by role (routes.tsx).
 */
export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { element: <CrisisLayout />, children: [{ path: '/help', element: <CrisisPage /> }] },
      {
        element: <PublicLayout />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          { path: '/invitation/:token', element: <AcceptInvitationPage /> },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/reset-password', element: <ResetPasswordPage /> },
        ],
      },
      {
        path: '*',
        element: (
          // What SignedInLayout itself shows while it learns who is signed in.
          <Suspense
            fallback={
              <PublicFrame>
                <LoadingPage />
              </PublicFrame>
            }
          >
            <SignedInLayout />
          </Suspense>
        ),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
