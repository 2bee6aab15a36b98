/**
 * Throughput on one core (Node runs screen() on one thread) over typical texts (≤ 600 chars),
 * in rounds over the whole set. CPU time rather than wall time, and the best round as well as
 * the median, because these machines are shared: other work inflates wall time and, less,
 * CPU time; the best round is the closest to the code's own cost.
 */
export interface Throughput {
  /** Texts per second of this process's own CPU time, best of the rounds (least disturbed). */
  perCpuSecond: number;
  /** The median round, per CPU second. */
  medianPerCpuSecond: number;
  /** Texts per wall-clock second over all rounds: lower when other processes share the cores. */
  perWallSecond: number;
  charsPerText: number;
}

/** SCREENER_BENCH_ROUNDS=1 for a quick run while developing on a shared machine. */
const ROUNDS = Math.max(1, Number(process.env.SCREENER_BENCH_ROUNDS ?? 7));

export function throughput(texts: string[], run: (text: string) => unknown): Throughput {
  const typical = texts.filter((t) => t.length <= 600);
  for (const t of typical.slice(0, 2000)) run(t); // warm the JIT and the word cache
  const chars = typical.reduce((n, t) => n + t.length, 0);
  const rates: number[] = [];
  const wallStart = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round += 1) {
    const cpuStart = process.cpuUsage();
    for (const t of typical) run(t);
    const cpu = process.cpuUsage(cpuStart);
    rates.push(typical.length / ((cpu.user + cpu.system) / 1e6));
  }
  const wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
  rates.sort((a, b) => a - b);
  return {
    perCpuSecond: rates[rates.length - 1] ?? 0,
    medianPerCpuSecond: rates[Math.floor(rates.length / 2)] ?? 0,
    perWallSecond: (typical.length * ROUNDS) / wall,
    charsPerText: chars / Math.max(1, typical.length),
  };
}
