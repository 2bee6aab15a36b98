import { readdirSync, readFileSync, statSync } from 'node:fs';

/**
 * CPU time a process has used so far (Linux /proc, user + system), in ms: a process's own cost,
 * which a shared machine's load does not change the way it changes wall-clock throughput.
 * 0 where /proc is missing.
 */
export function processCpuMs(pid: number | undefined): number {
  if (!pid || process.platform !== 'linux') return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return 0; // the process has gone
  }
}

/**
 * The CPU used by a local PostgreSQL server's processes (owned by the user that owns its data
 * folder), sampled every 100 ms so that a backend that exits between readings still counts with
 * its last reading. Only meaningful while nothing else uses that server. Undefined off Linux or
 * when the server is not local.
 */
export class PostgresCpuMeter {
  private readonly lastSeen = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  private constructor(private readonly uid: number) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  static start(dataDirectory = '/var/lib/postgresql'): PostgresCpuMeter | undefined {
    if (process.platform !== 'linux') return undefined;
    try {
      return new PostgresCpuMeter(statSync(dataDirectory).uid);
    } catch {
      return undefined;
    }
  }

  /** CPU ms the server's processes have used, as last seen: take the difference of two readings. */
  totalMs(): number {
    this.sample();
    let total = 0;
    for (const ms of this.lastSeen.values()) total += ms;
    return total;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (statSync(`/proc/${pid}`).uid !== this.uid) continue;
      } catch {
        continue;
      }
      const key = `${pid}:${this.startTime(pid)}`;
      const ms = processCpuMs(Number(pid));
      if (ms > 0) this.lastSeen.set(key, ms);
    }
  }

  /** A pid can be reused: its start time tells two processes with one pid apart. */
  private startTime(pid: string): string {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
    } catch {
      return '';
    }
  }
}
