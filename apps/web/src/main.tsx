import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter, publicPaths } from './app/router';
import { forgetServerHints, heldBackStylesheet, stylesheetLoaded, switchOnStylesheet } from './app/server-page';
import { signInPath } from './app/sign-in-path';

const router = createAppRouter();
const firstLocation = router.state.location.key;
const unsubscribe = router.subscribe((state) => {
  if (state.location.key === firstLocation) return;
  forgetServerHints();
  unsubscribe();
});

// An expired session anywhere but a public page (the crisis screen above all) goes to sign-in.
const queryClient = createQueryClient(() => {
  const { pathname, search } = router.state.location;
  if (publicPaths.some((p) => pathname === p || (p.endsWith('/') && pathname.startsWith(p)))) return;
  void router.navigate(signInPath({ pathname, search }), { replace: true });
});

/** Switches on the stylesheet the server held back, in the frame where the app's page replaces the server's. */
function StylesheetOn({ link }: { link: HTMLLinkElement | null }) {
  useLayoutEffect(() => {
    if (link) switchOnStylesheet(link);
  }, [link]);
  return null;
}

function start(held: HTMLLinkElement | null) {
  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders in slices and yields between them, so a slow phone stays
  // responsive (and the server's crisis page stays readable) while the app takes over.
  startTransition(() => {
    root.render(
      <StrictMode>
        <StylesheetOn link={held} />
        <Providers queryClient={queryClient}>
          <RouterProvider router={router} />
        </Providers>
      </StrictMode>,
    );
  });
}

const held = heldBackStylesheet();
if (held) void stylesheetLoaded(held).then(() => start(held));
else start(null);
