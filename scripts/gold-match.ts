/**
 * The scorer's matching and speaker-equality rules (shared/eval/score.mjs, shared/eval/README.md),
 * re-implemented so training and the calibration table judge a speaker exactly as the scorer does,
 * plus the calibration table itself: per confidence band, how often the speaker is right and how
 * much of the gold is covered.
 */
import fs from 'node:fs';

/** One gold quotation piece (shared/eval/README.md, `gold.jsonl`). */
export interface GoldPiece {
  article: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerKind?: string;
  attribution?: string | number | null;
}

/** One predicted piece, carrying the index of the extracted quote it belongs to. */
export interface PredPiece {
  article: string;
  start: number;
  end: number;
  speaker: string | null;
  /** Index of the quote (in the caller's list) this piece belongs to. */
  quote: number;
}

/** A gold piece and what it was matched to: the quote index, or null when missed. */
export interface GoldMatch {
  gold: GoldPiece;
  quote: number | null;
  /** Scorer's judgement of the matched prediction's speaker: null when the gold speaker is unknown or unmatched. */
  speakerOk: boolean | null;
}

/** Reads a JSON Lines file; a broken line is an error naming the file and line. */
export function readJsonl(file: string): unknown[] {
  const out: unknown[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line));
      } catch {
        throw new Error(`gold-match: '${file}' line ${i + 1}: invalid JSON`);
      }
    });
  return out;
}

const EDGE = /[\s"“”‘’'«»„‟‹›`]/u;

/** `[start, end)` without quotation marks and whitespace at either end. */
export function stripSpan(start: number, end: number, text: string): [number, number] {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return [s, e];
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr sen senator sens rep reps representative gov governor president pres vice ' +
    'secretary sec gen general lt col capt sgt adm judge justice rev reverend prof professor mayor speaker sir dame lord lady ' +
    'hon jr sr ii iii iv the former chairman chairwoman chair leader minister prime attorney pope sheriff chief ambassador ' +
    'commissioner councilman councilwoman del st u s'
  ).split(' '),
);

function nameTokens(name: string | null): string[] {
  if (typeof name !== 'string') return [];
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t !== '' && !HONORIFICS.has(t) && !(t.length === 1 && /\p{L}/u.test(t)));
}

const flat = (x: string | null): string =>
  typeof x === 'string'
    ? x
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '')
    : '';

/** The scorer's rule: after normalisation, the last token of one name is a token of the other. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return flat(a) !== '' && flat(a) === flat(b);
  return tb.includes(ta[ta.length - 1]!) || ta.includes(tb[tb.length - 1]!);
}

interface G {
  gold: GoldPiece;
  idx: number;
  s: number;
  e: number;
  pred: P | null;
}
interface P {
  pred: PredPiece;
  idx: number;
  s: number;
  e: number;
  golds: G[];
}

/** score.mjs `matchArticle`: one-to-one by largest overlap, then the merged-prediction tolerance. */
function matchArticle(golds: G[], preds: P[]): void {
  const cands: Array<[number, P, G]> = [];
  for (const p of preds) {
    const pl = p.e - p.s;
    if (pl <= 0) continue;
    for (const g of golds) {
      const ov = overlap(p.s, p.e, g.s, g.e);
      if (ov > 0 && ov >= 0.5 * pl && ov >= 0.5 * (g.e - g.s)) cands.push([ov, p, g]);
    }
  }
  cands.sort((x, y) => y[0] - x[0] || x[1].idx - y[1].idx || x[2].idx - y[2].idx);
  for (const [, p, g] of cands) {
    if (p.golds.length > 0 || g.pred !== null) continue;
    p.golds.push(g);
    g.pred = p;
  }
  const groups = new Map<string, G[]>();
  for (const g of golds) {
    if (g.gold.attribution == null) continue;
    const k = String(g.gold.attribution);
    const list = groups.get(k) ?? [];
    list.push(g);
    groups.set(k, list);
  }
  for (const p of preds) {
    if (p.e <= p.s) continue;
    if (p.golds.length > 0) {
      const k = p.golds[0]!.gold.attribution;
      if (k == null) continue;
      for (const g of groups.get(String(k)) ?? []) {
        if (g.pred === null && overlap(p.s, p.e, g.s, g.e) >= 0.5 * (g.e - g.s)) {
          p.golds.push(g);
          g.pred = p;
        }
      }
      continue;
    }
    let best: G[] | null = null;
    let bestOv = 0;
    for (const members of groups.values()) {
      const hit = members.filter((g) => g.pred === null && overlap(p.s, p.e, g.s, g.e) > 0);
      if (hit.length < 2) continue;
      const ov = hit.reduce((n, g) => n + overlap(p.s, p.e, g.s, g.e), 0);
      const len = hit.reduce((n, g) => n + g.e - g.s, 0);
      if (ov >= 0.5 * (p.e - p.s) && ov >= 0.5 * len && ov > bestOv) {
        best = hit;
        bestOv = ov;
      }
    }
    if (best !== null)
      for (const g of best) {
        p.golds.push(g);
        g.pred = p;
      }
  }
}

/**
 * Matches predicted pieces to gold pieces as score.mjs does (gold and predictions of articles
 * missing from `texts` are left out) and judges each matched gold piece's speaker.
 */
export function matchGold(gold: GoldPiece[], preds: PredPiece[], texts: Map<string, string>): GoldMatch[] {
  const byArticle = new Map<string, { golds: G[]; preds: P[] }>();
  const slot = (id: string): { golds: G[]; preds: P[] } => {
    let s = byArticle.get(id);
    if (s === undefined) byArticle.set(id, (s = { golds: [], preds: [] }));
    return s;
  };
  const golds: G[] = [];
  gold.forEach((g, idx) => {
    const text = texts.get(g.article);
    if (text === undefined) return;
    const [s, e] = stripSpan(g.start, g.end, text);
    const item: G = { gold: g, idx, s, e, pred: null };
    golds.push(item);
    slot(g.article).golds.push(item);
  });
  preds.forEach((p, idx) => {
    const text = texts.get(p.article);
    if (text === undefined) return;
    const [s, e] = stripSpan(p.start, p.end, text);
    slot(p.article).preds.push({ pred: p, idx, s, e, golds: [] });
  });
  for (const { golds: g, preds: p } of byArticle.values()) matchArticle(g, p);
  return golds.map((g) => ({
    gold: g.gold,
    quote: g.pred === null ? null : g.pred.pred.quote,
    speakerOk: g.pred === null || g.gold.speaker == null ? null : sameSpeaker(g.pred.pred.speaker, g.gold.speaker),
  }));
}

/** Lower bounds of the confidence bands the table reports, highest first. */
export const TABLE_BANDS = [0.9, 0.7, 0.5, 0] as const;

export interface CalibrationRow {
  /** `[lo, hi)`: the band's confidence range (hi is Infinity for the top band). */
  lo: number;
  hi: number;
  /** Matched gold pieces whose prediction's confidence falls in the band. */
  count: number;
  /** Of those, the ones whose speaker can be judged, and how many of them the prediction names right. */
  judged: number;
  correct: number;
  /** correct / judged, or null when nothing was judged. */
  precision: number | null;
  /**
   * Mean confidence of the judged pieces, or null when nothing was judged: the band is calibrated when
   * it is close to `precision` (0.9 right nine times in ten).
   */
  meanConfidence: number | null;
  /** Gold pieces matched with confidence ≥ lo, over all gold pieces. */
  coverage: number;
  /**
   * Gold pieces matched with confidence ≥ lo whose speaker was judged, over all gold pieces: the part
   * of the coverage that the precision speaks for (a gold piece with no known speaker counts in
   * `coverage` whatever name is given to it).
   */
  judgedCoverage: number;
  /** Precision over the band and every band above it. */
  cumulativePrecision: number | null;
}

/**
 * The calibration table: for each band, matched gold pieces, speaker precision among those that can
 * be judged, and coverage of all gold at that confidence or above. `confidenceOf` gives the
 * confidence of a quote index. A gold piece with a null speaker is not judged (the scorer's rule),
 * unless `unnamedNull` is given: then null means an unnamed speaker (BBC dev's convention) and a
 * prediction that names someone there (`unnamedNull(quote)` not null) is judged wrong, as training
 * labels it.
 */
export function calibrationTable(
  matches: GoldMatch[],
  confidenceOf: (quote: number) => number,
  bands: readonly number[] = TABLE_BANDS,
  unnamedNull: ((quote: number) => string | null) | null = null,
): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  let cumCount = 0;
  let cumJudged = 0;
  let cumCorrect = 0;
  bands.forEach((lo, i) => {
    const hi = i === 0 ? Infinity : bands[i - 1]!;
    let count = 0;
    let judged = 0;
    let correct = 0;
    let judgedConfidence = 0;
    for (const m of matches) {
      if (m.quote === null) continue;
      const c = confidenceOf(m.quote);
      if (c < lo || c >= hi) continue;
      count++;
      if (m.speakerOk !== null || (unnamedNull !== null && m.gold.speaker == null && unnamedNull(m.quote) !== null)) {
        judged++;
        judgedConfidence += c;
        if (m.speakerOk === true) correct++;
      }
    }
    cumCount += count;
    cumJudged += judged;
    cumCorrect += correct;
    rows.push({
      lo,
      hi,
      count,
      judged,
      correct,
      precision: judged > 0 ? correct / judged : null,
      meanConfidence: judged > 0 ? judgedConfidence / judged : null,
      coverage: matches.length > 0 ? cumCount / matches.length : 0,
      judgedCoverage: matches.length > 0 ? cumJudged / matches.length : 0,
      cumulativePrecision: cumJudged > 0 ? cumCorrect / cumJudged : null,
    });
  });
  return rows;
}

/**
 * When null gold speakers are not judged (`--null-gold unresolved`, the default) but some of them were
 * given a name, a line saying how many, and the top band read the other way: on a set where null means
 * an unnamed speaker (BBC dev) those names are wrong, and the table without `--null-gold unnamed`
 * overstates the precision. Null otherwise.
 */
export function nullGoldNote(
  matches: GoldMatch[],
  names: ReadonlyArray<string | null>,
  confidence: readonly number[],
  nullGold: 'unresolved' | 'unnamed',
): string | null {
  if (nullGold === 'unnamed') return null;
  const named = matches.filter((m) => m.quote !== null && m.gold.speaker == null && names[m.quote] !== null);
  if (named.length === 0) return null;
  const top = calibrationTable(
    matches,
    (q) => confidence[q]!,
    undefined,
    (q) => names[q]!,
  )[0]!;
  return `note: ${named.length} matched gold pieces with a null speaker were given a name and are not judged; if null means an unnamed speaker in this set (BBC dev), --null-gold unnamed counts them wrong: confidence >= ${top.lo} then ${top.precision === null ? '-' : top.precision.toFixed(3)} (${top.correct}/${top.judged})`;
}

const f3 = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));

/** The table as text, one line per band. */
export function formatCalibrationTable(rows: CalibrationRow[], title: string): string {
  const lines = [
    title,
    'confidence   matched  judged  correct  precision  mean-conf  coverage(>=lo)  judged-coverage(>=lo)  precision(>=lo)',
  ];
  for (const r of rows) {
    const band = r.hi === Infinity ? `>=${r.lo.toFixed(1)}` : `${r.lo.toFixed(1)}-${r.hi.toFixed(1)}`;
    lines.push(
      `${band.padEnd(11)} ${String(r.count).padStart(8)} ${String(r.judged).padStart(7)} ${String(r.correct).padStart(8)}  ${f3(r.precision).padStart(9)}  ${f3(r.meanConfidence).padStart(9)}  ${f3(r.coverage).padStart(14)}  ${f3(r.judgedCoverage).padStart(21)}  ${f3(r.cumulativePrecision).padStart(15)}`,
    );
  }
  return lines.join('\n');
}
