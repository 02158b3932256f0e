/**
 * What `speaker=` may name: a speaker id (`tomas-virtanen`), a name or alias in any case and with or without
 * accents (`tomas virtanen`, `Virtanen`), or — when exactly one speaker is that close — a misspelling
 * (`zelenski` for Zelensky). Anything else is refused with the closest speakers suggested, instead of an
 * honest-looking empty answer.
 */
import type { Speaker } from '../model/types.js';
import { terms } from '../model/text.js';
import type { Backend } from '../backend/contract.js';
import type { ValidationIssue } from './schemas.js';
import { NO_SPEAKER } from '../search/types.js';

/** How a `speaker=` value was understood. */
export interface SpeakerMatch {
  given: string;
  id: string;
  name: string;
  match: 'id' | 'name' | 'close';
}

/** Suggestions given with an unknown speaker. */
const MAX_SUGGESTIONS = 5;

/** A name as its folded terms (src/model/text.ts). */
const fold = (name: string): string => terms(name).join(' ');

/** Levenshtein distance, stopping early past `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Edits allowed for a name of this many letters: none for short names, one per five letters, at most three. */
const allowedEdits = (length: number): number => Math.min(3, Math.floor(length / 5));

/** How close `wanted` is to a speaker: 0 = a name or alias, lower is closer; null when not close at all. */
function closeness(wanted: string, speaker: Speaker): number | null {
  const wantedTerms = wanted.split(' ');
  let best: number | null = null;
  for (const name of [speaker.name, ...speaker.aliases]) {
    const folded = fold(name);
    if (folded === '') continue;
    const nameTerms = folded.split(' ');
    // The whole name, or its last word (a surname), misspelt within the allowance.
    const candidates = [folded, nameTerms[nameTerms.length - 1]!];
    for (const c of candidates) {
      const max = allowedEdits(Math.min(c.length, wanted.length));
      const d = editDistance(wanted, c, max);
      if (d <= max && (best === null || 1 + d < best)) best = 1 + d;
    }
    // Shared words count for suggestions only (a weaker sign than a near spelling).
    const shared = wantedTerms.filter((t) => t.length > 2 && nameTerms.includes(t)).length;
    if (shared > 0 && (best === null || 10 - shared < best)) best = 10 - shared;
  }
  return best;
}

/**
 * Resolves every `speaker=` value to a speaker id. Values that name nobody make one issue (path `speaker`)
 * naming each of them with the closest speakers suggested.
 */
export async function resolveSpeakerParams(
  backend: Backend,
  values: readonly string[],
): Promise<{ ok: true; ids: string[]; matches: SpeakerMatch[] } | { ok: false; issues: ValidationIssue[] }> {
  // Every speaker is read once, and only when a value is not an id.
  let all: Speaker[] | null = null;
  const matches: SpeakerMatch[] = [];
  const unknown: string[] = [];
  for (const given of values) {
    if (given === NO_SPEAKER) {
      matches.push({ given, id: NO_SPEAKER, name: 'no speaker named', match: 'id' });
      continue;
    }
    const byId = await backend.speaker(given);
    if (byId) {
      matches.push({ given, id: byId.id, name: byId.name, match: 'id' });
      continue;
    }
    const wanted = fold(given);
    const exact: Speaker[] = [];
    const close: Array<{ speaker: Speaker; score: number }> = [];
    if (wanted !== '') {
      all ??= await backend.speakers();
      for (const s of all) {
        if ([s.name, ...s.aliases].some((n) => fold(n) === wanted)) exact.push(s);
        else {
          const score = closeness(wanted, s);
          if (score !== null) close.push({ speaker: s, score });
        }
      }
    }
    const byRank = (a: Speaker, b: Speaker) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name);
    if (exact.length > 0) {
      // A name several speakers share (an alias like a bare surname): the most quoted one.
      const s = exact.sort(byRank)[0]!;
      matches.push({ given, id: s.id, name: s.name, match: 'name' });
      continue;
    }
    const spelt = close.filter((c) => c.score < 10);
    if (spelt.length === 1) {
      const s = spelt[0]!.speaker;
      matches.push({ given, id: s.id, name: s.name, match: 'close' });
      continue;
    }
    const suggestions = close
      .sort((a, b) => a.score - b.score || byRank(a.speaker, b.speaker))
      .slice(0, MAX_SUGGESTIONS)
      .map((c) => `${c.speaker.name} (${c.speaker.id})`);
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '; see /api/speakers?q=…';
    unknown.push(`no speaker '${given}'${hint}`);
  }
  // One issue for the parameter, naming every value that named nobody.
  if (unknown.length > 0) return { ok: false, issues: [{ path: 'speaker', message: unknown.join('; ') }] };
  return { ok: true, ids: [...new Set(matches.map((m) => m.id))], matches };
}
