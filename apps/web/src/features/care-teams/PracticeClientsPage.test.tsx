import { fireEvent, screen, within } from '@testing-library/react';
import type { PracticeClientList } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import PracticeClientsPage from './PracticeClientsPage';

const slow = { timeout: 8_000 };
const sam = '9a1b2c3d-4e5f-4a6b-8c7d-000000000001';
const alex = '9a1b2c3d-4e5f-4a6b-8c7d-000000000006';
const dana = { id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000002', name: 'Dana Reyes' };

const list: PracticeClientList = {
  clients: [
    { id: alex, name: 'Alex Morgan', status: 'active', primaryClinician: dana },
    { id: sam, name: 'Sam Taylor', status: 'discharged', primaryClinician: dana },
  ],
};

describe("the admin's clients", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists each client with their main contact and a way to their care team, found by name', async () => {
    vi.stubGlobal('fetch', fakeNetwork({ 'GET /api/v1/practice/clients': () => json(200, list) }).fetch);
    renderRoutes([{ path: '/clients', element: <PracticeClientsPage /> }], '/clients');
    await screen.findByRole('heading', { level: 1, name: 'Clients' }, slow);
    const samCard = screen.getByRole('article', { name: 'Sam Taylor' });
    expect(within(samCard).getByText('Main contact: Dana Reyes')).toBeTruthy();
    expect(within(samCard).getByText('Discharged')).toBeTruthy();
    expect(within(samCard).getByRole('link', { name: 'Sam Taylor’s care team' }).getAttribute('href')).toBe(`/clients/${sam}/care-team`);
    expect(screen.getByRole('status').textContent).toBe('2 clients');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a client' }), { target: { value: 'ale' } });
    expect(screen.queryByRole('article', { name: 'Sam Taylor' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Alex Morgan' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 of 2 clients');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a client' }), { target: { value: 'zz' } });
    expect(screen.getByText('No client has that name.')).toBeTruthy();
  });
});
