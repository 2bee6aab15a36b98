import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressibleFile } from '../apps/web/precompress';
import { apiSignIn, privateWebDist } from './support/journey';
import { startApp, type StartedApp } from './support/server';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

// Issue 22: every text file of the build goes out compressed, as made at build time; hashed
// files are kept for a year, the rest (the shell, the service worker) always revalidated.
describe('the built web app over HTTP', () => {
  let app: StartedApp;
  let dist: string;
  beforeAll(async () => {
    dist = privateWebDist();
    app = await startApp({ env: { WEB_DIST: dist } });
  });
  afterAll(async () => {
    await app?.stop();
    if (dist) fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends every text file compressed, Brotli or gzip as asked, unpacking to the file itself', async () => {
    const files = filesUnder(dist)
      .filter((f) => compressibleFile.test(f))
      .map((f) => path.relative(dist, f).split(path.sep).join('/'));
    expect(files.length).toBeGreaterThan(10);
    const uncompressed: string[] = [];
    for (const file of files) {
      const original = fs.readFileSync(path.join(dist, file));
      for (const asked of ['br', 'gzip']) {
        const res = await fetch(`${app.url}/${file}`, { headers: { 'accept-encoding': asked } });
        expect(res.status, file).toBe(200);
        const encoding = res.headers.get('content-encoding');
        // Node's fetch unpacks the body itself: compare what it unpacked, and check the header.
        if (encoding !== asked) uncompressed.push(`${file} (${asked}: ${encoding ?? 'none'})`);
        expect(Buffer.from(await res.arrayBuffer()).equals(original), file).toBe(true);
        expect(res.headers.get('vary') ?? '', file).toMatch(/accept-encoding/i);
      }
    }
    expect(uncompressed).toEqual([]);
  });

  it('keeps hashed assets for a year and revalidates the shell, the service worker and /help every time', async () => {
    const asset = fs.readdirSync(path.join(dist, 'assets')).find((f) => f.endsWith('.js'))!;
    expect((await fetch(`${app.url}/assets/${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const page of ['/sw.js', '/index.html', '/', '/sign-in', '/manifest.webmanifest']) {
      expect((await fetch(`${app.url}${page}`)).headers.get('cache-control'), page).toBe('no-cache');
    }
    expect((await fetch(`${app.url}/help`)).headers.get('cache-control')).toBe('private, no-cache');
  });

  it('compresses larger API answers, not small ones, and never the event stream', async () => {
    const sam = await apiSignIn(app.url, 'sam');
    const big = await fetch(`${app.url}/api/v1/openapi.json`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(big.headers.get('content-encoding')).toBe('br');
    const small = await fetch(`${app.url}/api/v1/health`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();

    const controller = new AbortController();
    const stream = await fetch(`${app.url}/api/v1/events`, {
      headers: { cookie: sam.cookie, accept: 'text/event-stream', 'accept-encoding': 'br, gzip' },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('content-encoding')).toBeNull();
    // Its first bytes arrive at once, not held in a compressor's buffer.
    const reader = stream.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('retry:');
    controller.abort();
  });
});
