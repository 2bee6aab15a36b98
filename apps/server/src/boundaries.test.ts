import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The import-boundary check (`npm run lint:boundaries`, .dependency-cruiser.cjs) must be able to
 * fail: it runs here on small fixture trees laid out like apps/server/src, each with one wrong-way
 * import, and on the real tree, which must pass.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const configPath = path.join(root, '.dependency-cruiser.cjs');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');
const fixtures: string[] = [];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs the boundary check in `cwd` and returns the rules it reports broken. */
function check(cwd: string): Violation[] {
  const run = spawnSync(depcruise, ['apps/server/src', '--config', configPath, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`depcruise printed nothing: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

/** A throwaway tree: apps/server/src/<path> → contents, with a tsconfig the config points at. */
function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sf-boundaries-'));
  fixtures.push(dir);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true }, include: ['apps'] }),
  );
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, 'apps/server/src', file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

afterAll(() => {
  for (const dir of fixtures) fs.rmSync(dir, { recursive: true, force: true });
});

const SLOW = 180_000;

describe('the import-boundary check', () => {
  it(
    'passes on the real tree',
    () => {
      expect(check(root)).toEqual([]);
    },
    SLOW,
  );

  it(
    "fails when a module imports another module's table",
    () => {
      const dir = fixture({
        'modules/identity/identity.tables.ts': 'export const users = {};\n',
        'modules/identity/index.ts': 'export const findUser = () => 1;\n',
        'modules/messaging/messaging.queries.ts': "import { users } from '../identity/identity.tables';\nexport const q = users;\n",
      });
      const broken = check(dir);
      expect(broken.map((v) => v.rule.name)).toContain('module-internals');
      expect(broken.find((v) => v.rule.name === 'module-internals')?.to).toBe('apps/server/src/modules/identity/identity.tables.ts');
    },
    SLOW,
  );

  it(
    'fails on an import cycle, and on a lower module importing a higher one',
    () => {
      const dir = fixture({
        'modules/identity/index.ts': "export { whoSent } from './identity.service';\n",
        'modules/identity/identity.service.ts': "import { lastMessage } from '../messaging';\nexport const whoSent = () => lastMessage();\n",
        'modules/messaging/index.ts': "export { lastMessage } from './messaging.service';\n",
        'modules/messaging/messaging.service.ts': "import { whoSent } from '../identity';\nexport const lastMessage = (): unknown => whoSent;\n",
      });
      const rules = check(dir).map((v) => v.rule.name);
      expect(rules).toContain('no-circular');
      expect(rules).toContain('domain-order:identity');
    },
    SLOW,
  );

  it(
    'fails when production code imports a test helper, or a foundation imports a domain module',
    () => {
      const dir = fixture({
        'testing/factories.ts': 'export const person = {};\n',
        'modules/identity/index.ts': "import { person } from '../../testing/factories';\nexport const me = person;\n",
        'http/auth.ts': "import { me } from '../modules/identity';\nexport const who = me;\n",
      });
      const rules = check(dir).map((v) => v.rule.name);
      expect(rules).toContain('production-imports-test-code');
      expect(rules).toContain('foundations-below-domain');
    },
    SLOW,
  );

  it('ranks every folder under modules/, so a new module cannot slip past the order rules', () => {
    const config = createRequire(import.meta.url)(configPath) as { forbidden: { name: string; from: { path?: string | string[] }; to: unknown }[] };
    const named = (rule: string) => config.forbidden.find((r) => r.name === rule);
    const foundations = [named('foundations-below-domain')?.from.path].flat().join(' ');
    const compositions = [named('nothing-imports-compositions')?.to].map((to) => JSON.stringify(to)).join(' ');
    const modules = fs.readdirSync(path.join(root, 'apps/server/src/modules'), { withFileTypes: true }).filter((d) => d.isDirectory());
    const unranked = modules.map((d) => d.name).filter((name) => !named(`domain-order:${name}`) && !foundations.includes(name) && !compositions.includes(name));
    expect(unranked).toEqual([]);
  });
});
