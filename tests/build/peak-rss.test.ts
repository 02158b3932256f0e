/** The build bench's memory reading (scripts/bench/peak-rss.ts): the whole peak as `time -v` reads it, and each phase's. */
import { expect, it } from 'vitest';
import { ownMb, PeakWatch, phasePeaks, statusMb } from '../../scripts/bench/peak-rss.js';

it('reads VmHWM and VmRSS from a status text', () => {
  const status = 'Name:\tnode\nVmPeak:\t 900 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
  expect(statusMb(status, 'VmHWM')).toBe(200);
  expect(statusMb(status, 'VmRSS')).toBe(100);
  expect(statusMb('Name:\tnode\n', 'VmHWM')).toBeNull();
});

it('takes a phase that raised the mark as exact, and one that stayed under it from its samples', () => {
  const figures = phasePeaks(
    [
      { phase: 'start', hwmBefore: 90, hwmAfter: 150, sampled: 140 },
      { phase: 'extract', hwmBefore: 150, hwmAfter: 700, sampled: 650 },
      { phase: 'speakers', hwmBefore: 700, hwmAfter: 700, sampled: 560 },
      { phase: 'search', hwmBefore: 700, hwmAfter: 720, sampled: 690 },
      { phase: 'write', hwmBefore: 720, hwmAfter: 720, sampled: 500 },
    ],
    720,
  );
  expect(figures).toEqual({
    peakMb: 720,
    peakPhase: 'search',
    phasePeakMb: { start: 150, extract: 700, speakers: 560, search: 720, write: 500 },
    sampledPhases: ['speakers', 'write'],
  });
});

it('keeps the largest figure of a phase seen twice, and names no phase when the peak came after them all', () => {
  const figures = phasePeaks(
    [
      { phase: 'speakers', hwmBefore: 100, hwmAfter: 300, sampled: 280 },
      { phase: 'scan', hwmBefore: 300, hwmAfter: 300, sampled: 250 },
      { phase: 'speakers', hwmBefore: 300, hwmAfter: 300, sampled: 290 },
    ],
    400,
  );
  expect(figures.phasePeakMb).toEqual({ speakers: 300, scan: 250 });
  expect(figures.sampledPhases).toEqual(['scan']);
  expect(figures.peakPhase).toBeNull();
  expect(figures.peakMb).toBe(400);
});

it.runIf(process.platform === 'linux')(
  'finds the phase where this process held the most, and its whole peak is its VmHWM (what time -v reads)',
  async () => {
    const watch = new PeakWatch();
    watch.phase('before');
    // Past the mark set so far (other tests may have raised it): the phase that holds this must raise it.
    const size = Math.ceil(ownMb('VmHWM')! - ownMb('VmRSS')!) + 96;
    watch.phase('holding');
    const held = Buffer.alloc(size * 2 ** 20, 1);
    watch.phase('after');
    const figures = await watch.finish();
    expect(held.length).toBe(size * 2 ** 20);
    // the phase that raised the mark is read exactly; the whole peak is the mark read at the end (this process
    // runs other threads, which may raise it after the last phase: the peak's phase is then none of them)
    expect(figures.sampledPhases).not.toContain('holding');
    expect(figures.phasePeakMb.holding).toBeGreaterThanOrEqual(figures.phasePeakMb.before! + 90);
    expect([...Object.entries(figures.phasePeakMb)].sort((a, b) => b[1] - a[1])[0]![0]).toBe('holding');
    expect(figures.peakMb).toBeGreaterThanOrEqual(figures.phasePeakMb.holding!);
    expect(figures.peakMb).toBeLessThanOrEqual(Math.round(ownMb('VmHWM')!));
  },
);
