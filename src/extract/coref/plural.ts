/**
 * they/we: a plural subject, a coordinated pair (`Lee and Roe`) or a group named before; and the
 * subject tests the resolvers share.
 */
import { lastStartingBefore } from '../../lib/sorted.js';
import type { NounPhrase } from '../cues.js';
import { sentenceAt, sentenceEndOf } from '../document.js';
import { expandName, lastToken } from '../mentions.js';
import { PERSON_NOUNS } from '../../lexicon/words.js';
import { isSubjectAt } from '../subjects.js';
import {
  PRONOUN_REACH,
  PRONOUN_SENTENCES,
  namesAfterInClause,
  personLike,
  reachBack,
  unnamedIn,
  unquoted,
  whollyQuoted,
} from './reading.js';
import type { Antecedent, CorefContext } from './types.js';

const PLURAL_SUBJECT =
  /(?:^|[.;:]\s+|,\s+(?:but|and|while)\s+|^\s*(?:But|And|However,|Instead,)\s+)(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Bb]oth(?:\s+the)?)\s+)?((?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+[^s\s’']s|[Pp]olice|[Pp]eople))\s+(?:(?:have|had|also|now|still|later|then)\s+)?(?:say|said|argue|argued|claim|claimed|believe|believed|deny|denied|insist|insisted|warn|warned|told|added|add|accused|want|wanted|called|suggest|suggested)(?![\p{L}])/u;

/**
 * `they` → what several people or a body said before: an organisation speaking in the nearest
 * sentences, an unnamed group (`police said …`), or a plural subject (`The Tories say …`, `Ministers
 * deny …, they say`). A capitalised group is a name (`Tories`), a lowercase one a description (`MPs`).
 */
export function resolvePlural(np: NounPhrase, ctx: CorefContext): Antecedent {
  const { doc, prior, quotes } = ctx;
  const { text } = doc;
  const here = sentenceAt(doc, np.start);
  const floor = Math.max(ctx.bodyStart, reachBack(quotes, np.start, PRONOUN_REACH));
  // a name after the pronoun in its own clause cannot be it (`they said that Harbour Lights would "…"`)
  const bound = namesAfterInClause(np, ctx, here.end);
  let counted = 0;
  for (let k = here.index; k >= 0 && counted < PRONOUN_SENTENCES; k--) {
    const se = k === here.index ? np.start : sentenceEndOf(doc, k);
    if (se <= floor) break;
    const ss = Math.max(doc.sentences[k]!, floor);
    if (k !== here.index && whollyQuoted(quotes, text, ss, se)) continue;
    counted++;
    for (let j = prior.length - 1; j >= 0; j--) {
      const s = prior[j]!;
      if (s.at >= se) continue;
      if (s.at < ss) break;
      if (s.org && !bound.has(lastToken(s.name))) return s.name;
    }
    const group = unnamedIn(ctx, ss, se, true);
    if (group !== null) return group;
    const pair = coordinatedSubject(ctx, ss, se);
    if (pair !== null) return pair;
    const subject = PLURAL_SUBJECT.exec(unquoted(text, quotes, ss, se));
    if (subject) {
      const phrase = subject[1]!.replace(/^(?:(?:But|And|However|Instead|the|The)[,]?\s+)+/u, '');
      const words = phrase.split(/\s+/u);
      const head = words[words.length - 1]!;
      // `but accepted many experts said`: a verb inside is no noun phrase
      if (PLURAL_NOT_GROUP.test(head) || words.some((w) => /^\p{Ll}.*(?:ed|ing)$/u.test(w))) continue;
      // `The Tories say` names a body; `Ministers deny`, `the MPs said` describe people
      const common =
        /^(?:police|people)$/iu.test(head) ||
        PERSON_NOUNS.has(head.toLowerCase().replace(/s$/u, '')) ||
        PERSON_NOUNS.has(head.toLowerCase());
      if (/^\p{Lu}/u.test(phrase) && !/\s\p{Ll}/u.test(phrase) && !common)
        return bound.has(lastToken(phrase)) ? null : phrase;
      return { role: phrase };
    }
  }
  return null;
}

/**
 * `Professors Lee and Roe argue that …. In Ohio, they write, "…"`: two people joined by `and` as the
 * subject of a sentence are what a later `they` stands for; the speaker is both (`Jo Lee and Ann Roe`).
 */
function coordinatedSubject(ctx: CorefContext, ss: number, se: number): string | null {
  const { mentions: index, doc } = ctx;
  const { text } = doc;
  for (let j = lastStartingBefore(index.mentions, ss) + 1; j + 1 < index.mentions.length; j++) {
    const a = index.mentions[j]!;
    if (a.start >= se) break;
    const b = index.mentions[j + 1]!;
    if (a.quoted || b.quoted || b.end > se || !/^\s+and\s+$/u.test(text.slice(a.end, b.start))) continue;
    const fa = expandName(index, a.name);
    const fb = expandName(index, b.name);
    if (!personLike(ctx, a, fa) || !personLike(ctx, b, fb) || !isSubjectAt(text, a.start, b.end, ss)) continue;
    return `${fa} and ${fb}`;
  }
  return null;
}

/** Plural subjects that are no speaking group: `Prices rise`, `Figures show`, `These days`. */
const PLURAL_NOT_GROUP =
  /^(?:prices|figures|results|sales|shares|profits|days|years|months|weeks|times|things|numbers|rates|costs|plans|talks|reports|statistics|data|polls|surveys|studies)$/iu;

/** How many sentences back a definite description looks for the person it stands for. */
