import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { CareTransitionsView, HandoverView } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import { ClientTransitionsCard } from './ClientTransitionsCard';

const slow = { timeout: 8_000 };
const clientId = '9a1b2c3d-4e5f-4a6b-8c7d-000000000001';
const dana = { id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000002', name: 'Dana Reyes' };
const omar = { id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000004', name: 'Omar Haddad' };
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const handover: HandoverView = {
  id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000010',
  clientId,
  clientName: 'Sam Taylor',
  from: dana,
  to: omar,
  overlapStartsAt: later(3),
  overlapEndsAt: later(24),
  overlapStartsOn: later(3).slice(0, 10),
  overlapEndsOn: later(24).slice(0, 10),
  status: 'planned',
  summary: null,
  introduction: 'Hello Sam, I am Omar.',
  introducedAt: later(0),
  movedCaringContacts: 0,
  createdAt: later(0),
  cancelledAt: null,
  can: { cancel: false, finish: false, introduce: false },
};

function render(view: CareTransitionsView) {
  const network = fakeNetwork({
    [`GET /api/v1/clients/${clientId}/transitions`]: () => json(200, view),
    [`POST /api/v1/clients/${clientId}/reentry-requests`]: () =>
      json(201, { request: { id: handover.id, clientId, clientName: 'Sam Taylor', message: '', createdAt: later(0) } }),
  });
  vi.stubGlobal('fetch', network.fetch);
  renderRoutes([{ path: '/', element: <ClientTransitionsCard clientId={clientId} /> }], '/');
  return network;
}

describe('the client’s home: changes to their care (SPEC §2.10)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the client who and when ahead of time, with the new clinician’s note', async () => {
    render({ clientStatus: 'active', handovers: [handover], discharge: null, reentryRequests: [], can: { manage: false, requestReentry: false } });
    await screen.findByRole('heading', { name: 'Who you will be working with' }, slow);
    expect(screen.getByText(/Omar Haddad will be working with you alongside Dana Reyes, and from .+ Omar Haddad will be your therapist\./)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'A note from Omar Haddad' })).toBeTruthy();
    expect(screen.getByText('Hello Sam, I am Omar.')).toBeTruthy();
  });

  it('after a discharge shows the goodbye note, what stays, and sends a request to come back', async () => {
    const network = render({
      clientStatus: 'discharged',
      handovers: [],
      discharge: {
        id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000020',
        clientId,
        dischargeOn: '2026-03-16',
        dischargeAt: '2026-03-16T00:00:00.000Z',
        status: 'discharged',
        lastAppointment: null,
        goodbyeNote: 'Take good care, Sam.',
        plannedBy: omar,
        staysAvailable: ['Your safety plan and the crisis lines stay on your phone and in your account.'],
        cancelledAt: null,
        can: { cancel: false },
      },
      reentryRequests: [],
      can: { manage: false, requestReentry: true },
    });
    await screen.findByText('Take good care, Sam.', undefined, slow);
    expect(screen.getByText('Your safety plan and the crisis lines stay on your phone and in your account.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I’d like to come back' }));
    await waitFor(() => expect(network.calls.some((c) => c.method === 'POST' && c.path.endsWith('/reentry-requests'))).toBe(true));
  });
});
