/**
 * The resident memory of a build, read the way `/usr/bin/time -v` reads it, with the phase it peaked in.
 *
 * The whole process's peak is the kernel's high-water mark (VmHWM of /proc/self/status: every thread, the
 * extraction workers included), never reset: the figure is the one `time -v` prints for the same process
 * ("Maximum resident set size"). (Until the twentieth session build-child.ts reset the mark at every phase's end
 * to read each phase's own peak, which made `time -v` print the last phases' peak, 508 against 726 MB at 100k.)
 *
 * Each phase's peak: where the mark rose during a phase, the phase's peak is the mark at its end, exactly (so
 * the phase that holds the build's peak is always known exactly). A phase that stayed below the mark set before
 * it has its peak sampled: a separate process reads the build's VmRSS every `intervalMs` (so that a build thread
 * busy for seconds on end is sampled all the same, and the sampler adds nothing to the build's own memory); such
 * a figure can read low by what rose and fell between two samples, and is marked as sampled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** One field (kB) of a /proc/PID/status text, in MB; null when absent (not Linux). */
export function statusMb(status: string, field: 'VmHWM' | 'VmRSS'): number | null {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) / 1024 : null;
}

/** This process's VmHWM or VmRSS (MB); null when /proc is not there. */
export function ownMb(field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    return statusMb(readFileSync('/proc/self/status', 'utf8'), field);
  } catch {
    return null;
  }
}

/** What is known of one phase: the high-water mark as it began and ended, and the largest RSS sampled in it. */
export interface PhaseReading {
  phase: string;
  hwmBefore: number;
  hwmAfter: number;
  /** The largest VmRSS the sampler saw during the phase (MB); 0 when none was taken. */
  sampled: number;
}

export interface PeakFigures {
  /** The whole process's peak (MB): its VmHWM at the end, what `time -v` reports. */
  peakMb: number;
  /** The phase whose end first showed that peak. */
  peakPhase: string | null;
  /** Each phase's peak (MB), rounded. */
  phasePeakMb: Record<string, number>;
  /** The phases whose figure was sampled (they stayed under the mark set before them), not read exactly. */
  sampledPhases: string[];
}

/**
 * Each phase's peak from its readings (in order), and the whole peak. A phase seen more than once keeps its
 * largest figure; a phase that is sampled once and exact once is exact if the exact figure is the larger.
 */
export function phasePeaks(readings: readonly PhaseReading[], endHwm: number): PeakFigures {
  const phasePeakMb: Record<string, number> = {};
  const exact = new Map<string, boolean>();
  let peakPhase: string | null = null;
  let best = -1;
  for (const r of readings) {
    const rose = r.hwmAfter > r.hwmBefore;
    // The mark at a phase's end is the phase's peak only if the phase raised it; otherwise it is an earlier peak.
    const figure = rose ? r.hwmAfter : Math.min(r.sampled, r.hwmAfter);
    const rounded = Math.round(figure);
    if (phasePeakMb[r.phase] === undefined || rounded > phasePeakMb[r.phase]!) {
      phasePeakMb[r.phase] = rounded;
      exact.set(r.phase, rose);
    } else if (rounded === phasePeakMb[r.phase] && rose) exact.set(r.phase, true);
    if (rose && r.hwmAfter > best) {
      best = r.hwmAfter;
      peakPhase = r.phase;
    }
  }
  return {
    peakMb: Math.round(endHwm),
    peakPhase: endHwm > best ? null : peakPhase,
    phasePeakMb,
    sampledPhases: [...exact].filter(([, isExact]) => !isExact).map(([phase]) => phase),
  };
}

/**
 * The sampler's program (run with `node -e`): reads /proc/PID/status every INTERVAL ms, keeps the largest VmRSS
 * since the last phase line read on its stdin, and answers each line with the largest seen before it, then
 * starts again. It exits when its stdin closes or the process it watches has gone.
 */
const SAMPLER = `
const [pid, interval] = process.argv.slice(1).map(Number);
const fs = require('node:fs');
let max = 0;
const read = () => {
  try {
    const m = /^VmRSS:\\s+(\\d+) kB/m.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8'));
    if (m) max = Math.max(max, Number(m[1]) / 1024);
  } catch { process.exit(0); }
};
setInterval(read, interval);
require('node:readline').createInterface({ input: process.stdin }).on('line', () => {
  read();
  process.stdout.write(max + '\\n');
  max = 0;
}).on('close', () => process.exit(0));
`;

/**
 * Watches this process's memory through a build's phases: `phase(name)` as each begins, `finish()` at the end.
 * Without /proc (not Linux) every figure is this process's RSS as read at the phase changes.
 */
export class PeakWatch {
  private readonly readings: PhaseReading[] = [];
  private current: { phase: string; hwmBefore: number } | null = null;
  private readonly sampler: ChildProcess | null;
  private readonly waiting: Array<(mb: number) => void> = [];

  constructor(intervalMs = 20) {
    this.sampler = null;
    if (ownMb('VmHWM') === null) return;
    // node itself, without this process's flags (tsx's loader): a small heap of its own, outside this process
    const sampler = spawn(process.execPath, ['-e', SAMPLER, String(process.pid), String(intervalMs)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    createInterface({ input: sampler.stdout }).on('line', (line) => {
      this.waiting.shift()?.(Number(line));
    });
    sampler.on('error', () => {});
    this.sampler = sampler;
  }

  private hwm(): number {
    return ownMb('VmHWM') ?? process.memoryUsage().rss / 2 ** 20;
  }

  /** Ends the phase running (if any) and begins `name`. */
  phase(name: string): void {
    this.close();
    this.current = { phase: name, hwmBefore: this.hwm() };
  }

  private pendingSamples: Array<{ reading: PhaseReading; sample: Promise<number> }> = [];

  private close(): void {
    if (this.current === null) return;
    const reading: PhaseReading = { ...this.current, hwmAfter: this.hwm(), sampled: 0 };
    this.readings.push(reading);
    this.pendingSamples.push({ reading, sample: this.ask() });
    this.current = null;
  }

  /** The sampler's largest VmRSS since the last question (0 without a sampler). */
  private ask(): Promise<number> {
    if (this.sampler === null || this.sampler.stdin === null || this.sampler.exitCode !== null)
      return Promise.resolve(0);
    this.sampler.stdin.write('\n');
    // the sampler answers each line in turn: this answer is the next one to come
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.sampler!.once('exit', () => resolve(0));
    });
  }

  /** Ends the last phase and the sampler; the figures. */
  async finish(): Promise<PeakFigures> {
    this.close();
    for (const { reading, sample } of this.pendingSamples) reading.sampled = await sample;
    this.pendingSamples = [];
    this.sampler?.stdin?.end();
    return phasePeaks(this.readings, this.hwm());
  }
}
