/**
 * he/she/it: the antecedent of a pronoun speaker — the subject of a sentence before, of the right
 * gender, not a name only mentioned, not inside a quotation.
 */
import { lastStartingBefore, rangeAt } from '../../lib/sorted.js';
import type { NounPhrase } from '../cues.js';
import type { Mention, MentionIndex } from '../mentions.js';
import type { Range } from '../quote-spans.js';
import { sentenceAt, sentenceEndOf } from '../document.js';
import { expandName, expandNameAs, genderOf, givenGender, lastToken } from '../mentions.js';
import { GIVEN_NAMES, ORG_BODIES, ORG_NOUNS, PARENTHETICAL_CUES, PERSON_NOUNS } from '../../lexicon/words.js';
import { alternation } from '../../lexicon/table.js';
import { ROLE_WORDS } from '../../lexicon/titles.js';
import { NATIONALITIES, PLACES, US_STATES, personOfNation } from '../../lexicon/places.js';
import { isPossessorOfSubjectAt, isSpeakerAt, isSubjectAt, PREPOSITION_BEFORE } from '../subjects.js';
import { listedAsMan } from './given-gender.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { resolvePlural } from './plural.js';
import { resolveDescription } from './descriptions.js';
import {
  PRONOUN_REACH,
  PRONOUN_SENTENCES,
  REPORTING_TAIL,
  REPORTING_VERB_AFTER,
  SPEAKS_FOR,
  TOPIC_BEFORE,
  appositiveSubjectAt,
  fronted,
  GENDERED_NOUNS,
  headOf,
  indefinitePersonSubject,
  inFrontedClause,
  leadingNameSubject,
  nameAsModifier,
  namesAfterInClause,
  personLike,
  hyphenedNonPerson,
  reachBack,
  subjectAt,
  unnamedIn,
  unquoted,
  whollyQuoted,
} from './reading.js';
import type { Antecedent, CorefContext } from './types.js';

export { nameAsModifier } from './reading.js';

/** `HuffPost's Ann Roe`: a possessor before a name (a body, a show) is no part of the person's name. */
const POSSESSOR_LEAD = /^.*['’]s?\s+(?=\p{Lu})/u;

function personGenderOk(index: MentionIndex, name: string, want: 'm' | 'f'): boolean {
  // `Ozzy Osbourne` beside `Sharon Osbourne`: in a family the surname's gender is another member's; a full name
  // opening with a given name of its own takes that name's gender, or none (not `South Carolina`, `Regarding Trump`:
  // no given name, the surname decides as before)
  const given = name.slice(0, Math.max(0, name.indexOf(' ')));
  if (
    given !== '' &&
    givenGender(given) === undefined &&
    isGivenName(given) &&
    (index.fullNames.get(lastToken(name)) ?? []).some((n) => n !== name)
  )
    return !listedAsMan(given) || want === 'm';
  let g = genderOf(index, name);
  // (the given name after the possessor tells when the name's first word is the possessor's)
  if (g === null) {
    const bare = expandName(index, name).replace(POSSESSOR_LEAD, '');
    const given = bare.split(' ')[0] ?? '';
    // (a name of several words: a one-word name's only word is a surname, `Marshall`)
    g = GIVEN_NAMES[given] ?? (bare.includes(' ') && listedAsMan(given) ? 'm' : null);
  }
  return g === null || g === want;
}

/** `Mrs. Clinton` is a woman even where `Mr. Clinton` was named first: the mention's own honorific decides. */
function mentionGenderOk(index: MentionIndex, m: Mention, full: string, want: 'm' | 'f'): boolean {
  return m.gender !== null ? m.gender === want : personGenderOk(index, full, want);
}

/**
 * From a fronted clause's subject to the main clause's: the rest of the fronted clause, its comma, then up to three
 * words of a role (`, then Ray Roe`, `, Senator Jo Lee`, `, the minister, Jo Lee`: not a second clause's `and`).
 */
const MAIN_CLAUSE_LEAD = /^[^,;:"“”]*,\s*(?:then\s+)?(?:(?:the|The)\s+)?(?:[\p{Lu}\p{Ll}][\p{L}.’'-]*\s+){0,3}$/u;

/**
 * After a name opening its sentence, a description of it whose closing comma is left out, then a verb of saying: `,
 * executive partner of Acme Ltd said` in `Jo Lee, executive partner of Acme Ltd said …`.
 */
const UNCLOSED_APPOSITIVE_SAYS =
  /^,\s+(?:[\p{Ll}][\p{L}-]*\s+){1,4}(?:of|for|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}&.’'-]*\s+){1,4}(?:said|says|told|tells|added|adds|warned|argued)(?![\p{L}])/u;

/** Is the name the speaker of its sentence, opening it before a description left unclosed (see above)? */
function unclosedAppositiveSpeaker(text: string, m: Mention, ss: number): boolean {
  return /^\s*$/u.test(text.slice(ss, m.start)) && UNCLOSED_APPOSITIVE_SAYS.test(text.slice(m.end, m.end + 160));
}

/**
 * A name opening the sentence, a comma and a description ending in a preposition, right before a name before a verb of
 * saying: `Jo Lee, executive partner of ` in `Jo Lee, executive partner of Acme Ltd said` (the comma closing the
 * appositive left out): the name after it is inside the description, not who speaks.
 */
const OBJECT_OF_BEFORE =
  /^\s*(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.’'-]*,\s+(?:[\p{Ll}][\p{L}-]*\s+){1,4}(?:of|for|at)\s+(?:the\s+)?$/u;

/** How many sentences led by the same pronoun a look-back passes without counting them in its window. */
const CHAIN_SENTENCES = 3;

const PRONOUN_SUBJECT = /(?<![\p{L}])(he|she|He|She)(?![\p{L}’'])/gu;

/** Object pronouns and the subject pronouns they stand for as a source (`according to him`). */
const OBJECT_TO_SUBJECT: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/**
 * `he`/`she` → the focus of the nearest sentence: the speaker attributed there, else its subject
 * (`Manafort said he agreed with Cruz. "…," he said` → Manafort, not Cruz). A sentence whose subject
 * is the same pronoun continues the chain further back. Names inside quotations, possessives,
 * objects and places are passed over; a name after the pronoun in its own clause cannot be it
 * (`he told Hannity`). When no subject is found, the latest person mentioned is taken.
 */
export function resolvePronoun(np: NounPhrase, ctx: CorefContext): Antecedent {
  // `According to him, …`: an object pronoun after `according to` stands for whom `he` would
  const p = OBJECT_TO_SUBJECT[np.text.toLowerCase()] ?? np.text.toLowerCase();
  if (p === 'they') return resolvePlural(np, ctx);
  if (p !== 'he' && p !== 'she') return null;
  const want = p === 'he' ? 'm' : 'f';
  const { doc, mentions: index, prior, quotes } = ctx;
  const { text } = doc;
  const here = sentenceAt(doc, np.start);
  const cataphor = fronted(text, here.start, np.start) ? mainSubjectAfter(np, ctx, here.end, want) : null;
  if (cataphor !== null) return cataphor;
  // a name after the pronoun in its own clause cannot be it (`he told Hannity`)
  const bound = namesAfterInClause(np, ctx, here.end);
  // a description's person the pronoun may stand for: a full name or one of known gender (not a body or a place a
  // description was read as, `ABC`, `Pakistan`), of the pronoun's gender, not a name bound later in the clause
  const describedPersonFits = (person: string): boolean =>
    (person.includes(' ') || genderOf(index, person) !== null) &&
    personGenderOk(index, person, want) &&
    !bound.has(lastToken(person));
  // … nor a name in a participle's clause fronted before it, whose subject the pronoun is (`Asked if Mr Dunmore could
  // return, he replied`, `Describing the meeting at King Cross station, he said`): the participle's objects
  if (FRONTED_PARTICIPLE.test(text.slice(here.start, np.start)))
    for (let j = lastStartingBefore(index.mentions, np.start); j >= 0; j--) {
      const m = index.mentions[j]!;
      if (m.start < here.start) break;
      bound.add(lastToken(expandName(index, m.name)));
    }
  const floor = Math.max(ctx.bodyStart, reachBack(quotes, np.start, PRONOUN_REACH));
  let fallback: string | null = null;
  // the fallback when the only person named in the nearest sentence without a focus is only mentioned there
  let mentionedNear: string | null = null;
  let mi = lastStartingBefore(index.mentions, np.start);
  let pi = prior.length - 1;
  // sentences wholly inside a quotation hold no antecedent and do not use up the window: `"Wow. I
  // love that. Wow. It is a great idea," she said` reaches back past all four
  let counted = 0;
  let blanks = 0;
  // sentences whose subject is the same pronoun, not counted in the window (at most CHAIN_SENTENCES)
  let chained = 0;
  let seenBack = false;
  // a sentence before the pronoun's, nearer than any fallback, led by a description of a person no name was found
  // for (see `descriptionLeads`)
  let describedNearer = false;
  // the pronoun's own sentence has a description of a person as its subject (see below)
  let ownDescribed = false;
  // the person of the pronoun's gender a mention names, or null (a name modifying a noun, `the Lee campaign`, names
  // no one it can stand for)
  const fits = (m: Mention, j: number): string | null => {
    if (
      m.quoted ||
      m.start < ctx.bodyStart ||
      nameAsModifier(text, m) ||
      modifiesRoleOf(text, m, index.mentions[j + 1]) ||
      afterSamePronoun(text, quotes, doc, m, p)
    )
      return null;
    const full = expandNameAs(index, m.name, m.gender ?? want);
    return personLike(ctx, m, full) && mentionGenderOk(index, m, full, want) && !bound.has(lastToken(full))
      ? full
      : null;
  };
  // the latest person of the pronoun's gender after `from` in [from, se) who opens a clause of their own as the subject
  // of a verb of saying (see `CLAUSE_OPENER_BEFORE`, `SAYING_VERB_AFTER`), or null
  const laterClauseSpeaker = (from: number, se: number): string | null => {
    for (let j = lastStartingBefore(index.mentions, se); j >= 0; j--) {
      const m = index.mentions[j]!;
      if (m.start <= from) break;
      if (m.end > se || m.quoted || rangeAt(quotes, m.start) !== null) continue;
      if (!CLAUSE_OPENER_BEFORE.test(text.slice(Math.max(from, m.start - 60), m.start))) continue;
      if (!SAYING_VERB_AFTER.test(text.slice(m.end, Math.min(se, m.end + 160)))) continue;
      const full = fits(m, j);
      if (full !== null) return full;
    }
    return null;
  };
  // … and not one of two such people joined by `and` (`Lee and Roe argued`): neither is the one it stands for
  const latestFit = (j: number): string | null => {
    const full = fits(index.mentions[j]!, j);
    if (full === null) return null;
    const m = index.mentions[j]!;
    const prev = index.mentions[j - 1];
    const next = index.mentions[j + 1];
    if (
      prev !== undefined &&
      prev.end <= m.start &&
      AND_ROLE_BETWEEN.test(text.slice(prev.end, m.start)) &&
      fits(prev, j - 1)
    )
      return null;
    if (
      next !== undefined &&
      m.end <= next.start &&
      AND_ROLE_BETWEEN.test(text.slice(m.end, next.start)) &&
      fits(next, j + 1)
    )
      return null;
    return full;
  };
  // a person of the pronoun's gender named between `from` and the pronoun (the nearest one is taken when no
  // focus is found in the window, so the window reaches no farther past one)
  // (a possessor is only mentioned: `The problem with Lee's film, he believed, was …` keeps the window open for the
  // speaker quoted before it)
  // a name right after a determiner (`the Harbour Film Market`): a body's or an event's, not a person's
  const afterDeterminer = (m: Mention): boolean => DETERMINER_END.test(text.slice(Math.max(0, m.start - 6), m.start));
  const namedSince = (from: number): boolean => {
    for (let j = lastStartingBefore(index.mentions, np.start); j >= 0; j--) {
      const m = index.mentions[j]!;
      if (m.start < from) return false;
      if (!possessorAt(text, m) && latestFit(j) !== null) return true;
    }
    return false;
  };
  for (let k = here.index; k >= 0 && counted < PRONOUN_SENTENCES; k--) {
    const se = k === here.index ? np.start : sentenceEndOf(doc, k);
    if (se <= floor) break;
    const ss = Math.max(doc.sentences[k]!, floor - PRONOUN_REACH);
    if (k !== here.index && whollyQuoted(quotes, text, ss, se)) continue;
    // (nor does the blank line between paragraphs, which the layout keeps as an empty sentence: `Ms Lee said
    // ….\n\nShe also pledged …. And she promised …. "…," she said` reaches back past both blank lines) —
    // unless a person was named since (the fallback, or the latest person named): then the window is as near as
    // it was
    if (k !== here.index && se <= ss) {
      blanks++;
      if (blanks + counted >= PRONOUN_SENTENCES && (fallback !== null || namedSince(ss))) break;
      continue;
    }
    if (blanks + counted >= PRONOUN_SENTENCES && (fallback !== null || namedSince(ss))) break;
    counted++;
    // the first sentence before the pronoun's that holds words outside quotations
    const nearestBack = k !== here.index && !seenBack;
    if (k !== here.index) seenBack = true;
    // an attribution made in this sentence names its focus
    while (pi >= 0 && prior[pi]!.at >= se) pi--;
    for (let j = pi; j >= 0 && prior[j]!.at >= ss; j--) {
      const s = prior[j]!;
      if (
        !s.org &&
        personGenderOk(index, s.name, want) &&
        !bound.has(lastToken(s.name)) &&
        !hyphenedNonPerson(index, s.name)
      )
        // (`Lee said the loss was "a blow", while Minister Jo Roe wrote he had ordered a review. He tweeted …`: a
        // person brought in after it, in a clause of its own, as the subject of a verb of saying, is the newer focus)
        return laterClauseSpeaker(s.at, se) ?? s.name;
    }
    // … and so does one made to an unnamed description: `A spokeswoman for the centre said sales were up.
    // "…," she added` is the spokeswoman's, not the minister's named before
    const described =
      unnamedIn(ctx, ss, se, false) ??
      (k !== here.index
        ? (reportingDescription(unquoted(text, quotes, ss, se), want) ?? indefiniteLead(ctx, ss, se, np.start, want))
        : null);
    if (described !== null) return described;
    // the subject of the sentence, unless a pronoun of the same gender comes first
    const inSentence: Array<{ m: Mention; full: string }> = [];
    // `Marsden dodged the question. "…," he said`: a one-word name leading the nearest sentence, which names no one
    // else, is the person there (see `leadingNameSubject`)
    let leading: { m: Mention; full: string } | null = null;
    let people = 0;
    while (mi >= 0 && index.mentions[mi]!.start >= se) mi--;
    for (let j = mi; j >= 0 && index.mentions[j]!.start >= ss; j--) {
      const m = index.mentions[j]!;
      if (m.quoted || m.start < ctx.bodyStart) continue;
      const full = expandNameAs(index, m.name, m.gender ?? want);
      const person = personLike(ctx, m, full) || (!m.org && appositiveSubjectAt(text, m, ss));
      if (person) people++;
      else if (nearestBack && leadingNameSubject(ctx, m, full, ss)) leading = { m, full };
      if (
        !person ||
        !mentionGenderOk(index, m, full, want) ||
        bound.has(lastToken(full)) ||
        nameAsModifier(text, m) ||
        modifiesRoleOf(text, m, index.mentions[j + 1]) ||
        afterSamePronoun(text, quotes, doc, m, p)
      )
        continue;
      inSentence.unshift({ m, full });
    }
    if (
      people === 0 &&
      leading !== null &&
      personGenderOk(index, leading.full, want) &&
      !bound.has(lastToken(leading.full)) &&
      !nameAsModifier(text, leading.m)
    )
      inSentence.push(leading);
    dropCoordinated(text, inSentence);
    // `Lee then asked Roe which states he could win. "…," he said`: the person asked in the nearest sentence before is
    // who answers, not the asker (unless the pronoun asks or goes on itself: `"…?" he asked`, `he added`)
    if (nearestBack && !ASKS_OR_GOES_ON.test(text.slice(np.end, np.end + 30))) {
      const asked = inSentence.find(
        ({ m }) =>
          ASKED_BEFORE.test(text.slice(Math.max(ss, m.start - 60), m.start)) &&
          QUESTION_AFTER.test(text.slice(m.end, m.end + 12)),
      );
      if (asked) return asked.full;
    }
    // `Cable firms, according to a company spokesman, are better placed. "…," he said`: the nearest sentence before
    // the pronoun's, its words sourced to a person described after `according to` (no person of its own as subject),
    // is that person's — the one named for that description, else the description itself, not a name further back
    if (nearestBack) {
      const source = accordingToDescription(ctx, ss, se, want);
      if (source !== null && !inSentence.some(({ m }) => m.end <= source.at && subjectAt(text, m, ss))) {
        const person = source.np.indefinite ? null : resolveDescription(source.np, ctx);
        // (a full name or one of known gender, as for a description leading a sentence below: not `Durham` of `the
        // Bishop of Durham`)
        if (person !== null && describedPersonFits(person)) return person;
        return { role: source.role };
      }
    }
    let pronounAt = -1;
    PRONOUN_SUBJECT.lastIndex = 0;
    const sentence = text.slice(ss, se);
    for (let pm = PRONOUN_SUBJECT.exec(sentence); pm; pm = PRONOUN_SUBJECT.exec(sentence)) {
      const at = ss + pm.index;
      if (rangeAt(quotes, at) !== null || pm[1]!.toLowerCase() !== p) continue;
      if (isSubjectAt(text, at, at + pm[1]!.length, ss)) {
        pronounAt = at;
        break;
      }
    }
    // `As for Lee, he said he would stay`: the topic set before the pronoun is what it stands for
    const topicEnd = k === here.index ? np.start : pronounAt;
    if (topicEnd >= 0) {
      const topic = inSentence.find(
        ({ m }) =>
          m.end <= topicEnd &&
          TOPIC_BEFORE.test(text.slice(ss, m.start)) &&
          /^\s*,\s*$/u.test(text.slice(m.end, topicEnd)),
      );
      if (topic) return topic.full;
    }
    // `China may grow fast, but that is good news, he says`: a pronoun reporting the sentence from its
    // end makes the rest its words; the main clause's subject is no antecedent (a person in a fronted
    // clause still is: `Though Ms. Roe lives there, rents have doubled, she said`)
    const reportedSentence =
      pronounAt >= 0 &&
      REPORTING_TAIL.test(text.slice(Math.max(ss, pronounAt - 3), pronounAt)) &&
      REPORTING_VERB_AFTER.test(text.slice(pronounAt, se));
    // … and so does the pronoun's own reporting clause after a quotation (`Mr Lee's government was "bossy," he added`:
    // Lee is talked about; the one speaking is found before)
    // (and so does a pronoun reporting the clause before it from a comma, no quotation marks: `Mr Lee has failed to
    // tackle these problems, he claimed, saying …` is another's claim about Lee)
    const reportedHere =
      k === here.index &&
      (QUOTE_TAIL_BEFORE.test(text.slice(Math.max(ss, np.start - 4), np.start)) ||
        (REPORTING_TAIL.test(text.slice(Math.max(ss, np.start - 3), np.start)) && np.start - ss > 3)) &&
      REPORTING_VERB_AFTER.test(text.slice(np.start, here.end));
    // `A news site's editor, Ann Roe, said she felt …`: a name set in commas right before the verb of saying that the
    // pronoun follows is who says it, ahead of a name the long subject opened with
    if (k === here.index) {
      const sayer = inSentence.find(
        ({ m }) =>
          appositiveSayer(text, m, np.start) ||
          (m.end <= np.start && RELATIVE_SAYS_BETWEEN.test(text.slice(m.end, np.start))),
      );
      if (sayer) return sayer.full;
      // `The 48-year-old actor crossed a bridge, which he said was "…"`: a definite description of a person of the
      // pronoun's gender as the subject of its own sentence, before it, is what it stands for: the subject found before
      // must be a name the article shows is a person's (not a title's: `Night Train is based on a book`)
      const ownLead = descriptionLeads(text, quotes, ss, np.start);
      ownDescribed =
        ownLead !== null &&
        ownLead.end <= np.start &&
        (GENDERED_NOUNS[headOf(ownLead.text)] ?? want) === want &&
        !inSentence.some(({ m }) => m.end <= ownLead.start && subjectAt(text, m, ss));
    }
    // the speaker of a cue in the sentence first (`Cruz is right, Viguerie argues`), else its subject,
    // or the possessor of a subject that is a thing (`Lee's talk with Hale ran long` is about Lee)
    // (a one-word name inside a fronted subordinate clause needs a gender or role to be the focus: `As
    // Ohio votes, it is his job, he said` is not about Ohio, `Though Ms. Roe lives there, she said` is Roe's)
    const subjectLike = ({ m, full }: { m: Mention; full: string }, possessor: boolean): boolean =>
      (!inFrontedClause(text, ss, m.start) ||
        full.includes(' ') ||
        m.gender !== null ||
        m.role !== null ||
        genderOf(index, full) !== null) &&
      (subjectAt(text, m, ss) ||
        (possessor && possessorOfSubject(text, m, ss)) ||
        roleHolderSubject(text, index, m, ss)) &&
      // (`Harbour, despite having Tom Darcy still out injured, have …`: the object of a participle; `The Scot defended
      // Lee, whose red card cost them the game, saying …`: of a past-tense verb)
      !GERUND_BEFORE.test(text.slice(Math.max(ss, m.start - 30), m.start)) &&
      !objectOfVerb(text.slice(Math.max(ss, m.start - 30), m.start)) &&
      (!reportedHere ||
        inFrontedClause(text, ss, m.start) ||
        QUOTATION_BREAK.test(text.slice(m.end, np.start)) ||
        unquoted(text, quotes, m.end, np.start).includes(':'));
    // `Fowlds's double strike helped City win and Kerrigan sympathised with Worthy. "…," he said`: the subject of a
    // clause joined with `and` is who the sentence ends on, ahead of the possessor of the first clause's subject
    const plainSubject = (): { m: Mention; full: string } | undefined => {
      const found = inSentence.find((c) => subjectLike(c, true));
      // `If Lee was the heart of the band, then Roe was its voice.`: the subject of a fronted subordinate clause gives
      // way to the main clause's, a person of the pronoun's gender right after the clause's comma
      if (found !== undefined && inFrontedClause(text, ss, found.m.start)) {
        const main = inSentence.find(
          (c) =>
            c.m.start > found.m.end &&
            MAIN_CLAUSE_LEAD.test(text.slice(found.m.end, c.m.start)) &&
            !inFrontedClause(text, ss, c.m.start) &&
            subjectLike(c, false),
        );
        if (main !== undefined) return main;
      }
      if (found === undefined || subjectLike(found, false)) return found;
      return (
        inSentence.find(
          (c) =>
            c.m.start > found.m.end &&
            AND_CLAUSE_BEFORE.test(text.slice(Math.max(ss, c.m.start - 12), c.m.start)) &&
            isSubjectAt(text, c.m.start, c.m.end, c.m.start),
        ) ?? found
      );
    };
    // `It was no good Mr Lee claiming …, argued Mr Roe. Pointing to taxes, he added`: a name after a verb of saying
    // that closes a sentence before the pronoun's (its words reported without quotation marks) is who says them, ahead
    // of the names inside them
    const closingSayer =
      k !== here.index
        ? inSentence.find(
            ({ m }) =>
              INVERTED_SAYER_BEFORE.test(text.slice(Math.max(ss, m.start - 60), m.start)) &&
              SENTENCE_CLOSE_AFTER.test(text.slice(m.end, se)),
          )
        : undefined;
    const subject =
      closingSayer ??
      inSentence.find(({ m }) => appositiveSubjectAt(text, m, ss) || unclosedAppositiveSpeaker(text, m, ss)) ??
      inSentence.find(
        ({ m, full }) =>
          ((isSpeakerAt(text, m.start, m.end, ss) && !OBJECT_OF_BEFORE.test(text.slice(ss, m.start))) ||
            parentheticalSpeaker(text, m, ss) ||
            accordingTo(ctx, m, full, ss)) &&
          !ASKED_WHETHER.test(text.slice(Math.max(ss, m.start - 30), m.start)),
      ) ??
      plainSubject();
    if (
      subject &&
      (pronounAt < 0 || subject.m.start < pronounAt || frontedBefore(text, ss, pronounAt, subject.m.start)) &&
      (!reportedSentence || inFrontedClause(text, ss, subject.m.start))
    )
      return !ownDescribed || personShown(ctx, subject.m, subject.full) ? subject.full : null;
    // `The radio host has filled his speeches with scripture.`: a sentence led by a definite description
    // of a person goes on the chain as a pronoun does; its objects are not what a later `he` stands for
    if (pronounAt >= 0) {
      // `Lee said he would object. But the votes come first, he noted, so Trump may win by then. He said more
      // would follow. "…," he said`: a sentence whose subject is the same pronoun goes on the chain and does not use
      // up the window (the names it holds after the pronoun are not its subject)
      // (not `Lee told Roe she had won`, `Mr Lee on Tuesday said he would stay`: the first person of its gender named
      // before it there is what it stands for, and so the later pronoun of the chain)
      // (a possessor is only mentioned: `Ann Roe cast doubt on Lee's claims he had been hurt` is no sentence of Lee's)
      const named =
        k !== here.index ? inSentence.find(({ m }) => m.start < pronounAt && !possessorAt(text, m)) : undefined;
      if (
        named !== undefined &&
        (SAYS_THAT_BETWEEN.test(withoutAside(text.slice(named.m.end, pronounAt))) ||
          RELATIVE_SAYS_BETWEEN.test(text.slice(named.m.end, pronounAt)) ||
          // (`The head of entertainment, Ann Roe, said she had no doubts`: a name set in commas before the verb)
          appositiveSayer(text, named.m, pronounAt))
      )
        return named.full;
      if (k !== here.index && chained < CHAIN_SENTENCES && named === undefined) {
        chained++;
        counted--;
      }
      continue;
    }
    const led = k !== here.index ? descriptionLeads(text, quotes, ss, se) : null;
    // (`The woman waited to sue, her lawyer, Tom Wander, said. "…," he said`: a description of the other gender
    // is no link of a `he` chain; the sentence is read as one led by no one)
    if (led !== null && (GENDERED_NOUNS[headOf(led.text)] ?? want) === want) {
      // … and the person it stands for, when the article says who (`Turning to the economy, the chancellor
      // pledged …. He said`: the chancellor named before)
      const person = resolveDescription(led, ctx);
      // (a full name or one of known gender: not a body or a place a description was read as, `ABC`, `Pakistan`)
      if (person !== null && describedPersonFits(person)) return person;
      // (the sentence is the described person's, who goes unnamed: when no focus is found further back, the names it
      // holds besides, or any named before, are not who the pronoun stands for — `In a talk with Radio Live's Ann Roe,
      // the actor said …. "…," he said` is not Roe's)
      if (fallback === null && mentionedNear === null) describedNearer = true;
      continue;
    }
    // `For that Ann Roe drew Lee's ire: he called her weak`: a person of the other gender leads the
    // sentence, so the one person of the pronoun's own gender named before it is who it stands for
    if (k === here.index) {
      const contrast = genderContrast(text, quotes, ss, np.start, want, inSentence, index);
      if (contrast !== null) return contrast;
      // `If we read Lee's plan right when he says he will …`: a pronoun opening a subordinate clause, after a main
      // clause that names one person of its gender and no subject of its own, stands for that person (not after a
      // person described or a pronoun: `The prime minister shrugged off claims from Lee that he led …`)
      const before = inSentence.filter(({ m }) => m.end <= np.start);
      if (
        before.length === 1 &&
        SUBORDINATOR_BEFORE.test(text.slice(Math.max(ss, np.start - 20), np.start)) &&
        descriptionLeads(text, quotes, ss, np.start) === null &&
        !ANY_PERSON_PRONOUN.test(unquoted(text, quotes, ss, np.start))
      )
        return before[0]!.full;
    }
    if (fallback === null && k !== here.index) {
      // no subject found, but a person named outside any prepositional phrase (`Jo Lee, 27, a nurse in
      // Ohio, said the rent had doubled. "…," she said`): the sentence is still about that person
      // (a possessor is not: `Lee's lawyer met Hale` is about the lawyer)
      const free = inSentence.find(
        ({ m }) =>
          !/^['’]/u.test(text.slice(m.end, m.end + 1)) &&
          !/['’]s?$/u.test(text.slice(m.start, m.end)) &&
          // (`to France's Ann Roe`: a possessor before the name stands inside the phrase too)
          !PREPOSITION_BEFORE.test(text.slice(Math.max(ss, m.start - 60), m.start).replace(POSSESSOR_END, '')) &&
          !GERUND_BEFORE.test(text.slice(Math.max(ss, m.start - 30), m.start)) &&
          !objectOfVerb(text.slice(Math.max(ss, m.start - 30), m.start)),
      );
      // (not a name after a determiner, a body's or an event's set in apposition after a person: `Jo Lee, director of
      // the festival's sister event, the Harbour Film Market.`)
      if (free && !afterDeterminer(free.m)) return free.full;
      // … or a person brought in with a description, named for the first time (`One dissenting view came from Jo
      // Lee, an analyst at Harbour.`, `But for Ann Roe, who runs the scheme, the cost is …`): the sentence
      // introduces whom the next quotation is from
      const introduced = inSentence.find(({ m }) => introducedAt(ctx, m));
      if (introduced) return introduced.full;
      const objects = inSentence.filter(({ m }) => genderOf(index, m.name) !== null);
      const last = objects[objects.length - 1] ?? inSentence.filter(({ m }) => !afterDeterminer(m)).pop();
      // (the object of a verb is kept the last resort: `The Scot defended Lee, saying …. But he has had a rethink. He
      // said` goes on back to the one the paragraph is about; so is a name after a preposition that the article does
      // not show is a person's, `in his Christmas Midnight Mass`)
      if (last && nearMentionOnly(ctx, last.m, last.full)) mentionedNear ??= last.full;
      else if (last) fallback = last.full;
    }
  }
  if (describedNearer) return null;
  if (fallback !== null) return fallback;
  // no sentence focus found: the latest person named before the pronoun — one not only mentioned there (a possessor,
  // an object: `Lee said worm writers were recruiting PCs`, `Lee clashed with Britain's Ann Roe. … "…," he said` is
  // Lee's), else the latest of those
  // (past one only mentioned, a name the article shows is a person's: not `the Iowa Caucus`, `Twilight Zone`)
  let mentioned = mentionedNear;
  for (let j = lastStartingBefore(index.mentions, np.start); j >= 0; j--) {
    const m = index.mentions[j]!;
    if (m.start < floor) break;
    const full = latestFit(j);
    if (full === null) continue;
    if (!onlyMentioned(doc, m, true) && (mentioned === null || personShown(ctx, m, full))) return full;
    mentioned ??= full;
  }
  return mentioned;
}

/**
 * Does the article show the mention is a person's: a gender or a role, a given name of the lists opening it, or a
 * quotation of its own before?
 */
function personShown(ctx: CorefContext, m: Mention, full: string): boolean {
  const key = lastToken(full);
  return (
    m.gender !== null ||
    m.role !== null ||
    genderOf(ctx.mentions, full) !== null ||
    ctx.mentions.roles.has(key) ||
    (full.includes(' ') && isGivenName(full.split(' ')[0]!)) ||
    ctx.prior.some((p) => !p.org && lastToken(p.name) === key)
  );
}

/**
 * A participle's clause opening a sentence and ending right before its main subject: `Asked if Mr Lee could return, `,
 * `Pressed on whether …, `, `Describing that first meeting, ` (no sentence mark, colon or quotation inside).
 */
const FRONTED_PARTICIPLE =
  /^\s*(?:(?:But|And|Yet|So|Later|Then)\s+)?(?:Asked|Pressed|Questioned|Quizzed|Challenged|\p{Lu}\p{Ll}{2,}ing)\s[^.;:!?"“”]{1,200},\s*$/u;

/** A pronoun `he` or `she` (group 1) with the words after it up to a clause's break: a name there is not the pronoun's. */
const PRONOUN_CLAUSE =
  /(?<![\p{L}’'])(he|she|He|She)\s+(?![^,;:()"“”–—]*(?<![\p{L}])(?:who|whom|whose|which)(?![\p{L}]))[^,;:()"“”–—]*$/u;

/**
 * `Well, 1981 was the year he toured Africa with Stevie Wonder. He had only …`: is the mention after the pronoun `p`
 * (`he`/`she`) in its clause, outside quotations? Then it names someone else than that pronoun's person, and so than
 * the later pronoun of the chain (as `he told Hannity` binds Hannity in the pronoun's own clause).
 */
function afterSamePronoun(
  text: string,
  quotes: readonly Range[],
  doc: CorefContext['doc'],
  m: Mention,
  p: string,
): boolean {
  // (not a name a verb of saying follows, which opens a reporting clause of its own: `he is the ablest candidate Reyes
  // argues`)
  if (SAYING_VERB_AFTER.test(text.slice(m.end, m.end + 160)) || SAYS_AFTER.test(text.slice(m.end, m.end + 40)))
    return false;
  const ss = sentenceAt(doc, m.start).start;
  const found = PRONOUN_CLAUSE.exec(text.slice(Math.max(ss, m.start - 200), m.start));
  if (found === null || found[1]!.toLowerCase() !== p) return false;
  const at = m.start - found[0].length;
  return rangeAt(quotes, at) === null && rangeAt(quotes, m.start) === null;
}

/**
 * Is the mention a person only mentioned in its sentence, not what it is about: a possessor (`Roe's claims`), the
 * object of a verb (`recruiting PCs`, `re-signed Jo Lee`), and with `prepositions` of a preposition (`with Britain's
 * Ann Roe`; not a title's `of`: `Director of rugby Tom Hale`). A person brought in after a preposition is often the
 * next one quoted (`his confrontation with Ann Roe, who harangued him. "…," she told him`), so the nearest
 * sentence's fallback passes over possessors and objects of verbs only.
 */
function onlyMentioned(doc: CorefContext['doc'], m: Mention, prepositions: boolean): boolean {
  const { text } = doc;
  if (possessorAt(text, m)) return true;
  const before = text.slice(Math.max(sentenceAt(doc, m.start).start, m.start - 60), m.start);
  const near = before.slice(-30);
  return (
    (prepositions &&
      PREPOSITION_BEFORE.test(before.replace(HONORIFIC_END, '').replace(POSSESSOR_END, '')) &&
      !TITLE_OF_BEFORE.test(before)) ||
    (GERUND_BEFORE.test(near) && !ING_NOUN_BEFORE.test(near)) ||
    objectOfVerb(near)
  );
}

/**
 * The nearest sentence's fallback passes over a name that is the object of a verb (`defended Lee`, `saying Roe`), or
 * of a preposition (not a verb's: `told Ann Roe`) when the article does not show it is a person's. Not a possessor, nor
 * a person brought in after a preposition: each is often the one quoted next (`It starts with Mr. Lee's claim that
 * "…". They do it, he says`, `his confrontation with Ann Roe, who harangued him. "…," she told him`).
 */
function nearMentionOnly(ctx: CorefContext, m: Mention, full: string): boolean {
  const { doc } = ctx;
  const { text } = doc;
  if (possessorAt(text, m)) return false;
  const before = text.slice(Math.max(sentenceAt(doc, m.start).start, m.start - 60), m.start);
  const near = before.slice(-30);
  if ((GERUND_BEFORE.test(near) && !ING_NOUN_BEFORE.test(near)) || objectOfVerb(near)) return true;
  return PLAIN_PREPOSITION_BEFORE.test(before.replace(POSSESSOR_END, '')) && !personShown(ctx, m, full);
}

/** A preposition right before a name, lower-case words between: `in his ` in `in his Christmas Midnight Mass`. */
const PLAIN_PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Oo]f|[Ff]or|[Ww]ith|[Bb]y|[Oo]n|[Aa]bout|[Aa]gainst|[Bb]etween|[Tt]han|[Ll]ike|[Ii]nto|[Aa]cross|[Nn]ear|[Uu]nder|[Oo]ver|[Tt]hrough|[Vv]ia)\s+(?:[Tt]he\s+)?(?:[\p{Ll}.’'-]+\s+){0,3}$/u;

/** A title's `of` right before a name: `Director of rugby `, `minister of sport ` (`of` after a role's word). */
const TITLE_OF_BEFORE = /(?:^|[^\p{L}])[\p{L}-]+\s+of\s+[\p{Ll}-]+\s+$/u;

/** A noun in `-ing` right before a name, no participle: `something ` in `— something Lee could understand`. */
const ING_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:(?:some|any|no|every)?thing|morning|evening|spring|king|wedding|meeting|building|hearing|briefing|ceiling|string|wing|ring)\s+$/u;

/**
 * A clause of its own opening right before a name, outside the reported words before it: `, while `, `; `, `, and `,
 * `, but `, `, whereas ` (title words may stand between: `, while Interior Minister `).
 */
const CLAUSE_OPENER_BEFORE =
  /(?:[,;]\s+(?:while|whereas|and|but)|;|\s(?:while|whereas))\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*|[\p{Ll}-]+)\s+){0,4}$/u;

/**
 * A verb of saying right after a name (an appositive in commas and an adverb may stand between): ` wrote ` in
 * `while Minister Jo Roe wrote he had ordered`, `, the minister, told`.
 */
const SAYING_VERB_AFTER =
  /^(?:\s*,[^,;:"“”]{1,120},)?\s+(?:(?:also|later|then|has|had|[\p{Ll}]+ly)\s+){0,2}(?:said|says|told|tells|wrote|writes|tweeted|posted|added|argued|insisted|claimed|stated|explained|warned|admitted|announced|noted|replied|responded|countered)(?![\p{L}])/u;

/** Verbs of saying or thinking that a reported clause follows: `said`, `told reporters`, `believes`. */
const SAYS_OR_THINKS = String.raw`(?:said|says|told\s+(?:[\p{L}'’-]+\s+){1,3}?|tells\s+(?:[\p{L}'’-]+\s+){1,3}?|added|adds|argued|argues|insisted|insists|claimed|claims|believes|believed|thinks|thought|noted|notes|stated|states|explained|explains|warned|warns|admitted|admits|announced|announces|acknowledged|acknowledges|hopes|hoped|feels|felt)`;

/** A verb of saying or thinking right after a name (an adverb may stand between): ` argues` in `Reyes argues`. */
const SAYS_AFTER = new RegExp(`^\\s+(?:[\\p{Ll}]+ly\\s+)?${SAYS_OR_THINKS}(?![\\p{L}])`, 'u');

/**
 * A verb of saying or thinking between a name and a pronoun, the pronoun opening its clause: ` on Tuesday said ` in
 * `Mr Lee on Tuesday said he would stay`, ` told reporters that ` in `Lee told reporters that he …`.
 */
const SAYS_THAT_BETWEEN = new RegExp(
  `^(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}?\\s+(?:[\\p{Ll}]+ly\\s+)?${SAYS_OR_THINKS}\\s+(?:that\\s+)?$`,
  'u',
);

/**
 * A relative clause of saying between a name and a pronoun that opens what is said: `, who has already admitted ` in
 * `harder for Ann Roe, who has already admitted she "doesn't like the training"`: the name is who says it.
 */
const RELATIVE_SAYS_BETWEEN = new RegExp(
  `^,\\s+who\\s+(?:(?:has|had|have|also|already|later|then|once|now|[\\p{Ll}]+ly)\\s+){0,3}${SAYS_OR_THINKS}\\s+(?:that\\s+)?$`,
  'u',
);

/**
 * An aside set off after a name, up to the verb: ` - who gained fame as one of the "metric martyrs" -` in `Mr Henley
 * - who gained fame … - said he …`, `, who runs the scheme,`.
 */
const ASIDE_LEAD = /^(?:\s+[–—-]\s[^–—]{1,300}?\s[–—-](?=\s)|,\s+who\s[^,;]{1,250}?,(?=\s))/u;

/** The text between a name and a later pronoun with an aside after the name left out. */
function withoutAside(between: string): string {
  return between.replace(ASIDE_LEAD, '');
}

/** A comma (and a closing quotation mark, in either order) right before a pronoun: `," ` in `"bossy," he added`. */
const QUOTE_TAIL_BEFORE = /(?:,\s*["”’']?|["”’']\s*,)\s*$/u;

/**
 * A quotation ending a sentence and another opening (`…North East?" "I have had …`): the layout keeps them in one
 * sentence, but the words after the break are a new one (as they are after a colon outside quotations: `Lee saw it
 * differently: "…," he said` is Lee's).
 */
const QUOTATION_BREAK = /[.!?]\s*["”’']\s+["“‘']/u;

/** Is the mention a possessor (`Lee's` in `Lee's film`)? */
function possessorAt(text: string, m: Mention): boolean {
  return /['’]s?$/u.test(text.slice(m.start, m.end)) || /^['’]/u.test(text.slice(m.end, m.end + 1));
}

/** Capitalised words right before a name: the honorific and title a mention leaves out (`Chairman Lord ` in `Chairman Lord Holme`). */
const TITLE_WORDS_END = /(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){1,4}$/u;

/**
 * `Lord Holme's proposal for a debate comes after viewers watched Jim Bash debate Al Kerrow`: the possessor of a
 * subject that is a thing is what the sentence is about, the honorific or title before the name (which the mention
 * leaves out) and the `'s` after it counted with it.
 */
function possessorOfSubject(text: string, m: Mention, ss: number): boolean {
  const title = TITLE_WORDS_END.exec(text.slice(Math.max(ss, m.start - 60), m.start));
  const start = title === null ? m.start : m.start - title[0].length;
  const end = /^['’]s?/u.exec(text.slice(m.end, m.end + 2))?.[0].length ?? 0;
  return isPossessorOfSubjectAt(text, start, m.end + end, ss);
}

/**
 * Is the mention the subject of its sentence as the holder of a role a name before it modifies (`Harbour Rovers
 * director of sport Emil Castano praised …`): the phrase from the first name on is the subject.
 */
function roleHolderSubject(text: string, index: MentionIndex, m: Mention, ss: number): boolean {
  const prev = index.mentions[lastStartingBefore(index.mentions, m.start)];
  return (
    prev !== undefined && prev.start >= ss && modifiesRoleOf(text, prev, m) && isSubjectAt(text, prev.start, m.end, ss)
  );
}

/**
 * Role words between two names, the first naming whose the role is: ` director of football ` in `Harbour Rovers
 * director of football Emil Castano`, ` consultant ` in `Lee consultant Al Roe` (group 1: the role noun).
 */
const ROLE_BETWEEN_NAMES =
  /^[ \t]+(?:(?:head|chief|deputy|assistant|senior|former|general|managing|executive|vice)[ \t]+)?(\p{Ll}+)(?:[ \t]+(?:of|for)[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)?)?[ \t]+$/u;

/**
 * Is the mention a name modifying the role of the name after it (`Harbour Rovers director of football Emil Castano
 * praised the fans`)? The sentence is about the person named after the role; the first name (a club, a firm, a
 * person someone works for) is no antecedent of `he`/`she`.
 */
function modifiesRoleOf(text: string, m: Mention, next: Mention | undefined): boolean {
  if (next === undefined || next.start <= m.end || next.start - m.end > 60 || possessorAt(text, m)) return false;
  const role = ROLE_BETWEEN_NAMES.exec(text.slice(m.end, next.start));
  return role !== null && PERSON_NOUNS.has(role[1]!);
}

/** A verb of saying between a name set in commas and a pronoun: `, said ` in `…, Ann Roe, said she felt`. */
const COMMA_SAYS_BETWEEN =
  /^,\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|told\s+(?:[\p{L}'’-]+\s+){1,3}?|added|adds)\s+(?:that\s+)?$/u;

/** Is the mention a name set in commas (`, Ann Roe,`) right before `said` and the pronoun at `at`? */
function appositiveSayer(text: string, m: Mention, at: number): boolean {
  return (
    m.end < at &&
    at - m.end < 60 &&
    COMMA_SAYS_BETWEEN.test(text.slice(m.end, at)) &&
    /,\s*$/u.test(text.slice(Math.max(0, m.start - 3), m.start))
  );
}

/**
 * `and` opening a clause right before its subject, after a lower-case word (not a name: `Lee and Roe` is one
 * subject): ` down and ` in `… two goals down and Kerrigan sympathised`.
 */
const AND_CLAUSE_BEFORE = /\p{Ll},?\s+and\s+$/u;

/** Two names joined by `and`, maybe with the second one's role between: ` and `, ` and drum 'n' bass star ` (`Ann Roe
 * and drum 'n' bass star Sam Dace`). */
const AND_ROLE_BETWEEN = /^\s+and\s+(?:[\p{Ll}'’-]+\s+){0,5}$/u;

/**
 * `Jo Lee and Al Roe, a Harbour Republican, argued …. "…," he said`: two people of the pronoun's gender joined as one
 * subject are neither of them the sentence's one focus; both are dropped from the candidates (a pair of which one has
 * the other gender leaves the one that fits, as the gender test already did).
 */
function dropCoordinated(text: string, inSentence: Array<{ m: Mention; full: string }>): void {
  for (let i = inSentence.length - 2; i >= 0; i--) {
    const a = inSentence[i]!;
    const b = inSentence[i + 1]!;
    if (a.m.end <= b.m.start && AND_ROLE_BETWEEN.test(text.slice(a.m.end, b.m.start))) {
      inSentence.splice(i, 2);
      i--;
    }
  }
}

/** `he`, `she` or `they` as a word. */
const ANY_PERSON_PRONOUN = /(?<![\p{L}])(?:he|she|they|He|She|They)(?![\p{L}])/u;

/** A subordinator right before a pronoun: `the same day that ` in `Wednesday, the same day that he quit, …`. */
const SUBORDINATOR_BEFORE =
  /(?:^|[^\p{L}])(?:that|when|as|after|before|since|while|because|although|though|once|until|where|whom|who)\s+$/iu;

/**
 * Is the pronoun at `at` in a subordinate clause closed by a comma before the subject at `subjectAt`
 * (`Wednesday, the day that he quit, Lee endorsed Roe`, `After she lost, Ann Roe left`)? Then the subject is the
 * sentence's focus, and the pronoun only looks ahead to it.
 */
function frontedBefore(text: string, ss: number, at: number, subjectAt: number): boolean {
  if (!SUBORDINATOR_BEFORE.test(text.slice(Math.max(ss, at - 20), at)) && !fronted(text, ss, at)) return false;
  const between = text.slice(at, subjectAt);
  return /,\s*$/u.test(between.replace(/(?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+)*$/u, ''));
}

/**
 * A definite description opening a sentence (maybe after a fronted phrase and its comma), then a verb:
 * `The radio host has`, `But the senator insisted`, `In a talk on Monday, the actor discussed`, `The 48-year-old actor
 * crossed`, `The Brazilian confirmed`.
 */
const DESCRIPTION_LEADS =
  /^\s*(?:(?:But|And|Yet|So|Still)\s+)?(?:[^,;:.]{1,150},\s+)?((?:The|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?([\p{Ll}-]+|\p{Lu}\p{Ll}+))\s+(?:[\p{Ll}]+ly\s+)?(?:has|had|is|was|will|would|can|could|did|does|also|then|\p{Ll}+ed)(?![\p{L}])/u;

/**
 * Does the sentence open with a definite description of one person as its subject (`The senator
 * has …`)? A body (`The committee`), a plural (`The officials`) or a spokesman (someone else speaking)
 * does not count.
 */
function descriptionLeads(text: string, quotes: readonly Range[], ss: number, se: number): NounPhrase | null {
  const m = DESCRIPTION_LEADS.exec(unquoted(text, quotes, ss, Math.min(se, ss + 250)));
  if (!m) return null;
  const head = m[2]!;
  // (`The Brazilian confirmed …`, `the Dutchman has`: a capitalised head is a noun for one person of a nation)
  if (
    /^\p{Lu}/u.test(head)
      ? !personOfNation(head)
      : !PERSON_NOUNS.has(head) || ORG_NOUNS.has(head) || ORG_BODIES.has(head) || SPEAKS_FOR.has(head)
  )
    return null;
  const start = ss + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: m[1]!, kind: 'nominal', indefinite: false, appositive: null };
}

/**
 * A description in commas after a name: `, an analyst at Harbour`, `, who runs the scheme`, `, 27, a nurse`,
 * `, director of sales` (not `, the …`: often the main clause after a fronted phrase, `Faced with losing Ann Roe,
 * the producers …`).
 */
const DESCRIPTION_AFTER = /^,\s+(?:\d{1,3},\s+)?(?:who\s|(?:a|an)\s+|[\p{Ll}-]+\s+(?:of|at|for|to|with)\s)/u;

/**
 * Is the mention a person's first in the article (no name with its last word before it, outside quotations), with
 * a description after it in commas? Then the sentence brings that person in.
 */
function introducedAt(ctx: CorefContext, m: Mention): boolean {
  const { text } = ctx.doc;
  if (!DESCRIPTION_AFTER.test(text.slice(m.end, m.end + 40))) return false;
  const key = lastToken(m.name);
  const { mentions } = ctx.mentions;
  for (let j = lastStartingBefore(mentions, m.start); j >= 0; j--) {
    const before = mentions[j]!;
    if (before.start < ctx.bodyStart) break;
    if (before.start < m.start && !before.quoted && lastToken(before.name) === key) return false;
  }
  return true;
}

/** A determiner right before a name: `the ` in `the Harbour Film Market`. */
const DETERMINER_END = /(?<![\p{L}])(?:[Tt]he|[Aa]n?)\s+$/u;

/** A possessor right before a name: `France's ` in `to France's Ann Roe`. */
const POSSESSOR_END = /\p{Lu}[\p{L}\p{M}.-]*['’]s?\s+$/u;

/**
 * An honorific right before a name, which a mention leaves out: `Mr. ` in `in his critiques of Mr. Sander` (the words
 * before it tell whether the name stands in a prepositional phrase).
 */
const HONORIFIC_END = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+$/u;

/** A participle right before a name makes it its object: `forcing Lee` in `…: forcing Lee to back down`. */
const GERUND_BEFORE = /(?:^|[^\p{L}])\p{Ll}{3,}ing\s+$/u;

/** A past-tense verb right before a name (group 1): `re-signed ` in `Boca re-signed Martin Palermo`. */
const PAST_VERB_BEFORE = /(?:^|[^\p{L}])(\p{Ll}[\p{Ll}-]*ed)\s+$/u;

/** Verbs of saying a name may follow as their inverted subject: `, added Jo Lee`, `insisted Ann Roe`. */
const SAYING_VERBS: ReadonlySet<string> = new Set(PARENTHETICAL_CUES.map((v) => v.toLowerCase()));

/**
 * Is the name after `before` the object of a past-tense verb (`Boca re-signed Martin Palermo, forcing Tevez out.
 * And he gave …`: the sentence is not about Palermo)? Not after a verb of saying, whose inverted subject it is.
 */
function objectOfVerb(before: string): boolean {
  const verb = PAST_VERB_BEFORE.exec(before)?.[1];
  return verb !== undefined && !SAYING_VERBS.has(verb);
}

/** A pronoun of either gender: `she`, `her`, `he`, `his`, `him`. */
const GENDERED_PRONOUN = /(?<![\p{L}])(he|she|him|her|his|hers|He|She|Him|Her|His)(?![\p{L}])/gu;

/**
 * In the pronoun's own sentence, before it: when a pronoun or person of the other gender comes first,
 * the one person named there whose gender is known to be the pronoun's own: `For that she drew Mr.
 * Lee's ire – he called her weak` has no subject of his gender, and one man named.
 */
function genderContrast(
  text: string,
  quotes: readonly Range[],
  ss: number,
  end: number,
  want: 'm' | 'f',
  inSentence: ReadonlyArray<{ m: Mention; full: string }>,
  index: MentionIndex,
): string | null {
  const known = inSentence.filter(({ m, full }) => m.end <= end && (m.gender ?? genderOf(index, full)) === want);
  if (known.length !== 1) return null;
  const person = known[0]!;
  // the first person or pronoun of known gender in the sentence
  let first: { at: number; g: 'm' | 'f' } | null = null;
  for (let j = lastStartingBefore(index.mentions, ss) + 1; j < index.mentions.length; j++) {
    const m = index.mentions[j]!;
    if (m.start >= person.m.start) break;
    const g = m.quoted || m.org ? null : (m.gender ?? genderOf(index, expandName(index, m.name)));
    if (g !== null) {
      first = { at: m.start, g };
      break;
    }
  }
  GENDERED_PRONOUN.lastIndex = 0;
  const sentence = text.slice(ss, first?.at ?? person.m.start);
  for (let pm = GENDERED_PRONOUN.exec(sentence); pm; pm = GENDERED_PRONOUN.exec(sentence)) {
    if (rangeAt(quotes, ss + pm.index) !== null) continue;
    first = { at: ss + pm.index, g: /^(?:he|him|his)$/iu.test(pm[1]!) ? 'm' : 'f' };
    break;
  }
  return first !== null && first.g !== want ? person.full : null;
}

/** A speech verb closing a parenthetical after a name: ` explained, ` in `That, Jo Lee explained, is by design`. */
const PARENTHETICAL_CUE_AFTER = new RegExp(
  `^\\s+(?:[\\p{Ll}]+ly\\s+)?(?:${alternation(PARENTHETICAL_CUES)})\\s*,`,
  'u',
);

/**
 * `That, Jo Lee explained, is by design`, `Prices, Ann Roe warned, will rise`: a name set in commas
 * inside its sentence with a speech verb is the sentence's speaker.
 */
function parentheticalSpeaker(text: string, m: Mention, ss: number): boolean {
  return (
    PARENTHETICAL_CUE_AFTER.test(text.slice(m.end, m.end + 40)) &&
    /,\s*(?:[\p{L}\p{M}.’'-]+\s+){0,6}$/u.test(text.slice(Math.max(ss, m.start - 60), m.start))
  );
}

/** `According to `, `But according to Dr ` opening a sentence, or `, according to ` inside it, right before a name. */
const ACCORDING_TO_BEFORE =
  /(?:^\s*(?:(?:But|And|Yet|So)\s+)?[Aa]ccording|,\s+according)\s+to\s+(?:(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}$/u;

/**
 * `According to Jo Lee, many stay away`, `Many stay away, according to Jo Lee.`: the name a sentence is given to
 * is its speaker, when the article shows it is a person's (a gender, a role, a person's words before): a sentence is
 * given to publications and bodies as often (`According to PC Pro, a print costs £2`), and those are no `he`. Not a
 * possessor: `according to Lee's aides`.
 */
function accordingTo(ctx: CorefContext, m: Mention, full: string, ss: number): boolean {
  const { text } = ctx.doc;
  if (
    !ACCORDING_TO_BEFORE.test(text.slice(Math.max(ss, m.start - 60), m.start)) ||
    /^['’]/u.test(text.slice(m.end, m.end + 1))
  )
    return false;
  const index = ctx.mentions;
  return (
    m.gender !== null ||
    m.role !== null ||
    genderOf(index, full) !== null ||
    index.roles.has(lastToken(full)) ||
    ctx.prior.some((p) => !p.org && lastToken(p.name) === lastToken(full))
  );
}

/** `asked whether `, `wondered if ` before a name: the name is in the question, not the asker. */
const ASKED_WHETHER =
  /(?:^|[^\p{L}])(?:asked|asks|wondered|wonders)\s+(?:[\p{Ll}]+\s+)?(?:whether|if|why|how|what|when)\s+(?:[\p{Ll}]+\s+){0,2}$/u;
/**
 * `In what he called a "rant", President Lee took aim at …`: a pronoun in a fronted clause stands for
 * the subject of the main clause that follows its comma, when that subject is a person of its gender.
 */
function mainSubjectAfter(np: NounPhrase, ctx: CorefContext, sentenceEnd: number, want: 'm' | 'f'): string | null {
  const { text } = ctx.doc;
  const limit = Math.min(sentenceEnd, np.end + 300);
  // where the main clause starts: after the first comma outside a quotation
  let from = -1;
  for (let i = np.end; i < limit; i++) {
    if (text[i] !== ',') continue;
    const q = rangeAt(ctx.quotes, i);
    // (a quotation's own closing comma ends the clause too: `In what he called a "rant," Lee said`)
    if (q === null || /^,\s*["”’']+$/u.test(text.slice(i, q.end))) {
      from = q === null ? i + 1 : q.end;
      break;
    }
  }
  if (from < 0) return null;
  const { mentions } = ctx.mentions;
  const j = lastStartingBefore(mentions, from) + 1;
  const m = mentions[j];
  if (m === undefined || m.start >= limit || m.quoted) return null;
  // only role words (`President`, `the Ohio governor`) between the comma and the name
  if (!/^,\s*(?:(?:the|The)\s+)?(?:[\p{Lu}\p{Ll}][\p{L}.’'-]*\s+){0,4}$/u.test(`,${text.slice(from, m.start)}`))
    return null;
  if (
    /[\p{Ll}]/u.test(
      text
        .slice(from, m.start)
        .replace(/\b(?:the|The)\b/gu, '')
        .replace(/\b[\p{Lu}][\p{L}.’'-]*/gu, ''),
    ) &&
    m.role === null
  )
    return null;
  const full = expandNameAs(ctx.mentions, m.name, m.gender ?? want);
  if (!personLike(ctx, m, full) || !mentionGenderOk(ctx.mentions, m, full, want)) return null;
  return subjectAt(text, m, from) ? full : null;
}

/** Nouns of one gender among the person nouns: `a woman` is no `he` (the descriptions' table and a speaker's noun). */
const SPEAKER_NOUN_GENDER: Readonly<Record<string, 'm' | 'f'>> = { spokesman: 'm', spokeswoman: 'f' };

/** A verb of asking or addressing right after a description: ` asked`, ` has asked`, ` questioned`. */
const ASKS_AFTER =
  /^\s+(?:(?:has|had|also|then|later)\s+)?(?:asked|asks|questioned|questions|interviewed|interviews|told|tells|pressed|presses|urged|urges)(?![\p{L}])/u;

/**
 * `A nurse at the clinic has seen the queues grow. "…," she said`: a sentence whose subject is an indefinite
 * description of a person brings in someone new and unnamed; the `he`/`she` after it stands for that person, not for
 * someone named before (`Ann Roe` quoted two paragraphs up). The description's noun must agree with the pronoun.
 */
function indefiniteLead(
  ctx: CorefContext,
  ss: number,
  se: number,
  at: number,
  want: 'm' | 'f',
): { role: string } | null {
  const { text } = ctx.doc;
  const role = indefinitePersonSubject(text, ss, se);
  if (role === null) return null;
  const roleEnd = text.indexOf(role, ss) + role.length;
  // `A reporter asked Lee how he felt. He replied`: the one asked answers, not the questioner
  if (ASKS_AFTER.test(text.slice(roleEnd, se))) return null;
  // `A 20-year-old man is selling his forehead. Jo Lee, from Omaha, said …. "…," he said`: a person named after
  // the description is the latest one brought in (often the same person, named)
  const { mentions } = ctx.mentions;
  for (let i = lastStartingBefore(mentions, at); i >= 0 && mentions[i]!.start >= roleEnd; i--) {
    const m = mentions[i]!;
    if (!m.quoted && personLike(ctx, m, expandName(ctx.mentions, m.name))) return null;
  }
  const noun = headOf(role);
  const g = GENDERED_NOUNS[noun] ?? SPEAKER_NOUN_GENDER[noun];
  return g === undefined || g === want ? { role } : null;
}

/**
 * `…, the spokesman said.` / `A spokeswoman said …` / `A spokesman for the Harbour Trust said …`: an unnamed person
 * reporting in the sentence (with whom it speaks for).
 */
const REPORTING_DESCRIPTION =
  /(?:^|[,;:]\s+|[.!?]\s+|^\s*(?:But|And)\s+)(?:[Tt]he|[Aa]n?)\s+((?:[\p{L}’'-]+\s+){0,3}(spokesman|spokeswoman|spokesperson|official|aide)(?:\s+for\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}&-]*){0,4})?)\s+(?:(?:also|later|then)\s+)?(?:said|says|added|adds|told|explained|insisted|stressed)(?![\p{L}])/u;

/**
 * `The minister had been saying …, the spokesman said. "…," he added`: a `he`/`she` after a sentence
 * that an unnamed spokesman or official reports stands for that description, not for the person
 * talked about.
 */
function reportingDescription(sentence: string, want: 'm' | 'f'): { role: string } | null {
  const m = REPORTING_DESCRIPTION.exec(sentence);
  if (!m) return null;
  const head = m[2]!;
  if ((head === 'spokesman' && want === 'f') || (head === 'spokeswoman' && want === 'm')) return null;
  return { role: m[1]! };
}

/**
 * A comma and a verb of saying right before a name, lower-case words of a title and then capitalised ones (an
 * honorific) between: `, argued Mr ` in `…, argued Mr Roe.`, `, said party leader `. (Not a title of other shapes:
 * `, said the Harbour party leader ` moved a PolNeAR B figure the wrong way when allowed.)
 */
const INVERTED_SAYER_BEFORE =
  /,\s+(?:(?:also|later|then)\s+)?(?:said|says|argued|argues|added|adds|claimed|claims|insisted|insists|warned|warns|noted|notes|stressed|stresses|explained|explains|maintained|maintains|suggested|suggests|countered|counters|wrote|writes)\s+(?:(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3})?(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness|Prof|Rev)\.?\s+|\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** What may follow the name of an inverted sayer to its sentence's end: a description in commas, the full stop. */
const SENTENCE_CLOSE_AFTER = /^(?:,[^,;:"“”]{1,80})?\s*[.!?]?\s*$/u;

/** A verb of asking right before a name, its title words between: `asked ` in `Earhardt then asked Rubio`. */
const ASKED_BEFORE =
  /(?<![\p{L}])(?:asked|asks|questioned|pressed|quizzed)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+|\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
/** The question a verb of asking puts after its object: ` which `, ` whether `, ` about `. */
const QUESTION_AFTER = /^\s+(?:if|whether|why|how|what|which|who|when|where|about)(?![\p{L}])/u;
/** A pronoun's verb that asks or goes on from its own words: `asked`, `added`, `continued`. */
const ASKS_OR_GOES_ON =
  /^\s+(?:\p{Ll}+ly\s+)?(?:asked|asks|wondered|wonders|demanded|demands|inquired|inquires|pressed|presses|questioned|added|adds|continued|continues|went\s+on)(?![\p{L}])/u;

/**
 * `according to` and a definite or indefinite description of one person after it, inside a sentence and closing its
 * clause: ` according to an ntl spokesman,` in `Cable firms, according to an ntl spokesman, are …`, `…, according to
 * the Bishop.` (group 1: the description, group 2: its head). Not one opening the sentence (`According to a spokesman,
 * Lee will …` is about Lee).
 */
const ACCORDING_TO_DESCRIPTION =
  /[\p{L}\p{N},)]\s+according\s+to\s+((?:the|a|an|one)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{L}-]+))\s*(?:[,.;)]|$)/u;

/**
 * The person a sentence's words are sourced to after `according to` (see above): the description (with its offsets, as
 * a phrase to resolve) and its role without the article, when its head is a noun for one person of the pronoun's
 * gender (not a body, a document or a group: `according to the report`, `according to police`).
 */
function accordingToDescription(
  ctx: CorefContext,
  ss: number,
  se: number,
  want: 'm' | 'f',
): { np: NounPhrase; role: string; at: number } | null {
  const m = ACCORDING_TO_DESCRIPTION.exec(unquoted(ctx.doc.text, ctx.quotes, ss, se));
  if (!m) return null;
  const head = m[2]!.toLowerCase();
  if ((!PERSON_NOUNS.has(head) && !ROLE_WORDS.has(head)) || ORG_NOUNS.has(head) || ORG_BODIES.has(head)) return null;
  if ((GENDERED_NOUNS[head] ?? SPEAKER_NOUN_GENDER[head] ?? want) !== want) return null;
  const start = ss + m.index + m[0].indexOf(m[1]!);
  const np: NounPhrase = {
    start,
    end: start + m[1]!.length,
    text: m[1]!,
    kind: 'nominal',
    indefinite: !/^the\s/u.test(m[1]!),
    appositive: null,
  };
  return { np, role: m[1]!.replace(/^(?:the|a|an|one)\s+/u, ''), at: start };
}

/** A plural subject opening a clause, then a verb of saying or thinking: `The Tories say`, `Senior officials have warned`, `police said`. */

/** How many sentences before an `it` of speech its body may be the focus of (a sentence led by `It` is passed over). */
const IT_SENTENCES = 2;

/**
 * A sentence led by a thing written or decided, not a body (`The report found …. It said`): `it` is that thing,
 * which speaks for no body by itself here.
 */
const THING_LEAD =
  /^["“‘']?(?:The|This|That|Its|A|An|Their|Her|His)\s+(?:[\p{L}-]+\s+){0,2}?(?:report|study|statement|document|survey|letter|paper|review|analysis|plan|bill|law|ruling|judg(?:e)?ment|decision|proposal|poll|audit|memo|filing|complaint|lawsuit|inquiry|investigation|findings|guidance|website|post|tweet|release|notice|order|agreement|deal|treaty|resolution|book|article|film|programme|program|show|video|ad|advert|advertisement|campaign|strategy|budget|policy|rule|regulation|motion|petition|manifesto|email|e-mail|message|warning|forecast|model|index|data|figures)s?\b/u;

/** A sentence led by `It` (`It also said …`, `It's time`): the same `it`, which reaches back one sentence more. */
const IT_LEAD = /^["“‘']?It['’]?s?\s/u;

/**
 * `it` of speech → the body that is the focus (issue #11): the speaker of an attribution made in the sentence
 * before (or earlier in its own), when that is a body, else the subject of that sentence, when that is a body.
 * Only an organisation the entity layer types so, never a person, a country or a place; when the sentence before
 * is led by a thing (`The report said …`) or by someone else, nothing.
 */
export function resolveIt(np: NounPhrase, ctx: CorefContext): string | null {
  const { doc, mentions: index, prior, quotes } = ctx;
  const { text } = doc;
  const isBody = (name: string): boolean =>
    !PLACES.has(name) &&
    !US_STATES.has(name) &&
    !NATIONALITIES.has(name) &&
    ctx.speakerEntity?.({ phrase: name, kind: 'named', name }) === 'organization';
  // the focus of the sentence [ss, se): a body's name, null for none found, or '' when something else is
  const focusIn = (ss: number, se: number): string | null => {
    for (let j = prior.length - 1; j >= 0; j--) {
      const s = prior[j]!;
      if (s.at >= se) continue;
      if (s.at < ss) break;
      return s.org && isBody(s.name) ? s.name : '';
    }
    for (let j = lastStartingBefore(index.mentions, se); j >= 0; j--) {
      const m = index.mentions[j]!;
      if (m.start < ss) break;
      if (m.quoted || m.start < ctx.bodyStart || m.end > se || !subjectAt(text, m, ss)) continue;
      if (nameAsModifier(text, m)) return '';
      const full = expandName(index, m.name);
      return isBody(full) ? full : '';
    }
    return null;
  };
  const here = sentenceAt(doc, np.start);
  // `Acme cut 300 jobs, and it said …`: the body the same sentence is about, before the pronoun
  const own = focusIn(here.start, np.start);
  if (own !== null) return own === '' ? null : own;
  let counted = 0;
  for (let k = here.index - 1; k >= 0 && counted < IT_SENTENCES; k--) {
    const ss = doc.sentences[k]!;
    const se = sentenceEndOf(doc, k);
    if (se <= ctx.bodyStart) break;
    if (se <= ss || whollyQuoted(quotes, text, ss, se)) continue;
    counted++;
    const lead = text.slice(ss, se);
    if (THING_LEAD.test(lead)) return null;
    const focus = focusIn(ss, se);
    if (focus !== null) return focus === '' ? null : focus;
    // `Acme cut jobs. It also closed a plant. "…," it said`: a sentence led by `It` goes on the chain
    if (!IT_LEAD.test(lead)) return null;
  }
  return null;
}
