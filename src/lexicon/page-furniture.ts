/**
 * Page furniture vocabulary, as typed tables. A line is furniture when the WHOLE line (trimmed)
 * matches one of these; words inside a sentence are never touched.
 */

export interface WidgetRule {
  name: string;
  pattern: RegExp;
  /** True when the widget opens a block of other stories (teasers) that runs to the end of the page. */
  startsTail: boolean;
}

/**
 * A teaser of another story or clip under a label, on a line of its own inside an article (`WATCH: Mayor
 * tours the flooded harbour`, `RELATED: Ferry fares to rise`, `WATCH | …`, `READ MORE: …`): a link, never
 * words of the article, whatever marks its title carries.
 */
export const teaserLine =
  /^(?:watch(?: above| below| live| now)?|related(?: stories| story| video| articles?)?|read more|read also|also read|more|listen|video)\s*[:|]\s*\S.{0,200}$/i;

/** An advertising slot on a line of its own inside an article: `Story continues below advertisement`. */
export const adSlotLine =
  /^(?:advertisement|advert|ad|sponsored(?: content)?|(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?|continue reading below)$/i;

export const widgetRules: readonly WidgetRule[] = [
  {
    name: 'news-feed',
    pattern:
      /^(?:news ?feed|latest(?: news| stories)?|top stories|most (?:read|popular|viewed|shared)|more (?:stories|news|articles|on this story)|you (?:may|might) also like|recommended(?: for you| stories| articles)?|trending(?: now| stories)?|what to read next|editor'?s picks)$/i,
    startsTail: true,
  },
  {
    name: 'related',
    pattern: /^related(?: (?:stories|articles|news|content|coverage|topics|posts|reading|links))?:?$/i,
    startsTail: true,
  },
  {
    name: 'show-more',
    pattern: /^(?:show|load|see|view) (?:more|all)(?: stories| articles| news| posts)?$/i,
    startsTail: true,
  },
  { name: 'scroll-to-top', pattern: /^(?:scroll|back|return) to top$/i, startsTail: false },
  {
    name: 'read-more',
    pattern: /^(?:read more|read next|read also|also read|continue reading|see also|more on this)(?:\s*[:»›>].*)?$/i,
    startsTail: false,
  },
  {
    name: 'media',
    pattern: /^(?:video|videos|watch|watch video|play video|photos?|gallery|audio|listen|podcast)$/i,
    startsTail: false,
  },
  {
    name: 'share',
    pattern:
      /^(?:share|share this(?: article| story| page)?|share on (?:facebook|twitter|x|linkedin|whatsapp|email)|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|comments?(?: \(\d+\))?)$/i,
    startsTail: false,
  },
  { name: 'advertisement', pattern: adSlotLine, startsTail: false },
  { name: 'teaser', pattern: teaserLine, startsTail: false },
  { name: 'sign-up', pattern: /^(?:sign up|subscribe)\b[^.!?]{0,120}[.!?]?$/i, startsTail: false },
];

/** "Article image", "Image caption: …", "Photo: AP". */
export const imageLabel =
  /^(?:article image|image|photo|picture|image caption|media caption|caption|getty images|(?:photo|image|picture) (?:credit|caption))(?:\s*[:|].*)?$/i;

/** A credit that a caption ends with: `(Presidential Office)`, `(AP Photo/Evan Vucci)`, `(Getty)`. */
export const captionCredit =
  /\(((?:(?:photos?|image|credit|picture|video)(?: by)?:?\s*)?[A-Z][\w.'’&-]*(?:[ /]+[A-Z&][\w.'’&-]*){0,5})\)$/;

/** One-word credits that are clearly photo agencies (a lone acronym like `(EU)` is not enough). */
export const creditWords = /^(?:Reuters|AP|AFP|EPA|Getty|Shutterstock|Pool|File|Handout|Bloomberg|Xinhua|Alamy)$/;

/** "Editor's Note: This story has been updated…" */
export const editorNote = /^editor[’']?s[’']? note\b/i;

/** "3 min read", "5 minute read". */
export const readingTime = /\b\d{1,3}\s*min(?:ute)?s?\.?\s+read\b/i;

/** Labels that introduce a date on a byline/date line: "date 2025-09-04", "Published: 4 Sept 2025". */
export const dateLabel =
  /^(?:date|dated|published(?: on)?|posted(?: on)?|first published(?: on)?|updated(?: on)?|last updated(?: on)?|last modified)\s*[:\-–]?\s*/i;
