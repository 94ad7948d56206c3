// Which source each sentence credits, in the document being analysed; used by figures and
// claims. sourcing.ts reads a sentence's credits from its own words, relative to the
// sentence's start. This module remembers each reading under the sentence's paragraph
// (localCache.ts) and under the sentence's text, checks on every run that the two things
// the reading asked of the rest of the document still have the same answers (which of its
// words lie inside a quotation; where the entity mentions it asked about start), and links
// the credit in use to the document's entities. So after an edit elsewhere, a sentence
// costs a look-up and a few binary searches instead of a new reading.
//
// A long article has thousands of sentences with a figure or a claim, and after an edit
// nearly all their readings are old objects spread over the heap: what costs time is
// touching them. So a reading is one flat array of small integers (see Reading), and the
// mentions a run links with are laid out in typed arrays (see MentionTable).

import type { Context } from './context';
import { LocalCache, textAt } from './localCache';
import type { Figure, Source, Span } from './model';
import { SentenceCache } from './sentenceCache';
import { runToEnd } from './slicing';
import { documentAuthor, firstEndingAfter, overlapsAny, readCreditSteps, unnamedPersonIn, type LocalWindow, type Reader } from './sourcing';
import type { Term } from './tagging';
import { bearsNames, isMarketIndex, ORGANIZATION_NOUNS, ownNames } from './lexicon';
import { mentionsByStart } from './mentions';
import { firstAtOrAfter } from './sorted';

// ---------------------------------------------------------------------------------------
// A reading, packed

/**
 * One sentence's reading and what it depended on, every offset relative to the sentence's
 * start, in one array of small integers:
 *
 *     from, to, quotedLength, probesLength, windowCount,
 *     quoted…  (start, end of each merged quotation span inside [from, to), clipped to it)
 *     probes…  (term start, term end, start of the mention ending with it or NO_MENTION)
 *     windows… (start, end, creditCount, then CREDIT numbers per credit)
 *
 * [from, to) is the sentence with its terms. A credit is scope, subject and cue (start
 * and end of each), whether the subject reads as a poll result, the source phrase's start
 * and end, and how the source is linked (LINK_* flags).
 */
type Reading = readonly number[];

const FROM = 0;
const TO = 1;
const QUOTED_LENGTH = 2;
const PROBES_LENGTH = 3;
const WINDOW_COUNT = 4;
const HEADER = 5;

const SCOPE_START = 0;
const SCOPE_END = 1;
const SUBJECT_START = 2;
const SUBJECT_END = 3;
const CUE_START = 4;
const CUE_END = 5;
const POLL = 6;
const SOURCE_START = 7;
const SOURCE_END = 8;
const LINK = 9;
const CREDIT = 10;

/** The words before a place in a source phrase that make it where the source is: "(an inquest) in (Bolton)". */
const LOCATED = /\S\s+(?:in|at|near|outside|across|around)\s+(?:the\s+)?$/i;

/** Documents "it" may stand for: "A study found … It also found …". */
const UNNAMED_DOCUMENT_HEADS = new Set(['study', 'report', 'survey', 'poll', 'analysis', 'review', 'audit', 'assessment', 'research', 'paper', 'trial', 'census', 'investigation', 'inquiry']);

/** How a source is linked: the low two bits, then two flags (see Recipe in sourcing.ts). */
const LINK_PRONOUN = 0;
const LINK_UNNAMED = 1;
const LINK_PHRASE = 2;
const LINK_KIND = 3;
const LINK_PERSONAL = 4;
const LINK_POSSESSIVE = 8;
/**
 * What the credit's own words say of it as a report (see RunSources.reportSource), worked
 * out when the sentence is read: set when its cue and source phrase lie inside the
 * sentence, whose text a reading is always reused with; else worked out on every use.
 */
const LINK_REPORT_KNOWN = 16;
/** The cue reports: "reported", "said", "according to its filing" (REPORTING_CUES, REPORT_PHRASE_CUES). */
const LINK_REPORTS = 32;
/** The source phrase names a reporting body a reader can identify (IDENTIFIED, REPORTING_BODIES). */
const LINK_REPORTING_BODY = 64;

/** The credit is an aside about a noun phrase (see Found.aside in sourcing.ts). */
const LINK_ASIDE = 128;

/** The source is research staff: an organisation named in it speaks for them (Recipe.staff in sourcing.ts). */
const LINK_STAFF = 256;

/** A probe that found no mention (relative offsets stay far above it). */
const NO_MENTION = -0x3fffffff;

/** Numbers packed between pauses (a runaway sentence's reading runs to millions). */
const NUMBERS_PER_STEP = 100_000;

function* packSteps(from: number, to: number, quoted: readonly number[], probes: readonly number[], windows: readonly LocalWindow[], body: string): Generator<void, Reading> {
  const reading: number[] = [from, to, quoted.length, probes.length, windows.length];
  for (let i = 0; i < quoted.length; i++) reading.push(quoted[i]);
  for (let i = 0; i < probes.length; i++) reading.push(probes[i]);
  let pause = reading.length + NUMBERS_PER_STEP;
  for (const w of windows) {
    if (reading.length >= pause) {
      yield;
      pause = reading.length + NUMBERS_PER_STEP;
    }
    reading.push(w.start, w.end, w.credits.length);
    for (const c of w.credits) {
      const { source } = c;
      const link = (source.link === 'pronoun' ? LINK_PRONOUN : source.link === 'unnamed' ? LINK_UNNAMED : LINK_PHRASE) | (source.personal ? LINK_PERSONAL : 0) | (source.possessive ? LINK_POSSESSIVE : 0) | (source.staff ? LINK_STAFF : 0) | reportBits(body, c.cue, source) | (c.aside ? LINK_ASIDE : 0);
      reading.push(c.scope.start, c.scope.end, c.subject.start, c.subject.end, c.cue.start, c.cue.end, c.poll ? 1 : 0, source.start, source.end, link);
    }
  }
  return Object.freeze(reading);
}

/** The LINK_REPORT_* bits of a credit with this cue and source phrase (relative to the sentence `body`), or 0 when either lies outside it. */
function reportBits(body: string, cue: Span, source: Span): number {
  if (cue.start < 0 || cue.end > body.length || cue.start > cue.end || source.start < 0 || source.end > body.length || source.start > source.end) return 0;
  const phrase = body.slice(source.start, source.end);
  return LINK_REPORT_KNOWN | (reportingCue(body.slice(cue.start, cue.end), phrase) ? LINK_REPORTS : 0) | (reportingBody(phrase) ? LINK_REPORTING_BODY : 0);
}

/** Whether a credit with this cue reports figures of the source's own (see REPORTING_CUES). */
function reportingCue(cueText: string, phrase: string): boolean {
  const cue = cueText.toLowerCase();
  return REPORTING_CUES.has(cue) || (REPORT_PHRASE_CUES.has(cue.replace(/\s+/g, ' ')) && OWN_DOCUMENT.test(phrase));
}

/** Whether an unlinked source phrase names a body or document a reader can hold figures to. */
function reportingBody(phrase: string): boolean {
  return IDENTIFIED.test(phrase) && REPORTING_BODIES.has(headOf(phrase));
}

/** Where each window of a reading with many windows starts in it (a runaway sentence's). */
const windowOffsets = new WeakMap<Reading, Int32Array>();

/**
 * The offset in r of the window holding a span that starts at `from` (relative to the
 * sentence): the first window that ends after it; r.length when none does. A runaway
 * sentence has thousands of windows and as many figures, so those are searched by halves.
 */
function windowHolding(r: Reading, from: number): number {
  const count = r[WINDOW_COUNT];
  let w = HEADER + r[QUOTED_LENGTH] + r[PROBES_LENGTH];
  if (count <= 8) {
    for (let k = count; k > 0 && r[w + 1] <= from; k--) w += 3 + r[w + 2] * CREDIT;
    return w;
  }
  let offsets = windowOffsets.get(r);
  if (!offsets) {
    offsets = new Int32Array(count);
    for (let k = 0; k < count; k++, w += 3 + r[w + 2] * CREDIT) offsets[k] = w;
    windowOffsets.set(r, offsets);
  }
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r[offsets[mid] + 1] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < count ? offsets[lo] : r.length;
}

// ---------------------------------------------------------------------------------------
// Mentions

/**
 * Every entity mention sorted by start (ties in entity order, as a stable sort of the
 * entities' mention lists would leave them), as parallel arrays.
 */
interface MentionTable {
  /** Each mention's entity index and text (linking then never touches the mention objects). */
  readonly entityOf: readonly number[];
  readonly texts: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The order in which a mention is preferred as a source (RANK). */
  readonly ranks: Uint8Array;
}

const RANK = { person: 0, organization: 1, place: 2 } as const;

/** A quote speaker nobody names ("a woman", "officials"), in RunSources.speakers. */
const UNNAMED_SPEAKER = -1;

function mentionTable(ctx: Context): MentionTable {
  const { entities } = ctx.analysis;
  // the mentions sorted once per run, shared with attribution; each is read once more, here
  // (they lie all over the heap), and the rest works on numbers
  const { list, starts, ends } = mentionsByStart(ctx);
  const n = list.length;
  const entityOf = new Array<number>(n);
  const texts = new Array<string>(n);
  const ranks = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const m = list[i];
    entityOf[i] = m.entity;
    texts[i] = m.text;
    ranks[i] = RANK[entities[m.entity].type];
  }
  return { entityOf, texts, starts, ends, ranks };
}

// ---------------------------------------------------------------------------------------
// Readings, remembered across runs

/** Each sentence's reading by its place in the paragraph, filled in as sentences are asked about. */
const paragraphReadings = new LocalCache<(Reading | undefined)[]>();
/** Readings by sentence text, for a sentence whose paragraph changed around it. */
const readingsByText = new SentenceCache<Reading>();

const NO_TERMS: readonly Term[] = [];

/** What RunSources.onlyReportsOf holds for a sentence asked about. */
const ONLY_REPORTS = 1;
const NOT_ONLY_REPORTS = 2;

// ---------------------------------------------------------------------------------------
// One run

/**
 * The sources of one analysis run, built when figures first asks (after attribution, so
 * the quotes have their speakers) and shared with claims.
 */
class RunSources {
  /** Union of quotation spans, sorted. */
  readonly quoted: Span[];
  private table?: MentionTable;
  /** Entity of each quote speaker mention, by its start offset (pronouns resolved by attribution). */
  private speakers?: Map<number, number>;
  /** Whether each sentence credits only named reports (see onlyReports): ONLY_REPORTS, NOT_ONLY_REPORTS, or 0 when not yet asked. */
  private readonly onlyReportsOf: Uint8Array;
  /** The source carried to each sentence asked about (see carriedSource), by sentence. */
  private readonly carried: (Source | null | undefined)[];
  /** The reading of each sentence, once checked in this run. */
  private readonly readings: (Reading | undefined)[];
  /** The remembered readings of the paragraph asked about last (sentences come in order). */
  private slotsParagraph = -1;
  private slots: (Reading | undefined)[] | undefined;

  /** The offset in its reading of each sentence's first credit (see sentenceSource): -1 for none, 0 when not yet asked. */
  private readonly firstCredits: Int32Array;
  /** The start of each of the document's figures, in order (see holdsFigure). */
  private figureStarts?: Int32Array;
  /** For each sentence, the offset in its reading of the credit whose linked source is remembered in `linked` (0 for none). */
  private readonly linkedAt: Int32Array;
  private readonly linked: (Source | undefined)[];
  /**
   * How many times linking has read past a sentence's own paragraph (a pronoun's speaker or
   * last person, a named document's author), and a mark (1) for each sentence whose linking
   * did: figures and claims remember a paragraph's sources across runs only without one.
   */
  private farReads = 0;
  private readonly readFar: Uint8Array;
  /**
   * What each sentence's far reads gave in this run, FAR_FIELDS numbers each (see logFar):
   * figures.ts keeps them with a paragraph's record and asks them again (replayFar) to
   * tell whether the record still holds where the paragraph now stands.
   */
  private readonly farLogs: (number[] | undefined)[];
  /** The figures the figures stage found in this run, and which sentences hold one (see figureSentences). */
  private figures?: { list: readonly Figure[]; count: number; marks: Uint8Array };

  constructor(private readonly ctx: Context) {
    this.quoted = mergeQuotes(ctx);
    this.readings = new Array<Reading | undefined>(ctx.analysis.sentences.length);
    this.onlyReportsOf = new Uint8Array(ctx.analysis.sentences.length);
    this.carried = new Array<Source | null | undefined>(ctx.analysis.sentences.length);
    this.firstCredits = new Int32Array(ctx.analysis.sentences.length);
    this.linkedAt = new Int32Array(ctx.analysis.sentences.length);
    this.linked = new Array<Source | undefined>(ctx.analysis.sentences.length);
    this.readFar = new Uint8Array(ctx.analysis.sentences.length);
    this.farLogs = new Array<number[] | undefined>(ctx.analysis.sentences.length);
  }

  /** The far reads linking sentence s's sources made in this run (see farLogs), or undefined. */
  farLog(s: number): readonly number[] | undefined {
    return this.farLogs[s];
  }

  private logFar(s: number, kind: number, start: number, end: number, flag: number, entity: number | null, anonymous: boolean): void {
    (this.farLogs[s] ??= []).push(kind, start, end, flag, entity ?? -1, anonymous ? 1 : 0);
  }

  /**
   * The far read of kind FAR_PRONOUN, FAR_DOCUMENT or FAR_BODY at [start, end) of sentence s
   * (with the flag it was logged with), made again in this run: the entity it gives and
   * whether the source is unnamed; undefined for a read that cannot be made again (FAR_CARRIED).
   */
  replayFar(s: number, kind: number, start: number, end: number, flag: number): { entity: number | null; anonymous: boolean } | undefined {
    const source: Source = { start, end, text: textAt(this.ctx, start, end), entity: null, anonymous: kind === FAR_DOCUMENT };
    if (kind === FAR_PRONOUN) return this.pronounReferent(s, start, end, flag === 1);
    if (kind === FAR_BODY) return { entity: this.describedBody(s, source, flag === 1), anonymous: false };
    if (kind !== FAR_DOCUMENT) return undefined;
    const named = this.namedDocument(source);
    return named ? { entity: named.entity, anonymous: false } : { entity: null, anonymous: true };
  }

  /** Whether linking a source of sentence s in this run read past its paragraph (see farReads). */
  readsFar(s: number): boolean {
    return this.readFar[s] === 1;
  }

  /** Notes the figures the figures stage found, with a mark (1) for each sentence that holds one. */
  rememberFigures(list: readonly Figure[], marks: Uint8Array): void {
    this.figures = { list, count: list.length, marks };
  }

  /**
   * A mark (1) for each sentence that holds one of the figures: the marks the figures stage
   * left when these are its figures, else worked out from them.
   */
  figureSentences(figures: readonly Figure[]): Uint8Array {
    const known = this.figures;
    if (known && known.list === figures && known.count === figures.length && known.marks.length === this.readings.length) return known.marks;
    const marks = new Uint8Array(this.readings.length);
    for (let f = 0; f < figures.length; f++) marks[figures[f].sentence] = 1;
    return marks;
  }

  /**
   * The source credited for [start, end) in sentence s, or null: of the credits whose
   * scope covers the span, the one whose cue is nearest. A source that contains the figure
   * itself ("52 percent of voters said") does not source it: that is a poll result, and
   * the poll needs naming.
   */
  sourceFor(s: number, start: number, end: number): Source | null {
    const r = this.readingOf(s);
    const base = this.ctx.analysis.sentences[s].start;
    const from = start - base;
    const to = end - base;
    const w = windowHolding(r, from);
    if (w >= r.length) return null;
    let best = -1;
    let bestDistance = Infinity;
    for (let c = w + 3, last = w + 3 + r[w + 2] * CREDIT; c < last; c += CREDIT) {
      if (!(r[c + SCOPE_START] <= from && to <= r[c + SCOPE_END])) continue;
      // (but a study's own scope is the study's: "a study of more than 78,000 adults found")
      if (r[c + SUBJECT_START] < to && from < r[c + SUBJECT_END] && !DOCUMENT_SCOPE.test(this.ctx.text.slice(base + Math.max(r[c + SUBJECT_START], from - 80), start))) continue;
      if (r[c + POLL]) continue;
      const distance = Math.abs(r[c + CUE_START] >= to ? r[c + CUE_START] - to : from - r[c + CUE_END]);
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    // "According to The Times, Chelsea want £30m": what a party wants is the report's claim,
    // credited to whom the sentence names as its source, not to the party
    if (best >= 0 && WANTING.test(this.ctx.text.slice(base + r[best + CUE_START], base + r[best + CUE_END]))) {
      for (let c = w + 3, last = w + 3 + r[w + 2] * CREDIT; c < last; c += CREDIT) {
        if (c !== best && r[c + SCOPE_START] <= from && to <= r[c + SCOPE_END] && !r[c + POLL] && /^according\s+to$/i.test(this.ctx.text.slice(base + r[c + CUE_START], base + r[c + CUE_END]))) best = c;
      }
    }
    // "A poll of 1,000 adults by YouGov found …": the sample of a document whose author
    // follows it is that author's, as the findings are
    if (best < 0 && DOCUMENT_SCOPE.test(this.ctx.text.slice(Math.max(base, start - 80), start))) {
      for (let c = w + 3, last = w + 3 + r[w + 2] * CREDIT; c < last; c += CREDIT) {
        const subject = r[c + SUBJECT_START];
        if (subject < to || r[c + POLL] || !AUTHOR_AFTER.test(this.ctx.text.slice(end, base + subject))) continue;
        if (best < 0 || subject < r[best + SUBJECT_START]) best = c;
      }
    }
    return best < 0 ? null : this.linkOf(s, r, best, base);
  }

  /**
   * The source that a report earlier in the paragraph carries to a sentence s whose figures
   * have no source of their own: "Vantor Motors reported revenue of $4.2 billion. Net
   * income rose to $310 million." A reader takes the second sentence's figures from the
   * same report until the story names another source. The carrier is the last credit
   * before sentence s in its paragraph, when it is a named organisation or document
   * reporting (REPORTING_CUES, "according to its filing", "in a statement"); a person's
   * word, an unnamed source or a third party's estimate ("according to a survey by
   * FactSet") carries nothing. Sentence s itself must credit nothing but such reports.
   */
  carriedSource(s: number): Source | null {
    let source = this.carried[s];
    if (source === undefined) {
      source = this.carrier(s);
      this.carried[s] = source;
    }
    return source;
  }

  private carrier(s: number): Source | null {
    const { sentences, paragraphs } = this.ctx.analysis;
    const paragraph = paragraphs[sentences[s].paragraph];
    if (!paragraph || !this.onlyReports(s)) return null;
    for (let p = s - 1; p >= paragraph.sentences[0] && p >= s - CARRY_SENTENCES; p--) {
      const r = this.readingOf(p);
      const c = lastCredit(r);
      if (c >= 0) {
        const source = this.reportSource(p, r, c, sentences[p].start);
        return source && !this.otherBodyIn(s, source) ? source : null;
      }
    }
    // nothing before it in its paragraph credits anyone, and the paragraph opens by pointing
    // back: the report the paragraph before ends with carries on ("NHS England figures show
    // …" / "Of those, 390,000 have waited …"); a paragraph that opens on something new ("The
    // port handles 1,200 ships a year.") is the article's own
    const index = sentences[s].paragraph;
    const before = paragraphs[index - 1];
    if (s - paragraph.sentences[0] >= CARRY_SENTENCES || paragraph.kind !== 'prose' || !before || before.kind !== 'prose') return null;
    const opening = sentences[paragraph.sentences[0]];
    const openingText = this.ctx.text.slice(opening.start, Math.min(opening.end, opening.start + 60));
    // ("Revenue rose 4% to £3.1bn." after "Tesco reported its results on Tuesday.": a result
    // with no owner named is the company's whose results the paragraph before reported)
    const results = !POINTS_BACK.test(openingText) && OWNERLESS_RESULT.test(openingText);
    if (!results && !POINTS_BACK.test(openingText)) return null;
    // (what this finds depends on another paragraph: not remembered with this one's)
    this.readFar[s] = 1;
    this.logFar(s, FAR_CARRIED, 0, 0, 0, null, false);
    const earlier = before.sentences;
    for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - CARRY_SENTENCES; k--) {
      const p = earlier[k];
      const r = this.readingOf(p);
      const c = lastCredit(r);
      if (c < 0) continue;
      // only a report of figures carries past its paragraph ("Mexico said enough." does not)
      // (or of results: "Tesco reported its results on Tuesday.", whose figures follow)
      const said = this.ctx.text.slice(sentences[p].start, sentences[p].end);
      if (!/\d/.test(said) && !(results && RESULTS_REPORTED.test(said))) return null;
      const source = this.reportSource(p, r, c, sentences[p].start);
      // (a result with no owner is a company's: a document's or an office's figures carry only by pointing back)
      if (!source || !results) return source;
      if (source.entity === null || this.ctx.analysis.entities[source.entity]?.type !== 'organization') return null;
      // (and no other company's: "Profits rose 4% at rival Sainsbury's.")
      const { starts, entityOf, ranks } = this.mentions();
      for (let i = firstAtOrAfter(starts, opening.start); i < starts.length && starts[i] < sentences[s].end; i++) if (ranks[i] === RANK.organization && entityOf[i] !== source.entity) return null;
      return source;
    }
    return null;
  }

  /**
   * Whether sentence s opens on another body than the carried source: a name the source's
   * words do not hold ("Acme Ltd reported a profit. Zenith Ltd gained 2.4%.") or another kind
   * of body ("The council reported a surplus. The firm employs 32,000 people."). Read from the
   * words alone, so that the answer stays the paragraph's own.
   */
  private otherBodyIn(s: number, source: Source): boolean {
    const sentence = this.ctx.analysis.sentences[s];
    const { text } = this.ctx;
    const opening = /^(?:(?:The|This|That)\s+)?([\p{L}-]+)/u.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
    if (!opening) return false;
    const { starts, ends } = this.mentions();
    const at = sentence.start + opening[0].length - opening[1].length;
    const i = firstAtOrAfter(starts, at);
    if (i < starts.length && starts[i] === at && !text.slice(source.start, source.end).includes(text.slice(starts[i], ends[i]))) return true;
    const head = opening[1].toLowerCase();
    return opening[0] !== opening[1] && REPORTING_BODIES.has(head) && head !== headOf(source.text) && source.entity === null;
  }

  /** Whether every credit of sentence s is a named report (true when it credits nothing). */
  private onlyReports(s: number): boolean {
    const known = this.onlyReportsOf[s];
    return known !== 0 ? known === ONLY_REPORTS : runToEnd(this.onlyReportSteps(s));
  }

  /** onlyReports, pausing every few thousand credits (a runaway sentence has tens of thousands). */
  private *onlyReportSteps(s: number): Generator<void, boolean> {
    const r = this.readingOf(s);
    const base = this.ctx.analysis.sentences[s].start;
    let only = true;
    let w = HEADER + r[QUOTED_LENGTH] + r[PROBES_LENGTH];
    for (let k = r[WINDOW_COUNT], seen = 0; k > 0 && only; k--) {
      for (let c = w + 3, last = w + 3 + r[w + 2] * CREDIT; c < last && only; c += CREDIT) {
        if (++seen % CREDITS_PER_STEP === 0) yield;
        only = this.reportSource(s, r, c, base) !== null;
      }
      w += 3 + r[w + 2] * CREDIT;
    }
    this.onlyReportsOf[s] = only ? ONLY_REPORTS : NOT_ONLY_REPORTS;
    return only;
  }

  /** The source of the credit at r[c] when it is a named organisation or document reporting, else null. */
  private reportSource(s: number, r: Reading, c: number, base: number): Source | null {
    const { text } = this.ctx;
    if (r[c + POLL]) return null;
    const link = r[c + LINK];
    const known = (link & LINK_REPORT_KNOWN) !== 0;
    const phrase = known ? '' : text.slice(base + r[c + SOURCE_START], base + r[c + SOURCE_END]);
    const reports = known ? (link & LINK_REPORTS) !== 0 : reportingCue(text.slice(base + r[c + CUE_START], base + r[c + CUE_END]), phrase);
    if (!reports) return null;
    if ((link & LINK_KIND) === LINK_PRONOUN && (link & LINK_PERSONAL) !== 0) return null;
    const source = this.linkOf(s, r, c, base);
    if (source.anonymous) return null;
    if (source.entity !== null) return this.ctx.analysis.entities[source.entity]?.type === 'person' ? null : source;
    // "one slide says" names nothing a reader could hold the next sentence's figures to, and
    // "the curator said" is a person's word
    return (known ? (link & LINK_REPORTING_BODY) !== 0 : reportingBody(phrase)) ? source : null;
  }

  /** The first source sentence s credits (explicit phrases and cue verbs before weaker hints), or null. */
  sentenceSource(s: number): Source | null {
    const r = this.readingOf(s);
    let c = this.firstCredits[s];
    if (c === 0) {
      c = sentenceCredit(r, this.ctx.text, this.ctx.analysis.sentences[s].start, (start, end) => this.holdsFigure(start, end));
      this.firstCredits[s] = c;
    }
    return c < 0 ? null : this.linkOf(s, r, c, this.ctx.analysis.sentences[s].start);
  }

  /** Whether one of the document's figures (found before the claims ask) lies inside [start, end). */
  private holdsFigure(start: number, end: number): boolean {
    const { figures } = this.ctx.analysis;
    if (!this.figureStarts || this.figureStarts.length !== figures.length) this.figureStarts = Int32Array.from(figures, (f) => f.start);
    const i = firstAtOrAfter(this.figureStarts, start);
    return i < figures.length && figures[i].start < end && figures[i].end <= end;
  }

  /**
   * link(r, c, base) for the credit at r[c] of sentence s (at base), remembered for the run:
   * a sentence's figures and its claim mostly ask for the same credit, and each gets a
   * copy of its own.
   */
  private linkOf(s: number, r: Reading, c: number, base: number): Source {
    if (this.linkedAt[s] === c) return copySource(this.linked[s] as Source);
    const reads = this.farReads;
    const source = this.link(s, r, c, base);
    if (this.farReads !== reads) this.readFar[s] = 1;
    this.linkedAt[s] = c;
    this.linked[s] = copySource(source);
    return source;
  }

  /** The reading of sentence s for this run: remembered, checked, or read afresh. */
  private readingOf(s: number): Reading {
    return this.readings[s] ?? this.rememberedReading(s) ?? runToEnd(this.readingSteps(s));
  }

  /**
   * The reading the paragraph cache remembers for sentence s, when it still holds: what
   * most sentences get after an edit, so it is looked up without a generator or a closure.
   */
  private rememberedReading(s: number): Reading | undefined {
    const k = this.slotOf(s);
    const reading = k >= 0 ? (this.slots as (Reading | undefined)[])[k] : undefined;
    if (!reading || !this.holds(reading, this.ctx.analysis.sentences[s].start)) return undefined;
    this.readings[s] = reading;
    // while the reading is at hand (a claim's sentence asks for it later, see sentenceSource)
    this.firstCredits[s] = sentenceCredit(reading, this.ctx.text, this.ctx.analysis.sentences[s].start, null);
    return reading;
  }

  /**
   * Works out the reading of sentence s ahead, pausing inside a runaway sentence (see
   * readCreditSteps), so that the questions asked about it later cost a look-up.
   */
  *prepareSteps(s: number): Generator<void, void> {
    if (!this.readings[s]) yield* this.readingSteps(s);
    if (this.onlyReportsOf[s] === 0) yield* this.onlyReportSteps(s);
  }

  private *readingSteps(s: number): Generator<void, Reading> {
    const known = this.readings[s];
    if (known) return known;
    const { ctx } = this;
    const sentence = ctx.analysis.sentences[s];
    // (the slots of this paragraph, kept here: reading may pause, and other sentences move this.slots)
    const k = this.slotOf(s);
    const slots = k >= 0 ? (this.slots as (Reading | undefined)[]) : undefined;
    let reading = slots?.[k];
    if (!reading || !this.holds(reading, sentence.start)) {
      const body = ctx.text.slice(sentence.start, sentence.end);
      reading = readingsByText.get(body);
      if (!reading || !this.holds(reading, sentence.start)) {
        reading = yield* this.read(sentence, ctx.tagged[s]?.terms ?? NO_TERMS);
        readingsByText.set(body, reading);
      }
      if (slots) slots[k] = reading;
    }
    this.readings[s] = reading;
    // while the reading is at hand (a claim's sentence asks for it later, see sentenceSource)
    this.firstCredits[s] = sentenceCredit(reading, ctx.text, sentence.start, null);
    return reading;
  }

  /** Where the paragraph cache remembers the reading of sentence s: its index in this.slots, or -1. */
  private slotOf(s: number): number {
    const { ctx } = this;
    const sentence = ctx.analysis.sentences[s];
    const paragraph = ctx.analysis.paragraphs[sentence.paragraph];
    if (sentence.paragraph !== this.slotsParagraph) {
      this.slotsParagraph = sentence.paragraph;
      this.slots = paragraph && ctx.locals ? paragraphReadings.getOrCompute(ctx, sentence.paragraph, () => new Array<Reading | undefined>(paragraph.sentences.length)) : undefined;
    }
    const { slots } = this;
    const k = slots ? s - paragraph.sentences[0] : -1;
    return slots && k >= 0 && k < slots.length ? k : -1;
  }

  /**
   * Reads a sentence's credits, noting what the reading asked of the document. A sentence's
   * terms are a pure function of its text (tagging.ts), so the same text gives the same
   * reading for as long as those answers stay the same.
   */
  private *read(sentence: Span, terms: readonly Term[]): Generator<void, Reading> {
    const base = sentence.start;
    const probes: number[] = [];
    const reader: Reader = {
      quoted: this.quoted,
      mentionStartAt: (t) => {
        const m = this.mentionEndingAt(t.start, t.end);
        probes.push(t.start - base, t.end - base, m < 0 ? NO_MENTION : this.mentions().starts[m] - base);
        return m < 0 ? null : this.mentions().starts[m];
      },
    };
    const windows = yield* readCreditSteps(reader, this.ctx.text, terms, sentence);
    let from = sentence.start;
    let to = sentence.end;
    for (let i = 0; i < terms.length; i++) {
      from = Math.min(from, terms[i].start);
      to = Math.max(to, terms[i].end);
    }
    const quoted: number[] = [];
    const q = this.quoted;
    for (let i = firstEndingAfter(q, from); i < q.length && q[i].start < to; i++) quoted.push(Math.max(q[i].start, from) - base, Math.min(q[i].end, to) - base);
    return yield* packSteps(from - base, to - base, quoted, probes, windows, this.ctx.text.slice(sentence.start, sentence.end));
  }

  /** Whether the reading would come out the same for the sentence at `base` in this run. */
  private holds(r: Reading, base: number): boolean {
    const from = base + r[FROM];
    const to = base + r[TO];
    const q = this.quoted;
    let k = HEADER;
    const quotedEnd = HEADER + r[QUOTED_LENGTH];
    for (let i = firstEndingAfter(q, from); i < q.length && q[i].start < to; i++, k += 2) {
      if (k >= quotedEnd || Math.max(q[i].start, from) - base !== r[k] || Math.min(q[i].end, to) - base !== r[k + 1]) return false;
    }
    if (k !== quotedEnd) return false;
    for (let p = quotedEnd, last = quotedEnd + r[PROBES_LENGTH]; p < last; p += 3) {
      const m = this.mentionEndingAt(base + r[p], base + r[p + 1]);
      if ((m < 0 ? NO_MENTION : this.mentions().starts[m] - base) !== r[p + 2]) return false;
    }
    return true;
  }

  private mentions(): MentionTable {
    if (!this.table) this.table = mentionTable(this.ctx);
    return this.table;
  }

  /** The run's mentions laid out in columns (figures.ts checks its records against them). */
  mentionTable(): MentionTable {
    return this.mentions();
  }

  /** The index of the entity mention that ends with the word at [start, end), or -1. */
  private mentionEndingAt(start: number, end: number): number {
    const { starts, ends } = this.mentions();
    const k = firstAtOrAfter(starts, end) - 1;
    for (let i = k; i >= 0 && i >= k - 3; i--) {
      if (starts[i] <= start && end === ends[i]) return i;
    }
    return -1;
  }

  /** The best entity mention inside [start, end): a person, else an organisation, else a place; its index in the mention table, or -1. */
  private mentionWithin(start: number, end: number): number {
    const { starts, ends, ranks } = this.mentions();
    let best = -1;
    for (let i = firstAtOrAfter(starts, start); i < starts.length && starts[i] < end; i++) {
      if (ends[i] > end) continue;
      if (best < 0 || ranks[i] < ranks[best]) best = i;
    }
    return best;
  }

  /**
   * Whom a pronoun source at [start, end) of sentence s refers to: the quote speaker at the
   * same spot (named, or unnamed: "“…,” she said" after "I met a woman"); else, for "he" or
   * "she", the person it stands for: an unnamed person met in its own or the previous
   * sentence of its paragraph, nearer than any named one ("I met a woman in Lodwar. She
   * said …"), else the last person mentioned before it. A "he" or "she" that stands for
   * nobody named is an unnamed source too: a reader cannot tell whose figure it is.
   */
  private pronounReferent(s: number, start: number, end: number, personal: boolean): { entity: number | null; anonymous: boolean } {
    this.farReads++;
    if (!this.speakers) {
      this.speakers = new Map();
      const { quotes } = this.ctx.analysis;
      for (let i = 0; i < quotes.length; i++) {
        const { speaker, status } = quotes[i];
        if (speaker && speaker.entity !== null) this.speakers.set(speaker.start, speaker.entity);
        else if (speaker && status === 'anonymous') this.speakers.set(speaker.start, UNNAMED_SPEAKER);
      }
    }
    const spoken = this.speakers.get(start);
    if (spoken !== undefined) return spoken === UNNAMED_SPEAKER ? { entity: null, anonymous: true } : { entity: spoken, anonymous: false };
    if (!personal) return { entity: null, anonymous: false };
    const { entityOf, starts, ends, ranks } = this.mentions();
    const at = firstAtOrAfter(starts, start);
    let person = -1;
    for (let i = at - 1; i >= 0 && i >= at - 50 && person < 0; i--) if (ranks[i] === RANK.person) person = i;
    const { sentences, paragraphs } = this.ctx.analysis;
    const paragraph = paragraphs[sentences[s].paragraph];
    const female = /^she$/i.test(this.ctx.text.slice(start, end));
    const after = person >= 0 ? ends[person] : 0;
    for (let p = s; p >= s - 1 && paragraph && p >= paragraph.sentences[0]; p--) {
      const terms = this.ctx.tagged[p]?.terms;
      if (terms && unnamedPersonIn(terms, start, after, female, this.quoted) >= 0) return { entity: null, anonymous: true };
    }
    return person >= 0 ? { entity: entityOf[person], anonymous: false } : { entity: null, anonymous: true };
  }

  /**
   * A definite document ("the study", "this report") whose author the article named ("a
   * study by the Riverton Institute"): the same phrase, credited to its author, or null
   * (see documentAuthor in sourcing.ts, which the speakers of quotes use too).
   */
  private namedDocument(source: Source): Source | null {
    const definite = DEFINITE_DOCUMENT.exec(source.text);
    if (!definite) return null;
    this.farReads++;
    const noun = definite[1].toLowerCase();
    const at = source.start + definite.index + definite[0].length - noun.length;
    const { starts, ends, entityOf } = this.mentions();
    const m = documentAuthor(this.ctx.text, starts, ends, at, noun, (pos) => overlapsAny(this.quoted, pos, pos + 1));
    return m >= 0 ? { ...source, entity: entityOf[m], anonymous: false } : null;
  }

  /**
   * The organisation "the company" or "it" stands for as a figure's source: for "the bank",
   * "the council" and other nouns a name would contain, the nearest organisation so named
   * within reach; for "the company" and "it", the only organisation named within reach (for
   * "it", the sentence and the two before it). Null when there is none, or several.
   */
  private describedBody(s: number, source: Source, pronoun: boolean): number | null {
    const { entities, sentences } = this.ctx.analysis;
    // (the head noun: the last word, after any words that describe the body)
    const noun = pronoun ? '' : (source.text.toLowerCase().split(/\s+/).pop() ?? '');
    if (!pronoun && !ORGANIZATION_NOUNS.has(noun)) return null;
    this.farReads++;
    const name = pronoun ? null : (ORGANIZATION_NOUNS.get(noun) ?? null);
    const reach = pronoun ? sentences[Math.max(0, s - 2)].start : source.start - BODY_REACH;
    const { entityOf, starts, ranks } = this.mentions();
    // ("the opposition Liberal Democrat group" is no body named without those names; read
    // once an organisation is in reach)
    let names: string[] | undefined;
    let only = -1;
    for (let i = firstAtOrAfter(starts, source.start) - 1; i >= 0 && starts[i] >= reach; i--) {
      if (ranks[i] !== RANK.organization || overlapsAny(this.quoted, starts[i], starts[i] + 1)) continue;
      const entity = entityOf[i];
      names ??= pronoun ? [] : ownNames(describingWords(source), (w) => this.placeAt(w.start, w.start + w.text.length));
      if (!bearsNames(entities[entity].name, names)) continue;
      if (name) {
        if (name.test(entities[entity].name)) return entity;
      } else if (only >= 0 && only !== entity) return null;
      else only = entity;
    }
    if (only >= 0 || !pronoun) return only >= 0 ? only : null;
    // "In a statement, the trust said …. It said 92% …": with no organisation named in reach,
    // "it" is the body the nearest "the trust" before it in reach stands for
    const { text } = this.ctx;
    const before = text.slice(reach, source.start);
    let found: number | null = null;
    for (const m of before.matchAll(DESCRIBED_BODY)) {
      const at = reach + (m.index ?? 0);
      if (!ORGANIZATION_NOUNS.get(m[1].toLowerCase()) || overlapsAny(this.quoted, at, at + 1)) continue;
      const phrase: Source = { start: at, end: at + m[0].length, text: m[0], entity: null, anonymous: false };
      found = this.describedBody(s, phrase, false) ?? found;
    }
    return found;
  }

  /** Whether a mention of a place covers [start, end). */
  private placeAt(start: number, end: number): boolean {
    const { starts, ends, ranks } = this.mentions();
    const at = firstAtOrAfter(starts, end);
    for (let i = at - 1; i >= 0 && i >= at - 4; i--) if (starts[i] <= start && end <= ends[i] && ranks[i] === RANK.place) return true;
    return false;
  }

  /**
   * Whether the sentence before s, in its paragraph, credits last an unnamed source that "it"
   * (`singular`: a document, "a study") or "they" (people, "researchers") can stand for.
   */
  private unnamedBefore(s: number, singular: boolean): boolean {
    const { sentences, paragraphs } = this.ctx.analysis;
    const paragraph = paragraphs[sentences[s].paragraph];
    if (!paragraph || s <= paragraph.sentences[0]) return false;
    const r = this.readingOf(s - 1);
    const c = lastCredit(r);
    if (c < 0) return false;
    const before = this.linkOf(s - 1, r, c, sentences[s - 1].start);
    if (!before.anonymous) return false;
    const head = headOf(before.text);
    return singular ? UNNAMED_DOCUMENT_HEADS.has(head) : /s$/.test(head) && !UNNAMED_DOCUMENT_HEADS.has(head);
  }

  /** The source of the credit at r[c], linked to the document's entities. */
  private link(s: number, r: Reading, c: number, base: number): Source {
    const { text, analysis } = this.ctx;
    const start = base + r[c + SOURCE_START];
    const end = base + r[c + SOURCE_END];
    const link = r[c + LINK];
    const kind = link & LINK_KIND;
    let source: Source;
    if (kind === LINK_PRONOUN) {
      const personal = (link & LINK_PERSONAL) !== 0;
      const referent = this.pronounReferent(s, start, end, personal);
      this.logFar(s, FAR_PRONOUN, start, end, personal ? 1 : 0, referent.entity, referent.anonymous);
      source = { start, end, text: textAt(this.ctx, start, end), entity: referent.entity, anonymous: referent.anonymous };
    } else {
      const m = this.mentionWithin(start, end);
      const table = this.mentions();
      // "a White House official": unnamed even though an organisation is named; "analysts at
      // Peel Hunt" are the firm's voice
      const type = m >= 0 ? analysis.entities[table.entityOf[m]].type : null;
      // "An inquest in Bolton heard …", "police in Leeds said …": a place named after the
      // head says where the source sits; the source is the phrase, not the place
      const located = type === 'place' && table.starts[m] > start && LOCATED.test(text.slice(start, table.starts[m]));
      // "The Texas company said …", "a Leeds charity said …": a place before the head noun
      // says where the source is, as after it; the source is the phrase
      // (and so does a stock index: "The FTSE 100 group said" is the company, not the FTSE)
      const before = m >= 0 && table.ends[m] < end && /\p{L}/u.test(text.slice(table.ends[m], end));
      const modifying = before && (type === 'place' || isMarketIndex(table.texts[m]));
      source = m >= 0 && !located && !modifying && (kind === LINK_PHRASE || type === 'person' || (type === 'organization' && (link & LINK_STAFF) !== 0))
        ? { start: table.starts[m], end: table.ends[m], text: table.texts[m], entity: table.entityOf[m], anonymous: false }
        : { start, end, text: textAt(this.ctx, start, end), entity: null, anonymous: kind === LINK_UNNAMED };
      // "The Kirkby council said" after "Kirkby Borough Council …": an organisation's name
      // before the head noun of a body is the body, found as "the council" is among those that
      // bear the name, when there is one ("The Apple board said" stays Apple's)
      if (before && source.entity !== null && type === 'organization' && DEFINITE_BODY.test(text.slice(start, end)) && ORGANIZATION_NOUNS.has(text.slice(table.ends[m], end).trim().toLowerCase())) {
        const phrase: Source = { start, end, text: textAt(this.ctx, start, end), entity: null, anonymous: false };
        const reads = this.farReads;
        phrase.entity = this.describedBody(s, phrase, false);
        if (this.farReads !== reads) this.logFar(s, FAR_BODY, phrase.start, phrase.end, 0, phrase.entity, false);
        if (phrase.entity !== null) source = phrase;
      }
      // "the study said …" after "a study by the Riverton Institute found …"
      if (source.anonymous) {
        const reads = this.farReads;
        const named = this.namedDocument(source);
        if (this.farReads !== reads) this.logFar(s, FAR_DOCUMENT, source.start, source.end, 0, named ? named.entity : null, !named);
        source = named ?? source;
      } else if (source.entity === null && DEFINITE_BODY.test(source.text)) {
        // "the company said …" after "Profits at Acme Foods fell": the organisation it stands for
        const reads = this.farReads;
        source.entity = this.describedBody(s, source, false);
        if (this.farReads !== reads) this.logFar(s, FAR_BODY, source.start, source.end, 0, source.entity, false);
      }
    }
    // "by his count", "her estimate": the person the possessive stands for
    // (an estimate or count so owned is that person's, not an unnamed document)
    if (kind !== LINK_PRONOUN && source.entity === null) {
      const possessive = POSSESSIVE_OPENING.exec(source.text);
      if (possessive) {
        const at = source.start;
        const referent = this.pronounReferent(s, at, at + possessive[1].length, true);
        this.logFar(s, FAR_PRONOUN, at, at + possessive[1].length, 1, referent.entity, referent.anonymous);
        if (referent.entity !== null) {
          source.entity = referent.entity;
          source.anonymous = false;
        }
      }
    }
    // "It said sales fell 5%." after "Profits at Acme Foods fell."
    if (kind === LINK_PRONOUN && source.entity === null && !source.anonymous && /^it$/i.test(source.text)) {
      source.entity = this.describedBody(s, source, true);
      this.logFar(s, FAR_BODY, source.start, source.end, 1, source.entity, false);
    }
    // "It also found that 12% …" after "A study found …", "They found …" after "Researchers
    // followed …": the unnamed source the sentence before credits, unnamed still
    if (kind === LINK_PRONOUN && source.entity === null && !source.anonymous && /^(?:it|they)$/i.test(source.text) && this.unnamedBefore(s, /^it$/i.test(source.text))) source.anonymous = true;
    if ((link & LINK_POSSESSIVE) !== 0 && /['’]s$/.test(source.text)) {
      source.end -= 2;
      source.text = text.slice(source.start, source.end);
    }
    return source;
  }
}

/**
 * Kinds of far read (see RunSources.farLogs): a pronoun's referent (flag: a personal
 * pronoun), a named document's author, the organisation a description or "it" stands for
 * (flag: "it"), a report the paragraph before carried (which is not made again).
 */
export const FAR_PRONOUN = 1;
export const FAR_DOCUMENT = 2;
export const FAR_BODY = 3;
export const FAR_CARRIED = 4;
/** Numbers per far read in a sentence's log: kind, start, end, flag, the entity it gave (-1 for none), unnamed (0 or 1). */
export const FAR_FIELDS = 6;

/** The words of a definite description between its article and its head noun ("opposition", "Liberal", "Democrat"), with their places. */
function describingWords(source: Source): { text: string; start: number }[] {
  const words: { text: string; start: number }[] = [];
  const pattern = /\S+/g;
  for (let m = pattern.exec(source.text); m; m = pattern.exec(source.text)) words.push({ text: m[0], start: source.start + m.index });
  return words.slice(1, -1);
}

/**
 * What comes before a figure that a study's, survey's or review's "of" holds: "a study of
 * (more than) 78,000 adults", "A 2022 review of 58 trials". The count is what the document
 * covered, its own figure, not a result the document needs a source for.
 */
const DOCUMENT_SCOPE = /\b(?:study|studies|survey|surveys|review|reviews|analysis|analyses|meta-analysis|trial|trials|poll|polls|census|audit)\s+of\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|up\s+to\s+)?$/i;

/** A source phrase opening with a person's possessive: "his count", "her estimate". */
const POSSESSIVE_OPENING = /^(his|her)\s+\p{Ll}/u;

/** What lies between a document's sample and its author: " adults by ", " voters in March by ". */
const AUTHOR_AFTER = /^[^.;:!?()]{0,60}\bby\s+(?:the\s+)?$/;

/** "The company", "the council", "the Newcastle-based bakery chain": an organisation the article may have named before (see ORGANIZATION_NOUNS). */
const DEFINITE_BODY = /^[Tt]he\s+(?:[\p{L}\d'’&-]+\s+){0,3}\p{Ll}+$/u;

/** "the trust", "the city council": a body described, as DEFINITE_BODY reads one, inside a text (its head noun captured). */
const DESCRIBED_BODY = /\b[Tt]he\s+(?:[\p{L}'’&-]+\s+){0,2}?(\p{Ll}+)\b/gu;

/** How far back "the company" looks for the organisation it stands for, in characters (as attribution does). */
const BODY_REACH = 1_500;

/** Cues of what a party wants or means to do (a figure they name is their aim, reported by another). */
const WANTING = /^(?:wants?|wanted|plans?|planned|hopes?|hoped|intends?|intended|aims?|aimed|seeks?|sought|demands?|demanded|offers?|offered)$/i;

/** "The study", "this report", "the new survey": a document the article may have named before. */
const DEFINITE_DOCUMENT = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:new|latest|same|full|original|annual|final|whole|recent)\s+)?(study|report|survey|poll|analysis|review|audit|assessment|research|estimate|projection|forecast)$/;

// ---------------------------------------------------------------------------------------
// Reports that carry to the sentences after them

/** Credits looked at between pauses when a runaway sentence's are all checked. */
const CREDITS_PER_STEP = 2_000;

/**
 * A paragraph's opening words that point back to what the paragraph before reported: a
 * demonstrative or a pronoun ("Of those, …", "That is …", "It also …"), or the report itself
 * named again ("The figures also show …"). A closed class of words, not a topic guess.
 */
const POINTS_BACK = /^[“"‘(]?(?:(?:Of|Among|From) (?:that|those|these|them|it|which|the total)\b|(?:That|This|These|Those|It|Its|They|Their|Such|Both|Another|The (?:rest|remainder|figures?|numbers?|total|data|report|survey|study|analysis|findings|statistics))\b)/;

/**
 * A paragraph that opens on a company's result with no owner named: "Revenue rose 4% to
 * £3.1bn.", "Pre-tax profit fell to £40m", "Like-for-like sales were up 2%". Whose revenue
 * is left to the paragraph before, as "Its revenue" would be; a result with an owner or a
 * scope of its own ("Sales across the sector rose 4%", "Tesco's revenue …") is not this.
 */
const OWNERLESS_RESULT = /^(?:(?:[Gg]roup|[Uu]nderlying|[Ll]ike-for-like|[Pp]re-?tax|[Oo]perating|[Nn]et|[Gg]ross|[Aa]nnual|[Qq]uarterly|[Hh]alf-year|[Ff]ull-year|[Tt]otal|[Aa]djusted|[Cc]ore|[Ss]tatutory|[Rr]etail|[Oo]nline|[Ff]irst-half|[Ss]econd-half|[Tt]hird-quarter|[Ff]ourth-quarter|[Ff]irst-quarter|[Ss]econd-quarter)\s+){0,2}(?:[Rr]evenues?|[Ss]ales|[Tt]urnover|[Pp]rofits?|[Ii]ncome|[Ee]arnings|EBITDA|[Mm]argins?|[Dd]ividends?|[Ll]oss(?:es)?)\s+(?:(?:also|were|was|have|has|had)\s+)?(?:rose|fell|grew|climbed|jumped|dropped|declined|slipped|increased|decreased|came|reached|totalled|totaled|edged|surged|slumped|tumbled|improved|widened|narrowed|up|down|risen|fallen|grown)\b/;

/** What a sentence that reports results without a figure says: "Tesco reported its results on Tuesday", "in a trading update". */
const RESULTS_REPORTED = /\b(?:results|earnings|trading (?:update|statement)|accounts|figures)\b/i;

/** How many sentences back a report may carry (a paragraph rarely runs longer). */
const CARRY_SENTENCES = 6;

/**
 * Cues with which an organisation or a document gives figures of its own: "Vantor
 * reported …", "the company said …", "the results showed …", "its filing" (a document
 * credit's cue is its noun). Estimates, forecasts and polls are others' views of the
 * numbers, and a bare "according to" may name anyone: see OWN_DOCUMENT.
 */
const REPORTING_CUES = new Set([
  'reported', 'reports', 'posted', 'posts', 'announced', 'announces', 'disclosed', 'discloses',
  'said', 'says', 'stated', 'states', 'showed', 'shows', 'show', 'found', 'finds', 'revealed',
  'reveals', 'released', 'published', 'statement', 'filing', 'filings', 'report', 'release',
  'results', 'earnings', 'accounts', 'in a statement', 'in its statement', 'in a filing', 'in its filing',
]);
/** Phrases that report only when what follows is the body's own document: "according to its filing". */
const REPORT_PHRASE_CUES = new Set(['according to', 'data from', 'figures from', 'statistics from']);
const OWN_DOCUMENT = /^(?:[Ii]ts|[Tt]heir|[Tt]he|[\p{Lu}][\p{L}\p{N}.&'’ -]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:statement|filing|filings|report|release|results|earnings|accounts|figures|data|records|statistics)\b/u;

/** A source phrase a reader can identify without an entity: definite, possessive, a pronoun, or with a name in it. */
const IDENTIFIED = /^(?:[Tt]he|[Ii]ts?|[Tt]heir|[Tt]his|[Tt]hey)\b|.\p{Lu}/su;

/** Head nouns of a body or a document that reports figures: "the company", "its filing". */
const REPORTING_BODIES = new Set([
  'it', 'company', 'firm', 'group', 'corporation', 'retailer', 'airline', 'carrier', 'automaker',
  'carmaker', 'manufacturer', 'insurer', 'lender', 'bank', 'startup', 'utility', 'agency', 'ministry',
  'department', 'office', 'bureau', 'commission', 'authority', 'council', 'city', 'county', 'state',
  'government', 'administration', 'team', 'club', 'league', 'union', 'university', 'hospital',
  'institute', 'fund', 'district', 'board', 'regulator', 'charity', 'nonprofit', 'network', 'service',
  'statement', 'filing', 'filings', 'report', 'release', 'results', 'earnings', 'accounts', 'study',
  'survey', 'audit', 'analysis', 'review', 'data', 'figures', 'records', 'statistics', 'chain', 'supermarket',
  'grocer', 'brewer', 'housebuilder', 'supplier', 'conglomerate', 'bakery', 'giant',
]);

/** The head noun of a source phrase: its last word before any preposition, without a possessive ending. */
function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  let head = words[words.length - 1];
  for (let k = 1; k < words.length; k++) {
    if (/^(?:of|for|at|in|with|by|from|on|to)$/.test(words[k])) {
      head = words[k - 1];
      break;
    }
  }
  return head.replace(/['’]s?$/, '').replace(/[^\p{L}-]/gu, '');
}

/** What sentenceCredit answers when it cannot tell yet: an aside met before the figures are known. */
const ASK_LATER = 0;

/** A source that is only a pronoun, possessive or not. */
const PRONOUN_SOURCE = /^(?:it|its|they|their|he|his|she|her|we|our)$/i;

/**
 * The credit of reading r that speaks for its whole sentence (at `base` in `text`), as an
 * index into r, or -1: of the credits of its first window that has any, the first that no
 * other one reports (see reports). "Insurers expect claims to top £200m, said the
 * Association of British Insurers" is the association's word: the insurers' expectation
 * is what it says. An aside about a noun phrase ("The fire, reported by neighbours at 2am,
 * destroyed 30 homes") speaks for the sentence only when what it covers holds a figure
 * (`holdsFigure`, given absolute offsets; ASK_LATER when it is not known yet).
 */
function sentenceCredit(r: Reading, text: string, base: number, holdsFigure: ((start: number, end: number) => boolean) | null): number {
  let w = HEADER + r[QUOTED_LENGTH] + r[PROBES_LENGTH];
  for (let k = r[WINDOW_COUNT]; k > 0; k--) {
    const first = w + 3;
    const last = first + r[w + 2] * CREDIT;
    let fallback = -1;
    for (let c = first; c < last; c += CREDIT) {
      if ((r[c + LINK] & LINK_ASIDE) !== 0) {
        if (!holdsFigure) return ASK_LATER;
        if (!holdsFigure(base + r[c + SCOPE_START], base + r[c + SCOPE_END])) continue;
      }
      if (fallback < 0) fallback = c;
      // a pronoun ("its forecast", "they said") only when the sentence credits no one by name or phrase
      if (PRONOUN_SOURCE.test(text.slice(base + r[c + SOURCE_START], base + r[c + SOURCE_END]))) continue;
      let reported = false;
      for (let d = first; d < last && !reported; d += CREDIT) reported = d !== c && (r[d + LINK] & LINK_ASIDE) === 0 && reports(r, d, c, text, base);
      if (!reported) return c;
    }
    if (fallback >= 0) return fallback;
    w = last;
  }
  return -1;
}

/**
 * Whether the credit at r[d] reports the one at r[c]: d is a clause of saying (see
 * FRAMING_CUES) and c's subject and cue lie inside its scope, wholly on one side of d's own
 * words ("Kim said officials reported …", "…, according to the ABI"). When each lies so in
 * the other's ("Insurers expect claims to top £200m, said the ABI": "expect" covers the
 * rest of the sentence too), the one that closes the sentence reports the other; else the
 * first reports the second ("According to Reuters, a Gallup poll shows …").
 */
function reports(r: Reading, d: number, c: number, text: string, base: number): boolean {
  if (!framing(r, d, text, base) || !inside(r, d, c)) return false;
  if (!framing(r, c, text, base) || !inside(r, c, d)) return true;
  const dCloses = closesSentence(r, d, text, base);
  return dCloses !== closesSentence(r, c, text, base) ? dCloses : d < c;
}

/**
 * Verbs and phrases of saying and reporting, which frame what they cover ("…, said the
 * ABI.", "…, the study found.", "according to Reuters, …"): a closed class, kept apart from
 * the cues of forecasts and plans that a report relays ("insurers expect", "the council
 * wants") and from verbs that merely look like cues ("… capital gains rates."). Forms far
 * more often plural nouns ("… in 11 swing states.", "insurance claims") are left out.
 */
const FRAMING_CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'reported', 'reports', 'stated',
  'noted', 'explained', 'explains', 'announced', 'announces', 'confirmed', 'confirms', 'estimated', 'estimate',
  'calculated', 'found', 'finds', 'showed', 'shows', 'show', 'concluded', 'concludes', 'according to', 'argued',
  'argues', 'insisted', 'insists', 'warned', 'warns', 'claimed', 'predicted', 'predicts',
]);

/** Whether the credit at r[c] is a clause of saying (FRAMING_CUES) with no poll result for its subject. */
function framing(r: Reading, c: number, text: string, base: number): boolean {
  return !r[c + POLL] && FRAMING_CUES.has(text.slice(base + r[c + CUE_START], base + r[c + CUE_END]).toLowerCase().replace(/\s+/g, ' '));
}

/** Whether nothing but punctuation follows the subject and cue of the credit at r[c] in its sentence. */
function closesSentence(r: Reading, c: number, text: string, base: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(base + Math.max(r[c + SUBJECT_END], r[c + CUE_END]), base + r[TO]));
}

/** Whether the subject and cue of the credit at r[c] lie inside the scope of the one at r[d], wholly before or after d's own subject and cue. */
function inside(r: Reading, d: number, c: number): boolean {
  const from = Math.min(r[c + SUBJECT_START], r[c + CUE_START]);
  const to = Math.max(r[c + SUBJECT_END], r[c + CUE_END]);
  if (from < r[d + SCOPE_START] || to > r[d + SCOPE_END]) return false;
  return to <= Math.min(r[d + SUBJECT_START], r[d + CUE_START]) || from >= Math.max(r[d + SUBJECT_END], r[d + CUE_END]);
}

/** A copy of a source, its fields in the order link() makes them. */
function copySource(source: Source): Source {
  return { start: source.start, end: source.end, text: source.text, entity: source.entity, anonymous: source.anonymous };
}

/** The credit of reading r whose cue comes last, as an index into r, or -1. */
function lastCredit(r: Reading): number {
  let best = -1;
  let w = HEADER + r[QUOTED_LENGTH] + r[PROBES_LENGTH];
  for (let k = r[WINDOW_COUNT]; k > 0; k--) {
    for (let c = w + 3, last = w + 3 + r[w + 2] * CREDIT; c < last; c += CREDIT) if (best < 0 || r[c + CUE_START] > r[best + CUE_START]) best = c;
    w += 3 + r[w + 2] * CREDIT;
  }
  return best;
}

function mergeQuotes(ctx: Context): Span[] {
  const { quotes } = ctx.analysis;
  let sorted = true;
  for (let i = 1; i < quotes.length && sorted; i++) sorted = quotes[i - 1].start <= quotes[i].start;
  // the quotes stage lists quotations in order; sort a copy only if they ever come otherwise
  const spans: readonly Span[] = sorted ? quotes : [...quotes].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

const runs = new WeakMap<Context, RunSources>();

/** The sources of the run `ctx` belongs to (figures and claims share them). */
export function sourcesOf(ctx: Context): RunSources {
  let sources = runs.get(ctx);
  if (!sources) {
    sources = new RunSources(ctx);
    runs.set(ctx, sources);
  }
  return sources;
}

export type { MentionTable, RunSources };

/** Credits an entity with a figure or claim whose source names it. */
export function creditEntity(ctx: Context, source: Source | null, list: 'figures' | 'claims', index: number): void {
  if (!source || source.entity === null) return;
  const entity = ctx.analysis.entities[source.entity];
  if (entity) entity[list].push(index);
}
