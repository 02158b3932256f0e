/**
 * Resolved groups to Speaker records: the name, roles, aliases and kind of each group (a draft), then
 * stable ids (slugs, pinned ids, a short hash where two slugs collide).
 */
import { createHash } from 'node:crypto';
import type { Speaker } from '../model/types.js';
import { exactKey, parseName, slugify, type ParsedName } from './names.js';
import { comparePinsFirst, dedupeBy } from './mentions.js';
import type { GroupOrigin, Mention, Pin } from './mentions.js';

export interface Draft {
  root: string;
  slug: string;
  pinnedId: string | undefined;
  speaker: Omit<Speaker, 'id'>;
}

export function draftSpeaker(
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
    (a, b) =>
      b.parsed.words - a.parsed.words ||
      initial(a.parsed) - initial(b.parsed) ||
      a.parsed.display.localeCompare(b.parsed.display),
  )[0]!.parsed;
  let name = fullest.display;
  let slugBase = fullest.slugBase;
  let kind = kindOf(ms, fullest.kind);
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
  const counted = [...roleCounts.values()]
    .sort((a, b) => b.count - a.count || a.role.localeCompare(b.role))
    .map((r) => r.role);
  const roles = dedupeBy([...leadingRoles, ...counted], exactKey);

  const aliases = dedupeBy(
    [...new Set([...ms.flatMap((m) => m.surfaces), ...extraAliases])].sort((a, b) => a.localeCompare(b)),
    exactKey,
  ).filter((a) => a !== '' && exactKey(a) !== exactKey(name));
  const dates = ms
    .map((m) => m.date)
    .filter((d): d is string => d !== null)
    .sort();

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

/**
 * A group's kind: what the extractor's entity layer typed its mentions as, by majority (a person named
 * `Lee Goldman` and a firm `Goldman Sachs` are told apart in their articles, not by the shape of the name);
 * the shape of the fullest name when no mention was typed or the votes are even.
 */
function kindOf(ms: readonly Mention[], byShape: Speaker['kind']): Speaker['kind'] {
  let people = 0;
  let bodies = 0;
  for (const m of ms) {
    if (m.entity === 'person') people++;
    else if (m.entity === 'organization') bodies++;
  }
  return people > bodies ? 'person' : bodies > people ? 'organization' : byShape;
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * Ids: a pinned id as given; else the slug of the canonical name. When different speakers share a slug,
 * each takes a short hash of its name and main role (`john-smith-3fa9c2`), which does not depend on
 * the order the corpus is read in.
 */
export function assignIds(drafts: readonly Draft[]): Map<string, string> {
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
    const withHash = group.map((d) => ({
      d,
      id: `${slug}-${shortHash(`${d.speaker.name}|${d.speaker.roles[0] ?? ''}|${d.speaker.kind}`)}`,
    }));
    for (const { d, id } of withHash) {
      const clash = withHash.filter((o) => o.id === id).length > 1;
      ids.set(d.root, clash ? `${slug}-${shortHash(`${d.speaker.name}|${d.root}`)}` : id);
    }
  }
  return ids;
}
