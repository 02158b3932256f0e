import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** One table of cases: why, the article's body, and the speakers expected for its quotations in order. */
function cases(title: string, table: ReadonlyArray<[string, string, string[]]>): void {
  describe(title, () => {
    it.each(table)('%s', (_why, body, names) => {
      expect(speakers(body)).toEqual(names);
    });
  });
}

/**
 * A pronoun inside a subordinate clause set before the main clause (`the day that he quit, Lee …`, `After she lost,
 * Ann Roe …`) only looks ahead to the main clause's subject: that subject is the sentence's focus, and a later
 * `he`/`she` stands for it, not for someone named in a sentence before.
 */
cases('he/she: the subject after a fronted clause holding the same pronoun', [
  [
    'a relative clause after a time phrase (`the same day that he …`)',
    'Jo Lee won in Ohio. Sam Ortiz took the last seat.\n\nWednesday, the same day that he quit, Lee backed his rival. "It is time," he said.',
    ['Jo Lee'],
  ],
  [
    'an adverbial clause opening the sentence (`Since she …`)',
    'The jury praised Ann Roe and Kelly Park.\n\nSince she left the show in 1990, Roe has kept a low profile. "I am not interested in the fuss," she said.',
    ['Ann Roe'],
  ],
  [
    'a pronoun that is the main subject keeps the chain (the name after it is an object)',
    'Jo Lee won in Ohio.\n\nHe said that Sam Ortiz would lose. "It is over," he said.',
    ['Jo Lee'],
  ],
  [
    'a subordinate clause with no comma before the name is not fronted: the name is no subject of the sentence',
    'Jo Lee won in Ohio.\n\nHe left after he met Sam Ortiz on Monday. "It is over," he said.',
    ['Jo Lee'],
  ],
]);

/**
 * A sentence given to a person (`According to Dr Lee, …`, `…, according to Jo Lee.`) has that person as its
 * speaker, the focus a later `he`/`she` stands for; a publication or a body a sentence is given to is no `he`.
 */
cases('he/she: the person a sentence is given to with `according to`', [
  [
    'a person with a title, the sentence opening with `According to`, after another speaker’s quotation',
    'Professor Jean-Jacques Mbeki, head of the institute, said, "From now on, we will no longer say it is incurable." He went on to say deaths could be prevented.\n\nTom Hale of the World Health Agency (WHA) told the press the new drugs were only part of the solution: "What will stop it is good care."\n\nPast death rates have been at least 25% according to WHA statistics. According to Mbeki, many people stay away from the clinics because they see relatives die there. "Now that they come out cured," he told the press, "they will trust it."',
    ['Jean-Jacques Mbeki', 'Tom Hale', 'Jean-Jacques Mbeki'],
  ],
  [
    'a publication a sentence is given to is passed over for the person quoted before',
    '"Print at home," said Tom Hale, top tester at Print Weekly.\n\nMr Hale said new printers were better. According to Print Weekly, a print costs £1.87. "It is cheaper and more convenient to print at home," he said.',
    ['Tom Hale', 'Tom Hale'],
  ],
]);

/**
 * A sentence with no subject that is a person, bringing a person in for the first time with a description
 * (`One dissenting view came from Jo Lee, an analyst at Harbour.`, `But for Ann Roe, a director at …, the future …`),
 * sets who a later `he`/`she` is: that person, not the speaker quoted before.
 */
cases('he/she: a person brought in with a description, after another speaker', [
  [
    'a view that came from someone new',
    '"It is very much a computer," said Tom Hale of Jupiter.\n\nOne dissenting opinion came from Jo Lee, vice-president of research at analysts Harbour. Also, he said, it appealed in few categories. "The PC world is a pile-em-high market," he said.',
    ['Tom Hale', 'Jo Lee'],
  ],
  [
    'a fronted `for` phrase with an appositive',
    '"It is very much a computer," said Tom Hale of Jupiter.\n\nBut for Jo Lee, a research director at analyst firm Harbour, the future of search is not about technology. "Search technology is valuable," he said.',
    ['Tom Hale', 'Jo Lee'],
  ],
  [
    'a person brought in as the object of the same pronoun is not who it stands for',
    '"It is very much a computer," said Tom Hale of Jupiter.\n\nHe met Jo Lee, a banker at Harbour, on Monday. "It went well," he said.',
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    'a name before `, the …` ends a fronted phrase; the main clause follows, no description',
    '"It was a good day," said Ann Roe.\n\nFaced with losing the role of Kelly Park, the producers made it a regular one. "It was a good day," she recalls.',
    ['Ann Roe', 'Ann Roe'],
  ],
]);

/**
 * In a family (`Ozzy Hale` beside `Sharon Hale`, `Milton Berg` beside his wife `Rachel Berg`) the surname's
 * gender is another member's: a full name opening with a given name of its own takes that name's gender, or none.
 */
cases('he/she: a family’s surname gives no member a gender', [
  [
    'a man’s given name the hand list lacks, beside his wife named in full after him',
    'Rock star Ozzy Hale said his family would stop the show.\n\n"I did not like the cameras," the Black Lantern singer told reporters. His wife Sharon agreed.\n\nOzzy Hale said he had had enough of the work. "I have been filming all day," he said. Sharon Hale is a judge on another show.',
    ['Ozzy Hale', 'Ozzy Hale'],
  ],
  [
    'a woman quoted after her husband is named: the man’s given name keeps him from `she`',
    'Rachel Berg, a philanthropist, said the speeches led her to count both men out. Along with her husband, Milton Berg, a money manager, she has given to many candidates.\n\n"I feel bad to say it," she said.',
    ['Rachel Berg'],
  ],
]);
