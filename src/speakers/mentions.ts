/**
 * Reading speaker names for resolution: one quote's mention, the overrides' pins, and the keys and
 * comparisons that group mentions (full names, surnames, roles).
 */
import type { Article, ExtractedQuote } from '../model/types.js';
import { exactKey, parseName, type ParsedName } from './names.js';
import type { SpeakerOverrides } from './overrides.js';
import { cleanRole } from './roles.js';
import { TITLES } from '../lexicon/titles.js';

/** One quote's speaker name, read. */
export interface Mention {
  quote: number;
  articleId: string;
  parsed: ParsedName;
  /** Name forms seen for this quote (titles off, honorific kept): `Tony Blair`, `Mr Blair`, `Blair`. */
  surfaces: string[];
  /** Roles the text states with the name: a title, an apposition, the extractor's role for a named mention. */
  roles: string[];
  /**
   * Roles that only come from a nominal mention the extractor linked to this name ("the prime minister said"):
   * a coreference guess, kept for the speaker only when the corpus gives that role to nobody more often.
   */
  guessedRoles: string[];
  /** What the extractor's entity layer typed the speaker as in its article, when it did. */
  entity: 'person' | 'organization' | null;
  date: string | null;
}

/** A pinned speaker from the overrides, with its names read. */
export interface Pin {
  name: string;
  id: string | undefined;
  role: string | undefined;
  kind: 'person' | 'organization';
  aliases: string[];
  parsed: ParsedName;
}

/** How a group got its identity when an override names it. */
export type GroupOrigin = { pin: number } | { split: { speaker: string; role: string | undefined } };

export function readPins(overrides: SpeakerOverrides | null | undefined): Pin[] {
  return (overrides?.speakers ?? []).flatMap((s) => {
    const parsed = parseName(s.name, s.kind === 'organization' ? 'organization' : 'named');
    if (!parsed) return [];
    return [{ name: s.name, id: s.id, role: s.role, kind: s.kind ?? parsed.kind, aliases: s.aliases ?? [], parsed }];
  });
}

export function readMention(
  quote: ExtractedQuote,
  index: number,
  article: Article | undefined,
  parse: typeof parseName,
): Mention | null {
  const { attribution } = quote;
  if (!attribution.name) return null;
  // a name the article shows to be a body's (`Acme said its profits …`) is read as an organisation's name,
  // so it never groups with a person of the same surname
  const entity = attribution.entity ?? null;
  const parsed = parse(attribution.name, entity === 'organization' ? 'organization' : attribution.kind);
  if (!parsed) return null;
  const surfaces = nameForms(parsed, attribution.name);
  if (attribution.kind === 'named' && attribution.mention) {
    const mentionName = parse(attribution.mention.text, attribution.kind);
    // A mention is an alias only when it names the same person: "Jeb Bush" is not an alias of "George Bush".
    const sameName =
      mentionName?.lastKey === parsed.lastKey &&
      (mentionName.firstKey === null || mentionName.firstKey === parsed.firstKey);
    if (sameName) surfaces.push(...nameForms(mentionName, attribution.mention.text));
  }
  // Roles the extractor read from the sentence must name a role; roles read off the name may be an affiliation.
  const sentenceRole = attribution.role ? cleanRole(attribution.role, true) : null;
  const guessed = attribution.kind === 'nominal';
  const roles = [
    ...(sentenceRole && !guessed ? [sentenceRole] : []),
    ...(parsed.role ?? '')
      .split(/,\s*/)
      .filter((r) => r !== '')
      .map((r) => cleanRole(r, false)),
  ].filter((r): r is string => r !== null);
  return {
    quote: index,
    articleId: quote.articleId,
    parsed,
    surfaces: surfaces.map(cleanSurface).filter(isNameLike),
    roles: dedupeBy(roles, exactKey),
    guessedRoles: sentenceRole && guessed ? [sentenceRole] : [],
    entity,
    date: quote.saidAt?.value ?? article?.publishedAt ?? null,
  };
}

/**
 * {@link readMention} for many quotes: what a mention reads off its name (the parsed name, its surfaces and roles)
 * depends only on the attribution's name, kind, entity, mention and role, so quotes that share them share those
 * (read-only) values instead of each holding copies. The mentions are the ones `readMention` gives.
 */
export function mentionReader(
  parse: typeof parseName,
): (quote: ExtractedQuote, index: number, article: Article | undefined) => Mention | null {
  const named = new Map<string, Pick<Mention, 'parsed' | 'surfaces' | 'roles' | 'guessedRoles'> | null>();
  return (quote, index, article) => {
    const { attribution } = quote;
    if (!attribution.name) return null;
    const mention = attribution.kind === 'named' && attribution.mention ? attribution.mention.text : '';
    const key = `${attribution.entity ?? ''}\u0001${attribution.kind ?? ''}\u0001${attribution.role ?? '\u0002'}\u0001${mention}\u0001${attribution.name}`;
    let shared = named.get(key);
    if (shared === undefined) {
      const read = readMention(quote, index, article, parse);
      shared = read && {
        parsed: read.parsed,
        surfaces: read.surfaces,
        roles: read.roles,
        guessedRoles: read.guessedRoles,
      };
      named.set(key, shared);
    }
    if (shared === null) return null;
    return {
      quote: index,
      articleId: quote.articleId,
      ...shared,
      entity: attribution.entity ?? null,
      date: quote.saidAt?.value ?? article?.publishedAt ?? null,
    };
  };
}

/**
 * The ways a name is written that are worth keeping as aliases: the name without titles, with its honorific
 * (`Mr Blair`, `Sir Alan Lee`), and for an organisation the name as written (`Tories` for `Conservatives`).
 * Titles and the words before them stay out: "Prime Minister Ann Lee" gives `Ann Lee` and the role.
 */
export function nameForms(parsed: ParsedName, written: string): string[] {
  const forms = [parsed.display];
  if (parsed.honorific) forms.push(`${parsed.honorific} ${parsed.display}`);
  if (parsed.kind === 'organization')
    forms.push(
      written
        .trim()
        .replace(/^the\s+/i, '')
        .replace(/['’]s?$/u, ''),
    );
  return forms;
}

/**
 * "The prime minister said", linked by the extractor to a name, is a guess; the corpus decides. A guessed role stays
 * with the speakers who hold it most often (stated or guessed) across the corpus, and is dropped from the others:
 * a deputy whom "the prime minister" was once wrongly resolved to does not become a prime minister.
 */
export function settleGuessedRoles(
  mentions: ReadonlyArray<Mention | null>,
  members: ReadonlyMap<string, readonly number[]>,
): Array<Mention | null> {
  // Per role, per speaker: how often it is stated, how often seen at all. Stated beats guessed.
  const held = new Map<string, Map<string, { stated: number; seen: number }>>();
  const rootOf = new Map<number, string>();
  for (const [root, indices] of members) {
    for (const i of indices) {
      rootOf.set(i, root);
      const m = mentions[i]!;
      for (const [role, stated] of [
        ...m.roles.map((r) => [r, 1] as const),
        ...m.guessedRoles.map((r) => [r, 0] as const),
      ]) {
        const key = exactKey(role);
        if (!held.has(key)) held.set(key, new Map());
        const entry = held.get(key)!.get(root) ?? { stated: 0, seen: 0 };
        held.get(key)!.set(root, { stated: entry.stated + stated, seen: entry.seen + 1 });
      }
    }
  }
  const isTopHolder = (role: string, root: string): boolean => {
    const holders = [...(held.get(exactKey(role))?.values() ?? [])];
    const mine = held.get(exactKey(role))?.get(root);
    return !!mine && holders.every((h) => h.stated < mine.stated || (h.stated === mine.stated && h.seen <= mine.seen));
  };
  return mentions.map((m, i) => {
    const root = rootOf.get(i);
    if (!m || m.guessedRoles.length === 0 || root === undefined) return m;
    return {
      ...m,
      roles: dedupeBy([...m.roles, ...m.guessedRoles.filter((role) => isTopHolder(role, root))], exactKey),
    };
  });
}

/** A corpus's "Mr X" means its dominant X when one X is quoted by full name this many times more than all the others together. */
export const DOMINANCE_RATIO = 5;
/** ...and at least this many times, so that two one-off quotes decide nothing. */
export const DOMINANCE_MIN_QUOTES = 5;

/** The candidate quoted by full name far more often than the others together, if there is one. */
export function dominant(
  candidates: readonly string[],
  fullNameQuotes: ReadonlyMap<string, number>,
): string | undefined {
  const counted = candidates
    .map((k) => ({ k, n: fullNameQuotes.get(k) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.k.localeCompare(b.k));
  const [top, ...rest] = counted;
  const others = rest.reduce((sum, c) => sum + c.n, 0);
  return top && top.n >= DOMINANCE_MIN_QUOTES && top.n >= DOMINANCE_RATIO * Math.max(1, others) ? top.k : undefined;
}

/** The head word of a role, for comparing roles loosely: "U.S. President" → `president`. */
export function roleHead(role: string): string {
  const head = exactKey(role).split(' ').pop() ?? '';
  const expanded = TITLES.find((t) => t.expand && t.words.length === 1 && t.words[0] === head)?.expand;
  return expanded ? exactKey(expanded) : head;
}

export function cleanSurface(surface: string): string {
  return surface.trim().replace(/[.,;:]+$/u, (m) => (/\b\p{Lu}\.$/u.test(surface.trim()) ? m.slice(1) : ''));
}

/** An alias worth showing looks like a name: it starts with a capital (or "the"), and is short. */
export function isNameLike(surface: string): boolean {
  return /^(?:the\s+)?[\p{Lu}\d]/u.test(surface) && surface.split(/\s+/).length <= 6;
}

/** The group a name belongs to on its own: full person names by given name + surname, organisations by name. */
export function groupKeyOf(parsed: ParsedName): string | null {
  if (parsed.kind === 'organization') return `org:${parsed.lastKey}`;
  // A bare surname or a one-letter initial ("H. Clinton") needs the corpus to say who it is.
  if (parsed.firstKey === null || parsed.firstKey.length < 2) return null;
  return `person:${parsed.firstKey}|${parsed.lastKey}`;
}

/** The groups a merge entry's name points at: mentions written that way, or the group the name would join. */
export function groupsNamed(
  name: string,
  mentions: ReadonlyArray<Mention | null>,
  keys: ReadonlyArray<string | null>,
): string[] {
  const parsed = parseName(name, null);
  if (!parsed) return [];
  const found = new Set<string>();
  mentions.forEach((m, i) => {
    if (m && keys[i] && m.parsed.exact === parsed.exact) found.add(keys[i]);
  });
  const own = groupKeyOf(parsed) ?? `surname:${parsed.lastKey}`;
  if (keys.includes(own)) found.add(own);
  return [...found].sort();
}

/** Pinned groups win a merge, so the pinned name and id survive; otherwise the order is by key, for determinism. */
export function comparePinsFirst(a: string, b: string): number {
  const pa = a.startsWith('pin:') ? 0 : 1;
  const pb = b.startsWith('pin:') ? 0 : 1;
  return pa - pb || a.localeCompare(b);
}

export function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
