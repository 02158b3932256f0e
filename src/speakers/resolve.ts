/**
 * Corpus-wide speaker resolution: one canonical speaker per person or organisation.
 *
 *   names per quote ─▶ parse (titles, possessive, kind) ─▶ group full names by folded given name + surname
 *   ─▶ link surname-only mentions ─▶ apply overrides (pins, splits, merges) ─▶ Speaker records with stable ids
 */
import { createHash } from 'node:crypto';
import { UnionFind } from '../lib/union-find.js';
import type { Article, ExtractedQuote, Speaker, SpeakerKind } from '../model/types.js';
import { exactKey, fullNamesInText, parseName, slugify, type ParsedName } from './names.js';
import type { SpeakerOverrides } from './overrides.js';
import { cleanRole } from './roles.js';
import { TITLES } from '../lexicon/titles.js';

/** One quote's speaker name, read. */
interface Mention {
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
  date: string | null;
}

/** A pinned speaker from the overrides, with its names read. */
interface Pin {
  name: string;
  id: string | undefined;
  role: string | undefined;
  kind: 'person' | 'organization';
  aliases: string[];
  parsed: ParsedName;
}

/** How a group got its identity when an override names it. */
type GroupOrigin = { pin: number } | { split: { speaker: string; role: string | undefined } };

/**
 * Gives every quote a canonical speaker id and builds the Speaker records.
 * Returns ids parallel to `quotes` (null when the quote names nobody) and speakers sorted by id.
 */
export function resolveSpeakers(
  quotes: ExtractedQuote[],
  articles: Article[],
  overrides?: SpeakerOverrides | null,
): { speakerIds: Array<string | null>; speakers: Speaker[] } {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const pins = readPins(overrides);
  // The same few thousand names are written on most quotes: each (name, kind) is parsed once. `parseName` is
  // pure and its results are only read.
  const parsedNames = new Map<string, ParsedName | null>();
  const parse = (raw: string, kind: SpeakerKind | null): ParsedName | null => {
    const key = `${kind ?? ''}\n${raw}`;
    let parsed = parsedNames.get(key);
    if (parsed === undefined) parsedNames.set(key, (parsed = parseName(raw, kind)));
    return parsed;
  };
  const mentions = quotes.map((q, i) => readMention(q, i, articleById.get(q.articleId), parse));

  const origins = new Map<string, GroupOrigin>();
  pins.forEach((_, i) => origins.set(`pin:${i}`, { pin: i }));
  const pinByExact = new Map<string, string>();
  const pinByKey = new Map<string, string>();
  pins.forEach((pin, i) => {
    for (const form of [pin.name, ...pin.aliases]) {
      const parsed = parseName(form, pin.kind === 'organization' ? 'organization' : 'named');
      if (!parsed) continue;
      if (!pinByExact.has(parsed.exact)) pinByExact.set(parsed.exact, `pin:${i}`);
      const key = groupKeyOf(parsed);
      if (key && !pinByKey.has(key)) pinByKey.set(key, `pin:${i}`);
    }
  });

  // First pass: splits, pins, full names and organisations get their group; surname-only mentions wait.
  const keys: Array<string | null> = mentions.map(() => null);
  const deferred: number[] = [];
  mentions.forEach((m, i) => {
    if (!m) return;
    const split = overrides?.splits?.find((s) => s.articles.includes(m.articleId) && parseName(s.name, null)?.exact === m.parsed.exact);
    if (split) {
      const target = parseName(split.speaker, null);
      const pinned = target ? pinByExact.get(target.exact) : undefined;
      const existing = target && !split.role ? groupKeyOf(target) : null;
      if (pinned) keys[i] = pinned;
      else if (existing) keys[i] = pinByKey.get(existing) ?? existing;
      else {
        const key = `split:${exactKey(split.speaker)}|${exactKey(split.role ?? '')}`;
        origins.set(key, { split: { speaker: target?.display ?? split.speaker, role: split.role } });
        keys[i] = key;
      }
      return;
    }
    const pinned = pinByExact.get(m.parsed.exact);
    if (pinned) {
      keys[i] = pinned;
      return;
    }
    const key = groupKeyOf(m.parsed);
    if (key) keys[i] = pinByKey.get(key) ?? key;
    else deferred.push(i);
  });

  // Who could a bare surname mean? Every full-name group (and pinned person) with that folded surname.
  const bySurname = new Map<string, Set<string>>();
  const formsByGroup = new Map<string, Set<string>>();
  const groupsByArticle = new Map<string, Set<string>>();
  const addCandidate = (lastKey: string, key: string, firstKey: string | null, form: string): void => {
    if (!bySurname.has(lastKey)) bySurname.set(lastKey, new Set());
    bySurname.get(lastKey)!.add(`${key}\n${firstKey ?? ''}`);
    if (!formsByGroup.has(key)) formsByGroup.set(key, new Set());
    formsByGroup.get(key)!.add(form);
  };
  const rolesByGroup = new Map<string, Set<string>>();
  const fullNameQuotes = new Map<string, number>();
  mentions.forEach((m, i) => {
    const key = keys[i];
    if (!m || !key || m.parsed.kind !== 'person' || m.parsed.firstKey === null || m.parsed.firstKey.length < 2) return;
    addCandidate(m.parsed.lastKey, key, m.parsed.firstKey, m.parsed.display);
    fullNameQuotes.set(key, (fullNameQuotes.get(key) ?? 0) + 1);
    if (!rolesByGroup.has(key)) rolesByGroup.set(key, new Set());
    for (const role of m.roles) rolesByGroup.get(key)!.add(roleHead(role));
    if (!groupsByArticle.has(m.articleId)) groupsByArticle.set(m.articleId, new Set());
    groupsByArticle.get(m.articleId)!.add(key);
  });
  pins.forEach((pin, i) => {
    for (const form of [pin.name, ...pin.aliases]) {
      const parsed = parseName(form, 'named');
      if (parsed?.kind === 'person' && parsed.firstKey && parsed.firstKey.length >= 2) addCandidate(parsed.lastKey, `pin:${i}`, parsed.firstKey, parsed.display);
    }
  });

  // Second pass: "Macron" → the one Macron of the corpus; "Clinton" → the Clinton its article names, else its own speaker.
  for (const i of deferred) {
    const m = mentions[i]!;
    const initial = m.parsed.firstKey;
    // "Cook" in an article that writes one full name for it ("DJ Ann Cook") is that person, known to the corpus or not.
    const text = articleById.get(m.articleId)?.text ?? '';
    const inArticle = m.parsed.kind === 'person' ? fullNamesInText(text, m.parsed.display.split(' ').slice(initial ? 1 : 0).join(' ')) : [];
    const written = inArticle.filter((p) => p.lastKey === m.parsed.lastKey && (!initial || p.firstKey!.startsWith(initial)));
    if (written.length === 1) {
      const full = written[0]!;
      const own = groupKeyOf(full)!;
      keys[i] = pinByKey.get(own) ?? own;
      mentions[i] = { ...m, parsed: full, surfaces: [...m.surfaces, full.display] };
      continue;
    }
    const candidates = [...(bySurname.get(m.parsed.lastKey) ?? [])]
      .map((c) => c.split('\n') as [string, string])
      .filter(([, first]) => !initial || first.startsWith(initial))
      .map(([key]) => key);
    const distinct = [...new Set(candidates)];
    let key: string | undefined = distinct.length === 1 ? distinct[0] : undefined;
    if (distinct.length > 1) {
      const article = articleById.get(m.articleId);
      const named = distinct.filter(
        (k) => groupsByArticle.get(m.articleId)?.has(k) || [...(formsByGroup.get(k) ?? [])].some((form) => article?.text.includes(form)),
      );
      if (named.length === 1) key = named[0];
      // "President Obama" where the article gives no full name: the one candidate who holds that office.
      else {
        const pool = named.length > 1 ? named : distinct;
        const heads = new Set(m.roles.map(roleHead));
        const holders = pool.filter((k) => [...(rolesByGroup.get(k) ?? [])].some((h) => heads.has(h)));
        if (holders.length === 1) key = holders[0];
        // "Mr Blair" where the article gives no full name: the Blair the corpus quotes by far the most.
        else key = dominant(pool, fullNameQuotes);
      }
    }
    keys[i] = key ?? `surname:${m.parsed.lastKey}${initial ? `|${initial}` : ''}`;
  }

  // Forced merges join groups; a union-find keeps it order-independent.
  const groupKeys = [...new Set(keys.filter((k): k is string => k !== null))];
  const groupIds = new Map(groupKeys.map((k, i) => [k, i]));
  const sets = new UnionFind(groupKeys.length);
  // a key no quote holds (a pin nobody is quoted under) is a set of its own
  const find = (k: string): string => {
    const id = groupIds.get(k);
    return id === undefined ? k : groupKeys[sets.find(id)]!;
  };
  const union = (a: string, b: string): void => {
    sets.union(groupIds.get(a)!, groupIds.get(b)!, (x, y) => comparePinsFirst(groupKeys[x]!, groupKeys[y]!));
  };
  for (const merge of overrides?.merges ?? []) {
    const groups = merge.names.flatMap((name) => groupsNamed(name, mentions, keys));
    for (const g of groups.slice(1)) union(groups[0]!, g);
  }

  const members = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (k === null) return;
    const root = find(k);
    if (!members.has(root)) members.set(root, []);
    members.get(root)!.push(i);
  });

  const withRoles = settleGuessedRoles(mentions, members);
  const drafts = [...members.entries()].map(([root, indices]) => draftSpeaker(root, indices, withRoles, pins, origins, find));
  const ids = assignIds(drafts);
  const speakerIds = keys.map((k) => (k === null ? null : ids.get(find(k))!));
  const speakers = drafts.map((d) => ({ ...d.speaker, id: ids.get(d.root)! })).sort((a, b) => a.id.localeCompare(b.id));
  return { speakerIds, speakers };
}

function readPins(overrides: SpeakerOverrides | null | undefined): Pin[] {
  return (overrides?.speakers ?? []).flatMap((s) => {
    const parsed = parseName(s.name, s.kind === 'organization' ? 'organization' : 'named');
    if (!parsed) return [];
    return [{ name: s.name, id: s.id, role: s.role, kind: s.kind ?? parsed.kind, aliases: s.aliases ?? [], parsed }];
  });
}

function readMention(quote: ExtractedQuote, index: number, article: Article | undefined, parse: typeof parseName): Mention | null {
  const { attribution } = quote;
  if (!attribution.name) return null;
  const parsed = parse(attribution.name, attribution.kind);
  if (!parsed) return null;
  const surfaces = nameForms(parsed, attribution.name);
  if (attribution.kind === 'named' && attribution.mention) {
    const mentionName = parse(attribution.mention.text, attribution.kind);
    // A mention is an alias only when it names the same person: "Jeb Bush" is not an alias of "George Bush".
    const sameName = mentionName?.lastKey === parsed.lastKey && (mentionName.firstKey === null || mentionName.firstKey === parsed.firstKey);
    if (sameName) surfaces.push(...nameForms(mentionName, attribution.mention.text));
  }
  // Roles the extractor read from the sentence must name a role; roles read off the name may be an affiliation.
  const sentenceRole = attribution.role ? cleanRole(attribution.role, true) : null;
  const guessed = attribution.kind === 'nominal';
  const roles = [
    ...(sentenceRole && !guessed ? [sentenceRole] : []),
    ...(parsed.role ?? '').split(/,\s*/).filter((r) => r !== '').map((r) => cleanRole(r, false)),
  ].filter((r): r is string => r !== null);
  return {
    quote: index,
    articleId: quote.articleId,
    parsed,
    surfaces: surfaces.map(cleanSurface).filter(isNameLike),
    roles: dedupeBy(roles, exactKey),
    guessedRoles: sentenceRole && guessed ? [sentenceRole] : [],
    date: quote.saidAt?.value ?? article?.publishedAt ?? null,
  };
}

/**
 * The ways a name is written that are worth keeping as aliases: the name without titles, with its honorific
 * (`Mr Blair`, `Sir Alan Lee`), and for an organisation the name as written (`Tories` for `Conservatives`).
 * Titles and the words before them stay out: "Prime Minister Ann Lee" gives `Ann Lee` and the role.
 */
function nameForms(parsed: ParsedName, written: string): string[] {
  const forms = [parsed.display];
  if (parsed.honorific) forms.push(`${parsed.honorific} ${parsed.display}`);
  if (parsed.kind === 'organization') forms.push(written.trim().replace(/^the\s+/i, '').replace(/['’]s?$/u, ''));
  return forms;
}

/**
 * "The prime minister said", linked by the extractor to a name, is a guess; the corpus decides. A guessed role stays
 * with the speakers who hold it most often (stated or guessed) across the corpus, and is dropped from the others:
 * a deputy whom "the prime minister" was once wrongly resolved to does not become a prime minister.
 */
function settleGuessedRoles(mentions: ReadonlyArray<Mention | null>, members: ReadonlyMap<string, readonly number[]>): Array<Mention | null> {
  // Per role, per speaker: how often it is stated, how often seen at all. Stated beats guessed.
  const held = new Map<string, Map<string, { stated: number; seen: number }>>();
  const rootOf = new Map<number, string>();
  for (const [root, indices] of members) {
    for (const i of indices) {
      rootOf.set(i, root);
      const m = mentions[i]!;
      for (const [role, stated] of [...m.roles.map((r) => [r, 1] as const), ...m.guessedRoles.map((r) => [r, 0] as const)]) {
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
    return { ...m, roles: dedupeBy([...m.roles, ...m.guessedRoles.filter((role) => isTopHolder(role, root))], exactKey) };
  });
}

/** A corpus's "Mr X" means its dominant X when one X is quoted by full name this many times more than all the others together. */
const DOMINANCE_RATIO = 5;
/** ...and at least this many times, so that two one-off quotes decide nothing. */
const DOMINANCE_MIN_QUOTES = 5;

/** The candidate quoted by full name far more often than the others together, if there is one. */
function dominant(candidates: readonly string[], fullNameQuotes: ReadonlyMap<string, number>): string | undefined {
  const counted = candidates.map((k) => ({ k, n: fullNameQuotes.get(k) ?? 0 })).sort((a, b) => b.n - a.n || a.k.localeCompare(b.k));
  const [top, ...rest] = counted;
  const others = rest.reduce((sum, c) => sum + c.n, 0);
  return top && top.n >= DOMINANCE_MIN_QUOTES && top.n >= DOMINANCE_RATIO * Math.max(1, others) ? top.k : undefined;
}

/** The head word of a role, for comparing roles loosely: "U.S. President" → `president`. */
function roleHead(role: string): string {
  const head = exactKey(role).split(' ').pop() ?? '';
  const expanded = TITLES.find((t) => t.expand && t.words.length === 1 && t.words[0] === head)?.expand;
  return expanded ? exactKey(expanded) : head;
}

function cleanSurface(surface: string): string {
  return surface.trim().replace(/[.,;:]+$/u, (m) => (/\b\p{Lu}\.$/u.test(surface.trim()) ? m.slice(1) : ''));
}

/** An alias worth showing looks like a name: it starts with a capital (or "the"), and is short. */
function isNameLike(surface: string): boolean {
  return /^(?:the\s+)?[\p{Lu}\d]/u.test(surface) && surface.split(/\s+/).length <= 6;
}

/** The group a name belongs to on its own: full person names by given name + surname, organisations by name. */
function groupKeyOf(parsed: ParsedName): string | null {
  if (parsed.kind === 'organization') return `org:${parsed.lastKey}`;
  // A bare surname or a one-letter initial ("H. Clinton") needs the corpus to say who it is.
  if (parsed.firstKey === null || parsed.firstKey.length < 2) return null;
  return `person:${parsed.firstKey}|${parsed.lastKey}`;
}

/** The groups a merge entry's name points at: mentions written that way, or the group the name would join. */
function groupsNamed(name: string, mentions: ReadonlyArray<Mention | null>, keys: ReadonlyArray<string | null>): string[] {
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
function comparePinsFirst(a: string, b: string): number {
  const pa = a.startsWith('pin:') ? 0 : 1;
  const pb = b.startsWith('pin:') ? 0 : 1;
  return pa - pb || a.localeCompare(b);
}

interface Draft {
  root: string;
  slug: string;
  pinnedId: string | undefined;
  speaker: Omit<Speaker, 'id'>;
}

function draftSpeaker(
  root: string,
  indices: readonly number[],
  mentions: ReadonlyArray<Mention | null>,
  pins: readonly Pin[],
  origins: ReadonlyMap<string, GroupOrigin>,
  find: (k: string) => string,
): Draft {
  const ms = indices.map((i) => mentions[i]!);
  const originKeys = [...origins.keys()].filter((k) => find(k) === root).sort(comparePinsFirst);
  const origin = originKeys.length ? origins.get(originKeys[0]!) : undefined;

  // The fullest form seen: most words, a written-out given name ("Hattie" over "H."), then alphabetical,
  // so the choice (and the id) depends neither on quote order nor on counts.
  const initial = (p: ParsedName): number => (/^\p{Lu}\.?\s/u.test(p.display) ? 1 : 0);
  const fullest = [...ms].sort(
    (a, b) => b.parsed.words - a.parsed.words || initial(a.parsed) - initial(b.parsed) || a.parsed.display.localeCompare(b.parsed.display),
  )[0]!.parsed;
  let name = fullest.display;
  let slugBase = fullest.slugBase;
  let kind = fullest.kind;
  let pinnedId: string | undefined;
  const leadingRoles: string[] = [];
  const extraAliases: string[] = [];
  if (origin && 'pin' in origin) {
    const pin = pins[origin.pin]!;
    name = pin.parsed.display;
    slugBase = pin.parsed.slugBase;
    kind = pin.kind;
    pinnedId = pin.id;
    if (pin.role) leadingRoles.push(pin.role);
    extraAliases.push(...pin.aliases);
  } else if (origin && 'split' in origin) {
    name = origin.split.speaker;
    slugBase = parseName(name, null)?.slugBase ?? name;
    if (origin.split.role) leadingRoles.push(origin.split.role);
  }

  const roleCounts = new Map<string, { role: string; count: number }>();
  for (const m of ms) {
    for (const role of m.roles) {
      const k = exactKey(role);
      const entry = roleCounts.get(k) ?? { role, count: 0 };
      entry.count++;
      roleCounts.set(k, entry);
    }
  }
  const counted = [...roleCounts.values()].sort((a, b) => b.count - a.count || a.role.localeCompare(b.role)).map((r) => r.role);
  const roles = dedupeBy([...leadingRoles, ...counted], exactKey);

  const aliases = dedupeBy(
    [...new Set([...ms.flatMap((m) => m.surfaces), ...extraAliases])].sort((a, b) => a.localeCompare(b)),
    exactKey,
  ).filter((a) => a !== '' && exactKey(a) !== exactKey(name));
  const dates = ms.map((m) => m.date).filter((d): d is string => d !== null).sort();

  return {
    root,
    slug: slugify(slugBase) || slugify(name) || 'speaker',
    pinnedId,
    speaker: {
      name,
      roles,
      aliases,
      kind,
      quoteCount: ms.length,
      firstQuoteAt: dates[0] ?? null,
      lastQuoteAt: dates[dates.length - 1] ?? null,
    },
  };
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * Ids: a pinned id as given; else the slug of the canonical name. When different speakers share a slug,
 * each takes a short hash of its name and main role (`john-smith-3fa9c2`), which does not depend on
 * the order the corpus is read in.
 */
function assignIds(drafts: readonly Draft[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set(drafts.flatMap((d) => (d.pinnedId ? [d.pinnedId] : [])));
  const bySlug = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.pinnedId) {
      ids.set(d.root, d.pinnedId);
      continue;
    }
    bySlug.set(d.slug, [...(bySlug.get(d.slug) ?? []), d]);
  }
  for (const [slug, group] of bySlug) {
    if (group.length === 1 && !taken.has(slug)) {
      ids.set(group[0]!.root, slug);
      continue;
    }
    const withHash = group.map((d) => ({ d, id: `${slug}-${shortHash(`${d.speaker.name}|${d.speaker.roles[0] ?? ''}|${d.speaker.kind}`)}` }));
    for (const { d, id } of withHash) {
      const clash = withHash.filter((o) => o.id === id).length > 1;
      ids.set(d.root, clash ? `${slug}-${shortHash(`${d.speaker.name}|${d.root}`)}` : id);
    }
  }
  return ids;
}
