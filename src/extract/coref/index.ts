/**
 * Stage 4: coreference. Turns the speaker phrase a rule found into a name: names expand to their
 * fullest form in the article, `he`/`she` and `the senator` go back to an earlier named person.
 */
import type { NounPhrase } from '../cues.js';
import { expandName, expandNameAs, lastToken, splitName } from '../mentions.js';
import { LEGAL_DOCUMENTS, ORG_BODIES, ORG_NOUNS, ORG_WORDS } from '../../lexicon/words.js';
import { canSpeak, typeByName } from '../entities.js';
import {
  DESCRIBED_NAME,
  NOT_DESCRIPTOR_WORDS,
  TITLE_END,
  resolveDescription,
  resolveOrgDescription,
} from './descriptions.js';
import { resolvePronoun } from './pronouns.js';
import type { CorefContext, ResolvedSpeaker } from './types.js';

export type { CorefContext, PriorSpeaker, ResolvedSpeaker, UnnamedSpeaker } from './types.js';

/**
 * The shape of a body's name: capitalised words, numbers and `&`, joined by the few lower-case words names
 * hold (`Bank of England`, `Médecins Sans Frontières`, `Reporters Without Borders`, `Procter & Gamble`).
 */
const NAME_SHAPE =
  /^(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*|of|and|for|the|on|in|at|to|de|du|des|la|le|les|el|al|von|van|der|den|y|e|et|di|da|dos|das|&)(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*|of|and|for|the|on|in|at|to|de|du|des|la|le|les|el|al|von|van|der|den|y|e|et|di|da|dos|das|&))*$/u;

/** A possessive pronoun and a document of speech: `her statement`, `his open letter`, `their lawsuit`. */
const POSSESSED_DOCUMENT =
  /^(his|her|their|His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|statements|letter|memo|release|tweet|tweets|post|email|e-mail|message|lawsuit|suit|complaint|petition|affidavit|filing|blog|book|memoir|column|op-ed|speech|remarks|testimony|account|website)$/u;
const OWNER_PRONOUN: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they' };

/** Resolves a speaker phrase to a name, role and kind. */
export function resolveSpeaker(np: NounPhrase, ctx: CorefContext): ResolvedSpeaker {
  const { mentions: index } = ctx;
  if (np.kind === 'pronoun') {
    const antecedent = resolvePronoun(np, ctx);
    if (antecedent === null || typeof antecedent === 'string') return { name: antecedent, role: null, kind: 'pronoun' };
    return { name: null, role: antecedent.role, kind: 'nominal' };
  }
  if (np.kind === 'nominal') {
    // `her statement said`, `his lawsuit claims`: a document of a person speaks for the person the
    // possessive pronoun stands for (not `her spokesman`: someone else speaking for her)
    const owner = POSSESSED_DOCUMENT.exec(np.text);
    if (owner !== null) {
      const pronoun = { ...np, end: np.start + owner[1]!.length, text: OWNER_PRONOUN[owner[1]!.toLowerCase()]! };
      const antecedent = resolvePronoun({ ...pronoun, kind: 'pronoun' }, ctx);
      if (typeof antecedent === 'string') return { name: antecedent, role: null, kind: 'pronoun' };
    }
    const head = (np.text.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[.’']+$/u, '');
    const caps = np.text
      .split(/\s+/u)
      .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|One|Another|His|Her|Their)$/u.test(w));
    if (ORG_NOUNS.has(head) && caps.length > 0) {
      // `an Élysée Palace statement`, `the Trump campaign` (not `a German statement`: a nationality or a
      // place before the noun names no body)
      const body = caps.join(' ').replace(/['’]s$/u, '');
      // `Lee's statement said`: a statement of a person the article knows speaks for that person
      if (/['’]s\s+\S+$/u.test(np.text) && !body.includes(' ') && ctx.isPerson?.(body) === true)
        return { name: expandName(index, body), role: null, kind: 'named' };
      const typed = typeByName(body);
      if (typed === null || canSpeak(typed)) return { name: body, role: null, kind: 'organization' };
      // `the German government`: a nationality or a place before the noun says which body, and it is none
      // named before (not `the Soviet Union` of an earlier sentence)
      if (ORG_BODIES.has(head) && !body.includes('-'))
        return { name: null, role: np.text.replace(/^(?:the|a|an)\s+/iu, ''), kind: 'nominal' };
    }
    // `the lawsuit said`: court papers with no author named speak for no one (not for the person they are about)
    if (LEGAL_DOCUMENTS.has(head))
      return { name: null, role: np.text.replace(/^(?:the|a|an|one|another)\s+/iu, ''), kind: 'nominal' };
    // `said an agency statement`, `the ministry's statement`: the document of a body named before speaks for it
    const body = /(?:^|\s)([\p{Ll}]+)(?:['’]s)?\s+(?:statement|release|report|letter|memo)\.?$/u.exec(np.text)?.[1];
    if (body !== undefined && ORG_BODIES.has(body)) {
      const org = resolveOrgDescription(np, ctx, body);
      if (org !== null) return { name: org, role: null, kind: 'organization' };
    }
    const found = resolveDescription(np, ctx);
    // a description is never resolved to a place, a time or a common word (`the capital` → `London`)
    const typed = found === null ? null : typeByName(found);
    const name = typed === null || canSpeak(typed) ? found : null;
    return { name, role: np.text.replace(/^(?:the|a|an|one|another)\s+/iu, ''), kind: 'nominal' };
  }
  // `the carmaker's chief executive Jo Lee`, `the firm's lawyer Ann Roe`: lower-case descriptors before a
  // name describe it; the name speaks, the organisation in the description does not
  const described = DESCRIBED_NAME.exec(np.text);
  if (described !== null && !described[1]!.split(/\s+/u).some((w) => NOT_DESCRIPTOR_WORDS.has(w.toLowerCase()))) {
    const inner = resolveSpeaker(
      { ...np, start: np.end - described[2]!.length, text: described[2]!, appositive: null },
      ctx,
    );
    if (inner.name !== null)
      return inner.kind === 'named' && inner.role === null
        ? { ...inner, role: described[1]!.trim().replace(/^(?:the|a|an)\s+/iu, '') }
        : inner;
  }
  const parts = splitName(np.text.replace(/^(?:the|The)\s+/u, ''));
  if (parts === null) {
    // `King says`, `Mr King said` after `Billie Jean King`: a title word that the article gives as a
    // person's surname is that person
    const bare = np.text.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/u, '').replace(/[.’']+$/u, '');
    const full = /^\p{Lu}[\p{L}-]*$/u.test(bare) ? index.fullest.get(bare) : undefined;
    if (full !== undefined && full.includes(' ')) return { name: full, role: null, kind: 'named' };
    return { name: null, role: null, kind: 'named' };
  }
  // `Democratic National Committee Chairman Ed Rendell`: a body's name inside a title before a full
  // name is the person's role, not the speaker
  const titledPerson = parts.role !== null && parts.name.includes(' ') && TITLE_END.test(parts.role);
  const org =
    parts.org ||
    /^(?:the|The)\s/u.test(np.text) ||
    (!titledPerson && np.text.split(/\s+/u).some((w) => ORG_WORDS.has(w)));
  if (org) {
    // `the Treasury Office`: an organisation keeps its whole name, role words included (not a
    // sentence's final period: `ABC News.`)
    const whole = np.text
      .replace(/^(?:the|The)\s+/u, '')
      .replace(/['’]s$/u, '')
      .replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '');
    // `The move comes after telecom regulator Ofcom`: a clause read as a body's name for its opening `The`
    // names no body; the name that ends it speaks
    const tail = /(?:^|\s)((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+)*\p{Lu}[\p{L}\p{N}&.'’-]*)$/u.exec(whole)?.[1];
    if (!NAME_SHAPE.test(whole) && tail !== undefined && tail !== whole)
      return resolveSpeaker({ ...np, start: np.end - tail.length, text: tail, appositive: null }, ctx);
    return { name: whole, role: null, kind: 'organization' };
  }
  // `Mrs. Clinton said` where the article names Bill and Hillary Clinton: the honorific picks the full name
  const name = expandNameAs(index, parts.name, parts.gender);
  const role =
    parts.role ??
    index.roles.get(lastToken(name)) ??
    (np.appositive && /^(?:a|an|the)\s/iu.test(np.appositive) ? np.appositive.replace(/^(?:a|an|the)\s+/iu, '') : null);
  return { name, role, kind: 'named' };
}
