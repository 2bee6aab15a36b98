import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderPage } from '../../test/render';
import { PushDeviceSwitch } from './PushDeviceSwitch';
import { base64UrlToBytes } from './push-device';

const slow = { timeout: 8_000 };
const PUBLIC_KEY = 'BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U';
const ENDPOINT = 'https://push.example.net/send/device-1';

/**
 * This browser's push machinery, as far as the switch can see it: the permission, the service
 * worker's registration and its PushManager. The switch and the server calls are real.
 */
function fakeBrowser(options: { permission?: NotificationPermission; answer?: NotificationPermission; subscribed?: boolean } = {}) {
  const state = { permission: options.permission ?? 'default', asked: 0, subscribeOptions: [] as PushSubscriptionOptionsInit[], unsubscribed: 0 };
  const subscription = {
    endpoint: ENDPOINT,
    options: { applicationServerKey: base64UrlToBytes(PUBLIC_KEY).buffer, userVisibleOnly: true },
    toJSON: () => ({
      endpoint: ENDPOINT,
      expirationTime: null,
      keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' },
    }),
    unsubscribe: async () => {
      state.unsubscribed += 1;
      current = null;
      return true;
    },
  };
  let current: typeof subscription | null = options.subscribed ? subscription : null;
  const registration = {
    pushManager: {
      getSubscription: async () => current,
      subscribe: async (init: PushSubscriptionOptionsInit) => {
        state.subscribeOptions.push(init);
        current = subscription;
        return subscription;
      },
    },
  };
  vi.stubGlobal('PushManager', class {});
  vi.stubGlobal('Notification', {
    get permission() {
      return state.permission;
    },
    requestPermission: async () => {
      state.asked += 1;
      state.permission = options.answer ?? 'granted';
      return state.permission;
    },
  });
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration: async () => registration } });
  return state;
}

function pushServer() {
  const network = fakeNetwork({
    'GET /api/v1/push/public-key': () => json(200, { publicKey: PUBLIC_KEY }),
    'POST /api/v1/push/subscriptions': () => json(201, { ok: true }),
    'DELETE /api/v1/push/subscriptions': () => json(200, { ok: true }),
  });
  vi.stubGlobal('fetch', network.fetch);
  return network;
}

async function theSwitch(state: string) {
  const control = await screen.findByRole('switch', { name: /^Notify me on this device/ }, slow);
  await waitFor(() => expect(screen.getByTestId('push-switch').getAttribute('data-state')).toBe(state), slow);
  return control as HTMLInputElement;
}

describe('the “Notify me on this device” switch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('says when this browser cannot show notifications, and cannot be turned on', async () => {
    pushServer();
    renderPage(<PushDeviceSwitch pushPreferenceOn />);
    const control = await theSwitch('unsupported');
    expect(control.disabled).toBe(true);
    expect(screen.getByText(/This browser cannot show notifications from Steadfast/)).toBeTruthy();
  });

  it('says how to unblock notifications when they are blocked in the browser’s settings', async () => {
    pushServer();
    fakeBrowser({ permission: 'denied' });
    renderPage(<PushDeviceSwitch pushPreferenceOn />);
    const control = await theSwitch('blocked');
    expect(control.disabled).toBe(true);
    expect(screen.getByText(/blocked in this browser’s settings/)).toBeTruthy();
  });

  it('asks for permission only when clicked, subscribes with the server’s key and registers the device with the server', async () => {
    const network = pushServer();
    const browser = fakeBrowser();
    renderPage(<PushDeviceSwitch pushPreferenceOn />);
    const control = await theSwitch('off');
    expect(control.checked).toBe(false);
    expect(screen.getByText(/When you turn this on, your browser asks/)).toBeTruthy();
    expect(browser.asked).toBe(0);

    fireEvent.click(control);
    await theSwitch('on');
    expect(control.checked).toBe(true);
    expect(browser.asked).toBe(1);
    expect(browser.subscribeOptions).toHaveLength(1);
    expect(browser.subscribeOptions[0]!.userVisibleOnly).toBe(true);
    expect([...(browser.subscribeOptions[0]!.applicationServerKey as Uint8Array)]).toEqual([...base64UrlToBytes(PUBLIC_KEY)]);
    expect(base64UrlToBytes(PUBLIC_KEY)).toHaveLength(65);
    const posted = network.calls.filter((c) => c.method === 'POST');
    expect(posted).toEqual([
      { method: 'POST', path: '/api/v1/push/subscriptions', body: expect.objectContaining({ endpoint: ENDPOINT, keys: expect.any(Object) }) },
    ]);
    expect(screen.getByText(/never what was written/)).toBeTruthy();
  });

  it('turns off: unsubscribes this browser and tells the server to forget it', async () => {
    const network = pushServer();
    const browser = fakeBrowser({ permission: 'granted', subscribed: true });
    renderPage(<PushDeviceSwitch pushPreferenceOn />);
    const control = await theSwitch('on');
    fireEvent.click(control);
    await theSwitch('off');
    expect(browser.unsubscribed).toBe(1);
    expect(network.calls.filter((c) => c.method === 'DELETE')).toEqual([
      { method: 'DELETE', path: '/api/v1/push/subscriptions', body: { endpoint: ENDPOINT } },
    ]);
  });

  it('stays off, saying so, when the person closes the browser’s question', async () => {
    pushServer();
    fakeBrowser({ answer: 'default' });
    renderPage(<PushDeviceSwitch pushPreferenceOn />);
    fireEvent.click(await theSwitch('off'));
    await screen.findByText(/the browser’s question was closed without an answer/);
    await theSwitch('off');
  });

  it('becomes “blocked” when the person refuses, with no subscription made', async () => {
    const network = pushServer();
    const browser = fakeBrowser({ answer: 'denied' });
    renderPage(<PushDeviceSwitch pushPreferenceOn />);
    fireEvent.click(await theSwitch('off'));
    await theSwitch('blocked');
    expect(browser.subscribeOptions).toEqual([]);
    expect(network.calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('reminds the person when push is off in their settings, so nothing would arrive here', async () => {
    pushServer();
    fakeBrowser({ permission: 'granted', subscribed: true });
    renderPage(<PushDeviceSwitch pushPreferenceOn={false} />);
    await theSwitch('on');
    expect(screen.getByText(/Push notifications are off above/)).toBeTruthy();
  });
});
