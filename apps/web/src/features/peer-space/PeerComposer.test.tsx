import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import { PeerComposer } from './PeerComposer';

const slow = { timeout: 8_000 };
const wait = 'You have posted a lot in a short time. Please wait 12 minutes before posting again; what you wrote is still here.';

describe('writing a post (SPEC §2.11): nothing is lost', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('keeps every word through a 429 and says when to try again; a reload finds the draft', async () => {
    const network = fakeNetwork({
      'POST /api/v1/peer/posts': () => json(429, { error: { code: 'rate_limited', message: wait, requestId: 'r1', details: { retryAfterSeconds: 700 } } }),
    });
    vi.stubGlobal('fetch', network.fetch);
    const view = renderRoutes([{ path: '/', element: <PeerComposer onHeld={() => undefined} /> }], '/');
    fireEvent.change(await screen.findByRole('textbox', { name: /Title/ }, slow), { target: { value: 'A quiet week' } });
    fireEvent.change(screen.getByRole('textbox', { name: /What would you like to share/ }), { target: { value: 'Calm feels strange.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await screen.findByText(wait, {}, slow);
    expect((screen.getByRole('textbox', { name: /Title/ }) as HTMLInputElement).value).toBe('A quiet week');
    expect((screen.getByRole('textbox', { name: /What would you like to share/ }) as HTMLTextAreaElement).value).toBe('Calm feels strange.');
    view.unmount();
    renderRoutes([{ path: '/', element: <PeerComposer onHeld={() => undefined} /> }], '/');
    await waitFor(() => expect((screen.getByRole('textbox', { name: /Title/ }) as HTMLInputElement).value).toBe('A quiet week'));
  });

  it('opens the support offer when the post is held, and forgets the draft', async () => {
    const itemId = '9a1b2c3d-4e5f-4a6b-8c7d-000000000031';
    vi.stubGlobal('fetch', fakeNetwork({ 'POST /api/v1/peer/posts': () => json(202, { status: 'held', itemId, showCrisisRoutes: true }) }).fetch);
    const onHeld = vi.fn();
    renderRoutes([{ path: '/', element: <PeerComposer onHeld={onHeld} /> }], '/');
    fireEvent.change(await screen.findByRole('textbox', { name: /Title/ }, slow), { target: { value: 'Tonight' } });
    fireEvent.change(screen.getByRole('textbox', { name: /What would you like to share/ }), { target: { value: 'Hard words.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(onHeld).toHaveBeenCalledWith(itemId), slow);
    expect(window.localStorage.getItem('steadfast.peerDrafts')).toBeNull();
  });
});
