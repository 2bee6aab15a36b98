import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CareTeamView } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import CareTeamPage from './CareTeamPage';

const slow = { timeout: 8_000 };
const clientId = '9a1b2c3d-4e5f-4a6b-8c7d-000000000001';
const dana = '9a1b2c3d-4e5f-4a6b-8c7d-000000000002';
const patel = '9a1b2c3d-4e5f-4a6b-8c7d-000000000003';
const omar = '9a1b2c3d-4e5f-4a6b-8c7d-000000000004';
const member = { startsAt: '2026-09-19T10:00:00.000Z', endsAt: null, status: 'current' as const };

function team(canManage: boolean): CareTeamView {
  return {
    canManage,
    clinicians: canManage ? [{ id: omar, name: 'Omar Haddad' }] : [],
    members: [
      { ...member, clinicianId: dana, name: 'Dana Reyes', role: 'therapist', isPrimary: true, scopes: [] },
      { ...member, clinicianId: patel, name: 'Dr Priya Patel', role: 'gp', isPrimary: false, scopes: ['safety_plan', 'checkins'] },
      { ...member, clinicianId: omar, name: 'Omar Haddad', role: 'other', isPrimary: false, scopes: [], endsAt: '2026-10-01T00:00:00.000Z', status: 'ended' },
    ],
  };
}

function render(canManage: boolean) {
  const network = fakeNetwork({
    [`GET /api/v1/clients/${clientId}`]: () =>
      json(200, { clientId, name: 'Sam Taylor', careTeam: [], status: 'active', can: { readNotes: true, exportRecord: true } }),
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
});
