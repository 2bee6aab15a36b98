import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUIET_AFTER_MS, watchActivity } from './activity';
import { ApiError, apiRequest } from './api';
import { forgetServerAnswers, serverEventSeq } from './server-page';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers })),
  );
}

describe('the API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks an answer against its contract, loading the contracts beside the request', async () => {
    answer(200, { status: 'ok', extra: 1 });
    await expect(apiRequest('/api/v1/health', (c) => c.Ok)).rejects.toMatchObject({ code: 'bad_response' });
    answer(200, { ok: true });
    await expect(apiRequest('/api/v1/x', (c) => c.Ok)).resolves.toEqual({ ok: true });
  });

  it('turns the error shape into an ApiError with its code, message, request id and details', async () => {
    answer(401, { error: { code: 'unauthenticated', message: 'Enter the code.', requestId: 'req-1', details: { totpRequired: true } } });
    const error = await apiRequest('/api/v1/session', (c) => c.Ok, { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated', message: 'Enter the code.', requestId: 'req-1' });
    expect((error as ApiError).detail('totpRequired')).toBe(true);
  });

  it('marks a request made after a quiet minute as the app’s own, so a poll does not keep a staff session from idling', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      watchActivity(window);
      const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
      vi.stubGlobal('fetch', fetchMock);
      const background = async () => {
        await apiRequest('/api/v1/notifications', (c) => c.Ok);
        const [, init] = fetchMock.mock.calls.at(-1) as unknown as [string, RequestInit];
        return (init.headers as Record<string, string>)['x-steadfast-background'];
      };
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      expect(await background()).toBeUndefined();
      vi.setSystemTime(Date.now() + QUIET_AFTER_MS + 1_000);
      expect(await background()).toBe('1');
      window.dispatchEvent(new Event('pointerdown'));
      expect(await background()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports no network as its own kind of failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiRequest('/api/v1/me', (c) => c.MeResponse)).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('sends JSON only when there is a body, with the session cookie', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await apiRequest('/api/v1/me/totp', (c) => c.Ok, { method: 'POST' });
    await apiRequest('/api/v1/session', (c) => c.Ok, { method: 'POST', body: { email: 'a@b.c' } });
    const [first, second] = fetchMock.mock.calls as unknown as [[string, RequestInit], [string, RequestInit]];
    expect(first[1]).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(first[1].body).toBeUndefined();
    expect((first[1].headers as Record<string, string>)['content-type']).toBeUndefined();
    expect((second[1].headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(second[1].body).toBe('{"email":"a@b.c"}');
  });

  it('names a server failure without the JSON shape as the server’s, not the person’s', async () => {
    answer(502, undefined, { 'x-request-id': 'proxy-1' });
    await expect(apiRequest('/api/v1/me', (c) => c.MeResponse)).rejects.toMatchObject({ code: 'internal', status: 502, requestId: 'proxy-1' });
  });
});

describe('the answers the server sent with a client’s home', () => {
  function pageWithAnswers(answers: Record<string, unknown>, seq = 41): void {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'steadfast-answers';
    script.textContent = JSON.stringify({ seq, answers });
    document.head.append(script);
  }

  afterEach(() => {
    forgetServerAnswers();
    vi.unstubAllGlobals();
  });

  it('answer the home’s reads without asking the API, until a write from the page', async () => {
    pageWithAnswers({ '/api/v1/peer': { enabled: false } });
    const fetchMock = vi.fn(async (_path: string) => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(serverEventSeq()).toBe(41);
    await expect(apiRequest('/api/v1/peer', (c) => c.PeerSpaceView)).resolves.toEqual({ enabled: false });
    await expect(apiRequest('/api/v1/peer', (c) => c.PeerSpaceView)).resolves.toEqual({ enabled: false });
    expect(fetchMock).not.toHaveBeenCalled();

    await apiRequest('/api/v1/me/totp', (c) => c.Ok, { method: 'POST' });
    fetchMock.mockImplementation(async () => new Response(JSON.stringify({ enabled: true }), { status: 200 }));
    await apiRequest('/api/v1/peer', { safeParse: (data: unknown) => ({ success: true as const, data }) });
    expect(fetchMock.mock.calls.map(([path]) => path)).toEqual(['/api/v1/me/totp', '/api/v1/peer']);
    expect(serverEventSeq()).toBeUndefined();
    expect(document.getElementById('steadfast-answers')).toBeNull();
  });

  it('answer no other read, and nothing once the page is older than a query stays fresh', async () => {
    pageWithAnswers({ '/api/v1/peer': { enabled: false } });
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await apiRequest('/api/v1/peer?x=1', (c) => c.Ok);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    vi.spyOn(performance, 'now').mockReturnValue(30_001);
    await apiRequest('/api/v1/peer', (c) => c.Ok);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });
});
