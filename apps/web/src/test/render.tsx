import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Providers } from '../app/providers';
import { createQueryClient } from '../app/query-client';

/** Renders routes inside the app's providers, starting at `path`, with a fresh query client. */
export function renderRoutes(routes: RouteObject[], path: string, onUnauthenticated: (error: unknown) => void = () => undefined) {
  const queryClient = createQueryClient(onUnauthenticated);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, queryClient };
}

/** Renders one element at `/` inside the app's providers. */
export function renderPage(element: ReactElement) {
  return renderRoutes([{ path: '*', element }], '/');
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

/** A stand-in network: answers by path, and fails like no network for anything else. */
export function fakeNetwork(routes: Record<string, Handler>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const method = init?.method ?? 'GET';
    calls.push({ method, path: url.pathname, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) throw new TypeError('Failed to fetch');
    return handler(url, init);
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
