import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

describe('he/she: the subject of the sentence before, not its objects', () => {
  it.each<[string, string]>([
    ['Mayor Otto Kranz said he agreed with Governor Paul Weber. "We will build the road," he said.', 'Otto Kranz'],
    [
      'Otto Kranz, a retired teacher, had close ties to Paul Weber. But on Sunday he endorsed the plan. "It is time," he said.',
      'Otto Kranz',
    ],
    [
      'Otto Kranz has been courting Paul Weber and Ivo Brandt for a month. His patience ran out when he said the talks were "going nowhere."',
      'Otto Kranz',
    ],
    ['Otto Kranz met voters in South Carolina. "It was a good day," he said.', 'Otto Kranz'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('he/she: the last speaker carries over', () => {
  it('"A," Kranz said. The crowd cheered for Weber. "B," he said. — the speaker, not the object between', () => {
    expect(
      speakers(
        'Otto Kranz spoke after Paul Weber left. "We stay," Kranz said. The crowd cheered for Paul Weber. "We will not move," he said.',
      ),
    ).toEqual(['Otto Kranz', 'Otto Kranz']);
  });
});

describe('he/she: a name after the pronoun in its clause is not its antecedent', () => {
  it('Ann Ortiz asked Tom Baker about the wall. "It will be tall," he told Ortiz.', () => {
    expect(
      speakers('Tom Baker and Ann Ortiz sat down. Ortiz asked Baker about the wall. "It will be tall," he told Ortiz.'),
    ).toEqual(['Tom Baker']);
  });
});

describe('a role noun after a name is a modifier, not a verb', () => {
  it('Party consultant Jon Reyes, a pollster, picked up the thread. "Voters are tired," he said.', () => {
    expect(
      speakers('Weber consultant Jon Reyes, a pollster, picked up the thread. "Voters are tired," he said.'),
    ).toEqual(['Jon Reyes']);
  });
});

describe('names do not run across a sentence end', () => {
  it('… ties to Paul Weber. But Otto Kranz … "…," he said.', () => {
    expect(speakers('Otto Kranz had ties to Paul Weber. But he left. "I am done," he said.')).toEqual(['Otto Kranz']);
  });
});

describe('capitalised words are not cue verbs', () => {
  it('Otto Kranz insisted that the United States "must act now."', () => {
    expect(speakers('Otto Kranz insisted that the United States "must act now."')).toEqual(['Otto Kranz']);
  });
});

describe('a name after an inverted cue must end the clause', () => {
  it('Ann Ortiz says Tom Baker "has a record of results." → Ortiz', () => {
    expect(speakers('Ann Ortiz says Tom Baker "has a record of results."')).toEqual(['Ann Ortiz']);
  });
  it('"We stay," said Tom Baker in a statement. → Baker', () => {
    expect(speakers('"We stay," said Tom Baker in a statement.')).toEqual(['Tom Baker']);
  });
});

describe('a given name before a role word is a name: Amy Pope', () => {
  it('"We are ready," Amy Pope, a deputy adviser, said.', () => {
    expect(speakers('"We are ready," Amy Pope, a deputy adviser, said.')).toEqual(['Amy Pope']);
  });
});

describe('quotations without a speech verb take the subject of their clause or of the sentence before', () => {
  it.each<[string, string]>([
    ['Ann Ortiz also bemoaned a climate in which neighbours "simply stop talking."', 'Ann Ortiz'],
    ['On Friday, Tom Baker went even further: "The plan is finished."', 'Tom Baker'],
    ['Tom Baker praised the mayor\'s record on housing. "We need someone who builds."', 'Tom Baker'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
  it('a quotation with no person as subject nearby stays unattributed: The report was "largely ignored" by all.', () => {
    expect(speakers('The annual report on the harbour was "largely ignored by the council" that year.')).toEqual([
      null,
    ]);
  });
});

describe('more attribution shapes', () => {
  it.each<[string, string]>([
    ['"We stay," Sen. Ann Ortiz (D-Ore.) said on Monday.', 'Ann Ortiz'],
    ['"Imagine the two of them on one stage," mused radio host Tom Baker.', 'Tom Baker'],
    ['"Go back to your seat," Tom Baker barked.', 'Tom Baker'],
    ['Ortiz: "The talks are over." Ann Ortiz left the hall at noon.', 'Ann Ortiz'],
  ])('%s', (body, name) => {
    expect(speakers(body)[0]).toBe(name);
  });
  it('a second quotation in one sentence shares the cue before the first: Baker said that "road crews" "work too slowly."', () => {
    expect(speakers('Tom Baker said that "road crews" "work too slowly and cost too much."')).toEqual([
      'Tom Baker',
      'Tom Baker',
    ]);
  });
});

describe('subjects without a cue must be people', () => {
  it.each<[string, string | null]>([
    [
      'Former Secretary of State Ann Ortiz famously clashed with the panel, asking, "What difference does the date make now?"',
      'Ann Ortiz',
    ],
    [
      'Tom Baker spoke in Ohio. Guns are "the ultimate crisis of public health in this country," he said later.',
      'Tom Baker',
    ],
    [
      'RIVERTON, July 25 — The council released the plan, offering "a deep and sincere apology to the residents."',
      null,
    ],
  ])('%s', (body, name) => {
    expect(speakers(body)[0]).toBe(name);
  });
});

describe('sentence focus: "And X, …, seems" and inverted speakers', () => {
  it.each<[string, string]>([
    [
      'Tom Baker sat beside Ann Ortiz. And Jon Reyes, for all his doubts, seems to agree. "We will see," he said.',
      'Jon Reyes',
    ],
    [
      'The plan is bold, said Jon Reyes, director of the institute at the University of Riverton. "It could work," he said.',
      'Jon Reyes',
    ],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('speaker phrases: appositives with several commas, adverbs and times before the verb', () => {
  it.each<[string, string]>([
    [
      'Dean Ruiz, a 55-year-old salesman from Sumter, South Carolina, says the rally will "leave here with momentum."',
      'Dean Ruiz',
    ],
    [
      'Tom Baker, who lives outside the state capital, Riverton, said he still "hopes for a miracle at the convention."',
      'Tom Baker',
    ],
    [
      'Ana Ruiz, president and chief executive of the Harbor Fund stated, "It is a math problem, not a political one."',
      'Ana Ruiz',
    ],
    ['When asked about the plan, Tom Baker gingerly said that was "an assessment the voters will make."', 'Tom Baker'],
    ['Mayor Ann Ortiz on Friday declared the site a monument "to tell the story of the struggle."', 'Ann Ortiz'],
    ['Asked whom she supported, Ann Ortiz smiled and said, "I am waiting for someone else to run."', 'Ann Ortiz'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('after the quotation: verbs outside the cue list, dashes, described names', () => {
  it.each<[string, string]>([
    ['"The town will always be the town," an angry Ann Ortiz retaliated.', 'Ann Ortiz'],
    ['"Big firms pay zero taxes." - Ortiz.', 'Ortiz'],
    ['"This is dangerous," said campaign manager Jon Reyes in a statement.', 'Jon Reyes'],
    ['"A lot of people were upset," said former Rep. Ann Ortiz (D-Ore.), one of the negotiators.', 'Ann Ortiz'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('a one-word subject is a person when the article has it speak', () => {
  it('Baker said so. … Baker gestured, then leaned in and boomed: "We will win in May."', () => {
    expect(
      speakers('"Fine," Baker said. Later Baker gestured, then leaned in and boomed: "We will win in May."'),
    ).toEqual(['Baker', 'Baker']);
  });
});

describe('cue reading: nouns, embedded clauses, honorifics, sentence-final quotations', () => {
  it.each<[string, string]>([
    ['"We offer the chance to help," Ms. White said.', 'White'],
    ['Party chair Jon Reyes called Ortiz\'s remarks on the harbour a "new low for the council."', 'Jon Reyes'],
    ['Ann Ortiz said that once the council goes on recess, "I intend to visit every district."', 'Ann Ortiz'],
    ['Voters were quick to react, with Tom Baker tweeting that it was a "disaster for the town."', 'Tom Baker'],
    ['Then, in a statement issued in his name, Tom Baker said he has "full confidence in the team."', 'Tom Baker'],
    [
      'Governor Ann Ortiz called the long lines "unacceptable and avoidable." Mayor Tom Baker wrote a letter to the board.',
      'Ann Ortiz',
    ],
    ['"The town hits back," wrote Jon Reyes on Harbor Daily.', 'Jon Reyes'],
  ])('%s', (body, name) => {
    expect(speakers(body)[0]).toBe(name);
  });
});

describe('the speaker of a cue is the focus of its sentence, before a plain subject', () => {
  it('Baker is right on the issues, Reyes argues. "Baker is our best debater," he says. → Reyes', () => {
    expect(
      speakers(
        '"He wins every bloc," Jon Reyes adds. Tom Baker is not only right on the issues, he is also the most able candidate Reyes argues. "Baker is our best debater," he says.',
      ),
    ).toEqual(['Jon Reyes', 'Jon Reyes']);
  });
});
