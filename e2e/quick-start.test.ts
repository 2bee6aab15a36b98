import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, startApp, type StartedApp } from './support/server';

// The README promises a fresh clone starts with `npm install && npm start`. This test does exactly
// that, in a temporary folder, from what is committed.
describe("the README's quick start on a fresh clone", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadfast-clone-'));
  let app: StartedApp | undefined;
  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('installs, starts with the demo practice, answers /api/v1/health and signs a demo person in', async () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npm start');
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, dir]);
    // The install step of the README's command, run on its own so a failure says which half broke.
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    app = await startApp({ cwd: dir, command: ['npm', 'start'] });
    const health = await fetch(`${app.url}/api/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const signIn = await fetch(`${app.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sam@harbour.example', password: 'steadfast-demo' }),
    });
    expect(signIn.status).toBe(200);
    expect(((await signIn.json()) as { user: unknown }).user).toMatchObject({ role: 'client', name: 'Sam Taylor' });
    expect(app.output()).toContain('sam@harbour.example');
    const page = await fetch(`${app.url}/`);
    expect(await page.text()).toContain('<div id="root"');
  }, 600_000);
});
