/** One headline number a benchmark reports, with its target when it has one. */
export type BenchFigure = { name: string; figure: number; unit: string; target?: string; pass?: boolean };

/** Prints figures as an aligned table. */
export function printFigures(title: string, figures: BenchFigure[]): void {
  const rows = figures.map((f) => [f.name, formatNumber(f.figure), f.unit, f.target ?? '', f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL']);
  const header = ['figure', 'value', 'unit', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

/** Three decimals for ratios, whole numbers for large counts. */
export function formatNumber(n: number): string {
  return Math.abs(n) >= 100 ? Math.round(n).toString() : n.toFixed(3);
}
