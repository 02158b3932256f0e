/**
 * An invented corpus written as files for the backend tests: articles from several publishers over several months,
 * quotes attributed with the usual patterns, and the same statements reported by several articles (some cut short).
 * Every name, outlet and sentence is made up; the corpus is the same for a seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SPEAKERS = ['Mara Quillon', 'Teodor Vask', 'Ines Palmero', 'Oskar Brenholt', 'Lucia Farrant', 'Dov Ketterin'];
const ROLES = ['the harbour commissioner', 'the transport minister', 'a council member', 'the ferry union leader'];
const PUBLISHERS = ['The Coastal Gazette', 'Northfield Herald', 'Riverside Daily', 'The Lantern Post'];
const TOPICS = ['bridge', 'ferry', 'harbour', 'tunnel', 'railway', 'budget', 'election', 'fisheries'];
const PHRASES = [
  'we will reopen the {t} before the winter storms arrive',
  'nobody in this town should pay twice for the same {t}',
  'the {t} plan is late, expensive and badly explained',
  'I have asked the engineers to check every part of the {t} again',
  'our promise on the {t} stands, whatever the critics say',
  'the numbers for the {t} simply do not add up',
  'we are ready to provide political support for the {t}',
  'this {t} belongs to the people who use it every day',
  'there will be no new tolls on the {t} this year',
  'the inspectors found nothing wrong with the {t}',
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface InventedArticle {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  source: string | null;
}

/** `count` articles; about one quote in four repeats a statement another article reported. */
export function inventCorpus(count: number, seed = 7): InventedArticle[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const said: Array<{ text: string; speaker: string }> = [];
  const out: InventedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(TOPICS);
    const paragraphs: string[] = [
      `The ${topic} dominated the town meeting again this week, with residents split over what comes next.`,
    ];
    const quotes = 2 + Math.floor(r() * 3);
    for (let k = 0; k < quotes; k++) {
      let text: string;
      let speaker: string;
      if (said.length > 4 && r() < 0.25) {
        ({ text, speaker } = pick(said));
        if (r() < 0.3) text = text.split(' ').slice(0, 7).join(' ');
      } else {
        speaker = pick(SPEAKERS);
        text = pick(PHRASES).replace('{t}', pick(TOPICS));
        text = `${text[0]!.toUpperCase()}${text.slice(1)}`;
        said.push({ text, speaker });
      }
      const form = Math.floor(r() * 3);
      if (form === 0) paragraphs.push(`"${text}," ${speaker} said on Tuesday.`);
      else if (form === 1) paragraphs.push(`${speaker}, ${pick(ROLES)}, said: "${text}."`);
      else paragraphs.push(`"${text}," said ${speaker}.`);
      paragraphs.push(`Officials did not give a date for the next ${pick(TOPICS)} hearing.`);
    }
    const month = 1 + Math.floor(r() * 9);
    const day = 1 + Math.floor(r() * 27);
    out.push({
      id: `inv-${String(i).padStart(4, '0')}`,
      title: `${topic[0]!.toUpperCase()}${topic.slice(1)} row deepens`,
      text: paragraphs.join('\n\n'),
      publishedAt: r() < 0.9 ? `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null,
      source: r() < 0.95 ? pick(PUBLISHERS) : null,
    });
  }
  return out;
}

/** Writes the articles as JSON Lines files of `perFile` articles each under `dir`. */
export function writeCorpus(dir: string, articles: InventedArticle[], perFile = 10): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < articles.length; i += perFile) {
    const lines = articles.slice(i, i + perFile).map((a) => JSON.stringify(a));
    writeFileSync(path.join(dir, `part-${String(i / perFile).padStart(3, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
}
