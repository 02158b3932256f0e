/**
 * Stage 4: coreference. Turns the speaker phrase a rule found into a name: names expand to their
 * fullest form in the article, `he`/`she` and `the senator` go back to an earlier named person.
 */
import type { NounPhrase } from '../cues.js';
import { isSpaceUnit } from '../chars.js';
import { expandName, expandNameAs, genderOf, givenGender, lastToken, officeHolderAt } from '../mentions.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { NATIONALITIES } from '../../lexicon/places.js';
import { LEGAL_DOCUMENTS, ORG_BODIES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS } from '../../lexicon/words.js';
import { canSpeak, typeByName } from '../entities.js';
import {
  DESCRIBED_NAME,
  NOT_DESCRIPTOR_WORDS,
  TITLE_END,
  issuedBy,
  resolveDescription,
  resolveOrgDescription,
} from './descriptions.js';
import { listedAsMan } from './given-gender.js';
import { resolveIt, resolvePronoun } from './pronouns.js';
import { headOf } from './reading.js';
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
  /^(his|her|their|His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|statements|letter|memo|release|tweet|tweets|post|email|e-mail|message|lawsuit|suit|complaint|petition|affidavit|filing|blog|book|memoir|column|op-ed|speech|remarks|testimony|account|website|report|study|review|paper|article)$/u;
const OWNER_PRONOUN: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they' };

/**
 * `a spokesman for Acme`, `an official at the ministry`, `an aide to Jo Lee`: someone unnamed speaking for a body or
 * a person. Group 1 the role (`spokesman for`), group 2 whom it speaks for.
 */
const SPEAKS_FOR_PHRASE =
  /^(?:(?:a|an|the|A|An|The|one|One|another|Another)\s+)?((?:[\p{Ll}-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|representative|aide|adviser|advisor|official|source)s?\s+(?:for|to|at|with|from|close\s+to))\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}.*)$/u;
/** `… said a spokesman` followed by `for Acme`: whom the spokesman speaks for, after the noun phrase. */
const FOR_AFTER =
  /^[ \t]+(for|to|at|from)[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}\p{M}\p{N}&'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}\p{M}\p{N}&'’-]*){0,5})/u;
const SPEAKER_NOUN = /^(?:spokesman|spokeswoman|spokesperson|representative|aide|adviser|advisor|official|source)s?$/u;
/** `the Ofcom spokesman`, `an Acme official`, `Mr Lee's spokesman`: group 1 the capitalised words before the noun. */
const MODIFIED_SPEAKER =
  /^(?:(?:the|a|an|The|A|An)\s+)?((?:\p{Lu}[\p{L}\p{M}\p{N}&.'’-]*\s+(?:(?:of|the|and|for)\s+){0,2}){0,3}\p{Lu}[\p{L}\p{M}\p{N}&'’-]*)\s+(?:[\p{Ll}-]+\s+){0,1}[\p{Ll}]+$/u;
/** One person speaking for another (not `officials`: several, and `Senior officials` holds no name). */
const SINGLE_SPEAKER_NOUN = /^(?:spokesman|spokeswoman|spokesperson|representative|aide|adviser|advisor|official)$/u;

/** Is `words` (`Ofcom`, `Mr Lee`) a name the article writes elsewhere, not a capitalised adjective (`Senior`)? */
function namedIn(ctx: CorefContext, words: string): boolean {
  return /\p{Lu}/u.test(words) && ctx.mentions.fullest.has(lastToken(words));
}

/**
 * `The President`, `The Foreign Secretary`, `The Conservative Party Co-Chairman`: `the`, capitalised words and a
 * person's office (not `The Secretary of State`: the office ends the phrase).
 */
const OFFICE_DESCRIPTION =
  /^(?:the|The)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:(?:Co|Vice|Deputy)-)?(?:Chairman|Chairwoman|Secretary|Minister|Chancellor|President|Governor|Mayor|Director|Commissioner|Ambassador|Senator|Premier)$/u;

/**
 * `the Chairman of Harbour Council`, `the Director of the Harbour Trust`: an office of a body, written with capitals
 * after `the`, is the person who holds it (named before with it, or nobody by name), not the body it ends in.
 */
const OFFICE_OF_BODY =
  /^(?:the|The)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}((?:(?:Co|Vice|Deputy)-)?(?:[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]hair|[Ss]ecretary|[Mm]inister|[Cc]hancellor|[Pp]resident|[Gg]overnor|[Mm]ayor|[Dd]irector|[Cc]ommissioner|[Aa]mbassador|[Pp]remier|[Cc]hief|[Hh]ead|[Ll]eader|[Mm]anager|[Tt]reasurer|[Ss]peaker|[Dd]ean|[Pp]rincipal|[Pp]rovost|[Rr]ector|[Ee]ditor))\s+(?:of|for|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{N}&'’-]*)\.?$/u;

/**
 * The speaker of `a spokesman for X` (a decision, written in docs/attribution-coref.md; changed in the seventeenth
 * session, issue #11): the words are the spokesperson's, an unnamed person speaking for X, so the quotation is
 * nobody's by name, whether X is a body (`a spokeswoman for MTV said`, role `spokeswoman for MTV`) or a person (`a
 * spokesman for Mr Lee said` is not Lee's words). The body stays in the role. A body speaks itself only when the
 * text says so (`the company said`, `said an agency statement`).
 */
function speaksFor(fullRole: string): ResolvedSpeaker {
  return { name: null, role: fullRole.replace(/[.’']+$/u, ''), kind: 'nominal' };
}

/**
 * A body's name by its last word (`Home Office`, `Hampshire Police`, `Darlington Council`): a body even when the
 * article writes it nowhere else, as `a Home Office spokesman` names it.
 */
const BODY_NAME_END =
  /\s(?:Office|Police|Council|Ministry|Department|Embassy|Agency|Commission|Authority|Party|Association|Federation|Union|Institute|Trust|Service|Board|Committee|Company|Group|Corporation|Bank|Airlines|Airways|Ltd|Plc|Inc)$/u;

/** `the band's spokesman`, `the council's official spokesperson`: group 1 the body's noun. */
const BODY_SPOKESPERSON =
  /^(?:the|The)\s+([\p{Ll}]+)['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:spokesman|spokeswoman|spokesperson|representative)$/u;

/**
 * A spokesperson's noun and `for` (and a `the` the phrase may leave out) right before a phrase: `a spokesman for `,
 * `a spokesman for the ` before `Summit for the Arts` (group 1 from the noun's modifiers).
 */
const SPOKESPERSON_FOR_BEFORE =
  /(?<![\p{L}])((?:(?!(?:a|an|the|one|another)\s)[\p{Ll}-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|from)(?:\s+the)?)\s+$/u;

/**
 * A spokesperson's noun and `for`, then the opening of a body's name up to a joining word, right before a phrase: `a
 * spokesman for the Council for ` (group 1 the noun and `for`, group 2 the name's opening).
 */
const SPOKESPERSON_FOR_NAME_BEFORE =
  /(?<![\p{L}])((?:(?!(?:a|an|the|one|another)\s)[\p{Ll}-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|from))\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}&'’-]*\s+){1,4}(?:for|of|on|and)\s+)$/u;

/** `a Nevada Democrat`, `one Harbour Republican`: an indefinite article, capitalised words and a last word (group 1). */
const INDEFINITE_MEMBER =
  /^(?:a|an|one|another|A|An|One|Another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}(\p{Lu}[\p{Ll}]+)\.?$/u;
/** Members of a party or a faith, as news calls one unnamed: `a Nevada Democrat`. */
const PARTY_OR_FAITH_MEMBERS: ReadonlySet<string> = new Set(
  'Democrat Republican Conservative Tory Liberal Socialist Communist Labourite Nationalist Unionist Green Catholic Protestant Muslim Christian Jew Mormon Evangelical Sikh Hindu Buddhist'.split(
    ' ',
  ),
);

/** `the spokesman`, `The spokeswoman`: a spokesperson with nothing to say whose. */
const BARE_SPOKESPERSON = /^(?:the|The)\s+(?:spokesman|spokeswoman|spokesperson)$/u;

/** A spokesperson's phrase at a mention: `a BBC spokesman`, `A spokeswoman for MTV`, `an Interpol spokesperson`. */
const SPOKESPERSON_AT =
  /^(?:(?:a|an|the|A|An|The)\s+)?(?:[\p{L}\p{N}&.'’-]+\s+){0,5}?(?:spokesman|spokeswoman|spokesperson)(?![\p{L}])/u;

/**
 * The spokesperson a bare `the spokesperson` stands for: the latest one spoken of before (within reach), nobody by
 * name (`said an Interpol spokesperson. The spokesperson added` → role `Interpol spokesperson`, see `speaksFor`);
 * null when none was.
 */
function earlierSpokesperson(np: NounPhrase, ctx: CorefContext): ResolvedSpeaker | null {
  const { text } = ctx.doc;
  const floor = Math.max(ctx.bodyStart, np.start - SPOKESPERSON_REACH);
  let at = -1;
  let found: ResolvedSpeaker | null = null;
  for (let i = ctx.prior.length - 1; i >= 0; i--) {
    const s = ctx.prior[i]!;
    if (s.at >= np.start) continue;
    if (s.at < floor) break;
    const phrase = s.org ? SPOKESPERSON_AT.exec(text.slice(s.at, s.at + 80))?.[0] : undefined;
    if (phrase !== undefined) {
      at = s.at;
      found = speaksFor(phrase.replace(/^(?:the|a|an)\s+/iu, ''));
      break;
    }
  }
  for (const u of ctx.unnamed ?? []) {
    if (u.at < np.start && u.at >= floor && u.at > at && /(?:spokesman|spokeswoman|spokesperson)/u.test(u.role)) {
      at = u.at;
      found = { name: null, role: u.role, kind: 'nominal' };
    }
  }
  return found;
}

/** `The barrister who had represented Mr Lee`, `a woman whose son …`: group 1 the description before the clause. */
const RELATIVE_DESCRIPTION =
  /^((?:the|The|a|A|an|An)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),?\s+(?:who|whom|whose|that)\s+\S/u;

/**
 * The speaker of a description whose relative clause holds a name (`The barrister who had represented Mr Lee`):
 * the person the description alone stands for (`the barrister` named before), never a name inside the clause;
 * else an unnamed person, the whole phrase as the role.
 */
function describedByClause(np: NounPhrase, description: string, ctx: CorefContext): ResolvedSpeaker {
  const role = np.text.replace(/^(?:the|a|an)\s+/iu, '').replace(/[.’']+$/u, '');
  const clause = np.text.slice(description.length);
  const alone = { ...np, end: np.start + description.length, text: description, kind: 'nominal' as const };
  const indefinite = /^(?:a|an)\s/iu.test(description);
  const found = indefinite ? null : resolveDescription({ ...alone, indefinite: false }, ctx);
  const typed = found === null ? null : typeByName(found);
  const inClause =
    found !== null && new RegExp(`(?<![\\p{L}])${escapeRe(lastToken(found))}(?![\\p{L}])`, 'u').test(clause);
  // (only a person the article calls by the noun: the focus of the sentences before is too often someone else, `the
  // home secretary said Mr Howard was wrong. The barrister who had represented Mr Martin had said …`)
  const called = found !== null && calledBy(ctx, found, headOf(description), np.start);
  const name = found !== null && called && !inClause && (typed === null || canSpeak(typed)) ? found : null;
  return { name, role, kind: 'nominal' };
}

/** Does the text before `at` call `name` by the noun: `Judge Tom Barr`, `barrister Ann Roe`, `Roe, the barrister,`? */
function calledBy(ctx: CorefContext, name: string, head: string, at: number): boolean {
  const last = escapeRe(lastToken(name));
  const noun = escapeRe(head);
  return new RegExp(
    `(?<![\\p{L}])${noun}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}${last}(?![\\p{L}])|(?<![\\p{L}])${last}\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}(?![\\p{L}])`,
    'iu',
  ).test(ctx.doc.text.slice(Math.max(0, at - 2500), at));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Is `whole` (`Conservatives and Lib Dems`) two bodies joined by `and` or `&`, each written alone elsewhere in the
 * article (not `Marks and Spencer`, `Department for Education and Skills`: a name holding `and`)?
 */
function jointBodies(whole: string, np: NounPhrase, ctx: CorefContext): boolean {
  const parts = whole.split(/\s+(?:and|&)\s+/u);
  if (parts.length !== 2) return false;
  return parts.every((part) =>
    ctx.mentions.mentions.some((m) => (m.end <= np.start || m.start >= np.end) && m.name === part),
  );
}

/** `Harbour Society's Jo Lee`: a body's possessive and two capitalised words (group 1 the words). */
const BODY_MEMBER = /^.+['’]s?\s+(\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}(?:[\p{Ll}\p{M}]*['’-]\p{Lu})?[\p{Ll}\p{M}'’-]+)$/u;

/**
 * The person named after a body's possessive (`Harbour Society's Jo Lee`), when the article says the name is a
 * person's (a given name of the lists, a gender, or an honorific with the surname); else null (`Acme's Harbour Foods`).
 */
function memberOfBody(whole: string, ctx: CorefContext): string | null {
  const name = BODY_MEMBER.exec(whole)?.[1];
  if (name === undefined) return null;
  const [given, surname] = name.split(/\s+/u) as [string, string];
  if (ORG_WORDS.has(given) || ORG_WORDS.has(surname)) return null;
  const titled = new RegExp(`(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${escapeRe(surname)}(?![\\p{L}])`, 'u').test(ctx.doc.text);
  return isGivenName(given) || titled || genderOf(ctx.mentions, name) !== null ? name : null;
}

/** A person's name opening a clause, then a comma, right before a description: `," Mr Lee, ` (group 1 the name). */
const NAME_THEN_COMMA =
  /(?:^|(?<!(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen))[.!?]\s+|["”’]\s+|\n)((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}),[ \t]+$/u;

/**
 * The person a description is the appositive of (`Mr Prettejohn, Lloyd's chief executive said`): a name opening its
 * clause right before the description and a comma, that the article says is a person's (an honorific, a gender, or a
 * given name of the lists); else null.
 */
function appositiveOf(np: NounPhrase, ctx: CorefContext): string | null {
  if (!/^(?:the\s|\p{Lu}[\p{L}\p{M}'’-]*['’]s?\s)/u.test(np.text)) return null;
  // (a person's noun: `the staff letter` after `As for Mr. Kim,` is no appositive of his)
  if (!PERSON_NOUNS.has(headOf(np.text))) return null;
  const name = NAME_THEN_COMMA.exec(ctx.doc.text.slice(Math.max(0, np.start - 60), np.start))?.[1];
  if (name === undefined || name.split(/\s+/u).some((w) => ORG_WORDS.has(w))) return null;
  const typed = typeByName(name);
  if (typed !== null && typed !== 'person') return null;
  const full = expandName(ctx.mentions, name.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/u, ''));
  const person =
    /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/u.test(name) ||
    genderOf(ctx.mentions, full) !== null ||
    isGivenName(full.split(' ', 1)[0]!);
  return person ? full : null;
}

/** A description's opening: an article, a possessive pronoun or a lower-case word. */
const DESCRIPTION_START = /^(?:(?:the|The|a|A|an|An|His|Her|Their|his|her|their)\s|[\p{Ll}])/u;

/** An appositive ending in a person's name: `the Rt Rev Dr Tom Wendle`, `doctoral candidate Ann Roe` (group 1 the name). */
const APPOSITIVE_NAME =
  /^(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,4}(?:(?:Rt|Most|Very|Rev|Reverend|Hon|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Professor|Prof)\.?\s+)*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})$/u;

/** The person's name an appositive ends in (see `APPOSITIVE_NAME`), or null: not a body's (`the Harbour Trust`). */
function appositiveName(appositive: string | null): string | null {
  if (appositive === null) return null;
  const found = APPOSITIVE_NAME.exec(appositive.trim());
  const name = found?.[1];
  if (found === null || name === undefined || name.split(/\s+/u).some((w) => ORG_WORDS.has(w))) return null;
  // (descriptors only: not a clause, `which is chaired by Jo Lee`, `whose real name is Jo Lee`)
  const words = found[0]
    .slice(0, found[0].length - name.length)
    .toLowerCase()
    .split(/\s+/u);
  if (words.some((w) => NOT_DESCRIPTOR_WORDS.has(w) || /^(?:which|whose|whom)$/u.test(w))) return null;
  const typed = typeByName(name);
  return typed === null || typed === 'person' ? name : null;
}

/** `the prime minister's office`: a person's description (group 1, lower case) and `office`. */
const PERSONS_OFFICE = /^(?:the|The)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)['’]s?\s+(?:private\s+|press\s+)?office$/u;

/** Documents a person writes or has written for them: `the Kok report`, `the Lee letter`. */
const PERSONS_DOCUMENTS: ReadonlySet<string> = new Set(['report', 'statement', 'letter', 'memo', 'review', 'study']);

/** A person's or a body's campaign or administration: a body of its own (`the Biden campaign` is not Biden). */
const OWNED_BODIES: ReadonlySet<string> = new Set(['campaign', 'administration']);

/**
 * The name of a body described with a name before its noun, when that name alone is not the body: `the Biden
 * campaign` → `Biden campaign` (`Cruz's campaign` → `Cruz campaign`). Null when the name before the noun is the
 * body's own (`the Acme group`, `an Élysée Palace statement`). A place or a nationality before the noun is left to
 * the caller.
 */
function bodyOfItsOwn(head: string, body: string): string | null {
  if (!OWNED_BODIES.has(head)) return null;
  const typed = typeByName(body);
  return typed === null || canSpeak(typed) ? `${body} ${head}` : null;
}

/** How far back a bare `the spokesperson` looks for the spokesperson it stands for (characters). */
const SPOKESPERSON_REACH = 1500;

/** How near a name's mention its body must be written for the office of that body to be the name's (characters). */
const OFFICE_BODY_REACH = 100;

/**
 * The holder of `the Chairman of Harbour Council`: the person the office alone (`the Chairman`) stands for, when the
 * body is written near a mention of that person before (`Harbour Council Chairman Ann Roe`, `Ann Roe, the chairman of
 * Harbour Council,`); otherwise an unnamed person (not the body, and not whoever is in focus).
 */
function officeOfBody(np: NounPhrase, office: string, body: string, ctx: CorefContext): ResolvedSpeaker {
  const role = np.text.replace(/^(?:the|The)\s+/u, '').replace(/[.’']+$/u, '');
  const found = resolveDescription({ ...np, text: `the ${office}`, kind: 'nominal', indefinite: false }, ctx);
  const typed = found === null ? null : typeByName(found);
  if (found === null || (typed !== null && !canSpeak(typed))) return { name: null, role, kind: 'nominal' };
  const { text } = ctx.doc;
  const last = lastToken(found);
  const near = ctx.mentions.mentions.some(
    (m) =>
      m.start < np.start &&
      (m.name === found || lastToken(m.name) === last) &&
      text
        .slice(Math.max(0, m.start - OFFICE_BODY_REACH), Math.min(np.start, m.end + OFFICE_BODY_REACH))
        .includes(body),
  );
  return { name: near ? found : null, role, kind: 'nominal' };
}

/**
 * Bodies that lower-case words between a name and the noun are part of (`the Commons science committee`, `the Harbour
 * teachers union`); not a firm's nouns, whose words say its trade (`the Acme software company` is Acme).
 */
const NAMED_WITH_MODIFIERS: ReadonlySet<string> = new Set([
  'committee',
  'club',
  'union',
  'association',
  'council',
  'commission',
  'board',
  'federation',
  'society',
  'league',
]);

/**
 * `the Commons science and technology committee`: `the`, capitalised words (no possessive), one to four lower-case
 * words and the noun; group 1 the words from the first capital on.
 */
const CAPS_THEN_LOWER = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}\p{M}\p{N}&.-]*\s+)+(?:[\p{Ll}-]+\s+){1,4}[\p{Ll}]+)$/u;

/** An honorific written before a surname: `Mr Press`, `Dr. Church`. */
const HONORIFIC_WORD = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/u;
/** A surname as a person's name ends: one capitalised word of letters (not `BBC`, not `4`). */
const SURNAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** The lower-case words inside a body's name before a capitalised word (`Bank of Ann Arbor`, `Church of Jesus …`). */
const NAME_JOINERS = /^(?:of|and|for|the|on|in|at|to|de|du|la|le|el|al|von|van|&)$/u;

/**
 * `Radio Harbour DJ Ann Lee`, `Harbour Bank cashier Mark Roe`, `Mr Press`, `Ann Bank` (named `Ms Bank` or `Ann Bank,
 * who` too): a phrase read as a body's name for an organisation word in it that ends in a person's name (a given
 * name of the hand-kept list and a surname, or an honorific and a surname; a given name of the wider lists when the
 * article writes the surname with an honorific too) is the person, the words before the name the person's role. An organisation word as the surname itself (`Ann Bank`, not `Victoria Press` the publisher)
 * needs the article to say it is a person's: an honorific with the surname, or `Ann Bank, who` / `Ann Bank, 45,`.
 * Returns the name's start in `whole` (the role the words before it), or null when the phrase is a body's.
 */
function personalNameTail(whole: string, ctx: CorefContext): { at: number; gender: 'm' | 'f' | null } | null {
  const words = whole.split(/\s+/u);
  const n = words.length;
  if (n < 2) return null;
  const surname = words[n - 1]!;
  if (!SURNAME_WORD.test(surname)) return null;
  const before = (k: number): number => words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
  // `Mr Press`, `Dr Ann Church`: an honorific opens the name
  const honorificAt = HONORIFIC_WORD.test(words[n - 2]!)
    ? n - 2
    : n > 2 && HONORIFIC_WORD.test(words[n - 3]!) && givenGender(words[n - 2]!) !== undefined
      ? n - 3
      : -1;
  if (honorificAt >= 0) {
    const honorific = words[honorificAt]!.replace(/\.$/u, '');
    const gender = honorific === 'Mr' ? 'm' : honorific === 'Dr' ? null : 'f';
    return { at: before(honorificAt + 1), gender };
  }
  const given = words[n - 2]!;
  if (ORG_WORDS.has(given) || !SURNAME_WORD.test(given)) return null;
  // (`Bank of Ann Arbor`: a given name after a name's joining word is inside the body's name)
  if (n > 2 && NAME_JOINERS.test(words[n - 3]!)) return null;
  const { text } = ctx.doc;
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // the article's honorific for the surname, and the gender it gives (`Ms Lee`)
  const titled = new RegExp(`\\b(Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${esc}\\b`, 'u').exec(text)?.[1];
  let gender: 'm' | 'f' | null | undefined = givenGender(given);
  if (gender === undefined) {
    // `Radio Harbour DJ Jo Lee … Ms Lee said`: a given name of the wider lists (one the article never writes in
    // lower case: not `royal`, `chase`) with a surname the article gives an honorific
    if (!isGivenName(given) || new RegExp(`\\b${given.toLowerCase()}\\b`, 'u').test(text)) return null;
    if (titled === undefined || ORG_WORDS.has(surname)) {
      // … or, after words of a role (`Radio Harbour DJ Pete Lee said: "…" He added`), a given name of the men's list
      // only that the next sentence takes up with `He`
      return n > 2 && !ORG_WORDS.has(surname) && listedAsMan(given) && takenUpBy(text, given, esc, 'He')
        ? { at: before(n - 2), gender: 'm' }
        : null;
    }
    gender = titled === 'Mr' ? 'm' : titled === 'Dr' ? null : 'f';
  }
  if (ORG_WORDS.has(surname) && titled === undefined) {
    const said = new RegExp(`\\b${given}\\s+${esc},\\s+(?:who\\b|\\d{1,3},)`, 'u');
    // `Jim Press told the meeting: "…" He added …`: the next sentence taken up by a pronoun of the given name's gender
    // (a body is no `he`; `said Victoria Press.` alone stays the publisher's)
    const pronoun = gender === 'm' ? 'He' : gender === 'f' ? 'She' : null;
    if (!said.test(text) && (pronoun === null || !takenUpBy(text, given, esc, pronoun))) return null;
  }
  return { at: before(n - 2), gender: gender ?? null };
}

/** Does the sentence after `given surname` open with `pronoun` (`Jim Press told the meeting: "…" He added`)? */
function takenUpBy(text: string, given: string, escapedSurname: string, pronoun: 'He' | 'She'): boolean {
  return new RegExp(
    `\\b${given}\\s+${escapedSurname}\\b[^.!?\\n]{0,200}[.!?]["”’]?\\s+${pronoun}\\s+\\p{Ll}`,
    'u',
  ).test(text);
}

/**
 * `text.split(/\s+/u).some((w) => words.has(w))` without the array: the runs between white space read one by one
 * (no astral character is white space; the empty ends of a split are no word of a list).
 */
function holdsWordOf(text: string, words: ReadonlySet<string>): boolean {
  const n = text.length;
  for (let i = 0; i < n;) {
    while (i < n && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpaceUnit(text.charCodeAt(i))) i++;
    if (words.has(text.slice(start, i))) return true;
  }
  return false;
}

/** A plain honorific and a surname alone: `Mr Lee`, `Mrs. Roe` (group 1 the surname). */
const PLAIN_HONORIFIC_SURNAME = /^(?:Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}\p{M}'’-]+)$/u;

/**
 * `But Mr Lee insisted` where the article names Sir Jon Lee (called `Sir Jon` after) and Tom Lee: a plain honorific
 * is never how a knight, a dame or a peer is addressed, so of the full names bearing the surname, those the article
 * writes after `Sir`, `Dame`, `Lord` or `Lady` (`Sir Jon`) are not meant. The one full name left; null when the
 * titles rule out none or leave no single name (the name is then expanded as before).
 */
function plainlyAddressed(np: NounPhrase, ctx: CorefContext): string | null {
  const m = PLAIN_HONORIFIC_SURNAME.exec(np.text.replace(/[.,’']+$/u, ''));
  if (m === null) return null;
  const names = ctx.mentions.fullNames.get(m[1]!);
  if (names === undefined || names.length < 2) return null;
  const { text } = ctx.doc;
  const titled = (full: string): boolean =>
    new RegExp(`(?:Sir|Dame|Lord|Lady)\\s+${escapeRe(full.split(' ')[0]!)}(?![\\p{L}])`, 'u').test(text);
  const plain = names.filter((n) => !titled(n));
  return plain.length === 1 && plain.length < names.length ? plain[0]! : null;
}

/** Resolves a speaker phrase to a name, role and kind. */
export function resolveSpeaker(np: NounPhrase, ctx: CorefContext): ResolvedSpeaker {
  const { mentions: index } = ctx;
  // `"…," it said`, `It added that "…"`: the body in focus before, when there is one (see `resolveIt`); else as before
  if (/^it$/iu.test(np.text)) {
    const body = resolveIt(np, ctx);
    if (body !== null) return { name: body, role: null, kind: 'pronoun' };
  }
  if (np.kind === 'pronoun') {
    const antecedent = resolvePronoun(np, ctx);
    if (antecedent === null || typeof antecedent === 'string') return { name: antecedent, role: null, kind: 'pronoun' };
    // `The Ofcom spokesman said …. "…," he said`, `A spokesman for the Harbour Trust said …. "…," he said`: the
    // unnamed description it stands for, speaking for a body or not, is unnamed still (see `speaksFor`)
    return speaksFor(antecedent.role);
  }
  // `A spokesman for the Harbour Office said`: a body's name a rule read alone, right after a spokesperson's `for`, is
  // whom the unnamed spokesperson speaks for (see `speaksFor`), not the speaker
  const lead = ctx.doc.text.slice(Math.max(0, np.start - 60), np.start);
  // (the pattern is end-anchored, tried at every offset: read only where one of its nouns stands)
  const spokesperson = /spokes|representative/u.test(lead) ? SPOKESPERSON_FOR_BEFORE.exec(lead) : null;
  if (spokesperson !== null && /^(?:the\s+)?\p{Lu}/u.test(np.text))
    return speaksFor(`${spokesperson[1]!.replace(/\s+/gu, ' ')} ${np.text}`);
  // `A spokesman for the Council for the Arts said`: the phrase read is the end of the body's name, which opened
  // right after the spokesperson's `for`
  const inName = /spokes|representative/u.test(lead) ? SPOKESPERSON_FOR_NAME_BEFORE.exec(lead) : null;
  if (inName !== null && /^(?:the\s+)?\p{Lu}/u.test(np.text))
    return speaksFor(`${inName[1]!} ${inName[2]!}${np.text}`.replace(/\s+/gu, ' '));
  // `said a Nevada Democrat`, `an Iowa Republican said`: one unnamed member of a party, a faith or a nation, not a
  // name (the words after the article are the role)
  const member = /^(?:an?|one|another)\s/iu.test(np.text) ? INDEFINITE_MEMBER.exec(np.text) : null;
  if (member !== null && (PARTY_OR_FAITH_MEMBERS.has(member[1]!) || NATIONALITIES.has(member[1]!)))
    return { name: null, role: np.text.replace(/^\S+\s+/u, '').replace(/\.$/u, ''), kind: 'nominal' };
  // `The Bishop of Harbour, the Rt Rev Tom Wendle, said`, `The study's lead author, doctoral candidate Ann Roe, said`:
  // a description whose appositive ends in a person's name is that person
  const named = DESCRIPTION_START.test(np.text) ? appositiveName(np.appositive) : null;
  if (named !== null)
    return { name: expandName(index, named), role: np.text.replace(/^(?:the|a|an)\s+/iu, ''), kind: 'named' };
  // `said the Chairman of Harbour Council`: an office of a body is the person who holds it, not the body
  const office = OFFICE_OF_BODY.exec(np.text);
  if (office !== null) return officeOfBody(np, office[1]!, office[2]!, ctx);
  if (np.kind === 'nominal') {
    // `," Mr Prettejohn, Lloyd's chief executive said`: a description right after a person's name and a comma is
    // that person's appositive; the name speaks
    const appositiveOwner = appositiveOf(np, ctx);
    if (appositiveOwner !== null)
      return { name: appositiveOwner, role: np.text.replace(/^(?:the|a|an)\s+/iu, ''), kind: 'named' };
    // `her statement said`, `his lawsuit claims`: a document of a person speaks for the person the
    // possessive pronoun stands for (not `her spokesman`: someone else speaking for her)
    const owner = POSSESSED_DOCUMENT.exec(np.text);
    if (owner !== null) {
      const pronoun = { ...np, end: np.start + owner[1]!.length, text: OWNER_PRONOUN[owner[1]!.toLowerCase()]! };
      const antecedent = resolvePronoun({ ...pronoun, kind: 'pronoun' }, ctx);
      if (typeof antecedent === 'string') return { name: antecedent, role: null, kind: 'pronoun' };
    }
    const head = (np.text.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[.’']+$/u, '');
    // (`said a Vodafone spokesman.`: a phrase read up to a sentence's end keeps its period)
    const bare = np.text.replace(/\.$/u, '');
    // `the Ofcom spokesman`, `Mr Lee's spokesman`: whom it speaks for stands before the noun
    const modifier = SINGLE_SPEAKER_NOUN.test(head) ? MODIFIED_SPEAKER.exec(bare) : null;
    const principal = modifier?.[1]?.replace(/['’]s?$/u, '');
    // `a Home Office spokesman`, `A Scottish Labour Party spokesman`: a body's name by its last word is that body as
    // written, whether or not the article writes it elsewhere (not a person's: `a Mr Lee spokesman` is no body's)
    // (an unnamed person speaking for it, the body kept in the role: see `speaksFor`)
    if (principal !== undefined && (BODY_NAME_END.test(principal) || namedIn(ctx, principal)))
      return speaksFor(bare.replace(/^(?:the|a|an)\s+/iu, ''));
    // `the band's spokesman`, `the council's spokesperson`: the spokesperson of a body described before speaks for it,
    // unnamed, the body in the role (`Harbour Council spokesperson`)
    const ofBody = BODY_SPOKESPERSON.exec(bare);
    if (ofBody !== null && ORG_BODIES.has(ofBody[1]!)) {
      const body = resolveOrgDescription({ ...np, text: `the ${ofBody[1]!}` }, ctx, ofBody[1]!);
      const noun = bare.slice(bare.search(/['’]/u)).replace(/^['’]s?\s+/u, '');
      return speaksFor(body === null ? bare.replace(/^(?:the|a|an)\s+/iu, '') : `${body} ${noun}`);
    }
    // `The spokesperson added` after `an Interpol spokesperson stated`: the spokesperson spoken of before
    if (BARE_SPOKESPERSON.test(bare)) {
      const earlier = earlierSpokesperson(np, ctx);
      if (earlier !== null) return earlier;
    }
    // `said a spokesman for Acme`: the phrase read stops at the noun; whom it speaks for follows
    if (SPEAKER_NOUN.test(head)) {
      const after = FOR_AFTER.exec(ctx.doc.text.slice(np.end, np.end + 120));
      if (after !== null) {
        const role = `${np.text.replace(/^(?:the|a|an|one|another)\s+/iu, '')} ${after[1]!} ${after[2]!}`;
        return speaksFor(role);
      }
    }
    const caps = np.text
      .split(/\s+/u)
      .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|One|Another|His|Her|Their)$/u.test(w));
    if (ORG_NOUNS.has(head) && caps.length > 0) {
      // `an Élysée Palace statement`, `the Trump campaign` (not `a German statement`: a nationality or a
      // place before the noun names no body)
      const body = caps.join(' ').replace(/['’]s$/u, '');
      const own = bodyOfItsOwn(head, body);
      if (own !== null) return { name: own, role: null, kind: 'organization' };
      // `Lee's statement said`: a statement of a person the article knows speaks for that person
      if (/['’]s\s+\S+$/u.test(np.text) && !body.includes(' ') && ctx.isPerson?.(body) === true)
        return { name: expandName(index, body), role: null, kind: 'named' };
      // `the Kok report said` after `Wim Kok … Mr Kok`: a document named for a surname the article gives a person's
      // gender (an honorific, a gendered given name) is that person's
      if (PERSONS_DOCUMENTS.has(head) && !body.includes(' ') && genderOf(index, body) !== null)
        return { name: expandName(index, body), role: null, kind: 'named' };
      const typed = typeByName(body);
      if (typed === null || canSpeak(typed)) {
        // `the Commons science and technology committee`, `the Harbour FC supporters club`: lower-case words between
        // the name and a body's noun are the body's own (it is a committee of the Commons, not the Commons)
        const whole = NAMED_WITH_MODIFIERS.has(head) ? CAPS_THEN_LOWER.exec(bare)?.[1] : undefined;
        return { name: whole ?? body, role: null, kind: 'organization' };
      }
      // `the German government`: a nationality or a place before the noun says which body, and it is none
      // named before (not `the Soviet Union` of an earlier sentence)
      if (ORG_BODIES.has(head) && !body.includes('-'))
        return { name: null, role: np.text.replace(/^(?:the|a|an)\s+/iu, ''), kind: 'nominal' };
    }
    // `Director of National Intelligence Ratcliffe said`: an office and a surname name the person
    const holder = officeHolderAt(index, ctx.doc.text, np.start);
    if (holder !== null) return { ...holder, kind: 'named' };
    // `the lawsuit said`: court papers with no author named speak for no one (not for the person they are about)
    if (LEGAL_DOCUMENTS.has(head))
      return { name: null, role: np.text.replace(/^(?:the|a|an|one|another)\s+/iu, ''), kind: 'nominal' };
    // `said a statement from the Harbour Alliance`: the document speaks for whom it is said to be from
    const issuer = issuedBy(ctx, head, np.end);
    if (issuer !== null)
      return { name: issuer, role: null, kind: ctx.isPerson?.(issuer) === true ? 'named' : 'organization' };
    // `said an agency statement`, `the ministry's statement`: the document of a body named before speaks for it
    const body = /(?:^|\s)([\p{Ll}]+)(?:['’]s)?\s+(?:statement|release|report|letter|memo)\.?$/u.exec(np.text)?.[1];
    if (body !== undefined && ORG_BODIES.has(body)) {
      const org = resolveOrgDescription(np, ctx, body);
      if (org !== null) return { name: org, role: null, kind: 'organization' };
    }
    // `The prime minister's office said`: the office of a person described is that person's, as `Mr Lee's office` is
    // Lee's (only when the description names someone)
    const ownerOffice = PERSONS_OFFICE.exec(bare);
    if (ownerOffice !== null && PERSON_NOUNS.has(headOf(ownerOffice[1]!))) {
      const ownerText = `${bare.slice(0, 4)}${ownerOffice[1]!}`;
      const owner = resolveDescription(
        { ...np, end: np.start + ownerText.length, text: ownerText, indefinite: false },
        ctx,
      );
      const typed = owner === null ? null : typeByName(owner);
      if (owner !== null && (typed === null || typed === 'person') && ctx.isPerson?.(owner) !== false)
        return { name: owner, role: np.text.replace(/^(?:the|a|an)\s+/iu, ''), kind: 'nominal' };
    }
    const found = resolveDescription(np, ctx);
    // a description is never resolved to a place, a time or a common word (`the capital` → `London`)
    const typed = found === null ? null : typeByName(found);
    const name = typed === null || canSpeak(typed) ? found : null;
    return { name, role: np.text.replace(/^(?:the|a|an|one|another)\s+/iu, ''), kind: 'nominal' };
  }
  // `The Conservative Party Co-Chairman said`, `The President said`: an office written with capitals after `the` is
  // a description of the person who holds it (named before with it, or the focus), never a body's name
  if (OFFICE_DESCRIPTION.test(np.text)) {
    const found = resolveDescription({ ...np, kind: 'nominal', indefinite: false }, ctx);
    const typed = found === null ? null : typeByName(found);
    return {
      name: typed === null || canSpeak(typed) ? found : null,
      role: np.text.replace(/^(?:the|The)\s+/u, ''),
      kind: 'nominal',
    };
  }
  // `a spokesman for Acme said`, `a spokesman for Jo Lee said`: an unnamed person speaking for them
  const spokes = SPEAKS_FOR_PHRASE.exec(np.text);
  if (spokes !== null) return speaksFor(`${spokes[1]!} ${spokes[2]!}`);
  // `The barrister who had represented Mr Lee said`: a description with a relative clause is the person it
  // describes, not the name inside the clause
  const relative = RELATIVE_DESCRIPTION.exec(np.text);
  if (relative !== null) return describedByClause(np, relative[1]!, ctx);
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
  const parts = ctx.mentions.split(np.text.replace(/^(?:the|The)\s+/u, ''));
  if (parts === null) {
    // `King says`, `Mr King said` after `Billie Jean King`: a title word that the article gives as a
    // person's surname is that person
    const bare = np.text.replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/u, '').replace(/[.’']+$/u, '');
    const full = /^\p{Lu}[\p{L}-]*$/u.test(bare) ? index.fullest.get(bare) : undefined;
    if (full !== undefined && full.includes(' ')) return { name: full, role: null, kind: 'named' };
    // `said Director of National Intelligence Ratcliffe`: the title read alone opens an office and a surname
    const holder = officeHolderAt(index, ctx.doc.text, np.start);
    if (holder !== null) return { ...holder, kind: 'named' };
    return { name: null, role: null, kind: 'named' };
  }
  // `Democratic National Committee Chairman Ed Rendell`: a body's name inside a title before a full
  // name is the person's role, not the speaker
  const titledPerson = parts.role !== null && parts.name.includes(' ') && TITLE_END.test(parts.role);
  const org = parts.org || /^(?:the|The)\s/u.test(np.text) || (!titledPerson && holdsWordOf(np.text, ORG_WORDS));
  // `Radio Harbour DJ Ann Lee`, `Mr Press`: an organisation word before a person's name, or as a surname, is no body
  const person = org ? personalNameTail(np.text.replace(/^(?:the|The)\s+/u, '').replace(/[.’']+$/u, ''), ctx) : null;
  if (person !== null) {
    const bare = np.text.replace(/^(?:the|The)\s+/u, '').replace(/[.’']+$/u, '');
    const written = bare.slice(person.at);
    // (a given name and a surname expand only to a fuller name opening with that given name: not to a longer run
    // the index holds for the surname, role words and all; an honorific's surname alone is expanded)
    const expanded = expandNameAs(index, written, person.gender);
    const name = written.includes(' ') && !expanded.startsWith(`${written.split(' ')[0]!} `) ? written : expanded;
    const prefix = bare
      .slice(0, person.at)
      .trim()
      .replace(/\s*(?:Mr|Mrs|Ms|Miss|Dr)\.?$/u, '');
    return { name, role: prefix === '' ? (index.roles.get(lastToken(name)) ?? null) : prefix, kind: 'named' };
  }
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
    // `The Fabian Society's Sundar Katwala said`: a body's person speaks, not the body
    const member = memberOfBody(whole, ctx);
    if (member !== null) return { name: expandName(index, member), role: null, kind: 'named' };
    // `The Conservatives and Lib Dems said`: bodies the article names apart, speaking together, are no one body; the
    // words are theirs jointly, and naming either alone would say it spoke alone
    if (jointBodies(whole, np, ctx)) return { name: null, role: whole, kind: 'nominal' };
    // `the IRGC`, `the Corps`: a body's acronym or last word is the body named in full (src/extract/mentions.ts)
    return { name: index.bodies?.get(whole) ?? whole, role: null, kind: 'organization' };
  }
  // `Mrs. Clinton said` where the article names Bill and Hillary Clinton: the honorific picks the full name (a plain
  // honorific is no knight's or peer's: see `plainlyAddressed`)
  const name = plainlyAddressed(np, ctx) ?? expandNameAs(index, parts.name, parts.gender);
  const role =
    parts.role ??
    index.roles.get(lastToken(name)) ??
    (np.appositive && /^(?:a|an|the)\s/iu.test(np.appositive) ? np.appositive.replace(/^(?:a|an|the)\s+/iu, '') : null);
  return { name, role, kind: 'named' };
}
