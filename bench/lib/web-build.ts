import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the web app from the current source into a folder of its own: measuring apps/web/dist
 * could measure a stale build, and rebuilding it in place would swap files under anyone using it.
 * The caller removes the folder.
 */
export function buildWebApp(): string {
  const webRoot = path.join(repoRoot, 'apps/web');
  // npm puts vite beside the web app or at the root, depending on what else needs it.
  const vite = [path.join(webRoot, 'node_modules/.bin/vite'), path.join(repoRoot, 'node_modules/.bin/vite')].find((p) => fs.existsSync(p));
  if (!vite) throw new Error('vite is not installed: run npm install');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steadfast-bench-web-'));
  const build = spawnSync(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: webRoot, encoding: 'utf8' });
  if (build.status !== 0) {
    fs.rmSync(outDir, { recursive: true, force: true });
    throw new Error(`the web build failed: ${build.error?.message ?? ''}\n${build.stdout}\n${build.stderr}`);
  }
  return outDir;
}
