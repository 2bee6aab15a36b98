#!/usr/bin/env node
// The whole test suite, as the README promises: unit and integration tests on PGlite and on
// PostgreSQL, component tests, and end-to-end tests in Chromium. A missing PostgreSQL server or
// browser is reported and skipped on a developer's machine, and fails the run in CI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const strict = process.env.CI === 'true' || process.env.STEADFAST_REQUIRE_ALL === '1';
const pgUrl = process.env.STEADFAST_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extraArgs = process.argv.slice(2);

async function postgresAnswers() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Types first: a type error is a defect even where no test reaches it.
for (const tsconfig of ['tsconfig.json', 'apps/web/tsconfig.json']) {
  const check = spawnSync('npx', ['tsc', '-p', tsconfig], { stdio: 'inherit' });
  if (check.status !== 0) {
    console.error(`Type check failed (${tsconfig}).`);
    process.exit(check.status ?? 1);
  }
}

// Then lint and the server's import boundaries (.dependency-cruiser.cjs): a wrong-way import fails the run.
const lint = spawnSync('npm', ['run', 'lint'], { stdio: 'inherit' });
if (lint.status !== 0) {
  console.error('Lint failed (npm run lint: ESLint, then the import boundaries).');
  process.exit(lint.status ?? 1);
}

const projects = ['contracts', 'screener', 'server-pglite', 'web'];
const skipped = [];
if (await postgresAnswers()) projects.push('server-pg');
else skipped.push(`PostgreSQL tests (server-pg): no server answers at ${pgUrl}`);

if (fs.existsSync(chromium)) {
  const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  projects.push('e2e');
} else {
  skipped.push(`end-to-end tests (e2e): no Chromium at ${chromium} (apt-get install chromium)`);
}

for (const line of skipped) console.log(`SKIPPED: ${line}`);
if (strict && skipped.length > 0) {
  console.error('CI needs every part of the suite: failing because something above was skipped.');
  process.exit(1);
}

const report = path.join(os.tmpdir(), `steadfast-vitest-${process.pid}.json`);
const args = [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extraArgs,
];
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });

// One plain closing line that any CI reader understands.
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  fs.rmSync(report, { force: true });
}
process.exit(run.status ?? 1);
