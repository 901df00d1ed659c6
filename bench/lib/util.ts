// Small helpers for the benchmark: timing, percentiles, a seeded PRNG, memory sampling,
// date arithmetic and the deterministic BSN numbering shared with the SQL generator.
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

export const now = () => performance.now();

/** Seconds since the benchmark started, for progress lines. */
const T0 = now();
export function log(message: string): void {
  const s = ((now() - T0) / 1000).toFixed(1).padStart(7);
  console.log(`[${s}s] ${message}`);
}

export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got ${raw}`);
  return n;
}

/** mulberry32: small, fast and seedable; the same seed gives the same workload. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles (ms). */
export function summarize(samples: number[]): Summary {
  if (samples.length === 0) return { n: 0, mean: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: s.length,
    mean: round(s.reduce((a, b) => a + b, 0) / s.length),
    p50: round(q(50)),
    p95: round(q(95)),
    p99: round(q(99)),
    max: round(s[s.length - 1]),
  };
}

/** Samples process RSS every 100 ms; `mark()` starts a new window, `peak()` is the window's high-water mark. */
export class MemorySampler {
  private timer: NodeJS.Timeout | undefined;
  private windowPeakRss = 0;
  private windowPeakHeap = 0;
  overallPeakRss = 0;

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  sample(): void {
    const m = process.memoryUsage();
    this.windowPeakRss = Math.max(this.windowPeakRss, m.rss);
    this.windowPeakHeap = Math.max(this.windowPeakHeap, m.heapUsed);
    this.overallPeakRss = Math.max(this.overallPeakRss, m.rss);
  }

  mark(): void {
    this.windowPeakRss = 0;
    this.windowPeakHeap = 0;
    this.sample();
  }

  peak(): { rssMB: number; heapUsedMB: number } {
    this.sample();
    return { rssMB: mb(this.windowPeakRss), heapUsedMB: mb(this.windowPeakHeap) };
  }
}

export const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The BSN of generated person number n (1, 2, …), identical to the SQL function bench_bsn:
 * n picks block n/9 of ten 8-digit prefixes and the (n mod 9)-th prefix in it whose check
 * digit (weights 9..2, sum mod 11) is not 10. Distinct n give distinct, valid BSNs.
 */
export function benchBsn(n: number): string {
  const base = 10_000_000 + Math.floor(n / 9) * 10;
  const j = n % 9;
  const p = String(base);
  let s0 = 0;
  for (let i = 0; i < 7; i++) s0 += Number(p[i]) * (9 - i);
  s0 %= 11;
  const bad = (((10 - s0 + 11) % 11) * 6) % 11;
  const dig = bad < 10 && j >= bad ? j + 1 : j;
  return `${String(base + dig).padStart(8, '0')}${(s0 + 2 * dig) % 11}`;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';

/** CPU time (s) of all processes named `postgres` (server and backends), from /proc; null elsewhere. */
export function postgresCpuSeconds(): number | null {
  try {
    const tick = 100; // USER_HZ on Linux
    let total = 0;
    for (const pid of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      if (comm !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / tick; // utime, stime
    }
    return total;
  } catch {
    return null;
  }
}

/** Busy and total CPU time of the whole machine (ms), summed over all cores. */
export function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const c of os.cpus()) {
    const t = c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle;
    total += t;
    busy += t - c.times.idle;
  }
  return { busy, total };
}

/** Where the CPU went during a window: cores used by this process, by PostgreSQL, and machine-wide. */
export class CpuWindow {
  private readonly wall = now();
  private readonly proc = process.cpuUsage();
  private readonly pg = postgresCpuSeconds();
  private readonly machine = machineCpu();
  private readonly load = os.loadavg()[0];

  end(): { seconds: number; thisProcessCores: number; postgresCores: number | null; machineBusyCores: number; cores: number; loadAvg1mBefore: number } {
    const seconds = (now() - this.wall) / 1000;
    const p = process.cpuUsage(this.proc);
    const pg = postgresCpuSeconds();
    const m = machineCpu();
    const cores = os.cpus().length;
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return {
      seconds: r2(seconds),
      thisProcessCores: r2((p.user + p.system) / 1e6 / seconds),
      postgresCores: pg === null || this.pg === null ? null : r2((pg - this.pg) / seconds),
      machineBusyCores: r2(((m.busy - this.machine.busy) / Math.max(1, m.total - this.machine.total)) * cores),
      cores,
      loadAvg1mBefore: r2(this.load),
    };
  }
}
