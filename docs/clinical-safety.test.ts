import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = readFileSync(path.join(root, 'docs', 'CLINICAL-SAFETY.md'), 'utf8');

/** Hazards are `### Hn · title` sections; each names its evidence as `file` › "test name". */
const hazards = log
  .split(/^### /m)
  .slice(1)
  .map((section) => ({
    title: section.split('\n')[0] ?? '',
    body: section,
    refs: [...section.matchAll(/`([^`]+)` › "([^"]+)"/g)].map((m) => ({ file: m[1] ?? '', test: m[2] ?? '' })),
  }));

describe('docs/CLINICAL-SAFETY.md: every hazard names evidence that exists', () => {
  it('lists the hazards the issue asks for', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(10);
    for (const words of ['missed', 'acknowledges', 'risk label', 'Crisis lines', 'crash', 'at night']) {
      expect(
        hazards.some((h) => h.title.toLowerCase().includes(words.toLowerCase())),
        words,
      ).toBe(true);
    }
  });

  it.each(hazards.map((h) => [h.title, h] as const))('%s: has a cause, effect, rating, controls and verification', (_, h) => {
    for (const field of ['**Cause**', '**Effect**', '**Severity**', '**Likelihood**', '**Initial risk**', '**Controls**', '**Residual**', '**Verification**']) {
      expect(h.body.includes(field), field).toBe(true);
    }
    expect(h.refs.length).toBeGreaterThan(0);
  });

  const refs = hazards.flatMap((h) => h.refs.map((r) => [h.title, r.file, r.test] as const));
  it.each(refs)('%s → %s › %s', (_, file, test) => {
    const full = path.join(root, file);
    expect(existsSync(full), `${file} exists`).toBe(true);
    expect(readFileSync(full, 'utf8').includes(test), `${file} contains "${test}"`).toBe(true);
  });
});
