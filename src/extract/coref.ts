/**
 * Stage 4: coreference. Turns the speaker phrase a rule found into a name: names expand to their
 * fullest form in the article, `he`/`she` and `the senator` go back to an earlier named person.
 */
import type { NounPhrase } from './cues.js';
import type { MentionIndex } from './mentions.js';
import { expandName, genderOf, lastToken, splitName } from './mentions.js';
import { ORG_NOUNS, ORG_WORDS } from './lexicon.js';
import type { SpeakerKind } from '../types.js';

export interface ResolvedSpeaker {
  name: string | null;
  role: string | null;
  kind: SpeakerKind;
}

/** An earlier attribution in the article, a likely antecedent. */
export interface PriorSpeaker {
  name: string;
  at: number;
  org: boolean;
}

/** How far back a pronoun and a description may look for their antecedent (characters). */
const PRONOUN_REACH = 900;
const DESCRIPTION_REACH = 2500;

function personGenderOk(index: MentionIndex, name: string, want: 'm' | 'f'): boolean {
  const g = genderOf(index, name);
  return g === null || g === want;
}

function resolvePronoun(np: NounPhrase, index: MentionIndex, prior: readonly PriorSpeaker[]): string | null {
  const p = np.text.toLowerCase();
  if (p !== 'he' && p !== 'she') return null;
  const want = p === 'he' ? 'm' : 'f';
  const floor = np.start - PRONOUN_REACH;
  // the latest person named before the pronoun, outside quotations, of a compatible gender
  let best: string | null = null;
  let bestAt = -1;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start >= np.start) continue;
    if (m.start < floor) break;
    if (m.quoted || m.org) continue;
    const full = expandName(index, m.name);
    const known = genderOf(index, full);
    if (known === null && full.split(' ').length < 2 && !m.role) continue;
    if (!personGenderOk(index, full, want)) continue;
    best = full;
    bestAt = m.start;
    break;
  }
  for (let i = prior.length - 1; i >= 0; i--) {
    const s = prior[i]!;
    if (s.at >= np.start || s.org) continue;
    if (s.at < floor) break;
    if (s.at > bestAt - 200 && personGenderOk(index, s.name, want) && (best === null || genderOf(index, s.name) === want || genderOf(index, best) !== want)) {
      return s.name;
    }
    break;
  }
  return best;
}

function resolveDescription(np: NounPhrase, index: MentionIndex, prior: readonly PriorSpeaker[]): string | null {
  if (np.indefinite) return null;
  const words = np.text.toLowerCase().split(/\s+/u);
  const head = words[words.length - 1] ?? '';
  const floor = np.start - DESCRIPTION_REACH;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start >= np.start) continue;
    if (m.start < floor) break;
    if (m.quoted || m.org || !m.role) continue;
    if (m.role.toLowerCase().includes(head)) return expandName(index, m.name);
  }
  for (let i = prior.length - 1; i >= 0; i--) {
    const s = prior[i]!;
    if (s.at >= np.start || s.org) continue;
    return s.at >= floor ? s.name : null;
  }
  return null;
}

/** Resolves a speaker phrase to a name, role and kind. */
export function resolveSpeaker(np: NounPhrase, index: MentionIndex, prior: readonly PriorSpeaker[]): ResolvedSpeaker {
  if (np.kind === 'pronoun') return { name: resolvePronoun(np, index, prior), role: null, kind: 'pronoun' };
  if (np.kind === 'nominal') {
    const head = (np.text.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[.’']+$/u, '');
    const caps = np.text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|One|Another|His|Her|Their)$/u.test(w));
    if (ORG_NOUNS.has(head) && caps.length > 0) {
      // `an Élysée Palace statement`, `the Trump campaign`
      return { name: caps.join(' ').replace(/['’]s$/u, ''), role: null, kind: 'organization' };
    }
    const name = resolveDescription(np, index, prior);
    return { name, role: np.text.replace(/^(?:the|a|an|one|another)\s+/iu, ''), kind: 'nominal' };
  }
  const parts = splitName(np.text.replace(/^(?:the|The)\s+/u, ''));
  if (parts === null) return { name: null, role: null, kind: 'named' };
  const org = parts.org || /^(?:the|The)\s/u.test(np.text) || np.text.split(/\s+/u).some((w) => ORG_WORDS.has(w));
  if (org) {
    // `the Treasury Office`: an organisation keeps its whole name, role words included
    const whole = np.text.replace(/^(?:the|The)\s+/u, '').replace(/['’]s$/u, '');
    return { name: whole, role: null, kind: 'organization' };
  }
  const name = expandName(index, parts.name);
  const role = parts.role ?? index.roles.get(lastToken(name)) ?? (np.appositive && /^(?:a|an|the)\s/iu.test(np.appositive) ? np.appositive.replace(/^(?:a|an|the)\s+/iu, '') : null);
  return { name, role, kind: 'named' };
}
