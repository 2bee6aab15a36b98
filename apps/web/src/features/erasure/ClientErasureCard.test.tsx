import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ErasureView } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderPage } from '../../test/render';
import { ClientErasureCard } from './ClientErasureCard';

const clientId = '9a1b2c3d-4e5f-4a6b-8c7d-000000000001';
const slow = { timeout: 8_000 };
const preview: ErasureView = {
  request: null,
  retention: { retentionYears: 20, lastContactAt: '2026-03-01T10:00:00.000Z', keptUntil: '2046-03-01T10:00:00.000Z' },
  counts: [
    { kind: 'account', removed: 0, pseudonymised: 1, kept: 0 },
    { kind: 'okayPlanVersions', removed: 2, pseudonymised: 0, kept: 0 },
    { kind: 'messages', removed: 0, pseudonymised: 5, kept: 0 },
    { kind: 'clinicalNotes', removed: 0, pseudonymised: 0, kept: 3 },
  ],
  can: { request: true, confirm: false, withdraw: false },
};
const asked: ErasureView = {
  ...preview,
  request: {
    id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000002',
    clientId,
    clientName: 'Sam Taylor',
    status: 'requested',
    requestedAt: '2026-03-02T10:00:00.000Z',
    erasedAt: null,
  },
  can: { request: false, confirm: false, withdraw: true },
};

describe('asking for my record to be erased', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says in plain words what would be removed, kept without the words, and kept (why, until when), then asks once more before asking', async () => {
    const network = fakeNetwork({
      [`GET /api/v1/clients/${clientId}/erasure`]: () => json(200, preview),
      [`POST /api/v1/clients/${clientId}/erasure/request`]: () => json(200, asked),
    });
    vi.stubGlobal('fetch', network.fetch);
    renderPage(<ClientErasureCard clientId={clientId} />);
    await screen.findByRole('heading', { level: 3, name: 'Removed' }, slow);
    expect(screen.getByText('Okay plan')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /with the words taken out/ })).toBeTruthy();
    expect(screen.getByText('Messages')).toBeTruthy();
    expect(screen.getByText('Clinicians’ notes')).toBeTruthy();
    expect(screen.getByText(/20 years after the last contact.+removed on 1 Mar 2046/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ask for my record to be erased' }));
    const sure = await screen.findByRole('heading', { level: 3, name: 'Are you sure?' });
    await waitFor(() => expect(document.activeElement).toBe(sure));
    expect(network.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, ask for erasure' }));
    await screen.findByText(/You asked for your record to be erased on 2 Mar 2026/, undefined, slow);
    expect(network.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/v1/clients/${clientId}/erasure/request`]);
  });

  it('lets me withdraw my request, after asking once more, in warm words', async () => {
    const network = fakeNetwork({
      [`GET /api/v1/clients/${clientId}/erasure`]: () => json(200, asked),
      [`POST /api/v1/clients/${clientId}/erasure/withdraw`]: () => json(200, preview),
    });
    vi.stubGlobal('fetch', network.fetch);
    renderPage(<ClientErasureCard clientId={clientId} />);
    await screen.findByText(/you can withdraw your request here/, undefined, slow);
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw my request' }));
    const sure = await screen.findByRole('heading', { level: 3, name: 'Withdraw your request?' });
    await waitFor(() => expect(document.activeElement).toBe(sure));
    expect(screen.getByText(/Your record stays just as it is/)).toBeTruthy();
    expect(network.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    await screen.findByText(/Your request is withdrawn. Nothing has been erased/, undefined, slow);
    expect(screen.getByRole('button', { name: 'Ask for my record to be erased' })).toBeTruthy();
    expect(network.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/api/v1/clients/${clientId}/erasure/withdraw`]);
  });
});
