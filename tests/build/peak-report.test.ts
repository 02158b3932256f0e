/** The bench report's build rows: the whole peak with the phase that set it, and each phase's peak. */
import { expect, it } from 'vitest';
import { renderMarkdown, type BenchResults, type SizeResult } from '../../scripts/bench/report.js';

function size(label: string, build: Partial<SizeResult['build']>): SizeResult {
  return {
    size: label,
    quotes: 1000,
    articles: 200,
    speakers: 30,
    textMB: 1,
    build: { seconds: 2, phases: { extract: 1 }, peakRssMB: 300, generateSeconds: 0.1, loadAverage: [1], ...build },
    diskMB: { 'search.bin': 1 },
    coldStart: { toFirstSearchMs: 10, spawnToFirstSearchMs: 20, loadIndexMs: 5, rssMB: 50 },
    latencyMs: {},
    serverPeakRssMB: 60,
    http: null,
  };
}

it('prints the build peak with its phase, and marks the phase peaks that were sampled', () => {
  const results: BenchResults = {
    command: 'bench',
    startedAt: '2026-01-01T00:00:00Z',
    machine: { cpu: 'x', cores: 2, memoryGiB: 4, node: 'v20', loadAverageAtStart: [1] },
    settings: {},
    extraction: null,
    sizes: [
      size('1k', {
        peakRssMB: 554.2,
        peakPhase: 'extract',
        phasePeakMb: { extract: 554, speakers: 420, search: 440, write: 469 },
        sampledPhases: ['speakers', 'search', 'write'],
      }),
      // a record from before the phases were kept
      size('2k', { peakRssMB: 700 }),
    ],
  };
  const lines = renderMarkdown(results).split('\n');
  expect(lines).toContain('| build peak RSS (MB; the phase that set it) | 554 (extract) | 700 |');
  expect(lines).toContain('| … extract peak (MB; ~ sampled) | 554 | – |');
  expect(lines).toContain('| … speakers peak (MB; ~ sampled) | ~420 | – |');
  expect(lines).toContain('| … write peak (MB; ~ sampled) | ~469 | – |');
});
