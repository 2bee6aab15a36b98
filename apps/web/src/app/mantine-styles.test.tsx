import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The app imports Mantine's styles component by component (mantine-styles.ts), not the whole
 * sheet. This finds every Mantine component the app's code uses, through the components they are
 * built from (and those @mantine/charts is built from), and the style files that style them.
 */
const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repoRoot = path.resolve(src, '../../..');
const mantine = (pkg: string) => path.join(repoRoot, 'node_modules/@mantine', pkg);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The names a file imports from a package: `import { A, type B } from 'pkg'` gives A. */
function namedImports(code: string, pkg: string): string[] {
  const quoted = pkg.replace(/[/]/g, '\\/');
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${quoted}["']`, 'g');
  return [...code.matchAll(pattern)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('type '))
      .map((s) => s.split(/\s+as\s+/)[0]!),
  );
}

/** Where each name a package's index exports comes from (`import { X } from "./components/X/X.mjs"`). */
function exportedFrom(esmDir: string): Map<string, string> {
  const index = fs.readFileSync(path.join(esmDir, 'index.mjs'), 'utf8');
  const map = new Map<string, string>();
  for (const m of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
    for (const name of m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!)) map.set(name, path.join(esmDir, m[2]!));
  }
  return map;
}

/** Every module reachable from these through relative imports. */
function reachable(starts: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/from\s*"(\.[^"]+)"/g)) visit(path.resolve(path.dirname(file), m[1]!));
  };
  starts.forEach(visit);
  return [...seen];
}

describe("Mantine's styles, component by component", () => {
  it('include a style file for every Mantine component the app uses, in the order of the whole sheet', () => {
    const code = sourceFiles(src).map((f) => fs.readFileSync(f, 'utf8'));
    const charts = exportedFrom(path.join(mantine('charts'), 'esm'));
    const chartModules = reachable(code.flatMap((c) => namedImports(c, '@mantine/charts')).flatMap((n) => charts.get(n) ?? []));
    const core = exportedFrom(path.join(mantine('core'), 'esm'));
    const used = [...code, ...chartModules.map((f) => fs.readFileSync(f, 'utf8'))].flatMap((c) => namedImports(c, '@mantine/core'));
    const classes = new Set(reachable(used.flatMap((n) => core.get(n) ?? [])).flatMap((f) => fs.readFileSync(f, 'utf8').match(/m_[0-9a-f]{8}/g) ?? []));
    expect(used.length).toBeGreaterThan(10);

    const stylesDir = path.join(mantine('core'), 'styles');
    const needed = fs
      .readdirSync(stylesDir)
      .filter((f) => f.endsWith('.css') && !f.endsWith('.layer.css'))
      .filter((f) => (fs.readFileSync(path.join(stylesDir, f), 'utf8').match(/m_[0-9a-f]{8}/g) ?? []).some((c) => classes.has(c)));
    const imported = [...fs.readFileSync(path.join(src, 'app/mantine-styles.ts'), 'utf8').matchAll(/import '@mantine\/core\/styles\/([^']+)'/g)].map((m) => m[1]!);

    expect(needed.filter((f) => !imported.includes(f))).toEqual([]);
    expect(imported.slice(0, 3)).toEqual(['baseline.css', 'default-css-variables.css', 'global.css']);
    const sheet = fs.readFileSync(path.join(mantine('core'), 'styles.css'), 'utf8');
    const place = (f: string) => sheet.indexOf(fs.readFileSync(path.join(stylesDir, f), 'utf8').trim().slice(0, 200));
    expect(imported.every((f) => place(f) >= 0)).toBe(true);
    expect(imported.map(place)).toEqual([...imported.map(place)].sort((a, b) => a - b));
  });
});
