import { screen } from '@testing-library/react';
import type { MeResponse } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderPage } from '../../test/render';
import ClientInformationPage from './ClientInformationPage';

const clientId = '9a1b2c3d-4e5f-4a6b-8c7d-000000000001';
const slow = { timeout: 8_000 };
const me: MeResponse = {
  user: {
    id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000009',
    role: 'client',
    name: 'Sam Taylor',
    email: 'sam@harbour.example',
    totpEnabled: false,
    mustEnrolTotp: false,
    clientId,
  },
  practice: { id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000010', name: 'Harbour Street Therapy', country: 'GB', timeZone: 'Europe/London' },
  can: { managePractice: false, inviteClinicians: false, inviteClients: false, viewCaseload: false },
};

describe('the client’s information page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers two plain downloads of their own record, and says what is not in it', async () => {
    const network = fakeNetwork({
      'GET /api/v1/me': () => json(200, me),
    });
    vi.stubGlobal('fetch', network.fetch);
    renderPage(<ClientInformationPage />);
    await screen.findByRole('heading', { level: 1, name: 'Your information' }, slow);
    expect(screen.getByRole('heading', { level: 2, name: 'Download my information' })).toBeTruthy();
    const json_ = screen.getByRole('link', { name: 'Download (JSON)' });
    const fhir = screen.getByRole('link', { name: 'Download for another health service (FHIR)' });
    expect(json_.getAttribute('href')).toBe(`/api/v1/clients/${clientId}/export?format=json`);
    expect(fhir.getAttribute('href')).toBe(`/api/v1/clients/${clientId}/export?format=fhir`);
    expect(json_.hasAttribute('download') && fhir.hasAttribute('download')).toBe(true);
    expect(screen.getByText(/private clinical notes are a separate record/)).toBeTruthy();
  });
});
