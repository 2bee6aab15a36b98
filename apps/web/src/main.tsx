import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { RouterProvider } from 'react-router';
import { watchActivity } from './app/activity';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter, preloadClientHome, publicPaths } from './app/router';
import { forgetServerHints, heldBackStylesheet, serverMe, serverPage, stylesheetLoaded, switchOnStylesheet } from './app/server-page';
import { idleMinutesOf, signInPath } from './app/sign-in-path';
import { meKey } from './features/identity/identity.api';

/** Resolves in a task of its own, so that what follows does not lengthen the task that is running. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Switches on the stylesheet the server held back, in the frame where the app's page replaces the server's. */
function StylesheetOn({ link }: { link: HTMLLinkElement | null }) {
  useLayoutEffect(() => {
    if (link) switchOnStylesheet(link);
  }, [link]);
  return null;
}

/** What an answer saying the session has ended does: set once the router exists (boot). */
let onSessionEnded: (error: unknown) => void = () => undefined;

/**
 * The app starts in steps, each in a task of its own (issue 22): evaluating all of its code,
 * building the router and drawing the page in one go held a slow phone's main thread for a third
 * of a second and more, the server-painted page's links and fields with it. React's DOM renderer,
 * the largest part of that code, is imported here rather than above so that it is evaluated in a
 * task of its own; it is fetched from the start all the same (preload-boot.ts lists it in index.html).
 */
async function boot(): Promise<void> {
  await nextTask();
  // Who the server said is signed in goes into the query cache in a task of its own: the cache's
  // first use is slow on a phone, as is building the router below.
  const queryClient = createQueryClient((error) => onSessionEnded(error));
  // A client's home the server painted: the app draws the same page in its place, so it waits for
  // the page's code and takes who is signed in from the server, rather than showing a loading
  // screen over a page that was already there. /me is still asked again, in the background.
  const me = serverPage() === 'home' ? serverMe() : undefined;
  if (me) queryClient.setQueryData(meKey, me, { updatedAt: 0 });
  const page = me ? preloadClientHome(queryClient, me.user.clientId) : undefined;

  await nextTask();
  const router = createAppRouter();
  const firstLocation = router.state.location.key;
  const unsubscribe = router.subscribe((state) => {
    if (state.location.key === firstLocation) return;
    forgetServerHints();
    unsubscribe();
  });

  // An expired session anywhere but a public page (the crisis screen above all) goes to sign-in.
  // A staff session the server ended for being unused says so on the sign-in page.
  onSessionEnded = (error) => {
    const { pathname, search } = router.state.location;
    if (publicPaths.some((p) => pathname === p || (p.endsWith('/') && pathname.startsWith(p)))) return;
    void router.navigate(signInPath({ pathname, search }, idleMinutesOf(error)), { replace: true });
  };
  const held = heldBackStylesheet();

  await nextTask();
  const { createRoot } = await import('react-dom/client');
  await Promise.all([held ? stylesheetLoaded(held) : undefined, page?.catch(() => undefined), nextTask()]);
  // Making the root puts React's listeners for every kind of event on the page: a task of its own.
  const root = createRoot(document.getElementById('root')!);
  await nextTask();
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

watchActivity();
void boot();
