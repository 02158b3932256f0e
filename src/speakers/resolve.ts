/**
 * Corpus-wide speaker resolution: one canonical speaker per person or organisation.
 *
 *   names per quote ─▶ parse (titles, possessive, kind) ─▶ group full names by folded given name + surname
 *   ─▶ link surname-only mentions ─▶ apply overrides (pins, splits, merges) ─▶ Speaker records with stable ids
 */
import { UnionFind } from '../lib/union-find.js';
import type { Article, ExtractedQuote, Speaker, SpeakerKind } from '../model/types.js';
import { bodyNounInText, exactKey, fullNamesInText, parseName, type ParsedName } from './names.js';
import type { SpeakerOverrides } from './overrides.js';
import {
  comparePinsFirst,
  dominant,
  groupKeyOf,
  groupsNamed,
  mentionReader,
  readPins,
  roleHead,
  settleGuessedRoles,
} from './mentions.js';
import type { GroupOrigin, Mention } from './mentions.js';
import { assignIds, draftSpeaker } from './drafts.js';
import { genderOfFullName, readNameWord, type Gender, type NameReading } from './surnames.js';

/**
 * Gives every quote a canonical speaker id and builds the Speaker records.
 * Returns ids parallel to `quotes` (null when the quote names nobody) and speakers sorted by id.
 * The quotes are read once, in order, and not kept (a build reads them back from disk one at a time): only each
 * quote's mention is, its strings shared with the article's and other mentions'.
 */
export function resolveSpeakers(
  quotes: Iterable<ExtractedQuote>,
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
  const read = mentionReader(parse);
  const mentions: Array<Mention | null> = [];
  const dates = new Map<string, string>();
  for (const q of quotes) {
    const article = articleById.get(q.articleId);
    const m = read(q, mentions.length, article);
    if (m) {
      // One string per article id and per date, not one per quote read.
      if (article) m.articleId = article.id;
      if (m.date !== null) {
        const date = dates.get(m.date);
        if (date === undefined) dates.set(m.date, m.date);
        else m.date = date;
      }
    }
    mentions.push(m);
  }
  dates.clear();

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
  mentions.forEach((read, i) => {
    if (!read) return;
    let m = read;
    const split = overrides?.splits?.find(
      (s) => s.articles.includes(m.articleId) && parseName(s.name, null)?.exact === m.parsed.exact,
    );
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
    // `The Institute said`: a body's common noun alone is the one body its article names so, or nobody
    const body = bodyNounInText(articleById.get(m.articleId)?.text ?? '', m.parsed);
    if (body === null) {
      mentions[i] = null;
      return;
    }
    if (body !== m.parsed) {
      m = { ...m, parsed: body, surfaces: [...m.surfaces, body.display] };
      mentions[i] = m;
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
  // The genders a group's given names and honorifics tell (`Greg Abbott` m, `Mrs Ann Lee` f).
  const gendersByGroup = new Map<string, Set<Gender>>();
  const addGender = (key: string, parsed: ParsedName): void => {
    const g = honorificGender(parsed.honorific) ?? genderOfFullName(parsed);
    if (g === null) return;
    if (!gendersByGroup.has(key)) gendersByGroup.set(key, new Set());
    gendersByGroup.get(key)!.add(g);
  };
  mentions.forEach((m, i) => {
    const key = keys[i];
    if (!m || !key || m.parsed.kind !== 'person' || m.parsed.firstKey === null || m.parsed.firstKey.length < 2) return;
    addCandidate(m.parsed.lastKey, key, m.parsed.firstKey, m.parsed.display);
    addGender(key, m.parsed);
    fullNameQuotes.set(key, (fullNameQuotes.get(key) ?? 0) + 1);
    if (!rolesByGroup.has(key)) rolesByGroup.set(key, new Set());
    for (const role of m.roles) rolesByGroup.get(key)!.add(roleHead(role));
    if (!groupsByArticle.has(m.articleId)) groupsByArticle.set(m.articleId, new Set());
    groupsByArticle.get(m.articleId)!.add(key);
  });
  pins.forEach((pin, i) => {
    for (const form of [pin.name, ...pin.aliases]) {
      const parsed = parseName(form, 'named');
      if (parsed?.kind === 'person' && parsed.firstKey && parsed.firstKey.length >= 2) {
        addCandidate(parsed.lastKey, `pin:${i}`, parsed.firstKey, parsed.display);
        addGender(`pin:${i}`, parsed);
      }
    }
  });

  // Second pass: "Macron" → the one Macron of the corpus; "Clinton" → the Clinton its article names, else its own
  // speaker. A full name from another article is taken only when the article gives no other reading of the name:
  // not a peer's ("Lord Browne"), a knight's given name ("Sir Howard"), nor a gender its honorifics deny ("Ms Abbott").
  const own = (full: ParsedName): string => {
    const k = groupKeyOf(full)!;
    return pinByKey.get(k) ?? k;
  };
  for (const i of deferred) {
    const m = mentions[i]!;
    const initial = m.parsed.firstKey;
    // `UK` (of "Sizzla's UK"), `BBC`: a word in capitals is an acronym, no person's surname; it takes no full name
    if (ACRONYM.test(m.parsed.display)) {
      keys[i] = `surname:${m.parsed.lastKey}`;
      continue;
    }
    const text = articleById.get(m.articleId)?.text ?? '';
    const reading = m.parsed.kind === 'person' && !initial ? readNameWord(text, m.parsed.display) : null;
    // "Sir Ian said" where the article writes "Sir Ian Blair": the knight, by his given name.
    if (reading?.knight) {
      keys[i] = own(reading.knight);
      mentions[i] = { ...m, parsed: reading.knight, surfaces: [...m.surfaces, reading.knight.display] };
      continue;
    }
    // "Cook" in an article that writes one full name for it ("DJ Ann Cook") is that person, known to the corpus or not.
    const inArticle =
      m.parsed.kind === 'person'
        ? fullNamesInText(
            text,
            m.parsed.display
              .split(' ')
              .slice(initial ? 1 : 0)
              .join(' '),
          )
        : [];
    const written = inArticle.filter(
      (p) => p.lastKey === m.parsed.lastKey && (!initial || p.firstKey!.startsWith(initial)),
    );
    if (written.length === 1) {
      const full = written[0]!;
      keys[i] = own(full);
      mentions[i] = { ...m, parsed: full, surfaces: [...m.surfaces, full.display] };
      continue;
    }
    // "Lord Browne" where the article gives him no given name: the peer, named as the article names him.
    const peer =
      reading?.peerTitle && written.length === 0
        ? parseName(`${reading.peerTitle} ${m.parsed.display}`, 'named')
        : null;
    if (peer && groupKeyOf(peer)) {
      keys[i] = own(peer);
      mentions[i] = { ...m, parsed: peer, surfaces: [...m.surfaces, peer.display] };
      continue;
    }
    const candidates = [...(bySurname.get(m.parsed.lastKey) ?? [])]
      .map((c) => c.split('\n') as [string, string])
      .filter(([, first]) => !initial || first.startsWith(initial))
      .map(([key]) => key);
    const distinct = [...new Set(candidates)];
    const article = articleById.get(m.articleId);
    const named = distinct.filter(
      (k) =>
        groupsByArticle.get(m.articleId)?.has(k) ||
        [...(formsByGroup.get(k) ?? [])].some((form) => article?.text.includes(form)),
    );
    let key: string | undefined;
    if (named.length === 1) key = named[0];
    else {
      // Not named here: a full name from elsewhere in the corpus, when nothing in the article reads otherwise.
      const pool = named.length > 1 ? named : distinct.filter((k) => joinable(reading, gendersByGroup.get(k)));
      if (pool.length === 1 && named.length === 0) key = pool[0];
      else if (pool.length > 1) {
        // "President Obama" where the article gives no full name: the one candidate who holds that office.
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
  const drafts = [...members.entries()].map(([root, indices]) =>
    draftSpeaker(root, indices, withRoles, pins, origins, find),
  );
  const ids = assignIds(drafts);
  const speakerIds = keys.map((k) => (k === null ? null : ids.get(find(k))!));
  const speakers = drafts.map((d) => ({ ...d.speaker, id: ids.get(d.root)! })).sort((a, b) => a.id.localeCompare(b.id));
  return { speakerIds, speakers };
}

/** A word in capitals (`UK`, `BBC`, `NHS`). */
const ACRONYM = /^\p{Lu}{2,}$/u;

function honorificGender(honorific: string | null): Gender | null {
  const word = honorific?.replace(/\.$/, '').toLowerCase();
  return word === 'mr' ? 'm' : word === 'mrs' || word === 'ms' || word === 'miss' ? 'f' : null;
}

/**
 * May a bare name, read in its article as `reading`, take a full name that only other articles give? Not when the
 * article writes the word as a given name and never as a surname ("Sir Howard", "Howard Flight"), nor when its
 * honorifics give a gender the full name's do not ("Ms Abbott" is no `Greg Abbott`).
 */
function joinable(reading: NameReading | null, genders: ReadonlySet<Gender> | undefined): boolean {
  if (reading === null) return true;
  if (reading.givenUse && !reading.surnameUse) return false;
  if (reading.peerTitle) return false;
  if (reading.gender && genders && genders.size === 1 && !genders.has(reading.gender)) return false;
  return true;
}
