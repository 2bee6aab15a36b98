/** Loads the labelled risk data from ../shared/data (never copied into the repository). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Row {
  id: string;
  text: string;
  label: string;
  group: string | undefined;
}

export interface Source {
  file: string;
  rows: Row[];
  /** Score per `group` (user) as the highest level over the group's texts. */
  byGroup: boolean;
}

/** The repository root, found from this file's location (bench/screener/data.ts). */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/**
 * The shared data folder: STEADFAST_SHARED_DATA, else the nearest `shared/data` above the
 * repository (`/work/shared/data` for `/work/main` and for work trees under `/work/wt/`).
 */
export function sharedDataDir(): string {
  const given = process.env.STEADFAST_SHARED_DATA;
  if (given) return given;
  for (let dir = path.resolve(repoRoot(), '..'); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'data');
    if (existsSync(path.join(candidate, 'risk')) || path.dirname(dir) === dir) return candidate;
  }
}

/** Every `risk/*.jsonl` file, or null when the folder is missing. */
export function loadRiskSources(dataDir: string): Source[] | null {
  const dir = path.join(dataDir, 'risk');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({ file, rows: readJsonl(path.join(dir, file)), byGroup: file === 'cssrs_reddit_posts.jsonl' }));
}

function readJsonl(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const o = JSON.parse(line) as Record<string, unknown>;
      return { id: String(o.id), text: String(o.text ?? ''), label: String(o.label), group: typeof o.group === 'string' ? o.group : undefined };
    });
}
