import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter, publicPaths } from './app/router';
import { signInPath } from './app/sign-in-path';

const router = createAppRouter();

// An expired session anywhere but a public page (the crisis screen above all) goes to sign-in.
const queryClient = createQueryClient(() => {
  const { pathname, search } = router.state.location;
  if (publicPaths.some((p) => pathname === p || (p.endsWith('/') && pathname.startsWith(p)))) return;
  void router.navigate(signInPath({ pathname, search }), { replace: true });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
