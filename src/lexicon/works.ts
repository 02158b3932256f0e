/**
 * Works' titles (films, songs, books, shows) as the text writes them: the words that stand before a title, and the
 * lists of titles. A work's title speaks for no one and is no one a description stands for.
 */

/**
 * Nouns of works (films, songs, books, shows) that stand right before a work's title: `the film X`, `his novel X`,
 * `songs such as X`, `films including X`. Not those that are verbs too (`hit`, `play`, `show`, `book`, `track`): `the
 * ball hit Jo Lee`, `polls show Jo Lee ahead`.
 */
export const BEFORE_WORK =
  /(?<![\p{L}-])(?:(?:film|movie|song|single|album|novel|sitcom|documentary|musical|opera|thriller|blockbuster|biopic|soundtrack|anthem|ballad|(?:TV|television|radio)\s+(?:series|show|drama|programme))s?\s+(?:(?:including|such\s+as|like|called|entitled|titled)\s+)?|(?:films|movies|songs|singles|albums|novels|books|credits|hits|roles|plays)\s+(?:include|includes|included)\s+|(?:star|stars|co-star|creator|author|composer|screenwriter|playwright)\s+of\s+)(?:the\s+|A\s+)?$/u;
/**
 * The item before a name in a list (`Harbour Nights, Kestrel Sky and`, `Harbour Nights and`): group 1 the earlier
 * item's capitalised words (up to five), which a list of titles shares its kind with.
 */
export const LIST_ITEM_BEFORE =
  /((?:\p{Lu}[\p{L}\p{M}'’.-]*:?\s+(?:(?:of|the|and|in|on|a)\s+)?){0,4}\p{Lu}[\p{L}\p{M}'’.-]*)(?:,\s+(?:and\s+)?|\s+and\s+)$/u;
/** Every `BEFORE_WORK` phrase ends with one of these letters and a space: a cheap test first. */
export const WORK_LINK = /[a-zA-Z]\s+$/u;

/** The last words `BEFORE_WORK` can end with: a cheap test before the expression (most runs follow none). */
const WORK_LAST_WORDS: ReadonlySet<string> = new Set(
  `film films movie movies song songs single singles album albums novel novels sitcom sitcoms documentary
  documentarys musical musicals opera operas thriller thrillers blockbuster blockbusters biopic biopics soundtrack
  soundtracks anthem anthems ballad ballads series show shows drama dramas programme programmes including as like
  called entitled titled include includes included of the A`.split(/\s+/u),
);

/**
 * A word every `BEFORE_WORK` phrase holds (its nouns of works, `include`, `star`, `author`, …): a cheap test before
 * the expression, which `the` and `of` before most capitalised runs would otherwise send it to.
 */
export const WORK_WORD =
  /\b(?:(?:film|movie|song|single|album|novel|sitcom|documentary|musical|opera|thriller|blockbuster|biopic|soundtrack|anthem|ballad|series|show|drama|programme|star)s?|include[sd]?|creator|author|composer|screenwriter|playwright)\s/u;

/**
 * Characters before a run `workTitleAt` reads at most: three list items back (70 each) and a `BEFORE_WORK` phrase
 * (45), with room to spare.
 */
const WORK_REACH = 280;

/** Is the code unit an ASCII letter (`[a-zA-Z]`)? */
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Is the character at `i` white space (`\s`)? (In ASCII: the space and tab to carriage return; else the expression.) */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/u.test(text[i]!);
}

/** The word right before `at` across spaces (`film` of `the film X`), or '' when none. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * The ASCII letters right before `at` across spaces, read no further back than `floor` (the start of the stretch a
 * pattern reads): the word before `the` in `the film the X` read in `film the `.
 */
function wordBeforeFrom(text: string, at: number, floor: number): string {
  let end = at;
  while (end > floor && isSpaceAt(text, end - 1)) end--;
  let start = end;
  while (start > floor && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** The words a `BEFORE_WORK` phrase may hold right before its closing `the` or `A` (a noun may take an `s`). */
const BEFORE_ARTICLE_WORDS: ReadonlySet<string> = new Set([...WORK_LAST_WORDS].filter((w) => w !== 'the' && w !== 'A'));
/** The words a `BEFORE_WORK` phrase holds right before its `of`: `star of`, `author of` (`co-star of` read as `star`). */
const BEFORE_OF_WORDS: ReadonlySet<string> = new Set(
  'star stars creator author composer screenwriter playwright'.split(' '),
);

/**
 * May `BEFORE_WORK` match `text[floor, at)`, whose last word (`last`) is one it may end with? When that word is
 * `the`, `A` or `of`, the word before it must be one such a phrase holds there (`film the `, `star of `): most
 * capitalised runs after `the` or `of` follow none, and need no expression run.
 */
function wordsMayEndWork(text: string, at: number, floor: number, last: string): boolean {
  if (last !== 'the' && last !== 'A' && last !== 'of') return true;
  let end = at;
  while (end > floor && isSpaceAt(text, end - 1)) end--;
  const previous = wordBeforeFrom(text, Math.max(floor, end - last.length), floor);
  if (last === 'of') return BEFORE_OF_WORDS.has(previous);
  return (
    BEFORE_ARTICLE_WORDS.has(previous) || (previous.endsWith('s') && BEFORE_ARTICLE_WORDS.has(previous.slice(0, -1)))
  );
}

/**
 * Does `text[max(0, at - reach), at)` end with a comma or ` and` and white space after it, as `/(?:,|\sand)\s+$/u`
 * reads it? (Read by char codes, back from `at`.)
 */
export function listTailBefore(text: string, at: number, reach = 6): boolean {
  const floor = Math.max(0, at - reach);
  let i = at;
  while (i > floor && isSpaceAt(text, i - 1)) i--;
  if (i === at) return false;
  if (i - 1 >= floor && text.charCodeAt(i - 1) === 44) return true;
  return i - 4 >= floor && text.startsWith('and', i - 3) && isSpaceAt(text, i - 4);
}

/**
 * Is the capitalised run at `at` in `text` a work's title by the words right before it: `the film `, `films include
 * `, `the star of `, or a list whose earlier item is one (`the star of Harbour Nights and `, `films include Harbour
 * Nights, Onyx Bay and `; up to three items back)?
 */
/**
 * Does `BEFORE_WORK` (with its cheap tests `WORK_LINK` and `WORK_WORD`) match `text[max(0, at - 45), at)`? The last
 * word there (read no further back than that stretch) must be one such a phrase ends with, a noun of works with an
 * `s` too (`series` + `s`), and the word before a closing `the`, `A` or `of` one that may stand there
 * (`wordsMayEndWork`): most stretches fail those, and run no expression.
 */
export function workPhraseBefore(text: string, at: number): boolean {
  const floor = Math.max(0, at - 45);
  const last = wordBeforeFrom(text, at, floor);
  if (!WORK_LAST_WORDS.has(last) && !(last.endsWith('s') && WORK_LAST_WORDS.has(last.slice(0, -1)))) return false;
  if (!wordsMayEndWork(text, at, floor, last)) return false;
  const before = text.slice(floor, at);
  return WORK_LINK.test(before) && WORK_WORD.test(before) && BEFORE_WORK.test(before);
}

/**
 * `LIST_ITEM_BEFORE.exec(text.slice(from, at))`, with a cheap test first: the expression's last item ends with a word
 * opening with a capital right before its comma or `and` (`Nights, `, `Sky and `), and most lists of names end with
 * a word in lower case (`north, `, `said and `): those need no expression run. (A character past ASCII in that word
 * is left to the expression.)
 */
export function listItemBefore(text: string, from: number, at: number): RegExpExecArray | null {
  return capitalWordBeforeTail(text, from, at) ? LIST_ITEM_BEFORE.exec(text.slice(from, at)) : null;
}

/**
 * May a word opening with a capital (`\p{Lu}[\p{L}\p{M}'’.-]*`) close `text[from, e)` for some end `e` where one of
 * the tails `LIST_ITEM_BEFORE` ends with (`,\s+`, `,\s+and\s+`, `\s+and\s+`) fills `text[e, at)`? Read back by char
 * codes; true when a character past ASCII stands in that word (left to the expression).
 */
function capitalWordBeforeTail(text: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && isSpaceAt(text, i - 1)) i--;
  if (i === at) return false;
  // `, ` (the comma's word), or `and ` after spaces: after a comma, or after the word itself
  if (i > from && text.charCodeAt(i - 1) === 44 && capitalWordEndingAt(text, from, i - 1)) return true;
  if (i - 3 < from || !text.startsWith('and', i - 3)) return false;
  let j = i - 3;
  const and = j;
  while (j > from && isSpaceAt(text, j - 1)) j--;
  if (j === and) return false;
  return j > from && text.charCodeAt(j - 1) === 44
    ? capitalWordEndingAt(text, from, j - 1)
    : capitalWordEndingAt(text, from, j);
}

/**
 * Does a word of `[\p{L}\p{M}'’.-]` characters ending at `end` (read back no further than `from`) hold an upper-case
 * letter, where `\p{Lu}[\p{L}\p{M}'’.-]*` may open? True too when it holds a character past ASCII (not read).
 */
function capitalWordEndingAt(text: string, from: number, end: number): boolean {
  for (let k = end - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c >= 128) return true;
    if (c >= 65 && c <= 90) return true;
    if (!((c >= 97 && c <= 122) || c === 39 || c === 46 || c === 45)) return false;
  }
  return false;
}

export function workTitleAt(text: string, at: number, depth = 0): boolean {
  const last = wordBefore(text, at);
  if (WORK_LAST_WORDS.has(last) && wordsMayEndWork(text, at, Math.max(0, at - 45), last)) {
    const before = text.slice(Math.max(0, at - 45), at);
    if (WORK_LINK.test(before) && WORK_WORD.test(before) && BEFORE_WORK.test(before)) return true;
  }
  if (depth >= 3) return false;
  // (cheap test first: a list's comma or `and` right before the run)
  if (!listTailBefore(text, at)) return false;
  const from = Math.max(0, at - 70);
  // (and a capitalised word before the list's comma or `and`, as the item `LIST_ITEM_BEFORE` reads ends with)
  if (!capitalWordBeforeTail(text, from, at)) return false;
  // (and a list of titles needs a `BEFORE_WORK` phrase before its first item: every check below reads at most 255
  // characters back, and that phrase holds one of its words there; most lists of names have none near)
  if (depth === 0 && !WORK_WORD.test(text.slice(Math.max(0, at - WORK_REACH), at))) return false;
  const m = LIST_ITEM_BEFORE.exec(text.slice(from, at));
  if (m === null) return false;
  // (the earlier item read from its last word back: `Include Harbour Nights` holds the title `Harbour Nights`)
  const itemStart = from + m.index;
  const item = m[1]!;
  for (let k = item.length - 1; k > 0; k--)
    if (/\s/u.test(item[k - 1]!) && /\p{Lu}/u.test(item[k]!) && workTitleAt(text, itemStart + k, depth + 1))
      return true;
  return workTitleAt(text, itemStart, depth + 1);
}
