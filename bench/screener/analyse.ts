/**
 * Error analysis over one half of the development data (split.ts), aggregated by construct
 * rather than by row, so that decisions rest on kinds of phrase, not on single texts.
 * Run: HALF=A npx tsx bench/screener/analyse.ts [samples]
 * Prints, per deciding construct (the first reason of the unit's strongest text), how many
 * units of each label it raised to ≥ concern, and the most common deciding phrases on `none`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { levelRank, screen, type ScreenResult } from '@steadfast/screener';
import { loadRiskSources, sharedDataDir, type Source } from './data';
import { halfOf, type Half } from './split';

interface Scored {
  file: string;
  label: string;
  result: ScreenResult;
  text: string;
}

const RISK = new Set(['ideation', 'behavior/attempt']);

function scoreHalf(source: Source, half: Half): Scored[] {
  const rows = source.rows.filter((r) => halfOf(r) === half);
  if (!source.byGroup) return rows.map((r) => ({ file: source.file, label: r.label, result: screen(r.text), text: r.text }));
  const users = new Map<string, Scored>();
  for (const r of rows) {
    const result = screen(r.text);
    const key = r.group ?? r.id;
    const best = users.get(key);
    if (!best || levelRank(result.level) > levelRank(best.result.level)) users.set(key, { file: source.file, label: r.label, result, text: r.text });
  }
  return [...users.values()];
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function main(): void {
  const half = (process.env.HALF ?? 'A') as Half;
  const samples = Number(process.argv[2] ?? 0);
  const sources = loadRiskSources(sharedDataDir()) ?? [];
  const units = sources.filter((s) => s.file !== 'cssrs_reddit.jsonl').flatMap((s) => scoreHalf(s, half));
  const byConstruct = new Map<string, Record<string, number>>();
  const nonePhrases = new Map<string, number>();
  for (const u of units) {
    if (levelRank(u.result.level) < levelRank('concern')) continue;
    const top = u.result.reasons[0];
    const key = `${u.result.level} ${top?.construct ?? '?'}`;
    const row = byConstruct.get(key) ?? {};
    row[u.label] = (row[u.label] ?? 0) + 1;
    byConstruct.set(key, row);
    if (u.label === 'none') count(nonePhrases, `${u.result.level} ${top?.construct ?? '?'} «${(top?.phrase ?? '').toLowerCase()}»`);
  }
  console.log(`half ${half}: ${units.length} units`);
  console.log('deciding level+construct                                   none concern ideation behav');
  const rows = [...byConstruct.entries()].sort((a, b) => (b[1].none ?? 0) - (a[1].none ?? 0));
  for (const [k, v] of rows) {
    const cells = ['none', 'concern', 'ideation', 'behavior/attempt'].map((l) => String(v[l] ?? 0).padStart(5));
    console.log(`${k.padEnd(58)} ${cells.join(' ')}`);
  }
  console.log('\nmost common deciding phrases on none');
  for (const [k, n] of [...nonePhrases.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(n).padStart(4)} ${k}`);
  if (samples > 0) {
    const missed = units.filter((u) => RISK.has(u.label) && u.result.level === 'none' && u.file !== 'cssrs_reddit_posts.jsonl');
    console.log(`\n${missed.length} risk texts below concern; ${samples} of them:`);
    for (const u of missed.filter((_, i) => i % Math.max(1, Math.floor(missed.length / samples)) === 0).slice(0, samples)) {
      console.log(`- [${u.file.slice(0, 5)} ${u.label}] ${u.text.slice(0, 220).replace(/\s+/g, ' ')}`);
    }
    const fp = units.filter((u) => u.label === 'none' && levelRank(u.result.level) >= levelRank('concern'));
    console.log(`\n${fp.length} none units ≥concern; ${samples} of them:`);
    for (const u of fp.filter((_, i) => i % Math.max(1, Math.floor(fp.length / samples)) === 0).slice(0, samples)) {
      const r = u.result.reasons[0];
      console.log(`- [${u.file.slice(0, 5)} ${u.result.level} ${r?.construct} «${r?.phrase}»] ${u.text.slice(0, 200).replace(/\s+/g, ' ')}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
