/**
 * Records of coreference: the speaker a phrase resolves to, the speakers and unnamed descriptions
 * seen so far, and what the resolvers read.
 */
import type { NounPhrase } from '../cues.js';
import type { MentionIndex } from '../mentions.js';
import type { Range } from '../quote-spans.js';
import type { DocumentLayout } from '../document.js';
import type { SpeakerKind } from '../../model/types.js';
import type { ResolvedPhrase, SpeakerEntity } from '../entities.js';

export interface ResolvedSpeaker {
  name: string | null;
  role: string | null;
  kind: SpeakerKind;
}

/** An earlier attribution in the article, a likely antecedent. */
export interface PriorSpeaker {
  name: string;
  at: number;
  org: boolean;
}

/** An earlier attribution to an unnamed description (`a spokeswoman for the centre said`, `police said`). */
export interface UnnamedSpeaker {
  /** The description without its article: `spokeswoman for the centre`. */
  role: string;
  at: number;
  /** `police`, `the MPs`: several people, what `they` stands for. */
  plural: boolean;
}

/** What coreference reads besides the mentions: the article layout, its quotations and earlier speakers. */
export interface CorefContext {
  doc: DocumentLayout;
  mentions: MentionIndex;
  /** Quotation ranges (marks included), ascending: names and pronouns inside them are not antecedents. */
  quotes: readonly Range[];
  prior: readonly PriorSpeaker[];
  /** Where the body starts: headlines hold no antecedents. */
  bodyStart: number;
  /** Whether a one-word name is known in the article as a person (`Cruz` after `Cruz said`). */
  isPerson?: (name: string) => boolean;
  /** The entity layer's check that a named speaker phrase is a person or an organisation. */
  canSpeak?: (speaker: NounPhrase) => boolean;
  /** The entity layer's verdict on a resolved speaker: a person or an organisation (src/extract/entities.ts). */
  speakerEntity?: (resolved: ResolvedPhrase) => SpeakerEntity | null;
  /** Earlier attributions to unnamed descriptions, ascending: what a later `she` or `they` may stand for. */
  unnamed?: readonly UnnamedSpeaker[];
}

/** What a pronoun stands for: a name, or an unnamed description spoken of before (`the spokeswoman`). */
export type Antecedent = string | { role: string } | null;
