import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CareTeamView, MeResponse } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import CareTeamPage from './CareTeamPage';

const slow = { timeout: 8_000 };
const clientId = '9a1b2c3d-4e5f-4a6b-8c7d-000000000001';
const dana = '9a1b2c3d-4e5f-4a6b-8c7d-000000000002';
const patel = '9a1b2c3d-4e5f-4a6b-8c7d-000000000003';
const omar = '9a1b2c3d-4e5f-4a6b-8c7d-000000000004';
const ada = '9a1b2c3d-4e5f-4a6b-8c7d-000000000005';
const member = { startsAt: '2026-09-19T10:00:00.000Z', endsAt: null, status: 'current' as const };

function team(canManage: boolean): CareTeamView {
  return {
    client: { id: clientId, name: 'Sam Taylor' },
    canManage,
    clinicians: canManage ? [{ id: omar, name: 'Omar Haddad' }] : [],
    members: [
      { ...member, clinicianId: dana, name: 'Dana Reyes', role: 'therapist', isPrimary: true, scopes: [] },
      { ...member, clinicianId: patel, name: 'Dr Priya Patel', role: 'gp', isPrimary: false, scopes: ['safety_plan', 'checkins'] },
      { ...member, clinicianId: omar, name: 'Omar Haddad', role: 'other', isPrimary: false, scopes: [], endsAt: '2026-10-01T00:00:00.000Z', status: 'ended' },
    ],
  };
}

function me(role: 'clinician' | 'admin'): MeResponse {
  return {
    user: {
      id: role === 'admin' ? ada : dana,
      role,
      name: role === 'admin' ? 'Ada Okafor' : 'Dana Reyes',
      email: 'x@harbour.example',
      totpEnabled: true,
      mustEnrolTotp: false,
    },
    practice: { id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000009', name: 'Harbour Street Therapy', country: 'GB', timeZone: 'Europe/London' },
    can: { managePractice: role === 'admin', inviteClinicians: role === 'admin', inviteClients: role === 'clinician', viewCaseload: role === 'clinician' },
  };
}

// The page never asks for the client's profile: the practice admin may not read it (the fake network fails anything unlisted).
function render(canManage: boolean, role: 'clinician' | 'admin' = 'clinician') {
  const network = fakeNetwork({
    'GET /api/v1/me': () => json(200, me(role)),
    [`GET /api/v1/clients/${clientId}/care-team`]: () => json(200, team(canManage)),
    [`POST /api/v1/clients/${clientId}/care-team/${patel}/end`]: () => json(200, team(canManage)),
  });
  vi.stubGlobal('fetch', network.fetch);
  renderRoutes([{ path: '/clients/:clientId/care-team', element: <CareTeamPage /> }], `/clients/${clientId}/care-team`);
  return network;
}

describe('the care-team page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each member with role, dates and what they see in words, past members apart', async () => {
    render(true);
    await screen.findByRole('heading', { level: 1, name: 'Sam Taylor’s care team' }, slow);
    const gp = screen.getByRole('article', { name: 'Dr Priya Patel' });
    expect(within(gp).getByText('Can see: Safety plan, Check-ins')).toBeTruthy();
    expect(within(gp).getByText('Since 19 Sept 2026')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Dana Reyes' })).getByText('Sees everything, as the main contact')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Past members' })).getByText('Omar Haddad')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Add a member' })).toBeTruthy();
  });

  it('asks before ending a membership, and only then sends it', async () => {
    const network = render(true);
    const gp = await screen.findByRole('article', { name: 'Dr Priya Patel' }, slow);
    fireEvent.click(within(gp).getByRole('button', { name: 'End membership' }));
    expect(within(gp).getByText(/End Dr Priya Patel’s membership from/)).toBeTruthy();
    expect(network.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(gp).getByRole('button', { name: 'Yes, end membership' }));
    await waitFor(() => expect(network.calls.some((c) => c.method === 'POST' && c.path.endsWith(`/${patel}/end`))).toBe(true));
  });

  it('offers no changes to someone who may only read the team', async () => {
    render(false);
    await screen.findByRole('heading', { level: 1, name: 'Sam Taylor’s care team' }, slow);
    expect(screen.queryByRole('region', { name: 'Add a member' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'End membership' })).toBeNull();
    expect(screen.getByText('Only the main contact and the practice admin can change this care team.')).toBeTruthy();
  });

  it('leads the primary clinician back to the client’s page', async () => {
    const network = render(true);
    await screen.findByRole('heading', { level: 1, name: 'Sam Taylor’s care team' }, slow);
    const back = await screen.findByRole('link', { name: 'Back to Sam Taylor' });
    expect(back.getAttribute('href')).toBe(`/clients/${clientId}`);
    expect(network.calls.some((c) => c.path === `/api/v1/clients/${clientId}`)).toBe(false);
  });

  it('gives the practice admin the whole page, and leads them back to the practice’s clients', async () => {
    const network = render(true, 'admin');
    await screen.findByRole('heading', { level: 1, name: 'Sam Taylor’s care team' }, slow);
    expect(screen.getByRole('region', { name: 'Add a member' })).toBeTruthy();
    const back = await screen.findByRole('link', { name: 'Back to all clients' });
    expect(back.getAttribute('href')).toBe('/clients');
    expect(network.calls.some((c) => c.path === `/api/v1/clients/${clientId}`)).toBe(false);
  });
});
