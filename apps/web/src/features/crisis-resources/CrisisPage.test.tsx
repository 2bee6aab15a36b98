import { screen, within } from '@testing-library/react';
import { crisisLineDefaults, notMonitoredNotice, type CrisisLines, type SafetyPlanView } from '@steadfast/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeLocalCopy } from '../../app/local-copy';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import { CrisisPage } from './CrisisPage';

const clientId = '0b6c1c39-4f3a-4d53-9a8f-1b8f0f6f3c11';

const practiceLines: CrisisLines = {
  country: 'GB',
  notMonitoredNotice: 'Your care team reads messages in working hours. These lines are there any time.',
  lines: [
    { id: 'c8d7e3b0-0a3e-4a55-8b0e-6f6f7f7a1111', position: 1, name: 'Harbour Crisis Team', channel: 'call', contact: '0300 123 4567', href: 'tel:03001234567', description: 'Our local team.', hours: 'Any time', lastVerified: '2026-11-01' },
    { id: 'c8d7e3b0-0a3e-4a55-8b0e-6f6f7f7a2222', position: 2, name: 'Emergency services', channel: 'emergency', contact: '999', href: 'tel:999', description: 'If your life is at risk.', hours: 'Any time', lastVerified: '2026-11-01' },
  ],
};

function planCopy(): SafetyPlanView {
  return {
    clientId,
    version: 3,
    plan: {
      warningSigns: ['I stop answering messages'],
      copingAlone: ['A walk by the harbour'],
      distractions: { people: [], places: ['The library'] },
      helpers: [{ name: 'Jo', relationship: 'My sister', phone: '07700 900123' }],
      professionals: [],
      saferSurroundings: [],
      mattersMost: 'My dog',
      reasonsForLiving: [],
    },
    careRoute: { careTeam: [{ name: 'Dana Reyes', role: 'therapist', isPrimary: true }], onCall: { label: 'The on-call clinician at Harbour Street Therapy' } },
    updatedAt: '2026-11-20T10:00:00.000Z',
    updatedBy: { name: 'Dana Reyes', role: 'clinician' },
    lastReviewedAt: null,
    completeness: { filledSteps: 5, totalSteps: 8, missing: [] },
    can: { edit: true, viewHistory: false },
  };
}

const renderCrisis = () => renderRoutes([{ path: '/help', element: <CrisisPage /> }], '/help');

describe('the crisis screen', () => {
  beforeEach(() => {
    // No network at all: every request fails as it does offline.
    vi.stubGlobal('fetch', fakeNetwork({}).fetch);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the practice lines and the plan kept on this device at once, with no network', () => {
    writeLocalCopy('crisisLines', practiceLines);
    writeLocalCopy('safetyPlan', planCopy());
    renderCrisis();

    // Synchronously, on the first render: no spinner stands in front of any of it.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('You are not alone in this');
    const plan = screen.getByTestId('safety-plan-steps');
    expect(within(plan).getByText('I stop answering messages')).toBeTruthy();
    expect(within(plan).getByRole('link', { name: 'Call Jo' }).getAttribute('href')).toBe('tel:07700900123');
    expect(within(plan).getByRole('link', { name: 'Text Jo' }).getAttribute('href')).toBe('sms:07700900123');
    expect(screen.getByTestId('crisis-care-team').textContent).toContain('Dana Reyes, therapist (main contact)');
    expect(screen.getByTestId('crisis-care-team').textContent).toContain('The on-call clinician at Harbour Street Therapy');
    expect(screen.getByRole('link', { name: 'Call 0300 123 4567' }).getAttribute('href')).toBe('tel:03001234567');
    expect(within(screen.getByTestId('crisis-emergency')).getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(screen.getByTestId('not-monitored-notice').textContent).toBe(practiceLines.notMonitoredNotice);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('puts the plan before the care team, the care team before the lines, and emergencies after them', () => {
    writeLocalCopy('crisisLines', practiceLines);
    writeLocalCopy('safetyPlan', planCopy());
    renderCrisis();
    const order = ['safety-plan-steps', 'crisis-care-team', 'crisis-lines', 'crisis-emergency', 'not-monitored-notice'].map((id) => screen.getByTestId(id));
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('shows the bundled UK and US lines when nothing is known about the person, and says messages are not watched', () => {
    renderCrisis();
    expect(screen.queryByTestId('safety-plan-steps')).toBeNull();
    const lines = within(screen.getByTestId('crisis-lines'));
    expect(lines.getByRole('heading', { name: 'In the UK', level: 3 })).toBeTruthy();
    expect(lines.getByRole('heading', { name: 'In the US', level: 3 })).toBeTruthy();
    const samaritans = crisisLineDefaults.GB[0]!;
    expect(screen.getByRole('link', { name: `Call ${samaritans.contact}` }).getAttribute('href')).toBe(samaritans.href);
    expect(screen.getByRole('link', { name: 'Call or text 988' }).getAttribute('href')).toBe('tel:988');
    expect(screen.getByTestId('emergency-shortcut').textContent).toBe('If your life is in danger right now, call 999 in the UK or 911 in the US.');
    expect(screen.getByTestId('not-monitored-notice').textContent).toBe(notMonitoredNotice);
  });

  it('ignores a stored copy that would open anything but a call, a text, a web page or an e-mail', () => {
    writeLocalCopy('crisisLines', { ...practiceLines, lines: [{ ...practiceLines.lines[0]!, href: 'javascript:alert(1)' }] });
    renderCrisis();
    expect(screen.queryByText('Harbour Crisis Team')).toBeNull();
    expect(within(screen.getByTestId('crisis-lines')).getByRole('heading', { name: 'In the UK', level: 3 })).toBeTruthy();
  });

  it('keeps showing the last lines when the session has expired, and refreshes them when it can', async () => {
    writeLocalCopy('crisisLines', practiceLines);
    const network = fakeNetwork({
      'GET /api/v1/me': () => json(401, { error: { code: 'unauthenticated', message: 'Please sign in.' } }),
      'GET /api/v1/crisis-lines': () => json(401, { error: { code: 'unauthenticated', message: 'Please sign in.' } }),
    });
    vi.stubGlobal('fetch', network.fetch);
    const { router } = renderCrisis();
    await vi.waitFor(() => expect(network.calls.some((c) => c.path === '/api/v1/crisis-lines')).toBe(true));
    expect(router.state.location.pathname).toBe('/help');
    expect(screen.getByText('Harbour Crisis Team')).toBeTruthy();
  });
});
