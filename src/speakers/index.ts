/**
 * Speaker resolution stage: one canonical speaker per person or organisation across the corpus.
 *
 *   ExtractedQuote[] (names per article) ─▶ resolveSpeakers ─▶ speaker id per quote + Speaker[]
 *   corpus/speakers.json ─▶ loadSpeakerOverrides ─▶ SpeakerOverrides (pins, merges, splits)
 */
export { loadSpeakerOverrides, speakerOverridesSchema, type SpeakerOverrides } from './overrides.js';
export { resolveSpeakers } from './resolve.js';
