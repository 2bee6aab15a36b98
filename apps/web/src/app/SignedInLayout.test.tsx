import { fireEvent, screen, within } from '@testing-library/react';
import type { MeResponse } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../test/render';
import { appRoutes } from './router';

const practice = { id: '7f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Harbour Street Therapy', country: 'GB', timeZone: 'Europe/London' };
const clientId = '0b6c1c39-4f3a-4d53-9a8f-1b8f0f6f3c11';

function me(role: 'client' | 'clinician', extra: Partial<MeResponse['user']> = {}): MeResponse {
  return {
    user: {
      id: '5b0c3a3e-2f4e-4f0e-9d49-3a1f6f0c2a10',
      role,
      name: role === 'client' ? 'Sam Taylor' : 'Nia Clarke',
      email: 'x@harbour.example',
      totpEnabled: false,
      mustEnrolTotp: false,
      ...(role === 'client' ? { clientId } : {}),
      ...extra,
    },
    practice,
    can: { managePractice: false, inviteClinicians: false, inviteClients: role === 'clinician', viewCaseload: role === 'clinician' },
  };
}

const unauthenticated = () => json(401, { error: { code: 'unauthenticated', message: 'Please sign in.' } });

// The shell and the pages load lazily (as in the app): on a busy machine that takes more than
// findBy's default second.
const lazyPage = { timeout: 10_000 };

describe('the signed-in shell', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends someone whose session has ended to sign in, remembering where they were going', async () => {
    vi.stubGlobal('fetch', fakeNetwork({ 'GET /api/v1/me': unauthenticated }).fetch);
    const { router } = renderRoutes(appRoutes, '/sessions');
    await screen.findByRole('heading', { name: 'Sign in', level: 1 }, lazyPage);
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fsessions');
  });

  it('says on the sign-in page that a clinician was signed out for being idle, and the crisis screen stays one link away', async () => {
    const idle = () =>
      json(401, {
        error: { code: 'unauthenticated', message: 'You were signed out after 30 minutes without activity.', details: { reason: 'session_idle', idleMinutes: 30 } },
      });
    vi.stubGlobal('fetch', fakeNetwork({ 'GET /api/v1/me': idle }).fetch);
    const { router } = renderRoutes(appRoutes, '/clients');
    await screen.findByRole('heading', { name: 'Sign in', level: 1 }, lazyPage);
    expect(router.state.location.search).toBe('?next=%2Fclients&idle=30');
    expect(screen.getByTestId('signed-out-idle').textContent).toContain('signed out after 30 minutes without activity');
    fireEvent.click(screen.getByRole('link', { name: 'see who you can talk to' }));
    expect(router.state.location.pathname).toBe('/help');
  });

  it('asks a clinician who must set up two-factor sign-in to do that first', async () => {
    vi.stubGlobal('fetch', fakeNetwork({ 'GET /api/v1/me': () => json(200, me('clinician', { mustEnrolTotp: true })) }).fetch);
    const { router } = renderRoutes(appRoutes, '/');
    await screen.findByRole('heading', { name: 'Two-factor sign-in', level: 1 }, lazyPage);
    expect(router.state.location.pathname).toBe('/two-factor');
  });

  it("gives a client the “I'm not okay” action in the header, one tap from the crisis screen", async () => {
    vi.stubGlobal(
      'fetch',
      fakeNetwork({
        'GET /api/v1/me': () => json(200, me('client')),
        [`GET /api/v1/clients/${clientId}`]: () =>
          json(200, { clientId, name: 'Sam Taylor', status: 'active', careTeam: [], can: { readNotes: true, exportRecord: true } }),
      }).fetch,
    );
    const { router } = renderRoutes(appRoutes, '/');
    await screen.findByRole('heading', { name: 'Hello, Sam', level: 1 }, lazyPage);
    const header = screen.getByRole('banner');
    fireEvent.click(within(header).getByRole('link', { name: "I'm not okay" }));
    expect(router.state.location.pathname).toBe('/help');
    expect(screen.getByTestId('crisis-screen')).toBeTruthy();
  });
});
