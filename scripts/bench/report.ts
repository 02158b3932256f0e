/** The benchmark's result records and their Markdown rendering (BENCH.md's tables). */

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  meanTotal: number;
  /**
   * The same percentiles of the CPU time each query took (`process.cpuUsage`, the process): what a query
   * costs, without the time it waited for a core, which on a shared machine swamps the tail of the wall times.
   */
  cpu?: { p50: number; p95: number; p99: number };
}

/** One peer engine over the same quotes and queries (peer-child.ts). */
export interface PeerResult {
  buildSeconds: number;
  buildPeakRssMB: number;
  savedMB: number;
  coldStartMs: number;
  loadMs: number;
  rssMB: number;
  peakRssMB: number;
  /** Null for a kind of query the engine cannot answer. */
  /** `n` of `of` queries answered within the peer's time budget per kind (`capped` when fewer than all). */
  latencyMs: Record<string, (Percentiles & { totalInAnswer?: boolean; of?: number; capped?: boolean }) | null>;
  loadAverage: number[];
}

export interface SizeResult {
  size: string;
  quotes: number;
  articles: number;
  speakers: number;
  textMB: number;
  build: {
    seconds: number;
    phases: Record<string, number>;
    /** The whole build's peak RSS: the child's VmHWM, never reset (what `time -v` reads). */
    peakRssMB: number;
    /** The phase that set that peak (null: before the first, or in a record from before the twentieth session). */
    peakPhase?: string | null;
    /** Each phase's peak RSS (MB); `sampledPhases`: those read by sampling (they stayed under an earlier peak). */
    phasePeakMb?: Record<string, number>;
    sampledPhases?: string[];
    generateSeconds: number;
    loadAverage: number[];
  };
  diskMB: Record<string, number>;
  coldStart: {
    toFirstSearchMs: number;
    spawnToFirstSearchMs: number;
    loadIndexMs: number;
    rssMB: number;
    statementsError?: string;
  };
  latencyMs: Record<string, Percentiles>;
  serverPeakRssMB: number;
  http: {
    seconds: number;
    connections: number;
    requestsPerSecond: number;
    total: number;
    latencyMs: { p50: number; p90: number; p99: number; max: number };
    non2xx: number;
    errors: number;
    loadAverage: number[];
  } | null;
  /** `--peers`: other engines over the same quotes and queries, each in its own processes. */
  peers?: Record<string, PeerResult>;
}

export interface BenchResults {
  command: string;
  startedAt: string;
  finishedAt?: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; loadAverageAtStart: number[] };
  settings: Record<string, number>;
  extraction: {
    mb: number;
    articles: number;
    quotes: number;
    oneCore: { seconds: number; mbPerSecond: number };
    oneCoreWarm?: { seconds: number; mbPerSecond: number };
    allCores: { threads: number; seconds: number; mbPerSecond: number; identical: boolean };
    loadAverage: number[];
  } | null;
  sizes: SizeResult[];
}

const f = (x: number | undefined, digits = 1): string => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

/** Markdown tables of a run: machine, extraction, build, cold start, latency per query type, HTTP. */
export function renderMarkdown(r: BenchResults): string {
  const out: string[] = [];
  out.push(`Command: \`${r.command}\` — ${r.startedAt}`, '');
  out.push(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; load average at start ${r.machine.loadAverageAtStart.join(' / ')}`,
    '',
  );
  if (r.extraction) {
    const e = r.extraction;
    out.push('| Extraction | MB | articles | quotes | seconds | MB/s |', '|---|---:|---:|---:|---:|---:|');
    out.push(
      `| one core, first pass | ${f(e.mb)} | ${e.articles} | ${e.quotes} | ${f(e.oneCore.seconds, 2)} | ${f(e.oneCore.mbPerSecond, 2)} |`,
    );
    if (e.oneCoreWarm)
      out.push(
        `| one core, warm (second pass) | ${f(e.mb)} | ${e.articles} | ${e.quotes} | ${f(e.oneCoreWarm.seconds, 2)} | ${f(e.oneCoreWarm.mbPerSecond, 2)} |`,
      );
    out.push(
      `| all cores (${e.allCores.threads} threads${e.allCores.identical ? ', identical output' : ', OUTPUT DIFFERS'}) | ${f(e.mb)} | ${e.articles} | ${e.quotes} | ${f(e.allCores.seconds, 2)} | ${f(e.allCores.mbPerSecond, 2)} |`,
    );
    out.push('', `(load average ${e.loadAverage.join(' / ')})`, '');
  }
  if (r.sizes.length === 0) return `${out.join('\n')}\n`;
  const cols = r.sizes.map((s) => s.size);
  const row = (name: string, cells: string[]): string => `| ${name} | ${cells.join(' | ')} |`;
  out.push(row('Index', cols), `|---|${cols.map(() => '---:').join('|')}|`);
  out.push(
    row(
      'quotes / articles / speakers',
      r.sizes.map((s) => `${s.quotes} / ${s.articles} / ${s.speakers}`),
    ),
  );
  out.push(
    row(
      'article text (MB)',
      r.sizes.map((s) => f(s.textMB)),
    ),
  );
  out.push(
    row(
      'build total (s)',
      r.sizes.map((s) => f(s.build.seconds)),
    ),
  );
  for (const phase of ['extract', 'speakers', 'search', 'write']) {
    out.push(
      row(
        `… ${phase} (s)`,
        r.sizes.map((s) => f(s.build.phases[phase])),
      ),
    );
  }
  out.push(
    row(
      'build peak RSS (MB; the phase that set it)',
      r.sizes.map((s) => `${f(s.build.peakRssMB, 0)}${s.build.peakPhase ? ` (${s.build.peakPhase})` : ''}`),
    ),
  );
  for (const phase of ['extract', 'speakers', 'search', 'write']) {
    if (!r.sizes.some((s) => s.build.phasePeakMb?.[phase] !== undefined)) continue;
    out.push(
      row(
        `… ${phase} peak (MB; ~ sampled)`,
        r.sizes.map((s) => {
          const mb = s.build.phasePeakMb?.[phase];
          return mb === undefined ? '–' : `${s.build.sampledPhases?.includes(phase) ? '~' : ''}${f(mb, 0)}`;
        }),
      ),
    );
  }
  out.push(
    row(
      'index on disk (MB), all files',
      r.sizes.map((s) => f(Object.values(s.diskMB).reduce((a, b) => a + b, 0))),
    ),
  );
  out.push(
    row(
      '… search part (MB)',
      r.sizes.map((s) =>
        f(
          Object.entries(s.diskMB)
            .filter(([k]) => k.startsWith('search'))
            .reduce((a, [, b]) => a + b, 0),
        ),
      ),
    ),
  );
  out.push(
    row(
      'cold start: process start → first search (s)',
      r.sizes.map((s) => f(s.coldStart.toFirstSearchMs / 1000, 2)),
    ),
  );
  out.push(
    row(
      '… of which loadIndex (s)',
      r.sizes.map((s) => f(s.coldStart.loadIndexMs / 1000, 2)),
    ),
  );
  out.push(
    row(
      'server RSS after load / peak (MB)',
      r.sizes.map((s) => `${f(s.coldStart.rssMB, 0)} / ${f(s.serverPeakRssMB, 0)}`),
    ),
  );
  out.push(
    row(
      'load average at build',
      r.sizes.map((s) => s.build.loadAverage.join(' / ')),
    ),
  );
  out.push('');
  const kinds = Object.keys(r.sizes[0]!.latencyMs);
  out.push(
    `| Search latency (ms), p50 / p95 / p99 | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---:').join('|')}|`,
  );
  for (const k of kinds) {
    out.push(
      row(
        k,
        r.sizes.map((s) => {
          const l = s.latencyMs[k];
          return l ? `${f(l.p50, 2)} / ${f(l.p95, 2)} / ${f(l.p99, 2)}` : '–';
        }),
      ),
    );
  }
  out.push(
    row(
      '(mean matches per query: plain)',
      r.sizes.map((s) => f(s.latencyMs.plain?.meanTotal, 0)),
    ),
  );
  out.push('');
  if (r.sizes.some((s) => Object.values(s.latencyMs).some((l) => l.cpu))) {
    out.push(
      `| Search CPU time per query (ms), p50 / p95 / p99 | ${cols.join(' | ')} |`,
      `|---|${cols.map(() => '---:').join('|')}|`,
    );
    for (const k of kinds) {
      out.push(
        row(
          k,
          r.sizes.map((s) => {
            const c = s.latencyMs[k]?.cpu;
            return c ? `${f(c.p50, 2)} / ${f(c.p95, 2)} / ${f(c.p99, 2)}` : '–';
          }),
        ),
      );
    }
    out.push('');
  }
  if (r.sizes.some((s) => s.http)) {
    out.push(
      `| HTTP /api/search (autocannon, loopback) | ${cols.join(' | ')} |`,
      `|---|${cols.map(() => '---:').join('|')}|`,
    );
    out.push(
      row(
        'requests/s',
        r.sizes.map((s) => f(s.http?.requestsPerSecond, 0)),
      ),
    );
    out.push(
      row(
        'latency p50 / p90 / p99 (ms)',
        r.sizes.map((s) =>
          s.http ? `${s.http.latencyMs.p50} / ${s.http.latencyMs.p90} / ${s.http.latencyMs.p99}` : '–',
        ),
      ),
    );
    out.push(
      row(
        'connections, seconds, non-2xx, errors',
        r.sizes.map((s) =>
          s.http ? `${s.http.connections}, ${s.http.seconds}, ${s.http.non2xx}, ${s.http.errors}` : '–',
        ),
      ),
    );
    out.push(
      row(
        'load average during',
        r.sizes.map((s) => s.http?.loadAverage.join(' / ') ?? '–'),
      ),
    );
    out.push('');
  }
  for (const s of r.sizes) if (s.peers) out.push(...renderPeers(s));
  return `${out.join('\n')}\n`;
}

/** Verbatim beside its peers at one size, each figure with its ratio peer / Verbatim. */
function renderPeers(s: SizeResult): string[] {
  const peers = Object.entries(s.peers ?? {});
  const out: string[] = [];
  const ratio = (peer: number | undefined, own: number | undefined): string =>
    peer === undefined || own === undefined || !Number.isFinite(peer) || !(own > 0)
      ? ''
      : ` (×${f(peer / own, peer / own < 10 ? 2 : 0)})`;
  const cell = (peer: number | undefined, own: number | undefined, digits = 1): string =>
    peer === undefined ? '–' : `${f(peer, digits)}${ratio(peer, own)}`;
  out.push(`Peers at ${s.size} (ratio peer / Verbatim in brackets; above 1: Verbatim is faster or smaller)`, '');
  out.push(
    `| ${s.size} | Verbatim | ${peers.map(([name]) => name).join(' | ')} |`,
    `|---|---:|${peers.map(() => '---:').join('|')}|`,
  );
  const line = (name: string, own: number | undefined, of: (p: PeerResult) => number | undefined, digits = 1): void => {
    out.push(`| ${name} | ${f(own, digits)} | ${peers.map(([, p]) => cell(of(p), own, digits)).join(' | ')} |`);
  };
  line("search indexing (s; Verbatim: its build's search phase)", s.build.phases.search, (p) => p.buildSeconds);
  line('build peak RSS (MB; Verbatim: the whole build)', s.build.peakRssMB, (p) => p.buildPeakRssMB, 0);
  const searchMB = Object.entries(s.diskMB)
    .filter(([k]) => k.startsWith('search'))
    .reduce((a, [, b]) => a + b, 0);
  line('saved index (MB; Verbatim: search part)', searchMB, (p) => p.savedMB);
  line(
    'cold start: process start → first search (s)',
    s.coldStart.toFirstSearchMs / 1000,
    (p) => p.coldStartMs / 1000,
    2,
  );
  line('RSS after load (MB)', s.coldStart.rssMB, (p) => p.rssMB, 0);
  for (const kind of Object.keys(s.latencyMs)) {
    const own = s.latencyMs[kind]!;
    const of = (p: PeerResult) => p.latencyMs[kind] ?? undefined;
    for (const [label, pick] of [
      ['CPU p50', (l: Percentiles) => l.cpu?.p50],
      ['CPU p99', (l: Percentiles) => l.cpu?.p99],
      ['wall p50', (l: Percentiles) => l.p50],
      ['wall p99', (l: Percentiles) => l.p99],
    ] as const) {
      line(
        `${kind}: ${label} (ms)`,
        pick(own),
        (p) => {
          const l = of(p);
          return l ? pick(l) : undefined;
        },
        2,
      );
    }
    out.push(
      `| ${kind}: mean matches per query | ${f(own.meanTotal, 1)} | ${peers
        .map(([, p]) => {
          const l = of(p);
          if (!l) return '–';
          const apart = l.totalInAnswer === false ? ' (counted apart)' : '';
          const cut = l.capped ? ` (cut at ${String(l.n)} of ${String(l.of)} queries: time budget)` : '';
          return `${f(l.meanTotal, 1)}${apart}${cut}`;
        })
        .join(' | ')} |`,
    );
  }
  out.push(
    `| load average | ${s.build.loadAverage.join(' / ')} | ${peers.map(([, p]) => p.loadAverage.join(' / ')).join(' | ')} |`,
    '',
  );
  return out;
}
