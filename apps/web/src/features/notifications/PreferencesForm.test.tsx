import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { NotificationPreferences } from '@steadfast/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderPage } from '../../test/render';
import NotificationSettingsPage from './NotificationSettingsPage';
import { defaultPreferences, me } from './notifications.fixtures';

const slow = { timeout: 8_000 };

/** A settings server that keeps what was saved, so a second read shows it. */
function settingsServer(role: 'client' | 'clinician', saved: NotificationPreferences = defaultPreferences) {
  let stored = saved;
  const network = fakeNetwork({
    'GET /api/v1/me': () => json(200, me(role)),
    'GET /api/v1/me/notification-preferences': () => json(200, stored),
    'PUT /api/v1/me/notification-preferences': (_url, init) => {
      stored = JSON.parse(String(init?.body)) as NotificationPreferences;
      return json(200, stored);
    },
  });
  vi.stubGlobal('fetch', network.fetch);
  return { network, puts: () => network.calls.filter((c) => c.method === 'PUT').map((c) => c.body) };
}

const form = () => screen.findByTestId('preferences-form', {}, slow);

describe('notification settings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('explains each way of being told, and that e-mails never contain what was written', async () => {
    settingsServer('client');
    renderPage(<NotificationSettingsPage />);
    const inForm = within(await form());
    const email = inForm.getByRole('switch', { name: /^E-mail me when there is something new/ });
    expect((email as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/E-mails never contain what was written, only that there is something new\./)).toBeTruthy();
    expect((inForm.getByRole('switch', { name: /^Push notifications/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('heading', { level: 2, name: 'In the app' })).toBeTruthy();
    expect(screen.getByText(/Always on\./)).toBeTruthy();
  });

  it('offers a client no SMS and no urgency (clients never get urgent alerts), and says messages are read in working hours', async () => {
    settingsServer('client');
    renderPage(<NotificationSettingsPage />);
    const inForm = within(await form());
    expect(inForm.queryByRole('switch', { name: /text me/i })).toBeNull();
    expect(screen.queryByText(/urgent/i)).toBeNull();
    expect(screen.getByText(/read in working hours, not around the clock/)).toBeTruthy();
  });

  it('saves a client’s choices, keeping the parts they are not shown', async () => {
    const server = settingsServer('client');
    renderPage(<NotificationSettingsPage />);
    const inForm = within(await form());
    fireEvent.click(inForm.getByRole('switch', { name: /^E-mail me when there is something new/ }));
    fireEvent.click(inForm.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Your settings are saved.');
    expect(server.puts()).toEqual([{ email: false, push: true, sms: false, smsNumber: null }]);
  });

  it('asks staff for a mobile number before texting them, and saves it in international form', async () => {
    const server = settingsServer('clinician');
    renderPage(<NotificationSettingsPage />);
    const inForm = within(await form());
    expect(screen.getByText(/Urgent alerts about a client’s safety are e-mailed to you even when this is off/)).toBeTruthy();
    fireEvent.click(inForm.getByRole('switch', { name: /^Text me urgent alerts/ }));
    fireEvent.click(inForm.getByRole('button', { name: 'Save settings' }));
    await inForm.findByText('Add a mobile number to get urgent alerts by text.');
    expect(server.puts()).toEqual([]);

    const number = inForm.getByRole('textbox', { name: /Mobile number/ });
    fireEvent.change(number, { target: { value: '07700 900123' } });
    fireEvent.click(inForm.getByRole('button', { name: 'Save settings' }));
    await inForm.findByText('A phone number in international form, like +447700900123');
    expect(server.puts()).toEqual([]);

    fireEvent.change(number, { target: { value: ' +447700900123 ' } });
    fireEvent.click(inForm.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Your settings are saved.');
    expect(server.puts()).toEqual([{ email: true, push: true, sms: true, smsNumber: '+447700900123' }]);
  });

  it('shows what was saved before', async () => {
    settingsServer('clinician', { email: false, push: false, sms: true, smsNumber: '+447700900123' });
    renderPage(<NotificationSettingsPage />);
    const inForm = within(await form());
    expect((inForm.getByRole('switch', { name: /^E-mail me when there is something new/ }) as HTMLInputElement).checked).toBe(false);
    expect((inForm.getByRole('switch', { name: /^Push notifications/ }) as HTMLInputElement).checked).toBe(false);
    expect((inForm.getByRole('switch', { name: /^Text me urgent alerts/ }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect((inForm.getByRole('textbox', { name: /Mobile number/ }) as HTMLInputElement).value).toBe('+447700900123'));
  });
});
