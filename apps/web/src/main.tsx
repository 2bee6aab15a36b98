import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { watchActivity } from './app/activity';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter, preloadClientHome, preloadSignIn, publicPaths } from './app/router';
import { forgetServerHints, heldBackStylesheet, keepPaintedFields, serverMe, serverPage, stylesheetLoaded, switchOnStylesheet } from './app/server-page';
import { idleMinutesOf, signInPath } from './app/sign-in-path';
import { meKey } from './features/identity/identity.api';

watchActivity();
const router = createAppRouter();
const firstLocation = router.state.location.key;
const unsubscribe = router.subscribe((state) => {
  if (state.location.key === firstLocation) return;
  forgetServerHints();
  unsubscribe();
});

// An expired session anywhere but a public page (the crisis screen above all) goes to sign-in.
// A staff session the server ended for being unused says so on the sign-in page.
const queryClient = createQueryClient((error) => {
  const { pathname, search } = router.state.location;
  if (publicPaths.some((p) => pathname === p || (p.endsWith('/') && pathname.startsWith(p)))) return;
  void router.navigate(signInPath({ pathname, search }, idleMinutesOf(error)), { replace: true });
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

// A client's home the server painted: the app draws the same page in its place, so it waits for
// the page's code and takes who is signed in from the server, rather than showing a loading
// screen over a page that was already there. /me is still asked again, in the background.
// The sign-in form the server painted: the same, and what was typed into it is kept (SignInPage).
const me = serverPage() === 'home' ? serverMe() : undefined;
if (me) queryClient.setQueryData(meKey, me, { updatedAt: 0 });
keepPaintedFields();
const page = me ? preloadClientHome() : serverPage() === 'sign-in' ? preloadSignIn() : undefined;
const held = heldBackStylesheet();
void Promise.all([held ? stylesheetLoaded(held) : undefined, page?.catch(() => undefined)]).then(() => start(held));
