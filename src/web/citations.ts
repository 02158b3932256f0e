/**
 * Citations for a quote. The source a reader cites is the news article the quote appeared in; the
 * speaker is quoted in that article, so the in-text form is the secondary-source one (APA 7 "as cited
 * in", MLA 9 "qtd. in", Chicago 17 "quoted in"). Each style gets:
 *  - the reference entry for the article (author, else the title — Chicago: the paper — first;
 *    publisher; date or "n.d."; the article's own URL only when the corpus gives one),
 *  - the in-text form for quoting the speaker from it,
 *  - Verbatim's permalink, given as such with an access date, never as the article's address.
 * Each comes as plain text (to copy anywhere) and as HTML-safe markup with titles in <i>, plus the
 * structured parts, so a page can italicise what the style italicises.
 */
import type { Article, Quote, Speaker } from '../model/types.js';
import { MONTHS_LONG, describeQuoteWhen, parseIso } from './when.js';

/** A run of citation text; `italic` where the style italicises (titles of whole works, containers). */
export interface CitationPart {
  text: string;
  italic?: boolean;
}

/** One formatted piece of a citation, three ways. */
export interface Formatted {
  text: string;
  /** HTML-escaped, italic runs in `<i>`. */
  html: string;
  parts: CitationPart[];
}

export interface Citation {
  /** Stable key (`apa`, `mla`, `chicago`, `plain`). */
  style: 'apa' | 'mla' | 'chicago' | 'plain';
  label: string;
  /** The reference entry (works-cited / bibliography entry) for the article, as plain text. */
  text: string;
  /** The same entry as HTML-safe markup, titles in `<i>`. */
  html: string;
  parts: CitationPart[];
  /** The in-text form for a quote taken from the article (a secondary source); null for `plain`. */
  inText: (Formatted & { label: string }) | null;
  /** Verbatim's permalink for the quote, named as such, with the access date; null for `plain` (it holds it). */
  permalink: Formatted | null;
}

export interface CitationInput {
  quote: Quote;
  article: Article;
  speaker: Speaker | null;
  /** Absolute URL of the quote's permalink page. */
  permalink: string;
  /** When the permalink was read, for the access date (default: now). */
  accessed?: Date;
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

// ── formatting helpers ─────────────────────────────────────────────────────────────────────────────

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function formatted(parts: CitationPart[]): Formatted {
  const kept = parts.filter((p) => p.text !== '');
  return {
    text: kept.map((p) => p.text).join(''),
    html: kept.map((p) => (p.italic ? `<i>${escapeHtml(p.text)}</i>` : escapeHtml(p.text))).join(''),
    parts: kept,
  };
}

const roman = (text: string): CitationPart => ({ text });
const italic = (text: string): CitationPart => ({ text, italic: true });
const endsSentence = (s: string): boolean => /[.?!]["'”’)]*$/u.test(s);
const endWithPeriod = (s: string): string => (endsSentence(s) ? s : `${s}.`);

/** Double quotation marks inside a title set in double quotation marks become single (MLA, Chicago). */
function nestedQuotesToSingle(title: string): string {
  return title
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([—–-])"/gu, '$1‘')
    .replace(/"/g, '’');
}

/** Words MLA 9 and Chicago 17 keep lower-case inside a title: articles, prepositions, coordinating conjunctions, "to", "as". */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'as',
  'to',
  'at',
  'by',
  'in',
  'of',
  'on',
  'onto',
  'into',
  'from',
  'with',
  'within',
  'without',
  'via',
  'per',
  'than',
  'upon',
  'about',
  'above',
  'across',
  'against',
  'along',
  'amid',
  'among',
  'around',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'despite',
  'during',
  'except',
  'through',
  'throughout',
  'toward',
  'towards',
  'under',
  'until',
  'vs',
  'vs.',
]);

/**
 * Title case as MLA 9 and Chicago 17 write it: every principal word capitalised, minor words
 * lower-case except first, last and after a colon or dash. Words with capitals inside (`iPhone`,
 * `NATO`) and words in capitals are left as written: only a first letter ever changes.
 */
export function titleCase(title: string): string {
  const tokens = title.split(/(\s+)/u);
  const words = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.trim() !== '');
  const lastIndex = words[words.length - 1]?.i ?? -1;
  let startsPhrase = true;
  return tokens
    .map((token, i) => {
      if (token.trim() === '') return token;
      const lead = /^[^\p{L}\p{N}]*/u.exec(token)![0];
      const core = token.slice(lead.length);
      const bare = core.replace(/[^\p{L}\p{N}.'’-]+$/u, '');
      const first = startsPhrase || i === lastIndex;
      startsPhrase = /[:—–|?!]$/u.test(token) || /^[—–|]$/u.test(token);
      if (bare === '' || /\p{Lu}/u.test(bare.slice(1)) || /\d/u.test(bare)) return token;
      const minor = MINOR_WORDS.has(bare.toLowerCase());
      if (minor && !first) return lead + core.charAt(0).toLowerCase() + core.slice(1);
      // "self-defence" → "Self-Defence"
      const capitalised = core.replace(
        /(^|-)(\p{Ll})/gu,
        (_m, dash: string, letter: string) => dash + letter.toUpperCase(),
      );
      return lead + capitalised;
    })
    .join('');
}

/** A person's name split into given names and family name, or null when it does not look like one. */
function splitPersonName(name: string): { given: string[]; family: string } | null {
  const words = name.trim().split(/\s+/);
  // "Jane Doe", "Jane Q. Doe": two to four capitalised words; anything else (a desk, an agency) is kept whole.
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return { given: words.slice(0, -1), family: words[words.length - 1] ?? '' };
}

/** Authors named in a byline (`By Jane Doe and John Roe`). */
function bylineAuthors(article: Article): string[] {
  if (!article.author) return [];
  const byline = article.author.replace(/^\s*by\s+/i, '').trim();
  if (byline === '') return [];
  return byline.split(/\s*(?:,|&|\band\b)\s*/).filter((a) => a !== '');
}

const familyName = (name: string): string => splitPersonName(name)?.family ?? name;

function dateParts(value: string | null): { year: number; month: number | null; day: number | null } | null {
  const d = value ? parseIso(value) : null;
  return d ? { year: d.year, month: d.month, day: d.day } : null;
}

function apaDate(value: string | null): string {
  const d = dateParts(value);
  if (!d) return 'n.d.';
  if (d.month === null) return String(d.year);
  return `${d.year}, ${MONTHS_LONG[d.month - 1]}${d.day !== null ? ` ${d.day}` : ''}`;
}

function mlaDate(value: string | null): string | null {
  const d = dateParts(value);
  if (!d) return null;
  if (d.month === null) return String(d.year);
  const month = MLA_MONTHS[d.month - 1] ?? '';
  return d.day !== null ? `${d.day} ${month} ${d.year}` : `${month} ${d.year}`;
}

function chicagoDate(value: string | null): string | null {
  const d = dateParts(value);
  if (!d) return null;
  if (d.month === null) return String(d.year);
  const month = MONTHS_LONG[d.month - 1] ?? '';
  return d.day !== null ? `${month} ${d.day}, ${d.year}` : `${month} ${d.year}`;
}

const accessDay = (date: Date): { year: number; month: number; day: number } => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});

/** The article's title as given, or null: an untitled article is described, never given a made-up title. */
const givenTitle = (article: Article): string | null => article.title?.trim() || null;

/** A title shortened for an in-text citation: its first words, up to four. */
function shortTitle(title: string): string {
  const words = title.replace(/[.:]\s.*$/u, '').split(/\s+/u);
  return words.length <= 4 ? words.join(' ') : words.slice(0, 4).join(' ');
}

// ── APA 7 ──────────────────────────────────────────────────────────────────────────────────────────

function apaAuthor(name: string): string {
  const p = splitPersonName(name);
  if (!p) return name;
  return `${p.family}, ${p.given.map((g) => `${g[0]}.`).join(' ')}`;
}

/** APA 7 §9.21: an untitled work is described in square brackets, not italicised. */
const APA_UNTITLED = '[Untitled news article]';

/**
 * APA 7 reference for an article on a news website (§10.16): `Doe, J. (2025, September 4). *Title*.
 * Site Name. URL`. Without an author the title moves to the author position; without a date, "n.d.";
 * the URL only when the article's own address is known. The title is kept as written: APA's sentence
 * case would lower-case names it cannot tell from common words.
 */
function apaParts(article: Article): CitationPart[] {
  const authors = bylineAuthors(article).map(apaAuthor);
  const date = `(${apaDate(article.publishedAt)}).`;
  const title = givenTitle(article);
  const titlePart = title ? italic(endWithPeriod(title)) : roman(`${APA_UNTITLED}.`);
  const tail: CitationPart[] = [];
  if (article.publisher) tail.push(roman(` ${endWithPeriod(article.publisher)}`));
  if (article.url) tail.push(roman(` ${article.url}`));
  if (authors.length === 0) return [titlePart, roman(` ${date}`), ...tail];
  const names =
    authors.length === 1
      ? authors[0]!
      : authors.length <= 20
        ? `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`
        : `${authors.slice(0, 19).join(', ')}, … ${authors[authors.length - 1]}`;
  return [roman(`${endWithPeriod(names)} ${date} `), titlePart, ...tail];
}

/** APA 7 §8.6: `(Macron, as cited in Doe, 2025)`; without an author, the title in italics. */
function apaInText(article: Article, speaker: string | null): CitationPart[] {
  const authors = bylineAuthors(article).map(familyName);
  const d = dateParts(article.publishedAt);
  const year = d ? String(d.year) : 'n.d.';
  const title = givenTitle(article);
  const source: CitationPart[] =
    authors.length === 1
      ? [roman(authors[0]!)]
      : authors.length === 2
        ? [roman(`${authors[0]} & ${authors[1]}`)]
        : authors.length > 2
          ? [roman(`${authors[0]} et al.`)]
          : title
            ? [italic(shortTitle(title))]
            : [roman(APA_UNTITLED)];
  return [roman(speaker ? `(${speaker}, as cited in ` : '('), ...source, roman(`, ${year})`)];
}

// ── MLA 9 ──────────────────────────────────────────────────────────────────────────────────────────

/** `Doe, Jane`, then `Doe, Jane, and John Roe`, then `Doe, Jane, et al.` (MLA and Chicago share the first author's inversion). */
function invertedAuthors(article: Article, etAlAfter: number): string | null {
  const authors = bylineAuthors(article);
  const first = authors[0];
  if (!first) return null;
  const p = splitPersonName(first);
  const lead = p ? `${p.family}, ${p.given.join(' ')}` : first;
  if (authors.length === 1) return lead;
  if (authors.length > etAlAfter) return `${lead}, et al`;
  return `${lead}, ${authors
    .slice(1, -1)
    .map((a) => `${a}, `)
    .join('')}and ${authors[authors.length - 1]}`;
}

/** MLA 9 §2.3.2 (description in place of a title): neither italicised nor quoted, first word capitalised. */
const DESCRIBED_UNTITLED = 'Untitled news article';

/** A title set in double quotation marks, the closing period inside: `“Title in Title Case.”` */
const quotedTitle = (title: string): string => {
  const t = nestedQuotesToSingle(titleCase(title));
  return `“${endWithPeriod(t)}”`;
};

/** MLA 9 works-cited entry: `Doe, Jane. “Title.” *Site*, 4 Sept. 2025, example.com/a.` */
function mlaParts(article: Article): CitationPart[] {
  const author = invertedAuthors(article, 2);
  const title = givenTitle(article);
  const parts: CitationPart[] = [];
  if (author) parts.push(roman(`${endWithPeriod(author)} `));
  parts.push(roman(title ? quotedTitle(title) : `${DESCRIBED_UNTITLED}.`));
  const rest = [mlaDate(article.publishedAt), article.url?.replace(/^https?:\/\//, '') ?? null].filter(
    (p): p is string => Boolean(p),
  );
  if (article.publisher) {
    parts.push(roman(' '), italic(article.publisher));
    parts.push(roman(rest.length > 0 ? `, ${endWithPeriod(rest.join(', '))}` : '.'));
  } else if (rest.length > 0) {
    parts.push(roman(` ${endWithPeriod(rest.join(', '))}`));
  }
  return parts;
}

/** MLA 9 §6.79 (indirect sources): `(qtd. in Doe)`; without an author, the short title in quotation marks. */
function mlaInText(article: Article, speaker: string | null): CitationPart[] {
  const authors = bylineAuthors(article).map(familyName);
  const title = givenTitle(article);
  const source =
    authors.length === 1
      ? authors[0]!
      : authors.length === 2
        ? `${authors[0]} and ${authors[1]}`
        : authors.length > 2
          ? `${authors[0]} et al.`
          : title
            ? `“${nestedQuotesToSingle(titleCase(shortTitle(title)))}”`
            : DESCRIBED_UNTITLED;
  return [roman(speaker ? `(qtd. in ${source})` : `(${source})`)];
}

// ── Chicago 17 (notes and bibliography) ────────────────────────────────────────────────────────────

/**
 * Chicago 17 bibliography entry for a news article (§14.191, §14.206): `Doe, Jane. “Title.” *Paper*,
 * September 4, 2025. URL.` An unsigned article starts with the paper's name (§14.207); with no paper
 * either, with its title. No date: "n.d." (§14.154).
 */
function chicagoParts(article: Article): CitationPart[] {
  const author = invertedAuthors(article, 10);
  const title = givenTitle(article);
  const titleText = title ? quotedTitle(title) : `${DESCRIBED_UNTITLED}.`;
  const date = chicagoDate(article.publishedAt) ?? 'n.d.';
  const url = article.url ? [roman(` ${endWithPeriod(article.url)}`)] : [];
  if (author) {
    const source: CitationPart[] = article.publisher
      ? [italic(article.publisher), roman(`, ${endWithPeriod(date)}`)]
      : [roman(endWithPeriod(date))];
    return [roman(`${endWithPeriod(author)} ${titleText} `), ...source, ...url];
  }
  if (article.publisher) return [italic(article.publisher), roman(`. ${titleText} ${endWithPeriod(date)}`), ...url];
  return [roman(`${titleText} ${endWithPeriod(date)}`), ...url];
}

/** Chicago 17 §14.260 ("quoted in"): the full note, `1. Emmanuel Macron, quoted in Jane Doe, “Title,” *Paper*, September 4, 2025, URL.` */
function chicagoNote(article: Article, speaker: string | null): CitationPart[] {
  const authors = bylineAuthors(article);
  const byline =
    authors.length === 0
      ? null
      : authors.length <= 3
        ? authors.length === 1
          ? authors[0]!
          : `${authors.slice(0, -1).join(', ')}${authors.length > 2 ? ',' : ''} and ${authors[authors.length - 1]}`
        : `${authors[0]} et al.`;
  const title = givenTitle(article);
  const titleText = title
    ? `“${nestedQuotesToSingle(titleCase(title)).replace(/[.]$/u, '')},”`
    : `${DESCRIBED_UNTITLED},`;
  const date = chicagoDate(article.publishedAt) ?? 'n.d.';
  const parts: CitationPart[] = [
    roman(`1. ${speaker ? `${speaker}, quoted in ` : ''}${byline ? `${byline}, ` : ''}${titleText} `),
  ];
  if (article.publisher) parts.push(italic(article.publisher), roman(', '));
  parts.push(roman(article.url ? `${date}, ${endWithPeriod(article.url)}` : endWithPeriod(date)));
  return parts;
}

// ── public API ─────────────────────────────────────────────────────────────────────────────────────

/** APA 7 reference entry for the article, as plain text. (`permalink` is accepted for compatibility and never used as the article's address.) */
export function apaReference(article: Article, _permalink?: string): string {
  return formatted(apaParts(article)).text;
}

/** MLA 9 works-cited entry for the article, as plain text. */
export function mlaReference(article: Article, _permalink?: string): string {
  return formatted(mlaParts(article)).text;
}

/** Chicago 17 bibliography entry for the article, as plain text. */
export function chicagoReference(article: Article, _permalink?: string): string {
  return formatted(chicagoParts(article)).text;
}

/** Verbatim's permalink for the quote, named as such, with the access date in the style's form. */
function permalinkNote(style: 'apa' | 'mla' | 'chicago', permalink: string, accessed: Date): Formatted {
  const d = accessDay(accessed);
  if (style === 'apa')
    return formatted([
      roman(
        `Verbatim permalink to the quotation, retrieved ${MONTHS_LONG[d.month - 1]} ${d.day}, ${d.year}, from ${permalink}`,
      ),
    ]);
  if (style === 'mla')
    return formatted([
      roman(
        `Verbatim permalink to the quotation, ${permalink.replace(/^https?:\/\//, '')}. Accessed ${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}.`,
      ),
    ]);
  return formatted([
    roman(
      `Verbatim permalink to the quotation, accessed ${MONTHS_LONG[d.month - 1]} ${d.day}, ${d.year}, ${endWithPeriod(permalink)}`,
    ),
  ]);
}

/** The speaker as a style names an original author: the family name of a person, an organisation whole. */
function speakerFor(input: CitationInput, full: boolean): string | null {
  const name = input.speaker?.name ?? input.quote.attribution.name;
  if (!name) return null;
  const organisation = input.speaker
    ? input.speaker.kind === 'organization'
    : input.quote.attribution.kind === 'organization';
  return full || organisation ? name : familyName(name);
}

/**
 * How a quote without a named speaker is credited: by the article's own description of the speaker when it gives
 * one (`a Harbour Office spokesman said` → `Unnamed speaker (Harbour Office spokesman)`), else `Unattributed`.
 * Never a name the article does not give.
 */
export function unnamedSpeaker(quote: Quote): string {
  const role = quote.attribution.role?.trim();
  return role ? `Unnamed speaker (${role})` : 'Unattributed';
}

/** One line to paste anywhere: the words, who said them and when (or n.d.), where, and the permalink. */
export function plainCitation(input: CitationInput): string {
  const { quote, article, speaker, permalink } = input;
  const who = speaker?.name ?? quote.attribution.name ?? unnamedSpeaker(quote);
  // the date with how it is known (`published 4 Sep 2025 (approx.)`), as the quote's page shows it
  const when = describeQuoteWhen(quote);
  const source = [article.title ? `“${nestedQuotesToSingle(article.title)}”` : null, article.publisher]
    .filter(Boolean)
    .join(', ');
  // a date that only stands in for when the words were said carries its words (`published 4 Sep 2025 (approx.)`);
  // the bracket closes the date, so a full stop follows it
  const date = !when ? 'n.d.' : when.approximate && when.qualifier ? `${when.phrase}.` : `${when.prefix}${when.text}`;
  const said = `${who}, ${date}`;
  return `“${nestedQuotesToSingle(quote.text)}” — ${[said, source].filter(Boolean).map(endWithPeriod).join(' ')} ${permalink}`;
}

/** Every citation style for a quote, in display order. */
export function citationsFor(input: CitationInput): Citation[] {
  const accessed = input.accessed ?? new Date();
  const { article } = input;
  const styled = (
    style: 'apa' | 'mla' | 'chicago',
    label: string,
    parts: CitationPart[],
    inTextLabel: string,
    inText: CitationPart[],
  ): Citation => ({
    style,
    label,
    ...formatted(parts),
    inText: { label: inTextLabel, ...formatted(inText) },
    permalink: permalinkNote(style, input.permalink, accessed),
  });
  const plain = plainCitation(input);
  return [
    styled('apa', 'APA 7', apaParts(article), 'In-text (as cited in)', apaInText(article, speakerFor(input, false))),
    styled('mla', 'MLA 9', mlaParts(article), 'In-text (qtd. in)', mlaInText(article, speakerFor(input, false))),
    styled(
      'chicago',
      'Chicago',
      chicagoParts(article),
      'Note (quoted in)',
      chicagoNote(article, speakerFor(input, true)),
    ),
    {
      style: 'plain',
      label: 'Plain text',
      text: plain,
      html: escapeHtml(plain),
      parts: [roman(plain)],
      inText: null,
      permalink: null,
    },
  ];
}
