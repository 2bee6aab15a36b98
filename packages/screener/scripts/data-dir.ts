/** Finds ../shared/data (set STEADFAST_SHARED_DATA to override) by walking up from this file. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function findSharedData(from = path.dirname(fileURLToPath(import.meta.url))): string | null {
  const given = process.env.STEADFAST_SHARED_DATA;
  if (given) return existsSync(given) ? given : null;
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'shared', 'data');
    if (existsSync(path.join(candidate, 'risk'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
