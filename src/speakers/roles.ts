/**
 * Tidying the roles a speaker is seen with, so a speaker page lists offices and jobs, not the words that
 * happened to stand before a name ("a Brussels summit", "summer - but") or a wrongly resolved "the government".
 */
import { asciiFold } from '../model/text.js';
import { ROLE_WORDS } from '../lexicon/titles.js';

/** Words that open a noun phrase but are not part of the role: "a proud coach" → `proud coach`. */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);

/** Lowercase words that belong to a role and may open it: "former Tory leader", "shadow home secretary". */
const ROLE_MODIFIERS = new Set([
  'former',
  'ex',
  'deputy',
  'shadow',
  'acting',
  'interim',
  'senior',
  'junior',
  'new',
  'outgoing',
  'incoming',
  'vice',
  'assistant',
  'joint',
  'chief',
  'general',
  'executive',
  'managing',
  'then',
  'fellow',
  'veteran',
]);

/** Words a role cannot end in: it was cut off ("spokesman for", "summer - but", "leader of the", "analyst who"). */
const DANGLING = new Set([
  'for',
  'of',
  'to',
  'with',
  'and',
  'but',
  'or',
  'at',
  'in',
  'on',
  'from',
  'by',
  'amid',
  'as',
  'the',
  'a',
  'an',
  'while',
  'who',
  'whom',
  'which',
  'whose',
  'that',
]);

/** Roles longer than this are a clause the extractor took along, not a role. */
const MAX_ROLE_WORDS = 10;

const wordKey = (word: string): string =>
  asciiFold(word)
    .replace(/['’]s$/u, '')
    .replace(/[^a-z-]/g, '');

/** Whether a word names a role: `leader`, `co-chairman` (by its last part), `MP`. */
function isRoleWord(word: string): boolean {
  const key = wordKey(word);
  return ROLE_WORDS.has(key) || ROLE_WORDS.has(key.split('-').pop() ?? '');
}

/**
 * A role as seen with a name, tidied; null when it is not a role. `strict` (roles the extractor read from the
 * sentence) asks for a role word ("Tory leader", "analyst with Jupiter Research"); otherwise (roles read off the
 * name itself, "Lakeside University's Ann Lee") a capitalised affiliation is a role too.
 *
 *   "a proud coach" → `proud coach`; "their poster launch Tory co-chairman" → `Tory co-chairman`;
 *   "Labour's" → `Labour`; "the government", "a Brussels summit", "summer - but" → null.
 */
export function cleanRole(role: string, strict: boolean): string | null {
  let words = role
    .trim()
    .replace(/[.,;:!?]+$/u, '')
    .replace(/['’]s$/u, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  while (words.length > 0 && DETERMINERS.has(words[0]!.toLowerCase())) words = words.slice(1);
  if (words.length === 0 || words.length > MAX_ROLE_WORDS) return null;
  // "a spokesman for Mr Lee": a role cut off before its object is someone else's role, not this speaker's.
  if (DANGLING.has(words[words.length - 1]!.toLowerCase())) return null;
  if (words.some((w) => !/^[\p{L}\p{M}][\p{L}\p{M}.'’&-]*$/u.test(w))) return null;
  // Lowercase words before a capitalised one are the sentence's, not the role's, unless they modify a role.
  const capital = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (capital > 0 && words.slice(0, capital).every((w) => !isRoleWord(w) && !ROLE_MODIFIERS.has(w.toLowerCase())))
    words = words.slice(capital);
  const hasRoleWord = words.some(isRoleWord);
  const affiliation = words.every((w) => /^\p{Lu}/u.test(w) || ['of', 'and', 'for', 'the', '&'].includes(w));
  if (!hasRoleWord && (strict || !affiliation)) return null;
  return words.join(' ');
}
