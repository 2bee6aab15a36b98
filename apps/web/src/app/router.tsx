import { createBrowserRouter, type RouteObject } from 'react-router';
import { CrisisPage } from '../features/crisis/CrisisPage';
import { CrisisLayout } from './layouts/CrisisLayout';
import { PublicLayout } from './layouts/PublicLayout';
import { SignedInLayout } from './layouts/SignedInLayout';
import { RouteError } from './RouteError';
import { AcceptInvitationPage, SignInPage } from './routes';

/** Paths that never send a person to sign in, whatever the API answers. */
export const publicPaths = ['/help', '/sign-in', '/invitation/'];

/**
 * The crisis screen is eager and outside sign-in; the public pages lazy; every other path
 * belongs to the signed-in shell, which picks its pages by role (routes.tsx).
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
        ],
      },
      { path: '*', element: <SignedInLayout /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
