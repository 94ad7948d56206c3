// Sentence-level source detection, shared by figures and claims: who, if anyone, does a
// sentence credit for what it states? "according to Fitch Solutions", "data from the
// ministry", "a Gallup poll", "the ministry said", "officials said", "said Kim", "in a
// report released Tuesday, the agency …". Works on the tagged terms of one sentence, so
// it costs time linear in the sentence.
//
// What it reads is the sentence's own: the credits come out relative to the sentence's
// start, their sources not yet linked to any entity, and the only questions asked of the
// rest of the document (is this word quoted? does a mention end here?) go through a
// Reader. credits.ts remembers the result per sentence, checks those answers still hold,
// and links the sources to the document's mentions.

import { adjectiveAfterNoun, ANONYMOUS_SOURCE_NOUNS, CUE_VERB_FORMS, ORGANIZATION_NOUNS, PERSON_NOUNS, personNoun, RESEARCH_STAFF_NOUNS, SOURCE_PHRASES, STATEMENT_NOUNS } from './lexicon';
import type { Span } from './model';
import { runToEnd } from './slicing';
import { firstAtOrAfter } from './sorted';
import type { Term } from './tagging';

// ---------------------------------------------------------------------------------------
// Word lists of our own (the shared lists are in lexicon.ts)

/** Documents that carry figures: "a Gallup poll", "the agency's report", "data from …". */
const DOCUMENT_NOUNS = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'data', 'figures',
  'statistics', 'stats', 'estimate', 'estimates', 'projection', 'projections', 'analysis', 'analyses',
  'forecast', 'forecasts', 'count', 'tally', 'census', 'records', 'filing', 'filings', 'research',
  'review', 'audit', 'model', 'numbers', 'calculations', 'index', 'release', 'statement', 'database',
  'tracker', 'tracking', 'assessment', 'findings', 'average', 'averages', 'plan', 'plans',
  'proposal', 'proposals', 'budget', 'calculation', 'tabulation', 'estimation', 'slide', 'chart',
  'complaint', 'indictment', 'lawsuit', 'letter', 'memo', 'documents', 'returns', 'return',
]);
/** Document nouns that credit only with a named author before them ("Clinton's plan"),
 * never as a bare subject ("the plan would cost …" credits nobody). */
const AUTHORED_ONLY = new Set(['plan', 'plans', 'proposal', 'proposals', 'budget', 'return', 'returns', 'letter', 'memo', 'slide', 'chart', 'documents', 'complaint', 'indictment', 'lawsuit']);

/** Participles between a document noun and its author: "data compiled by …". */
const DOCUMENT_PARTICIPLES = new Set([
  'compiled', 'released', 'published', 'provided', 'collected', 'gathered', 'issued', 'prepared',
  'produced', 'conducted', 'commissioned', 'obtained', 'reviewed', 'analyzed', 'analysed', 'posted',
  'seen', 'leaked',
]);

/** Cue verbs that also take an ordinary object ("the company added 300 jobs"): they credit
 * only when they introduce a clause or follow it ("…, he added"). */
const CLAUSE_ONLY_CUES = new Set([
  'add', 'call', 'describe', 'continue', 'post', 'ask', 'answer', 'agree', 'counter', 'cry',
  'recall', 'observe', 'maintain', 'hope', 'fear', 'promise', 'vow', 'pledge', 'claim', 'state',
  'note', 'show', 'find', 'indicate', 'reveal', 'report', 'project', 'calculate', 'estimate',
  'charge', 'hear', 'rate', 'accuse',
]);

/** Of those, the ones a document or body can still use with a plain object: "the study
 * found 300 deaths", "the agency estimated 3% growth", "the company reported a loss". */
const OBJECT_CUES_FOR_SOURCES = new Set([
  'show', 'find', 'indicate', 'reveal', 'report', 'project', 'calculate', 'estimate', 'claim', 'note', 'state',
]);

/**
 * Cue verbs that can state a figure as their plain object: "the agency reported 312 new
 * cases", "the study found 300 deaths", "Varga promised $15 million", "the club boasts
 * 3,000 members". Any other cue with a figure for its object is a verb in another sense,
 * whose subject did what is counted: "Hartley have conceded 27 goals", "the utility
 * warned 5,000 customers", "Callan wrote 11 books".
 */
const FIGURE_OBJECT_CUES = new Set([
  ...OBJECT_CUES_FOR_SOURCES, 'predict', 'forecast', 'disclose', 'announce', 'confirm', 'cite', 'count', 'tally',
  'put', 'peg', 'place', 'expect', 'anticipate', 'want', 'propose', 'seek', 'intend', 'aim', 'promise', 'vow',
  'pledge', 'offer', 'highlight', 'tout', 'unveil', 'boast', 'brag', 'point out', 'record', 'measure',
  'register', 'log', 'clock', 'hint', 'give', 'assign', 'issue', 'fine',
]);

/**
 * Cues of admission: verbs of saying whose plain object may be a figure they state ("the
 * bank admitted 40 cases of fraud", "acknowledged 12 errors"), but also verbs of doing
 * with people or charges for object (see admitsDeed). "Concede" is left to its sporting
 * sense ("Town have conceded 31 goals").
 */
const ADMISSION_CUES = new Set(['admit', 'acknowledge']);
/** Charges a defendant admits by pleading guilty: a count of them is the court's record, not the defendant's statement. */
const CHARGE_NOUNS = new Set(['count', 'counts', 'charge', 'charges', 'offence', 'offences', 'offense', 'offenses']);

/** Irregular forms the shared list does not spell out. */
const IRREGULAR: Record<string, string[]> = {
  forecast: ['forecasted'], hear: ['heard'], plead: ['pled'], log: ['logged', 'logging'], swear: ['swore', 'sworn'], peg: ['pegged'], put: ['putting'],
};

/** Extra cue verbs for figures: a body that publishes or cites a number credits it. */
const EXTRA_CUES = [
  'cite', 'tally', 'put', 'peg', 'place', 'count', 'charge', 'expect', 'anticipate', 'want',
  'propose', 'seek', 'intend', 'aim', 'point', 'brag', 'tout', 'unveil', 'accuse', 'hear', 'rail',
  'rate', 'highlight', 'record', 'measure', 'register', 'log', 'clock', 'offer', 'issue', 'fine',
];
/** Verbs of measuring: a body that records a number is its source ("the weather service
 * recorded gusts of 58 mph", "the agency issued 14 flood warnings"), but only a body or a person does: "the quake measured 6.1"
 * is the number's subject, not its source. */
const MEASURE_CUES = new Set(['record', 'measure', 'register', 'log', 'clock', 'issue']);
/** Heads of a subject that can measure without a name: a service, a station, forecasters. */
const MEASURING_BODIES = new Set([
  'agency', 'ministry', 'department', 'office', 'service', 'station', 'authority', 'bureau', 'forecasters',
  'meteorologists', 'observatory', 'institute', 'company', 'government', 'council', 'city', 'county', 'state',
  'utility', 'regulator', 'regulators', 'inspectors', 'monitors', 'center', 'centre', 'survey', 'court', 'police',
  // ("club data showed", "league figures show": the club or league the story is about)
  'club', 'league',
]);
/** Bodies that hear evidence: what "the court heard" or "jurors were told" is the hearing's
 * record, a source as "the ministry said" is; what "residents were told" credits nobody. */
const HEARING_BODIES = new Set([
  'court', 'courts', 'jury', 'jurors', 'juror', 'inquest', 'tribunal', 'inquiry', 'hearing', 'magistrates',
  'judge', 'panel', 'committee', 'coroner', 'trial',
]);
/** Cues of intent: a plan's figures are credited to whoever proposes it ("Clinton wants to
 * cut taxes by 5 percent"); they take "to" or an object. */
const INTENT_CUES = new Set(['want', 'propose', 'seek', 'intend', 'aim', 'promise', 'vow', 'pledge']);
/** Of the extras, those that credit only with a figure phrase after them ("put the toll at"). */
const WEAK_CUES = new Set(['put', 'peg', 'place', 'count', 'tally']);

function inflect(base: string): string[] {
  const forms = [base];
  const consonantY = /[^aeiou]y$/.test(base);
  if (/(s|sh|ch|x|z|o)$/.test(base)) forms.push(`${base}es`);
  else if (consonantY) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (base.endsWith('e')) forms.push(`${base}d`);
  else if (consonantY) forms.push(`${base.slice(0, -1)}ied`);
  else forms.push(`${base}ed`);
  if (base.endsWith('e') && !base.endsWith('ee')) forms.push(`${base.slice(0, -1)}ing`);
  else forms.push(`${base}ing`);
  return forms;
}

/** Every form of a cue verb → its base: the shared cue verbs (lexicon.ts), then the extras. */
const CUE_FORMS = new Map<string, string>(CUE_VERB_FORMS);
for (const base of EXTRA_CUES) {
  for (const form of inflect(base)) if (!CUE_FORMS.has(form)) CUE_FORMS.set(form, base);
}
for (const [base, forms] of Object.entries(IRREGULAR)) for (const form of forms) if (!CUE_FORMS.has(form)) CUE_FORMS.set(form, base);

/** Cue verbs whose past tense is their bare form ("Jane Ho forecast"), which compromise reads as a noun. */
const UNMARKED_PAST = new Set(['forecast']);

/** Forms that are verbs whatever compromise thinks ("said" is never a noun). */
const SURE_VERB_FORMS = new Set(['said', 'says', 'told', 'tells', 'estimated', 'reported', 'added', 'wants', 'wanted', 'proposed', 'expects']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Words that may sit between a subject and its cue verb: "the ministry also said". */
const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'later', 'previously', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might',
  'did', 'does', 'do', 'recently', 'repeatedly', 'publicly', 'once', 'again', 'separately',
  'earlier', 'then', 'still', 'further', 'first', 'initially', 'privately', 'often', 'frequently',
  'already', 'last', 'week', 'year', 'month', 'yesterday', 'today', 'tuesday', 'monday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'subsequently', 'just', 'now', 'specifically', 'continually', 'actually', 'generally', 'broadly', 'openly', 'flatly', 'correctly', 'wrongly', 'falsely',
  'accurately', 'roughly', 'conservatively', 'independently',
]);

const ANONYMOUS = new Set(ANONYMOUS_SOURCE_NOUNS);
/** Head nouns of an unnamed source beyond the shared list. */
const MORE_ANONYMOUS = new Set([
  'economist', 'economists', 'researcher', 'researchers', 'scientist', 'scientists', 'investigator',
  'investigators', 'authorities', 'police', 'officer', 'officers', 'activists', 'organizers',
  'organisers', 'estimates', 'reports', 'polls', 'surveys', 'studies', 'data', 'figures', 'statistics',
  'numbers', 'records', 'documents', 'research', 'estimate', 'report', 'poll', 'survey', 'study',
  'analysis', 'analyses', 'projections', 'projection', 'forecasts', 'forecast',
]);

/** Quantifiers that stand for some of the people just mentioned: "Several said …", "Others disagreed". */
const SOME_OF_THEM = new Set(['several', 'many', 'some', 'others', 'most', 'few']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const RELATIVES = new Set(['who', 'which', 'that']);
const PREPOSITIONS_IN_NAMES = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'to', 'about', 'close', 'familiar', 'involved']);
const NOT_A_SOURCE = new Set([
  'that', 'this', 'these', 'those', 'there', 'what', 'which', 'who', 'whom', 'it\u2019s', 'nobody',
  'no', 'one', 'none', 'anyone', 'everyone', 'everybody', 'some', 'many', 'most', 'few',
]);

// ---------------------------------------------------------------------------------------
// Term helpers

const has = (t: Term | undefined, tag: string): boolean => !!t && t.tags.has(tag);
/** A word, not one of compromise's empty range terms. */
const isWord = (t: Term | undefined): t is Term => !!t && t.text.length > 0 && hasLetterOrDigit(t.text);
/** /[\p{L}\p{N}]/u.test(text), answered from the character codes when the text is ASCII
 * (nearly always: this runs for every term of every sentence with a figure or a claim). */
function hasLetterOrDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return /[\p{L}\p{N}]/u.test(text);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}
const bareForms = new Map<string, string>();
/** The word without a possessive ending or stray punctuation ("ministry's" → "ministry"). */
function bare(t: Term): string {
  let form = bareForms.get(t.normal);
  if (form === undefined) {
    form = t.normal.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}'’&.-]/gu, '');
    if (bareForms.size > 20_000) bareForms.clear();
    bareForms.set(t.normal, form);
  }
  return form;
}
const BREAK = /[,;:()“”"‘«»—–―[\]!?]|--|(?:^|\s)-+\s|\s-+(?:\s|$)|''/;
/** Whether punctuation separates term i from term i + 1. */
function brokenAfter(terms: Term[], i: number): boolean {
  const t = terms[i];
  if (!t) return true;
  return breaks(t.post) || breaks(terms[i + 1]?.pre ?? '');
}
/** BREAK.test, remembered: the same few spacing strings (" ", ", ", "” ") recur endlessly. */
const breakMemo = new Map<string, boolean>();
function breaks(text: string): boolean {
  let broken = breakMemo.get(text);
  if (broken === undefined) {
    broken = BREAK.test(text);
    if (breakMemo.size > 10_000) breakMemo.clear();
    breakMemo.set(text, broken);
  }
  return broken;
}

function nounLike(t: Term): boolean {
  return (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Acronym') || has(t, 'Possessive')) && !has(t, 'Verb');
}

/**
 * Whether terms[j], a verb form, modifies the noun phrase after it: the second half of a
 * hyphenated word ("Leeds-based", "state-owned"), or a gerund before a noun after a
 * determiner or an adjective ("the housing charity", "a new training college"), or after a
 * name that follows one ("the Leeds housing charity", "its London training centre").
 */
function compoundModifier(terms: Term[], j: number): boolean {
  const t = terms[j];
  if (j > 0 && terms[j - 1].post === '-' && terms[j - 1].end === t.start - 1) return true;
  const before = terms[j - 1];
  if (!has(t, 'Gerund') || CUE_FORMS.has(bare(t)) || !nounLike(terms[j + 1]) || !before || brokenAfter(terms, j - 1)) return false;
  if (has(before, 'Determiner') || has(before, 'Adjective') || has(before, 'Possessive') || (j > 1 && terms[j - 2].post === '-' && terms[j - 2].end === before.start - 1)) return true;
  const opener = terms[j - 2];
  // (a common noun after it: "the Obamas visiting Paris" is a clause)
  return isName(before) && !has(before, 'Verb') && /^\p{Ll}/u.test(terms[j + 1].text) && !!opener && !brokenAfter(terms, j - 2) && (has(opener, 'Determiner') || has(opener, 'Possessive'));
}

function npLike(t: Term): boolean {
  return (
    nounLike(t) ||
    has(t, 'Determiner') ||
    has(t, 'Adjective') ||
    has(t, 'Value') ||
    /^[A-Z]/.test(t.text) && !has(t, 'Verb')
  );
}

function isName(t: Term): boolean {
  return has(t, 'ProperNoun') || has(t, 'Acronym') || has(t, 'Organization') || has(t, 'Person') || has(t, 'Place');
}

// ---------------------------------------------------------------------------------------
// What one sentence's reading gives, and what it asks of the rest of the document

/**
 * A source as the sentence's own words give it, before it is linked to the document's
 * entities (credits.ts does that when the credit is used).
 */
export interface Recipe extends Span {
  /**
   * How the source is linked: a pronoun to the person it stands for; an unnamed source
   * ("a White House official") to a person named inside it, else it stays anonymous; any
   * other phrase to the best entity mention inside it.
   */
  link: 'pronoun' | 'unnamed' | 'phrase';
  /** A pronoun that stands for the last person mentioned when no quote says otherwise ("he", "she"). */
  personal: boolean;
  /** The linked text loses a possessive ending ("the ministry's report" credits "the ministry"). */
  possessive: boolean;
  /**
   * Research staff ("analysts at Peel Hunt", "Goldman Sachs economists"): an organisation
   * named inside the phrase is the source, as for any phrase (see RESEARCH_STAFF_NOUNS).
   */
  staff?: boolean;
}

/** A source a sentence credits, with the cue that credits it. */
interface Found {
  source: Recipe;
  /** The crediting words ("said", "according to", "poll"). */
  cue: Span;
  /** The whole phrase the source was read from (the source itself may be a mention in it). */
  subject: Span;
  /**
   * The part of the sentence the credit covers. A cue verb covers its whole clause; a
   * credit joined to an unrelated clause by ", and" or ";" does not reach across it.
   */
  scope: Span;
  /**
   * The credit is an aside about a noun phrase ("The fire, reported by neighbours at 2am,
   * …"): it covers what the aside describes, and speaks for the sentence only as far as that
   * holds a figure (see asideScope).
   */
  aside?: boolean;
}

/** A credit as its sentence's own words give it, with every offset relative to the sentence's start. */
export interface LocalCredit extends Found {
  /** The subject reads as a poll result ("52 percent of voters said"), which sources nothing. */
  poll: boolean;
}

/** The credits of one window of a sentence (one window for any ordinary sentence), relative to its start. */
export interface LocalWindow extends Span {
  credits: readonly LocalCredit[];
}

/** What reading a sentence asks of the rest of the document. */
export interface Reader {
  /** The document's quotation spans, merged and sorted: words inside them credit nothing. */
  readonly quoted: readonly Span[];
  /** The start of the entity mention that ends with term t, or null (a name the entity stage found). */
  mentionStartAt(t: Term): number | null;
}

/** The index of the first of the sorted disjoint spans that ends after pos (spans.length for none). */
export function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps any of the sorted disjoint spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstEndingAfter(spans, start);
  return i < spans.length && spans[i].start < end;
}

// ---------------------------------------------------------------------------------------
// Building a Source from a run of terms

/**
 * The source a run of terms names, as the sentence's own words give it: linking it to the
 * document's entities waits until the credit is used (see sourceOf), since mentions depend
 * on the whole article while this depends only on the sentence.
 */
function makeSource(terms: Term[], from: number, to: number): Recipe | null {
  // trim function words at the edges
  while (from <= to && (has(terms[from], 'Preposition') || has(terms[from], 'Conjunction') || !isWord(terms[from]))) from++;
  // ("Several", "A few": a quantifier standing for people is the head, no determiner to trim)
  while (to >= from && (has(terms[to], 'Preposition') || has(terms[to], 'Conjunction') || (has(terms[to], 'Determiner') && !SOME_OF_THEM.has(bare(terms[to]))) || !isWord(terms[to]))) to--;
  // a cue word compromise took for a noun ends the phrase: "the statistics office show"
  // (not a noun right after its determiner: "The state put the figure at 41,000")
  while (to > from && CUE_FORMS.has(bare(terms[to])) && !DOCUMENT_NOUNS.has(bare(terms[to])) && !isName(terms[to]) && !has(terms[to - 1], 'Determiner') && !has(terms[to - 1], 'Possessive')) to--;
  // and so does a participle after a document: "(council figures) released (last week show)"
  while (to > from && DOCUMENT_PARTICIPLES.has(terms[to].normal) && DOCUMENT_NOUNS.has(bare(terms[to - 1]))) to--;
  if (from > to) return null;
  const first = terms[from];
  const last = terms[to];
  if (from === to && NOT_A_SOURCE.has(bare(first)) && !SOME_OF_THEM.has(bare(first))) return null;
  // compromise sometimes tags the noun after a determiner as a verb ("another slide")
  const determined = to > from && (has(first, 'Determiner') || has(first, 'Value') || has(first, 'Adjective')) && !has(last, 'Adverb');
  if (!determined && !terms.slice(from, to + 1).some((t) => nounLike(t) || isName(t) || /^[A-Z]/.test(t.text) || DOCUMENT_NOUNS.has(bare(t)))) return null;
  // the head: the last word before any preposition ("a spokesman for the ministry")
  let headAt = to;
  for (let k = from + 1; k <= to; k++) {
    // (also "present" set after the noun: "a person present at the meeting", not "the present owner")
    if (has(terms[k], 'Preposition') || /^(?:familiar|close|involved|near)$/.test(terms[k].normal) || (k < to && adjectiveAfterNoun(terms, k)) || DOCUMENT_PARTICIPLES.has(terms[k].normal)) {
      headAt = k - 1;
      break;
    }
  }
  const head = terms[headAt];
  const headWord = bare(head);
  if (has(head, 'Date') && !(isName(head) && has(head, 'Person'))) return null;
  const start = first.start;
  const end = last.end;
  if (from === to && PRONOUNS.has(headWord)) return { start, end, link: 'pronoun', personal: first.normal === 'he' || first.normal === 'she', possessive: false };
  const headSpan = terms.slice(from, headAt + 1);
  const namedHead = headSpan.some((t) => has(t, 'Person')) || (isName(head) && !ANONYMOUS.has(headWord));
  // an unnamed document is vague, a named one is not: "a study" / "a Gallup poll"
  const document = MORE_ANONYMOUS.has(headWord) && !ANONYMOUS.has(headWord) && DOCUMENT_NOUNS.has(headWord);
  // "the league's figures" are the league's: an owner named or described, not a pronoun or an unnamed source
  // (before the head or after it: "a report by the council's finance department")
  const ownedDocument = document && terms.slice(from, to + 1).some((t) => isPossessive(t) && !POSSESSIVE_PRONOUNS.has(t.normal) && !ANONYMOUS.has(bare(t)) && !MORE_ANONYMOUS.has(bare(t)));
  // ("council figures", "government data": a body named by its office, as "the council's figures")
  // (or after it: "figures from the council", "data from the ministry", as "the council said")
  const bodyDocument = document && (terms.slice(from, headAt).some((t) => MEASURING_BODIES.has(bare(t))) || terms.slice(headAt + 1, to + 1).some((t, k) => MEASURING_BODIES.has(bare(t)) && /^(?:from|by|of|the)$/.test(terms[headAt + k].normal)));
  const namedDocument = document && (ownedDocument || bodyDocument || terms.slice(from, to + 1).some((t, k) => isName(t) || (k > 0 && /^[A-Z]/.test(t.text))));
  // a body that speaks on the record under its common name is attribution, as in quotes:
  // "police said", "organisers put the figure at"; someone described, not named, is not:
  // "a detective involved in the case said"
  const body = /^(?:police|organi[sz]ers|authorities)$/.test(headWord);
  // (also someone named only by whose they are: "Rovers' owner", "Holloway's lawyer", as for quotes; not the writer's own)
  const owned = headAt > from && terms.slice(from, headAt).some((t) => (isPossessive(t) || /['’]$/.test(t.text)) && !/^(?:my|our|your)$/.test(t.normal));
  // ("the country's top auto safety regulator said": the one body so described, not someone unnamed)
  const definiteBody = first.normal === 'the' && ORGANIZATION_NOUNS.has(headWord);
  const someone = (/^(?:a|an|one|another)$/.test(first.normal) || owned) && !document && personNoun(head) && !definiteBody;
  const unnamed = !namedHead && !namedDocument && !body && (someone || ANONYMOUS.has(headWord) || MORE_ANONYMOUS.has(headWord) || SOME_OF_THEM.has(headWord));
  return { start, end, link: unnamed ? 'unnamed' : 'phrase', personal: false, possessive: false, staff: RESEARCH_STAFF_NOUNS.has(headWord) };
}

/** Is the subject terms[from..to] someone who measures: a name, a person, or a body or unnamed source? */
function canMeasure(reader: Reader, terms: Term[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isName(terms[k]) || has(terms[k], 'Person') || reader.mentionStartAt(terms[k]) !== null) return true;
  const head = bare(terms[to]);
  return MEASURING_BODIES.has(head) || ANONYMOUS.has(head) || MORE_ANONYMOUS.has(head) || PRONOUNS.has(head);
}

/** Is the subject terms[from..to] a body that counts things ("the health ministry recorded
 * 312 new cases", "police logged 1,200 burglaries"), not a name or a person, whose count of
 * things is what they did ("Callan recorded 11 albums")? */
function countsThings(terms: Term[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (has(terms[k], 'Organization') || has(terms[k], 'Acronym')) return true;
  const head = bare(terms[to]);
  return MEASURING_BODIES.has(head) || ANONYMOUS.has(head) || MORE_ANONYMOUS.has(head) || head === 'it';
}

/** Verbs of meeting a person: "I met a woman", "we spoke to a herder" (as the speakers of quotes read them). */
const MEETING_VERBS = /^(?:met|meet|asked?|interviewed|called|reached|talk(?:ed)?|spoke|speak|chat(?:ted)?)$/;
/** Words that make a person a man or a woman: "she" never stands for "a fisherman", nor "he" for "a mother". */
const MALE_WORDS = /^(?:man|male|boy|father|husband|son|brother|grandfather|widower|\w*[^o]man)$/;
const FEMALE_WORDS = /^(?:woman|female|girl|mother|wife|daughter|sister|grandmother|widow|\w+woman)$/;
/** Determiners of someone nobody names: "a woman", "one official", "another herder". */
const UNNAMED_DETERMINERS = new Set(['a', 'an', 'one', 'another']);

/**
 * The start of an unnamed person that a "he" or "she" at `offset` may stand for, in one
 * sentence's terms, after `after`: the nearest singular person noun with "a", "one" or
 * "another" before it ("a woman", "one senior official"), met by the writer ("I met a
 * woman in Lodwar", "we spoke to a herder") or acting as the subject that opens its
 * sentence ("A herder stood by the well."); not what someone is ("Dean, a doctor,", "she
 * was a nurse"), nor a person of the other sex. -1 when there is none. The speakers of
 * quotes read the same (attribution.ts): "“…,” she said." after "I met a woman" is an
 * unnamed source's word.
 */
export function unnamedPersonIn(terms: readonly Term[], offset: number, after: number, female: boolean, quoted: readonly Span[]): number {
  const other = female ? MALE_WORDS : FEMALE_WORDS;
  let i = terms.length - 1;
  while (i >= 0 && terms[i].end > offset) i--;
  for (; i >= 0 && terms[i].start >= after; i--) {
    const noun = terms[i];
    if (!personNoun(noun) || has(noun, 'Plural') || has(noun, 'ProperNoun') || overlapsAny(quoted, noun.start, noun.end)) continue;
    // back over a few modifiers to the determiner: "a young herder", "one senior official"
    let d = i - 1;
    while (d >= 0 && i - d < 4 && !UNNAMED_DETERMINERS.has(terms[d].normal) && !brokenAfter(terms as Term[], d) && (has(terms[d], 'Adjective') || has(terms[d], 'Noun') || has(terms[d], 'Value')) && !has(terms[d], 'Verb')) d--;
    if (d < 0 || terms[d].start < after || !UNNAMED_DETERMINERS.has(terms[d].normal) || brokenAfter(terms as Term[], d)) continue;
    if (terms.slice(d, i + 1).some((w) => other.test(w.normal))) continue;
    const before = terms[d - 1];
    const met = (t: Term | undefined): boolean => !!t && (MEETING_VERBS.test(t.normal) || (CUE_FORMS.has(t.normal) && has(t, 'Verb')));
    if (d === 0 || met(before) || (/^(?:to|with)$/.test(before.normal) && met(terms[d - 2]))) return terms[d].start;
  }
  return -1;
}

/** Heads of a body that can be cited beyond those that measure: "citing the electoral commission". */
const CITED_BODIES = new Set([
  'commission', 'committee', 'board', 'bank', 'union', 'association', 'federation', 'watchdog', 'body',
  'group', 'firm', 'organisation', 'organization', 'newspaper', 'agencies', 'ministries', 'groups',
]);

/** The head of the phrase terms[from..to]: its last word before a preposition ("data from the office": "data"), else its last. */
function headBeforePreposition(terms: readonly Term[], from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) if (has(terms[k], 'Preposition')) return k - 1;
  return to;
}

/** Whether terms[from..to] name someone or something that a figure can come from (a name,
 * a person, a body, a document, an unnamed source), rather than a reason: "(citing) data
 * from the statistics office", "(citing) hospital officials", not "(citing) weak demand". */
function namesSource(reader: Reader, terms: Term[], from: number, to: number): boolean {
  const headAt = headBeforePreposition(terms, from, to);
  const head = bare(terms[headAt]);
  if (DOCUMENT_NOUNS.has(head) || CITED_BODIES.has(head) || personNoun(terms[headAt])) return true;
  return canMeasure(reader, terms, from, to);
}

/** Words before a figure that still leave it the head of its phrase: "conceded more than 30 goals", "a further 12". */
const FIGURE_HEDGES = new Set([
  'a', 'an', 'another', 'some', 'about', 'around', 'nearly', 'almost', 'more', 'than', 'over', 'under', 'just', 'only',
  'roughly', 'approximately', 'at', 'least', 'most', 'fewer', 'less', 'up', 'to', 'further', 'extra', 'additional', 'close',
  'well', 'barely', 'exactly', 'precisely', 'some',
]);

/**
 * Whether the words from term i are a figure that is a verb's plain object ("(conceded) 27
 * goals this season", "(recorded) gusts …" is not one): 'count' when it counts things,
 * 'measure' for a reading with a unit, a share or a sum; null when they are no figure, or
 * the figure is the subject of a clause ("(said) 300 homes flooded").
 */
function figureObject(terms: Term[], i: number): 'count' | 'measure' | null {
  let k = i;
  while (k < terms.length && k < i + 4 && FIGURE_HEDGES.has(terms[k].normal) && !has(terms[k], 'Value') && !brokenAfter(terms, k)) k++;
  if (!has(terms[k], 'Value')) return null;
  // (a long subject may hold its verb back: "83% of new homes built on greenfield sites since 2017 were …")
  for (let m = k + 1; m < terms.length && m < k + 20; m++) {
    if (brokenAfter(terms, m - 1)) break;
    const t = terms[m];
    if (t.normal === 'and' || t.normal === 'or' || t.normal === 'but' || RELATIVES.has(t.normal)) break;
    if (has(t, 'Modal') || has(t, 'Auxiliary') || has(t, 'Copula')) return null;
    // ("2,000 adults aged 40 to 79", "people born abroad": a participle describing what is counted)
    if (/^(?:aged|born)$/.test(t.normal) && nounLike(terms[m - 1])) continue;
    if (has(t, 'Verb') && (has(t, 'PastTense') || has(t, 'PresentTense')) && !has(t, 'Gerund') && !has(t, 'Participle') && !has(t, 'Noun') && terms[m - 1].normal !== 'to') return null;
  }
  let v = k;
  while (v + 1 < terms.length && has(terms[v + 1], 'Value') && !brokenAfter(terms, v)) v++;
  const unit = terms[v + 1];
  const measured = /[%$£€¥]/.test(terms.slice(k, v + 1).map((t) => t.text).join(' ')) || !unit || brokenAfter(terms, v) || has(unit, 'Unit') || /^(?:percent|per|pc)$/.test(unit.normal);
  return measured ? 'measure' : 'count';
}

/**
 * Whether the figure from term i, the object of an admission cue, counts a deed rather than
 * a fact admitted: people let in ("admitted 40 patients") or charges pleaded to ("admitted
 * 14 counts of fraud"). The counted noun is the first noun after the number.
 */
function admitsDeed(terms: Term[], i: number): boolean {
  let k = i;
  while (k < terms.length && k < i + 8 && !(nounLike(terms[k]) && !has(terms[k], 'Value')) && !brokenAfter(terms, k)) k++;
  const noun = terms[k];
  if (!noun || !nounLike(noun) || has(noun, 'Value')) return false;
  if (CHARGE_NOUNS.has(noun.normal) || has(noun, 'Actor') || noun.normal === 'people') return true;
  // (the listed nouns for people only, those of unnamed sources among them: the shape of
  // "error" is a person's, as "author")
  return ANONYMOUS.has(noun.normal) || PERSON_NOUNS.has(noun.normal.replace(/(?<=[^s])s$/, ''));
}

/** The noun phrase starting at term i, through "of"/"for"/"at" attachments; its last index. */
function phraseForward(terms: Term[], i: number, limit: number): number {
  let j = i;
  let last = -1;
  let attachments = 0;
  while (j < limit && isWord(terms[j])) {
    const t = terms[j];
    if ((RELATIVES.has(t.normal) || PRONOUNS.has(t.normal)) && j > i) break;
    if (has(t, 'Preposition') || t.normal === 'and' || t.normal === '&') {
      if (last < 0 || attachments >= 3 || !['of', 'for', 'at', 'and', '&', 'from', 'by', 'in', 'with'].includes(t.normal)) break;
      // "and" only joins names: "Smith and Jones", "Standard & Poor's"
      if ((t.normal === 'and' || t.normal === '&') && !(isName(terms[j - 1]) && isName(terms[j + 1] ?? terms[j]))) break;
      attachments++;
    } else if (npLike(t) || (PRONOUNS.has(t.normal) && j === i)) {
      if (has(t, 'Verb') && !has(t, 'Adjective') && !nounLike(t)) break;
      // a word before "its"/"their" is a verb compromise took for a noun: "the ministry cut its forecast"
      if (j > i && POSSESSIVE_PRONOUNS.has(terms[j + 1]?.normal ?? '') && !brokenAfter(terms, j) && !has(t, 'Preposition')) break;
      // a number after the head starts a new phrase: "the statistics office show 40,000 jobs"
      if (has(t, 'Value') && last >= i && nounLike(terms[last]) && !has(terms[last], 'Value')) break;
      last = j;
      if (PRONOUNS.has(t.normal)) break;
    } else break;
    if (brokenAfter(terms, j)) break;
    j++;
  }
  return last;
}

/** The noun phrase ending at term i, back through "of"/"for"/"with" attachments; its first index. */
function phraseBackward(terms: Term[], i: number, floor: number): number {
  let j = i;
  let first = -1;
  while (j >= floor && isWord(terms[j])) {
    const t = terms[j];
    if (j < i && brokenAfter(terms, j)) break;
    if (has(t, 'Date') && !isName(t) && !has(t, 'Value')) break;
    // ("told a news conference that the bank expected …": "that" before a determiner or a name
    // opens a clause, whose subject the phrase is; not "that bank")
    if (t.normal === 'that' && j < i && (has(terms[j + 1], 'Determiner') || has(terms[j + 1], 'Possessive') || isName(terms[j + 1]))) break;
    if (PREPOSITIONS_IN_NAMES.has(t.normal) && first >= 0) {
      // keep going only when a noun precedes: "officials at the ministry", "a person familiar with"
    } else if (t.normal === 'and' && first >= 0 && (isName(terms[j + 1]) || (terms[j + 1]?.normal === 'the' && isName(terms[j + 2]))) && isName(terms[j - 1])) {
      // "Smith and Jones said", "researchers at the University of Leeds and the University of York"
    } else if (first === j + 1 && terms[j + 1].normal === 'by' && DOCUMENT_PARTICIPLES.has(t.normal) && j > floor && DOCUMENT_NOUNS.has(bare(terms[j - 1])) && !brokenAfter(terms, j - 1)) {
      // "internal documents seen by this newspaper show": the documents, with who saw or made them
      first = j;
    } else if (first === j + 1 && compoundModifier(terms, j)) {
      // "the Leeds-based housing charity": a hyphenated participle, or a gerund before the phrase's noun
      first = j;
    } else if (npLike(t) || (PRONOUNS.has(t.normal) && j === i) || (RELATIVES.has(t.normal) && j === i)) {
      if (has(t, 'Verb') && !has(t, 'Adjective') && !nounLike(t)) break;
      if (PRONOUNS.has(t.normal) && j < i) break;
      first = j;
      if (j === i && (PRONOUNS.has(t.normal) || RELATIVES.has(t.normal))) break;
    } else break;
    j--;
  }
  // never start on a dangling preposition
  while (first >= 0 && first <= i && PREPOSITIONS_IN_NAMES.has(terms[first].normal)) first++;
  return first > i ? -1 : first;
}

// ---------------------------------------------------------------------------------------
// Credits in one sentence

/** Whether terms[from..to] count things and name nobody: "22 surveys", "some 40 studies". */
function countedPhrase(terms: Term[], from: number, to: number): boolean {
  let k = from;
  while (k < to && FIGURE_HEDGES.has(terms[k].normal) && !has(terms[k], 'Value')) k++;
  if (!has(terms[k], 'Cardinal') || isName(terms[k]) || terms.slice(k + 1, to + 1).some(isName)) return false;
  // ("according to three officials familiar with the talks", "two senior diplomats": people
  // counted are who speak)
  let m = k + 1;
  while (m < to && (has(terms[m], 'Cardinal') || (has(terms[m], 'Adjective') && !has(terms[m], 'Noun'))) && !brokenAfter(terms, m - 1)) m++;
  const head = terms[m];
  return !(m <= to && !brokenAfter(terms, m - 1) && (ANONYMOUS.has(bare(head)) || personNoun(head)));
}

/** Whether a run of terms after a cue is a clause (has a finite verb): "Kim added 300 jobs
 * were lost" is a statement, "the company added 300 jobs" is not. */
function clauseFollows(terms: Term[], i: number): boolean {
  for (let k = i; k < Math.min(terms.length, i + 10); k++) {
    const t = terms[k];
    // ("three times higher than France does": the verb of a comparison is no clause of the cue's)
    if (t.normal === 'than') return false;
    if (has(t, 'Modal') || has(t, 'Auxiliary') || has(t, 'Copula')) return true;
    if (has(t, 'Verb') && (has(t, 'PastTense') || has(t, 'PresentTense')) && !has(t, 'Infinitive') && !has(t, 'Gerund') && !has(t, 'Participle')) return true;
    if (brokenAfter(terms, k)) return false;
  }
  return false;
}

/** "that" within the next few words of an unbroken phrase: "on Thursday that", "in a statement that". */
function thatAhead(terms: Term[], i: number): boolean {
  for (let k = i; k < Math.min(terms.length, i + 6); k++) {
    // ("… in a statement that was released": a relative clause, not the content)
    if (terms[k].normal === 'that') return k > i && !!terms[k + 1] && !has(terms[k + 1], 'Verb');
    if (brokenAfter(terms, k)) return false;
  }
  return false;
}

function inQuote(quoted: readonly Span[], t: Term): boolean {
  return overlapsAny(quoted, t.start, t.end);
}

const PHRASES = SOURCE_PHRASES.map((p) => p.split(' ')).filter((p) => !['told', 'sources', 'in'].includes(p[0]));
const PHRASE_STARTS = new Set(PHRASES.map((p) => p[0]));

function matchAt(terms: Term[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = terms[i + k];
    if (!t || bare(t) !== words[k]) return false;
  }
  return true;
}

const POLL_RESULT = /\d\s*%|\bper ?cent\b|\b(?:majority|plurality|minority|half|third|quarter|fifth)s? of\b|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of|of) (?:10|ten|\d+|three|four|five)\b/i;

function credit(source: Recipe, subject: Span, cue: Span, scope: Span): Found {
  return { source, subject, cue, scope };
}

const span = (a: Term, b: Term): Span => ({ start: a.start, end: b.end });

/**
 * Longest run of words read as one sentence. Real sentences are far shorter; a runaway
 * "sentence" (a table, a 5 MB line with no full stop) is read in windows of this many
 * words, so that every look-back and look-ahead stays bounded and the pass stays linear.
 */
const WINDOW = 160;

/**
 * Every source a sentence credits, by window: explicit phrases and cue verbs first, then
 * weaker hints (an opening "In a report, …", "put the toll at"). `terms` are the
 * sentence's tagged terms and `text` the document; the offsets of the result are relative
 * to the sentence's start, so the result holds wherever the sentence moves for as long as
 * the reader's answers (its quotations and the mentions it asked about) stay the same.
 */
export function readCredits(reader: Reader, text: string, tagged: readonly Term[], sentence: Span): LocalWindow[] {
  return runToEnd(readCreditSteps(reader, text, tagged, sentence));
}

/** Function words that are also the names of bodies when written in capitals: "the WHO says", "IT said". */
const FUNCTION_WORDS = new Set([...RELATIVES, ...PRONOUNS, ...NOT_A_SOURCE, 'us', 'am', 'or', 'and', 'as', 'at', 'on', 'in', 'of', 'to', 'by', 'an']);
/**
 * A function word in capitals inside a sentence in ordinary case is an acronym ("WHO",
 * "IT", "US"), whatever compromise made of it (a relative pronoun, a preposition): read it
 * as a name, its normal form kept in capitals so that no word list takes it for the word.
 */
function asAcronym(t: Term): Term {
  if (t.text.length < 2 || !FUNCTION_WORDS.has(t.normal) || !/^\p{Lu}+$/u.test(t.text)) return t;
  return { ...t, normal: t.text, tags: new Set(['Noun', 'ProperNoun', 'Acronym', 'Organization']) };
}

/** Windows read between pauses inside one runaway sentence (a few milliseconds of work). */
const WINDOWS_PER_STEP = 4;
/** Terms sifted between pauses. */
const TERMS_PER_STEP = 50_000;

/** readCredits, pausing every WINDOWS_PER_STEP windows (a time-sliced caller reads a runaway sentence in pieces). */
export function* readCreditSteps(reader: Reader, text: string, tagged: readonly Term[], sentence: Span): Generator<void, LocalWindow[]> {
  const all: Term[] = [];
  const shouting = !tagged.some((t) => /\p{Ll}/u.test(t.text));
  for (let i = 0; i < tagged.length; i++) {
    if (i % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
    if (isWord(tagged[i])) all.push(shouting ? tagged[i] : asAcronym(tagged[i]));
  }
  const base = sentence.start;
  const relative = (found: Found[]): LocalCredit[] =>
    found.map((c) => ({
      source: { ...c.source, start: c.source.start - base, end: c.source.end - base },
      subject: { start: c.subject.start - base, end: c.subject.end - base },
      cue: { start: c.cue.start - base, end: c.cue.end - base },
      scope: { start: c.scope.start - base, end: c.scope.end - base },
      poll: POLL_RESULT.test(text.slice(c.subject.start, c.subject.end)),
      aside: c.aside === true,
    }));
  if (all.length <= WINDOW) return [{ start: 0, end: sentence.end - base, credits: relative(creditsIn(reader, all, sentence)) }];
  const windows: LocalWindow[] = [];
  let start = sentence.start;
  for (let from = 0; from < all.length; from += WINDOW) {
    if (from > 0 && (from / WINDOW) % WINDOWS_PER_STEP === 0) yield;
    const terms = all.slice(from, from + WINDOW);
    // windows tile the sentence: each runs to the start of the next one's first word
    const end = from + WINDOW >= all.length ? sentence.end : all[from + WINDOW].start;
    windows.push({ start: start - base, end: end - base, credits: relative(creditsIn(reader, terms, { start, end })) });
    start = end;
  }
  return windows;
}

function creditsIn(reader: Reader, terms: Term[], sentence: Span): Found[] {
  const strong: Found[] = [];
  const weak: Found[] = [];
  const whole: Span = { start: sentence.start, end: sentence.end };
  const n = terms.length;
  // most sentences hold no quotation: then no term needs the per-term look-up
  const quotes = n > 0 && overlapsAny(reader.quoted, terms[0].start, terms[n - 1].end);
  for (let i = 0; i < n; i++) {
    const t = terms[i];
    if (quotes && inQuote(reader.quoted, t)) continue;
    const word = bare(t);

    // "according to X", "data from X", "citing X" …
    const phrase = PHRASE_STARTS.has(word) ? PHRASES.find((p) => matchAt(terms, i, p)) : undefined;
    if (phrase) {
      const after = i + phrase.length;
      const last = phrase[0] === 'according' ? nameRun(terms, after) : phraseForward(terms, after, n);
      // (", citing weak demand" gives a reason, not a source: the cue verb below credits the
      // clause's subject then)
      // ("data from 22 surveys covering …": a count of documents is what the data pools, not who gives it)
      const counted = last >= 0 && countedPhrase(terms, after, last);
      const source = last >= 0 && !counted && (phrase[0] !== 'citing' || namesSource(reader, terms, after, last)) ? makeSource(terms, after, last) : null;
      if (source) {
        // ("The fire, reported by neighbours at 2am, destroyed 30 homes": an aside about the
        // fire, whose participle credits only what the aside and the fire's phrase say)
        const aside = PARTICIPLE_PHRASES.has(phrase[0]) ? asideScope(terms, i, sentence, false) : null;
        strong.push(aside ? { ...credit(source, span(terms[after], terms[last]), span(t, terms[after - 1]), aside), aside: true } : credit(source, span(terms[after], terms[last]), span(t, terms[after - 1]), whole));
        i = last;
        continue;
      }
    }

    // "as per government data", "per the Election Commission"
    if (word === 'per' || (word === 'as' && terms[i + 1]?.normal === 'per' && !brokenAfter(terms, i))) {
      const found = perCredit(terms, word === 'as' ? i + 1 : i, whole);
      if (found) {
        strong.push({ ...found, cue: span(t, terms[word === 'as' ? i + 1 : i]) });
        i = word === 'as' ? i + 1 : i;
        continue;
      }
    }

    // "by one estimate", "by some counts", "by the agency's count"
    if (word === 'by' && i + 1 < n) {
      let k = i + 1;
      while (k < n && k < i + 5 && !DOCUMENT_NOUNS.has(bare(terms[k])) && !brokenAfter(terms, k) && (npLike(terms[k]) || has(terms[k], 'Possessive'))) k++;
      // (not an amount: "rose by an average of 4.6%")
      const amount = k < n && /^averages?$/.test(bare(terms[k])) && terms[k + 1]?.normal === 'of';
      if (k < n && k < i + 5 && !amount && DOCUMENT_NOUNS.has(bare(terms[k])) && !AUTHORED_ONLY.has(bare(terms[k])) && (k + 1 >= n || brokenAfter(terms, k) || terms[k + 1].normal === 'of' || terms[k + 1].normal === 'by')) {
        const source = makeSource(terms, i + 1, k);
        if (source) {
          strong.push(credit(source, span(terms[i + 1], terms[k]), span(t, t), whole));
          i = k;
          continue;
        }
      }
    }

    // a capitalised document noun is part of a name: "the Clean Power Plan"
    const verbHere = CUE_FORMS.has(word) && looksLikeVerb(terms, i, word);
    if (DOCUMENT_NOUNS.has(word) && !verbHere && !(i > 0 && /^[A-Z]/.test(t.text))) {
      const found = documentCredit(terms, i, clauseOf(terms, i, sentence));
      if (found) {
        strong.push(found);
        continue;
      }
    }

    // "a $100 million penalty imposed by the bureau": the body that set the figure
    if (SETTING_PARTICIPLES.has(word) && i > 0 && terms[i + 1]?.normal === 'by' && !brokenAfter(terms, i - 1) && !brokenAfter(terms, i) && valueBefore(terms, i)) {
      const last = phraseForward(terms, i + 2, n);
      const source = last >= 0 && terms.slice(i + 2, last + 1).some(isName) ? makeSource(terms, i + 2, last) : null;
      if (source) {
        strong.push(credit(source, span(terms[i + 2], terms[last]), span(t, terms[i + 1]), clauseOf(terms, i, sentence)));
        i = last;
        continue;
      }
    }

    // "Lund's claim that …", "his comment about …": a statement as a noun, with its owner
    if (STATEMENT_NOUNS.has(word) && (terms[i + 1]?.normal === 'that' || terms[i + 1]?.normal === 'about') && !brokenAfter(terms, i)) {
      const found = ownedStatement(terms, i, sentence);
      if (found) {
        strong.push(found);
        continue;
      }
    }

    // "In a report released Tuesday, the agency …", "In this poll, …"
    if (i === 0 && t.normal === 'in' && terms[1] && /^(a|an|its|their|his|her|the|this|that|one|another|last|the)$/.test(terms[1].normal)) {
      let k = 1;
      while (k < n && !brokenAfter(terms, k)) k++;
      const opener = terms.slice(1, k + 1).some((x) => (DOCUMENT_NOUNS.has(bare(x)) && !AUTHORED_ONLY.has(bare(x))) || ['interview', 'speech', 'testimony', 'briefing', 'statement'].includes(bare(x)));
      if (opener && k + 1 < n) {
        // the author after the comma when a verb follows it, else the document itself
        const last = phraseForward(terms, k + 1, n);
        const author = last >= 0 && has(terms[last + 1], 'Verb') ? makeSource(terms, k + 1, last) : null;
        const source = author ?? makeSource(terms, 1, k);
        if (source) weak.push(credit(source, author ? span(terms[k + 1], terms[last]) : span(terms[1], terms[k]), span(t, terms[k]), whole));
      }
    }

    // "Analysts at Gracenote give them a 64% chance of winning": odds given are an estimate by the subject
    const odds = ODDS_VERB_FORMS.get(word);
    if (odds && oddsAhead(terms, i + 1)) {
      const found = cueCredit(reader, terms, i, odds, sentence);
      if (found) strong.push(found);
      continue;
    }

    // "Researchers from Leeds followed 2,000 patients", "the study tracked 400 children": the
    // sample a study drew is the researchers' own figure
    if (RESEARCH_VERB_FORMS.has(word) && has(t, 'Verb') && !brokenAfter(terms, i) && figureObject(terms, i + 1) !== null) {
      const found = researchCredit(terms, i, sentence);
      if (found) {
        strong.push(found);
        continue;
      }
    }

    // cue verbs with a subject
    let base = CUE_FORMS.get(word);
    if (!base) continue;
    if (base === 'point') {
      if (terms[i + 1]?.normal !== 'out') continue;
      base = 'point out';
    }
    if (base === 'call' && terms[i + 1]?.normal === 'for') base = 'call for';
    if (!looksLikeVerb(terms, i, word)) continue;
    const found = cueCredit(reader, terms, i, base, sentence);
    if (found) (WEAK_CUES.has(base) ? weak : strong).push(found);
  }
  return [...strong, ...weak];
}

/** Verbs of drawing a study's sample: "followed 2,000 patients", "surveyed 1,200 teachers". */
const RESEARCH_VERB_FORMS = new Set(
  ['follow', 'track', 'survey', 'study', 'interview', 'examine', 'analyse', 'analyze', 'monitor', 'recruit', 'question', 'sample', 'assess', 'screen', 'enrol', 'enroll', 'test'].flatMap(inflect),
);
/** Documents that draw a sample: "the study followed …", "the trial enrolled …". */
const RESEARCH_DOCUMENTS = new Set(['study', 'studies', 'survey', 'surveys', 'trial', 'trials', 'research', 'analysis', 'review', 'poll', 'census']);

/**
 * The credit of a study's sample to whoever drew it, when the subject of the research verb
 * at term i is research staff or a study ("Researchers from Leeds followed 2,000 patients",
 * "The trial enrolled 400 children"); anyone else who follows, tracks or tests people is
 * doing what is counted ("Police questioned 12 people").
 */
function researchCredit(terms: Term[], i: number, sentence: Span): Found | null {
  const { j, be } = subjectEnd(terms, i);
  if (j < 0 || be || brokenAfter(terms, j)) return null;
  const first = phraseBackward(terms, j, 0);
  if (first < 0) return null;
  const head = bare(terms[headBeforePreposition(terms, first, j)]);
  if (!RESEARCH_STAFF_NOUNS.has(head) && !RESEARCH_DOCUMENTS.has(head)) return null;
  const source = makeSource(terms, first, j);
  return source ? credit(source, span(terms[first], terms[j]), span(terms[i], terms[i]), clauseOf(terms, i, sentence)) : null;
}

/** Verbs that state odds as an estimate ("give them a 64% chance", "assigned a 30% probability") → base form. */
const ODDS_VERB_FORMS = new Map<string, string>([
  ...['give', 'gives', 'gave', 'giving'].map((w) => [w, 'give'] as const),
  ...['assign', 'assigns', 'assigned', 'assigning'].map((w) => [w, 'assign'] as const),
]);
/** Nouns of odds: what "a 64% chance" estimates. */
const ODDS_NOUNS = new Set(['chance', 'chances', 'probability', 'likelihood', 'odds', 'possibility', 'risk']);

/** Whether odds with a number follow from term `from`, in the same clause: "(give) them a 64% chance", "(gave) it a one-in-five probability". */
function oddsAhead(terms: Term[], from: number): boolean {
  let number = false;
  for (let k = from; k < terms.length && k < from + 7; k++) {
    if (ODDS_NOUNS.has(terms[k].normal)) return number;
    if (has(terms[k], 'Value')) number = true;
    if (brokenAfter(terms, k)) return false;
  }
  return false;
}

/** Whether a cue form is used as a verb here, not as a noun ("11 swing states", "the reports"). */
function looksLikeVerb(terms: Term[], i: number, word: string): boolean {
  const t = terms[i];
  const prev = terms[i - 1];
  const next = terms[i + 1];
  // "more than expected", "as reported": a comparison, not a statement
  if (prev && (prev.normal === 'than' || prev.normal === 'as') && !brokenAfter(terms, i - 1)) return false;
  // "the United States", "Consumer Reports": a capitalised word after a capitalised one is a name
  if (prev && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(prev.text) && !brokenAfter(terms, i - 1)) return false;
  const nounSlot = !!prev && !brokenAfter(terms, i - 1) && !RELATIVES.has(prev.normal) && (has(prev, 'Determiner') || (has(prev, 'Adjective') && !has(prev, 'Noun')) || has(prev, 'Value') || has(prev, 'Possessive') || has(prev, 'Preposition'));
  // "a statement saying 40 people died": compromise reads "saying" before a number as a noun
  if (word.endsWith('ing') && prev && !brokenAfter(terms, i - 1) && (SAYING_NOUNS.has(bare(prev)) || DOCUMENT_NOUNS.has(bare(prev)))) return true;
  if (SURE_VERB_FORMS.has(word)) return !(nounSlot && /s$/.test(word) && !has(prev, 'Value'));
  if (has(t, 'Verb')) return !(nounSlot && /s$/.test(word));
  // compromise calls it a noun, and it is owned: "beating analysts' forecasts", "the agency's estimates"
  if (prev && isPossessive(prev) && !brokenAfter(terms, i - 1)) return false;
  // a cue whose past tense is its bare form, after a name or a pronoun that opens its clause
  // and before the clause's end or "that": "…, Jane Ho forecast.", "…, the IMF forecast.", "she forecast that …"
  if (UNMARKED_PAST.has(word) && prev && !brokenAfter(terms, i - 1) && (!next || brokenAfter(terms, i) || next.normal === 'that')) {
    let k = i - 1;
    if (PRONOUNS.has(prev.normal)) k--;
    else {
      while (k >= 0 && (isName(terms[k]) || /^\p{Lu}/u.test(terms[k].text)) && !isPossessive(terms[k]) && !(k < i - 1 && brokenAfter(terms, k))) k--;
      // ("…, the IMF forecast.")
      if (k >= 0 && k < i - 1 && terms[k].normal === 'the' && !brokenAfter(terms, k)) k--;
    }
    if (k < i - 1 && (k < 0 || brokenAfter(terms, k))) return true;
  }
  // compromise calls it a noun; a noun or pronoun before and a clause after say otherwise
  if (next?.normal === 'that' && prev && !has(prev, 'Determiner') && !isPossessive(prev) && /(s|ed)$/.test(word)) return true;
  // "…, a USA TODAY analysis of campaign reports shows.": a closing cue after a comma clause
  // (also a base form after a plural or a document: "…, council figures show.", "…, official data show.")
  // (and after a document a participle describes: "…, police figures published on Thursday show.")
  if ((!next || brokenAfter(terms, i)) && prev && !nounSlot && (/(s|ed)$/.test(word) || (CUE_FORMS.get(word) === word && (has(prev, 'Plural') || DOCUMENT_NOUNS.has(bare(prev)) || describedDocumentBefore(terms, i)))) && terms.slice(0, i).some((_, k) => brokenAfter(terms, k))) return true;
  const subjectBefore = !!prev && !brokenAfter(terms, i - 1) && (nounLike(prev) || has(prev, 'Pronoun')) && !has(prev, 'Determiner');
  const clauseAfter = !next || next.normal === 'that' || has(next, 'Determiner') || has(next, 'Value') || has(next, 'Pronoun') || brokenAfter(terms, i);
  // "analysts at the bank estimate growth of 3 percent": a plural subject, a base form, an object
  if (subjectBefore && next && !brokenAfter(terms, i) && CUE_FORMS.get(word) === word && (has(next, 'Noun') || has(next, 'Value') || has(next, 'Determiner')) && !has(next, 'Verb') && terms.slice(Math.max(0, i - 6), i).some((x) => has(x, 'Plural'))) return true;
  // "… tax return show he took …": a noun then a subject pronoun is a verb between them
  if (subjectBefore && next && ['he', 'she', 'they', 'we', 'i', 'it'].includes(next.normal)) return true;
  return subjectBefore && clauseAfter && /(s|ed)$/.test(word);
}

/**
 * Whether the clause before term i holds a document described by a participle ("police
 * figures published on Thursday", "data compiled by the council"): the document noun, then
 * the participle, with no punctuation from there to term i.
 */
function describedDocumentBefore(terms: Term[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 10 && !brokenAfter(terms, k); k--) {
    if (DOCUMENT_PARTICIPLES.has(terms[k + 1].normal) && DOCUMENT_NOUNS.has(bare(terms[k]))) return true;
  }
  return false;
}

/** The name after "according to": up to the next punctuation, "that" or a verb after a noun. */
function nameRun(terms: Term[], i: number): number {
  let last = -1;
  for (let k = i; k < terms.length && k < i + 12; k++) {
    const t = terms[k];
    if (RELATIVES.has(t.normal) && k > i) break;
    if (k > i && (has(t, 'Modal') || has(t, 'Copula') || has(t, 'Auxiliary'))) break;
    // "a poll released last week": the source ends before a participle with no author after it
    // ("a study published Wednesday in the Journal of …" goes on to its journal)
    if (k > i && DOCUMENT_PARTICIPLES.has(t.normal) && !brokenAfter(terms, k - 1) && !/^(?:by|from)$/.test(terms[k + 1]?.normal ?? '') && !publishedIn(terms, k)) break;
    last = k;
    if (brokenAfter(terms, k)) break;
  }
  return last;
}

/** "published (Wednesday) in (the) <Name>": a participle whose next words name where it appeared. */
function publishedIn(terms: Term[], k: number): boolean {
  for (let m = k + 1; m <= k + 3 && m < terms.length && !brokenAfter(terms, m - 1); m++) {
    if (terms[m].normal !== 'in') continue;
    const name = terms[m + 1]?.normal === 'the' ? terms[m + 2] : terms[m + 1];
    return !!name && /^\p{Lu}/u.test(name.text);
  }
  return false;
}

/** "data compiled by X", "a report from X", "a Gallup poll", "the ministry's report",
 * "Labor Department jobs data", "its forecast". */
function documentCredit(terms: Term[], i: number, whole: Span): Found | null {
  const t = terms[i];
  const n = terms.length;
  const word = bare(t);
  let k = i + 1;
  // "taking his tally to 17 goals", "raised the count to 40": the figure a count reaches is
  // what it counts, not what a document reports (a forecast cut "to 2%" is still a forecast)
  if ((word === 'tally' || word === 'count') && terms[k]?.normal === 'to' && !brokenAfter(terms, i) && terms[k + 1] && has(terms[k + 1], 'Value')) return null;
  if (terms[k] && DOCUMENT_PARTICIPLES.has(terms[k].normal)) {
    k++;
    // ("figures published on Thursday by the JCQ": a time between the participle and "by")
    let g = k;
    while (g < n && g < k + 3 && !brokenAfter(terms, g - 1) && (has(terms[g], 'Date') || (/^(?:on|last|this|earlier)$/.test(terms[g].normal) && has(terms[g + 1], 'Date')))) g++;
    if (g > k && terms[g]?.normal === 'by') k = g;
  }
  if (terms[k] && (terms[k].normal === 'by' || terms[k].normal === 'from') && !brokenAfter(terms, k - 1)) {
    const last = phraseForward(terms, k + 1, n);
    // (a name, or a body named by its office: "data compiled by the ministry")
    const source = last >= 0 && terms.slice(k + 1, last + 1).some((x) => isName(x) || MEASURING_BODIES.has(bare(x))) ? makeSource(terms, k + 1, last) : null;
    if (source) return credit(source, span(terms[k + 1], terms[last]), span(t, terms[k]), whole);
  }
  // "a study published in the Lancet", "a study of 2,000 adults published on Wednesday in the
  // journal Brain Health": the journal that published it names it
  const journal = journalAfter(terms, i + 1);
  if (journal) return credit(journal.source, span(terms[journal.first], terms[journal.last]), span(t, terms[journal.first - 1]), whole);
  // "… was linked to a 20% lower risk of dementia in a study of 62,000 adults": the study the
  // clause reports from, named no better (its author after "by" is taken above)
  // (the head of its phrase: not "in the review period")
  const modifier = !!terms[i + 1] && !brokenAfter(terms, i) && has(terms[i + 1], 'Noun') && !has(terms[i + 1], 'Value');
  if (i > 1 && !modifier && RESEARCH_DOCUMENTS.has(word) && /^(?:a|an|the|this|one)$/.test(terms[i - 1].normal) && terms[i - 2].normal === 'in' && !brokenAfter(terms, i - 2) && !brokenAfter(terms, i - 1)) {
    const source = makeSource(terms, i - 1, i);
    if (source) return credit(source, span(terms[i - 1], t), span(terms[i - 2], t), whole);
  }
  // back over modifiers ("opinion", "growth", "latest") to a name or a possessive
  let j = i - 1;
  let steps = 0;
  while (j >= 0 && steps < 3 && !brokenAfter(terms, j) && !isName(terms[j]) && !isPossessive(terms[j]) && (has(terms[j], 'Adjective') || has(terms[j], 'Noun') || has(terms[j], 'Value')) && !has(terms[j], 'Determiner')) {
    j--;
    steps++;
  }
  if (j < 0 || brokenAfter(terms, j)) return null;
  const owner = terms[j];
  if (CALENDAR.test(owner.normal)) return null; // "a June report"
  if (POSSESSIVE_PRONOUNS.has(owner.normal)) {
    if (AUTHORED_ONLY.has(word)) return null;
    // "its forecast", "their survey": the pronoun's referent
    const source = makeSource(terms, j, j);
    if (!source) return null;
    return credit(source, span(owner, owner), span(t, t), whole);
  }
  if (!isName(owner) && !(isPossessive(owner) && /^[A-Z]/.test(owner.text))) return null;
  let first = j;
  while (first > 0 && !brokenAfter(terms, first - 1) && (isName(terms[first - 1]) || (first - 1 > 0 && /^[A-Z]/.test(terms[first - 1].text))) && !OPENING_PREPOSITIONS.has(terms[first - 1].normal)) first--;
  if (first === 0 && j === 0 && has(owner, 'Determiner')) return null;
  const source = makeSource(terms, first, j);
  if (!source) return null;
  // the possessive ending is dropped from the source text once the source is linked
  source.possessive = true;
  void word;
  return credit(source, span(terms[first], owner), span(t, t), whole);
}

/**
 * The journal named after a document's "published (…) in", within a few words of the
 * document and with nothing between but its scope and a time ("of 2,000 adults", "on
 * Wednesday", "online"): the name's source and where it lies, or null.
 */
function journalAfter(terms: Term[], from: number): { source: Recipe; first: number; last: number } | null {
  for (let k = from; k < terms.length && k < from + 8; k++) {
    if (brokenAfter(terms, k - 1) && k > from) return null;
    if (!/^(?:published|appeared|appears|reported)$/.test(terms[k].normal)) continue;
    let m = k + 1;
    while (m < terms.length && m <= k + 4 && terms[m].normal !== 'in' && !brokenAfter(terms, m - 1)) m++;
    if (terms[m]?.normal !== 'in' || brokenAfter(terms, m - 1) || brokenAfter(terms, m)) return null;
    const first = m + 1;
    const last = phraseForward(terms, first, terms.length);
    if (last < 0 || !terms.slice(first, last + 1).some((x) => isName(x) && !has(x, 'Date'))) return null;
    const source = makeSource(terms, first, last);
    return source ? { source, first, last } : null;
  }
  return null;
}

/** Possessives and determiners that open a source after "per": "per the ministry", "per its filing". */
const PER_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/**
 * "per" (or "as per") before a source: "per the Election Commission", "as per government
 * data", "per Reuters", "per the ministry". Never a rate's "per": not after a number ("3 per
 * 1,000", "6.8 per cent", "$15 per hour"), and not before a bare noun ("per capita", "per
 * household", "per share"), only before a name, a document ("government data", "official
 * figures") or a determined body ("the ministry"); a plan or an agreement ("per the
 * McKinley plan", "as per the contract") is what the figure follows, not who gave it.
 */
function perCredit(terms: Term[], i: number, whole: Span): Found | null {
  const prev = terms[i - 1];
  if (prev && !brokenAfter(terms, i - 1) && (has(prev, 'Value') || has(prev, 'Money') || has(prev, 'Percent'))) return null;
  if (brokenAfter(terms, i)) return null;
  const from = i + 1;
  const last = phraseForward(terms, from, terms.length);
  if (last < 0) return null;
  const head = headBeforePreposition(terms, from, last);
  const headWord = bare(terms[head]);
  // (a named head: "per the McKinley plan" is the plan's terms, not a source)
  const named = isName(terms[head]) || /^\p{Lu}/u.test(terms[head].text);
  const determined = PER_OPENERS.has(terms[from].normal) || isPossessive(terms[from]);
  const document = DOCUMENT_NOUNS.has(headWord) && !AUTHORED_ONLY.has(headWord) && (determined || has(terms[head], 'Plural') || headWord === 'data' || headWord === 'research');
  const body = determined && head > from && MEASURING_BODIES.has(headWord);
  if (!named && !document && !body) return null;
  const source = makeSource(terms, from, last);
  if (!source) return null;
  return credit(source, span(terms[from], terms[last]), span(terms[i], terms[i]), whole);
}

/** Participles that, after a noun and before "to be" or "to have", hedge without a source ("a fee believed to be …"). */
const HEDGING_PARTICIPLES = new Set(['believed', 'thought', 'understood', 'said', 'reported', 'rumoured', 'rumored', 'estimated', 'alleged', 'reckoned', 'feared', 'claimed', 'supposed', 'known']);

/** Participles of setting an amount, which credit their agent: "a penalty imposed by …", "a grant awarded by …". */
const SETTING_PARTICIPLES = new Set(['imposed', 'levied', 'ordered', 'awarded', 'approved', 'granted', 'allocated']);

/** Whether a number qualifies the noun before term i: "a record $100 million penalty (imposed)". */
function valueBefore(terms: Term[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (has(terms[k], 'Value')) return true;
    if (brokenAfter(terms, k) || has(terms[k], 'Verb') || has(terms[k], 'Preposition')) return false;
  }
  return false;
}

/** "Lund's (repeated) claim that …", "his comment about …": the owner, crediting the rest of the sentence. */
function ownedStatement(terms: Term[], i: number, sentence: Span): Found | null {
  let j = i - 1;
  while (j >= 0 && j > i - 3 && !brokenAfter(terms, j) && !isPossessive(terms[j]) && (has(terms[j], 'Adjective') || has(terms[j], 'Adverb') || has(terms[j], 'PastTense'))) j--;
  if (j < 0 || brokenAfter(terms, j) || !isPossessive(terms[j])) return null;
  let first = j;
  if (!POSSESSIVE_PRONOUNS.has(terms[j].normal)) {
    while (first > 0 && !brokenAfter(terms, first - 1) && isName(terms[first - 1]) && !OPENING_PREPOSITIONS.has(terms[first - 1].normal)) first--;
  }
  const source = makeSource(terms, first, j);
  if (!source) return null;
  source.possessive = true;
  if (POSSESSIVE_PRONOUNS.has(terms[j].normal)) {
    // "his comment": the person the pronoun stands for
    source.link = 'pronoun';
    source.personal = terms[j].normal === 'his' || terms[j].normal === 'her';
  }
  return credit(source, span(terms[first], terms[j]), span(terms[i], terms[i]), { start: terms[i].start, end: sentence.end });
}

/** Prepositions after which a gerund cue is the main clause's subject's: "after warning that …". */
const GERUND_PREPOSITIONS = new Set(['after', 'before', 'while', 'when', 'since', 'despite', 'by']);

/** Nouns a participle cue can hang from: "a statement saying …". */
const SAYING_NOUNS = new Set(['statement', 'release', 'letter', 'memo', 'post', 'tweet', 'message', 'email', 'filing', 'notice', 'announcement', 'speech', 'interview']);

/** The comma-delimited clause around term i; the whole sentence when it is an opener
 * ("Under the ministry's plan, …"). */
function clauseOf(terms: Term[], i: number, sentence: Span): Span {
  let a = i;
  while (a > 0 && !brokenAfter(terms, a - 1)) a--;
  let b = i;
  while (b < terms.length - 1 && !brokenAfter(terms, b)) b++;
  // ", from $8.8 billion": the earlier level of the same change belongs to the clause
  while (b < terms.length - 1 && terms[b + 1].normal === 'from' && has(terms[b + 2], 'Value')) {
    b++;
    while (b < terms.length - 1 && !brokenAfter(terms, b)) b++;
  }
  if (a === 0 && (has(terms[0], 'Preposition') || OPENING_PREPOSITIONS.has(terms[0].normal))) return { start: sentence.start, end: sentence.end };
  return { start: a === 0 ? sentence.start : terms[a].start, end: b === terms.length - 1 ? sentence.end : terms[b].end };
}

/** Source phrases that open with a participle, which may describe the noun before them: "reported by", "cited by". */
const PARTICIPLE_PHRASES = new Set(['reported', 'cited']);

/**
 * What a participle set off by a comma after a noun phrase covers (term i is the
 * participle): the aside itself and the noun phrase it describes, not the clause that
 * phrase is the subject of. "The fire, reported by neighbours at 2am, destroyed 30 homes":
 * the neighbours reported the fire, not the 30 homes; "The crowd, estimated by police at
 * 15,000, …": the police estimated the crowd. Null when no comma comes before the
 * participle, or when the aside runs to the sentence's end and `closing` is false (a
 * closing "…, reported by the Herald." may speak for the whole sentence).
 */
function asideScope(terms: Term[], i: number, sentence: Span, closing: boolean): Span | null {
  if (i === 0 || !/,\s*$/.test(terms[i - 1].post)) return null;
  const clause = clauseOf(terms, i, sentence);
  if (!closing && clause.end >= sentence.end) return null;
  const first = phraseBackward(terms, i - 1, 0);
  return { start: first >= 0 ? terms[first].start : clause.start, end: clause.end };
}

const OPENING_PREPOSITIONS = new Set(['under', 'in', 'per', 'by', 'from', 'with', 'at', 'on', 'for', 'according']);
const CALENDAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
const isPossessive = (t: Term): boolean => has(t, 'Possessive') || /['’]s$/.test(t.text) || POSSESSIVE_PRONOUNS.has(t.normal);

/** The subject of the sentence's main clause, for "… and found" or "…, saying". */
function sentenceSubject(terms: Term[], limit: number): { source: Recipe; from: number; to: number } | null {
  let i = 0;
  // skip an opening adverbial: "On Tuesday, the ministry …"
  if (has(terms[0], 'Preposition') || has(terms[0], 'Adverb')) {
    for (let k = 0; k < limit; k++) {
      if (brokenAfter(terms, k)) {
        i = k + 1;
        break;
      }
    }
  }
  // ("Campaign group Railfuture welcomed …": a noun opening the sentence that compromise took for an imperative)
  const imperative = i === 0 && /^\p{Lu}/u.test(terms[0].text) && has(terms[0], 'Infinitive') && !CUE_FORMS.has(bare(terms[0])) && !brokenAfter(terms, 0) && !!terms[1] && nounLike(terms[1]);
  const last = phraseForward(terms, imperative ? 1 : i, limit);
  if (last < 0) return null;
  if (last === i && (terms[i].normal === 'it' || terms[i].normal === 'there')) return null;
  const source = makeSource(terms, i, last) ?? (imperative ? makeSource(terms, 1, last) : null);
  return source ? namedAfter(terms, { source, from: i, to: last }) : null;
}

/**
 * An unnamed source that the sentence names in apposition right after it is that name:
 * "A White House spokesman, Daniel Cho, said …" credits Daniel Cho.
 */
function namedAfter(terms: Term[], subject: { source: Recipe; from: number; to: number }): { source: Recipe; from: number; to: number } {
  const { source, to } = subject;
  if (source.link !== 'unnamed' || !brokenAfter(terms, to) || !/^,\s*$/.test(terms[to].post)) return subject;
  let m = to + 1;
  while (m < terms.length && isName(terms[m]) && !brokenAfter(terms, m)) m++;
  if (m >= terms.length || m === to + 1 || !isName(terms[m]) || !/^,\s*$/.test(terms[m].post)) return subject;
  const named = makeSource(terms, to + 1, m);
  return named ? { source: named, from: to + 1, to: m } : subject;
}

/** Skips back from the cue over adverbs, auxiliaries and time words to the subject's last word. */
function subjectEnd(terms: Term[], i: number): { j: number; be: boolean } {
  let j = i - 1;
  let be = false;
  while (j >= 0 && !brokenAfter(terms, j)) {
    const w = terms[j].normal;
    if (BE_FORMS.has(w)) {
      be = true;
      j--;
      continue;
    }
    if (BETWEEN_SUBJECT_AND_CUE.has(w) || (has(terms[j], 'Adverb') && !has(terms[j], 'Noun')) || has(terms[j], 'Auxiliary') || has(terms[j], 'Modal') || has(terms[j], 'Negative')) {
      j--;
      continue;
    }
    break;
  }
  return { j, be };
}

function cueCredit(reader: Reader, terms: Term[], i: number, base: string, sentence: Span): Found | null {
  const t = terms[i];
  const n = terms.length;
  const multi = base === 'point out' || base === 'call for' ? 1 : 0;
  const cue = span(t, terms[i + multi]);
  const after = i + 1 + multi;
  const next = terms[after];
  const word = bare(t);
  const whole: Span = { start: sentence.start, end: sentence.end };
  const gerund = word.endsWith('ing');
  const { j, be } = subjectEnd(terms, i);
  // "did not tell regulators", "never said": a cue denied states nothing (but "did not deny" does)
  if (base !== 'deny' && terms.slice(j + 1, i).some((w) => w.normal === 'not' || w.normal === 'never' || /n['’]t$/.test(w.normal))) return null;
  // "offered" credits only a commitment ("offered to pay $5 million"): "the plans your state offers" state nothing
  if (base === 'offer' && !(next?.normal === 'to' && figureAhead(terms, after + 1))) return null;

  // passive: "was estimated", "is expected"; a source only with "by X"
  if (be && !gerund) {
    if (next && next.normal === 'by') {
      const last = phraseForward(terms, after + 1, n);
      const source = last >= 0 ? makeSource(terms, after + 1, last) : null;
      if (source) return credit(source, span(terms[after + 1], terms[last]), cue, whole);
    }
    // "jurors were told", "the tribunal was told that …": the hearing is the source
    if (base === 'tell' && j >= 0 && HEARING_BODIES.has(bare(terms[j]))) {
      const first = phraseBackward(terms, j, 0);
      const source = first >= 0 ? makeSource(terms, first, j) : null;
      if (source) return credit(source, span(terms[first], terms[j]), cue, whole);
    }
    return null;
  }

  // a reduced passive after a noun: "a fee believed to be around £8 million", "a sum said to
  // have reached $2 billion": whoever believes or says it goes unnamed
  // (or whoever comes after "by": "a fee believed by agents to be …")
  const prev = terms[i - 1];
  if (HEDGING_PARTICIPLES.has(t.normal) && prev && !brokenAfter(terms, i - 1) && nounLike(prev) && !isName(prev) && !PRONOUNS.has(prev.normal)) {
    if (next?.normal === 'to' && /^(?:be|have)$/.test(terms[after + 1]?.normal ?? '')) return null;
    if (next?.normal === 'by' && !brokenAfter(terms, i)) {
      const last = phraseForward(terms, after + 1, n);
      const source = last >= 0 && terms[last + 1]?.normal === 'to' ? makeSource(terms, after + 1, last) : null;
      return source ? credit(source, span(terms[after + 1], terms[last]), cue, whole) : null;
    }
  }

  // a reduced passive in apposition: "The crowd, estimated by police at 15,000, …" credits
  // the agent with what the apposition says
  if (!gerund && has(t, 'PastTense') && next?.normal === 'by' && !brokenAfter(terms, i) && i > 0 && brokenAfter(terms, i - 1)) {
    const last = phraseForward(terms, after + 1, n);
    const source = last >= 0 ? makeSource(terms, after + 1, last) : null;
    if (!source) return null;
    const aside = asideScope(terms, i, sentence, true);
    return aside ? { ...credit(source, span(terms[after + 1], terms[last]), cue, aside), aside: true } : credit(source, span(terms[after + 1], terms[last]), cue, clauseOf(terms, i, sentence));
  }

  if (WEAK_CUES.has(base)) {
    // "the agency put the toll at 300", "the ministry pegged the cost at $5 million"
    if (!terms.slice(after, after + 5).some((x) => x.normal === 'at')) return null;
  }
  // ("proposed hiring 120 aides": a gerund is an object too)
  if (INTENT_CUES.has(base) && !(next && (next.normal === 'to' || has(next, 'Determiner') || has(next, 'Value') || has(next, 'Noun') || has(next, 'Gerund')))) return null;

  const punctuatedBefore = i === 0 || brokenAfter(terms, i - 1);
  const clauseAfter = !next || brokenAfter(terms, i + multi) || next.normal === 'that' || /^[“"‘«]/.test(next.pre) || clauseFollows(terms, after);
  // "Ode called half of the members “cowards”": what one calls a thing is a statement about it
  const naming = (base === 'call' || base === 'describe') && terms.slice(after + 1, after + 8).some((x) => /^[“"‘«]/.test(x.pre));

  // "to find", "to show": an infinitive states nothing
  if (terms[i - 1]?.normal === 'to' && !brokenAfter(terms, i - 1)) return null;
  // "Hartley have conceded 27 goals", "the utility warned 5,000 customers": a figure that is
  // the cue's own object counts what the subject did; only a verb of reporting, committing
  // or measuring states a figure that way
  const accused = (base === 'accuse' || base === 'charge') && !!next && accusedOf(terms, after);
  // "Parking charges in the town centre will rise": an accusation has its accused or a clause
  // after it, never a preposition ("charges in", "charges for" are fees)
  if ((base === 'accuse' || base === 'charge') && has(next, 'Preposition') && next?.normal !== 'that') return null;
  const object = next && !brokenAfter(terms, i + multi) && !naming && !accused ? figureObject(terms, after) : null;
  // ("The bank admitted 40 cases of fraud": an admission states the figure; "admitted 40
  // patients" lets people in, and "admitted 14 counts of fraud" is a plea, both things done)
  if (object && (ADMISSION_CUES.has(base) ? admitsDeed(terms, after) : !FIGURE_OBJECT_CUES.has(base))) return null;
  // "…, saying 300 people died", "a statement saying …": the subject is the main clause's
  if (gerund && !be) {
    if (INTENT_CUES.has(base)) return null;
    // "…, rating agency CRISIL said": a gerund before a noun names a kind of body ("rating
    // agency", "polling firm"), the subject of the cue that follows it
    if (nounAfterGerund(next) && !brokenAfter(terms, i)) {
      const last = phraseForward(terms, after, n);
      const verb = terms[last + 1];
      if (last >= 0 && verb && !brokenAfter(terms, last) && CUE_FORMS.has(bare(verb)) && looksLikeVerb(terms, last + 1, bare(verb))) return null;
    }
    const prev = terms[i - 1];
    // (or after a preposition of time or manner: "… will raise tax after warning that …",
    // "… by admitting that …": the main clause's subject warned, as after a comma)
    if (!punctuatedBefore && !(prev && (SAYING_NOUNS.has(bare(prev)) || DOCUMENT_NOUNS.has(bare(prev)) || GERUND_PREPOSITIONS.has(prev.normal)))) return null;
    const subject = sentenceSubject(terms, i);
    // (words of a quotation that opens the sentence are no subject: "“…,” she said, adding
    // that …" goes on with the speaker's cue)
    if (!subject || inQuote(reader.quoted, terms[subject.from])) return null;
    // (", citing weak demand": only someone who could say so gives a reason; "freight volumes" do not)
    if (base === 'cite' && !canMeasure(reader, terms, subject.from, subject.to)) return null;
    return credit(subject.source, span(terms[subject.from], terms[subject.to]), cue, { start: terms[subject.from].start, end: sentence.end });
  }

  // inverted: "…, said Kim." / "…, said the ministry's spokesman." / "…, said rating agency CRISIL."
  // (a gerund before a noun opens the phrase: "rating agency", "polling firm")
  const kindOfBody = !!next && has(next, 'Gerund') && !brokenAfter(terms, after) && nounAfterGerund(terms[after + 1]);
  if (punctuatedBefore && next && !PRONOUNS.has(next.normal) && next.normal !== 'that' && !brokenAfter(terms, i) && (isName(next) || has(next, 'Determiner') || has(next, 'Noun') || kindOfBody)) {
    const last = kindOfBody ? phraseForward(terms, after + 1, n) : phraseForward(terms, after, n);
    const beyond = terms[last + 1];
    // ("…, told governors that …": whom a cue tells, then its content, is no inverted subject)
    // ("The group, which represents the operators, said the offer on the table was …": a
    // phrase that a clause's verb follows is that clause's subject, not the cue's)
    const endsClause = last >= 0 && (!beyond || brokenAfter(terms, last) || (has(beyond, 'Preposition') && beyond.normal !== 'that' && !clauseFollows(terms, last + 1)) || has(beyond, 'Date') || has(beyond, 'Adverb'));
    const source = endsClause ? makeSource(terms, after, last) : null;
    if (source) return credit(source, span(next, terms[last]), cue, { start: sentence.start, end: terms[last].end });
  }
  // "said he" in older style (a subject pronoun: "…, called it “…”" is the cue's object)
  if (punctuatedBefore && next && PRONOUNS.has(next.normal) && INVERTED_PRONOUNS.test(next.normal) && (after + 1 >= n || brokenAfter(terms, after))) {
    const source = makeSource(terms, after, after);
    if (source) return credit(source, span(next, next), cue, { start: sentence.start, end: next.end });
  }

  // "the company added 300 jobs" is an object, not a statement; documents still credit a
  // plain object ("the study found 300 deaths", "the agency estimated 3% growth")
  // a promise or a pledge whose object is the figure itself is the promiser's figure
  // ("Varga promised $15 million in aid"); "pledged to ban …" is no statement of one
  const promisedFigure = INTENT_CUES.has(base) && has(next, 'Value');
  // so is a figure one commits to ("agreed to lend the town $5 million", "pledged to spend
  // $2 billion"), and a figure in an accusation is the accuser's ("prosecutors charged Ode
  // with stealing $2 million", "accused the firm of hiding $40 million")
  const committed = COMMITMENT_CUES.has(base) && next?.normal === 'to' && figureAhead(terms, after + 1);
  if (CLAUSE_ONLY_CUES.has(base) && !clauseAfter && !OBJECT_CUES_FOR_SOURCES.has(base) && !promisedFigure && !committed && !accused && !naming) return null;
  // what a body issues is a count of its own ("issued 14 flood warnings"), when that is the
  // object: "issued an appeal after 40 cars were damaged" credits nothing
  if (base === 'issue' && !countIsObject(terms, after)) return null;

  if (j < 0) return null;
  let subject: { source: Recipe; from: number; to: number } | null = null;
  /** Where a sum the subject's clause qualifies starts: "the $20 million (that) experts say it costs". */
  let qualified = -1;
  let named: number | null;
  if ((terms[j].normal === 'and' || terms[j].normal === 'but') && !brokenAfter(terms, j)) {
    // "… combed through the filings and found …", "welcomed the changes but warned that …": the sentence's subject
    subject = sentenceSubject(terms, j);
    if (subject) return credit(subject.source, span(terms[subject.from], terms[subject.to]), cue, whole);
    return null;
  }
  if (brokenAfter(terms, j) && j === i - 1) {
    // "Kim, the party leader, said" / "officials, speaking on condition of anonymity, said"
    subject = parentheticalSubject(terms, j);
  } else if (RELATIVES.has(terms[j].normal)) {
    // "Kim, who leads the party, said" / "the returns that showed …"
    const k = j - 1;
    if (k >= 0) {
      const first = phraseBackward(terms, k, 0);
      const source = first >= 0 ? makeSource(terms, first, k) : null;
      if (source) subject = { source, from: first, to: k };
    }
    if (subject) return credit(subject.source, span(terms[subject.from], terms[subject.to]), cue, { start: terms[j].start, end: sentence.end });
    return null;
  } else if ((named = reader.mentionStartAt(terms[j])) !== null && !(phraseBackward(terms, j, 0) >= 0 && terms[phraseBackward(terms, j, 0)].start < named)) {
    // the subject is a name the entity stage found, however compromise tagged its words
    // (a longer phrase around it, "analysts at Goldman Sachs", is read below instead)
    let first = j;
    while (first > 0 && terms[first - 1].end > named) first--;
    const source = makeSource(terms, first, j);
    if (source) subject = { source, from: first, to: j };
  } else {
    let first = phraseBackward(terms, j, 0);
    // "the $20 million experts say it costs": a sum before the subject is what its clause is about
    for (let k = j - 1; first >= 0 && k >= first; k--) {
      if (!has(terms[k], 'Value')) continue;
      let g = k;
      while (g > first && has(terms[g - 1], 'Value')) g--;
      if (!has(terms[k + 1], 'Preposition') && terms.slice(g, k + 1).some((x) => has(x, 'Money') || has(x, 'Percent'))) {
        qualified = g;
        first = k + 1;
      }
      break;
    }
    let source = first >= 0 ? makeSource(terms, first, j) : null;
    // "… on Tuesday by a group of researchers": retry after each preposition
    for (let k = first; !source && k >= 0 && k < j; k++) {
      if (has(terms[k], 'Preposition')) {
        source = makeSource(terms, k + 1, j);
        if (source) first = k + 1;
      }
    }
    const before = terms[first - 1];
    // "Polling averages show", "leaked documents … show": a participle modifies the subject
    // ("Court documents show", "Police records show": so does a noun opening the sentence that compromise took for a verb)
    const openingNoun = !!before && first - 1 === 0 && /^\p{Lu}/u.test(before.text) && has(terms[first], 'Plural') && DOCUMENT_NOUNS.has(bare(terms[j]));
    // ("Campaign group Railfuture warned": a noun opening the sentence that compromise took for an imperative)
    const openingImperative = !!before && first - 1 === 0 && /^\p{Lu}/u.test(before.text) && has(before, 'Infinitive') && !CUE_FORMS.has(bare(before)) && !brokenAfter(terms, 0);
    const modifier = !!before && (has(before, 'Gerund') || has(before, 'PastTense') || openingNoun || openingImperative) && (first - 1 === 0 || brokenAfter(terms, first - 2) || has(terms[first - 2], 'Preposition') || has(terms[first - 2], 'Determiner'));
    // ("Officials monitoring the talks said": the people before the participle whose object the phrase is)
    const speakers = !!before && has(before, 'Gerund') && first - 2 >= 0 && !brokenAfter(terms, first - 2) && !brokenAfter(terms, first - 1) && !isName(terms[first - 2]) && (personNoun(terms[first - 2]) || has(terms[first - 2], 'Plural')) ? phraseBackward(terms, first - 2, 0) : -1;
    const people = speakers >= 0 ? makeSource(terms, speakers, first - 2) : null;
    if (source && people) {
      subject = { source: people, from: speakers, to: first - 2 };
    } else if (source && modifier) {
      subject = { source: makeSource(terms, first - 1, j) ?? source, from: first - 1, to: j };
    } else if (source && !(before && has(before, 'Verb') && !brokenAfter(terms, first - 1) && !has(before, 'Adjective') && !CUE_FORMS.has(bare(before)))) {
      subject = { source, from: first, to: j };
    } else {
      // "Residents living near the plant said": the phrase found took in "near", which the
      // tagger read as an adjective; the participle before it modifies the people before that
      const people = source && PLACE_LINKS.test(terms[first].normal) && !has(terms[first], 'Preposition') ? participleSubject(terms, { source, from: first + 1, to: j }) : null;
      subject = people && people.from < first ? people : clauseOpeningSubject(terms, j);
    }
  }
  if (!subject) return null;
  subject = participleSubject(terms, subject);
  // (a person measures readings, a body counts things: "Callan recorded 11 albums" are Callan's own)
  if (MEASURE_CUES.has(base) && !(object === 'count' ? countsThings(terms, subject.from, subject.to) : canMeasure(reader, terms, subject.from, subject.to))) return null;
  const from = terms[subject.from];
  const subjectSpan = span(from, terms[subject.to]);
  // where the content lies: after a pre-posed "the ministry said", before a post-posed
  // "…, the ministry said."
  // ("said on Thursday that …", "said in a statement that …": the content follows the phrase)
  // ("…, Kim told reporters.", "…, Kim told the BBC on Tuesday.": the one told is no content)
  // (a hyphenated date word before a noun is a compound, no time: "said season-ticket sales rose")
  // ("…, the bureau said last month.": the tagger may read "last" as a verb)
  const dated =
    (has(next, 'Date') && !(has(next, 'Hyphenated') && !brokenAfter(terms, after) && nounLike(terms[after + 1]) && !has(terms[after + 1], 'Date'))) ||
    (/^(?:last|next|this|earlier)$/.test(next?.normal ?? '') && !brokenAfter(terms, after) && has(terms[after + 1], 'Date'));
  const trailing = !next || brokenAfter(terms, i + multi) || (((has(next, 'Preposition') && !hedgesNumber(terms, after)) || dated) && !thatAhead(terms, after)) || (has(next, 'Adverb') && !clauseFollows(terms, after)) || (base === 'tell' && toldClosing(terms, after));
  // post-posed: the cue's clause follows a comma and holds nothing but subject and cue
  let clauseStart = subject.from;
  while (clauseStart > 0 && !brokenAfter(terms, clauseStart - 1)) clauseStart--;
  // (", yet Ode brags about …" and ", and the club said …" open a clause of their own: no cue after its content)
  const postPosed = trailing && clauseStart > 0 && !CONTRASTS.has(terms[clauseStart].normal) && terms[clauseStart].normal !== 'and' && !terms.slice(clauseStart, i).some((x) => has(x, 'Modal') || has(x, 'Copula') || RELATIVES.has(x.normal));
  if (postPosed) {
    // "…, Kim said, adding …" and "…, the agency said, and those …" go on with the same
    // source; "…, Kim said, compared with …" does not
    let k = i + multi;
    while (k < terms.length - 1 && !brokenAfter(terms, k)) k++;
    const then = terms[k + 1];
    // (so does one after no more than an opening adverbial: "Nationally, the ONS said, 40% of
    // homes …" is the ONS's to the end)
    const opener = then && !terms.slice(0, clauseStart).some((x) => has(x, 'Verb') || has(x, 'Value'));
    const resumes = then && ((has(then, 'Verb') && !has(then, 'Participle') && !has(then, 'PastTense')) || then.normal === 'and' || opener);
    return credit(subject.source, subjectSpan, cue, resumes ? whole : { start: sentence.start, end: cue.end });
  }
  // "Acme, which employs 3,000 people, said …": what a relative clause says of the subject is the article's
  const aside = RELATIVES.has(terms[subject.to + 1]?.normal ?? '') && brokenAfter(terms, subject.to) && brokenAfter(terms, i - 1);
  return credit(subject.source, subjectSpan, cue, { start: aside ? t.start : qualified >= 0 ? terms[qualified].start : from.start, end: contentEnd(terms, after, sentence) });
}

const PLACE_LINKS = /^(?:in|at|near|on|from|outside|inside|across|around|for|with)$/;

/** Whether the preposition at k hedges a figure ("said about 30% of homes …", "at least 300", "up to 1,000"), not a phrase of its own ("said about the plan"). */
function hedgesNumber(terms: Term[], k: number): boolean {
  let n = k;
  while (n < terms.length && n < k + 4 && FIGURE_HEDGES.has(terms[n].normal) && !has(terms[n], 'Value') && !brokenAfter(terms, n)) n++;
  return n > k && !!terms[n] && has(terms[n], 'Value') && !has(terms[n], 'Date');
}

/**
 * "A passenger stranded in Oban said …", "residents living near the plant said …": when the
 * subject found is the object of a participle after a person noun, the person is the subject.
 */
function participleSubject(terms: Term[], subject: { source: Recipe; from: number; to: number }): { source: Recipe; from: number; to: number } {
  // "Residents fearing eviction said": the phrase is the object of a participle right after
  // the people who speak
  const q = subject.from - 1;
  const gerund = terms[q];
  if (q >= 1 && has(gerund, 'Gerund') && !brokenAfter(terms, q) && !brokenAfter(terms, q - 1)) {
    const head = terms[q - 1];
    const first = phraseBackward(terms, q - 1, 0);
    if (first >= 0 && !isName(head) && (personNoun(head) || has(head, 'Plural'))) {
      const source = makeSource(terms, first, q - 1);
      if (source) return { source, from: first, to: q - 1 };
    }
  }
  const p = subject.from - 2;
  const link = terms[p + 1];
  const participle = terms[p];
  // ("near" is often tagged an adjective)
  // (not "figures compiled by the Harbour Authority show": the agent is the author)
  if (p < 1 || link.normal === 'by' || !(has(link, 'Preposition') || PLACE_LINKS.test(link.normal)) || brokenAfter(terms, p) || brokenAfter(terms, p + 1) || brokenAfter(terms, p - 1)) return subject;
  const past = participle.normal === 'born' || (has(participle, 'Verb') && (has(participle, 'PastTense') || /ing$/.test(participle.normal)));
  if (!past || CUE_FORMS.has(bare(participle))) return subject;
  const head = terms[p - 1];
  // ("a study published in the Lancet found": where a document appeared stands for its author, as after "according to")
  if (DOCUMENT_NOUNS.has(bare(head)) && DOCUMENT_PARTICIPLES.has(participle.normal) && link.normal === 'in' && terms.slice(subject.from, subject.to + 1).some(isName)) return subject;
  const first = phraseBackward(terms, p - 1, 0);
  if (first < 0 || isName(head) || !(personNoun(head) || has(head, 'Plural') || /^(?:a|an|the|one|another)$/.test(terms[first].normal))) return subject;
  const source = makeSource(terms, first, p - 1);
  return source ? { source, from: first, to: p - 1 } : subject;
}

/** Pronouns that may follow their cue as its subject: "…, said he." */
const INVERTED_PRONOUNS = /^(?:he|she|they|we|i)$/;

/** Pronouns that are told something: "…, she told him." */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/**
 * Whether the words from term `from` after "told" are only whom it was told, closing the
 * clause: "(told) reporters.", "(told) the BBC on Tuesday.", "(told) Reuters in an
 * interview", "(told) him." — not "(told) reporters the plan would cost …".
 */
function toldClosing(terms: Term[], from: number): boolean {
  const t = terms[from];
  if (!t || t.normal === 'that') return false;
  const last = OBJECT_PRONOUNS.has(t.normal) ? from : phraseForward(terms, from, terms.length);
  if (last < 0) return false;
  const beyond = terms[last + 1];
  return !beyond || brokenAfter(terms, last) || ((has(beyond, 'Preposition') || has(beyond, 'Date')) && !thatAhead(terms, last + 2));
}

/** Whether a word after a gerund makes a noun of it ("rating agency", "polling firm", however compromise tags "firm"), not an object ("rating it", "rating the plan"). */
function nounAfterGerund(t: Term | undefined): boolean {
  return !!t && (nounLike(t) || (has(t, 'Adjective') && !has(t, 'Verb'))) && !has(t, 'Determiner') && !has(t, 'Pronoun') && !has(t, 'Value') && !PRONOUNS.has(t.normal);
}

/** Cues of commitment: with "to", the figure that follows is the one who commits ("agreed to pay $5 million"). */
const COMMITMENT_CUES = new Set(['promise', 'vow', 'pledge', 'agree', 'offer']);

/** Whether a number comes within the next few words of term i, before any punctuation. */
/** Whether the object starting at terms[i] is a count: "14 warnings", "a further 300 fines", "more than 2,000 permits". */
function countIsObject(terms: Term[], i: number): boolean {
  let k = i;
  while (k < terms.length && k < i + 4 && !has(terms[k], 'Value') && /^(?:a|an|another|further|more|than|over|about|around|nearly|almost|some|just|under|fewer|less|at|least)$/.test(terms[k].normal)) k++;
  return k < terms.length && has(terms[k], 'Value');
}

function figureAhead(terms: Term[], i: number): boolean {
  for (let k = i; k < terms.length && k < i + 8; k++) {
    if (has(terms[k], 'Value')) return true;
    if (brokenAfter(terms, k)) return false;
  }
  return false;
}

/** "(charged) Ode with …", "(accused) the firm of …", "(charged) two men, Ode and Lem, with …": the accused, then "with" or "of". */
function accusedOf(terms: Term[], i: number): boolean {
  for (let k = i + 1; k < terms.length && k < i + 10; k++) {
    if (brokenAfter(terms, k - 1) && !/^,\s*$/.test(terms[k - 1].post)) return false;
    if (terms[k].normal === 'with' || terms[k].normal === 'of') return true;
    if (has(terms[k], 'Verb') || has(terms[k], 'Preposition')) return false;
  }
  return false;
}

const CONTRASTS = new Set(['but', 'although', 'though', 'yet', 'where', 'while', 'whereas']);
/** Of those, the ones that open a contrasting clause without a comma before them ("… but
 * joblessness rose"); "while" and "where" without one may be part of what was said ("said
 * it would hold rates while inflation stays high"). */
const UNPUNCTUATED_CONTRASTS = new Set(['but', 'although', 'though', 'whereas']);
/** Contrasts that juxtapose rather than object: inside a reported "that" clause they go on with it. */
const JUXTAPOSING = new Set(['while', 'whereas']);

/** Where a pre-posed cue's content ends: at "; " or at ", but …"/", while …"/", whereas …"
 * with a new subject ("…, but Mrs. Clinton would leave it at 35 percent", "said it would
 * respond, while joblessness rose to 7%"); a shared subject (", but would eventually add
 * …") continues the content, and so does a contrast that opens it ("said that, while costs
 * rose 5%, revenue grew 3%"). A "that" clause runs over semicolons: they separate the
 * items of what was reported ("reported that Apple holds …; Nike holds …"). */
function contentEnd(terms: Term[], from: number, sentence: Span): number {
  const series = terms[from]?.normal === 'that';
  for (let k = from; k < terms.length - 1; k++) {
    if (!series && /;/.test(terms[k].post)) return terms[k].end;
    if (k === from && series) continue;
    const word = terms[k + 1].normal;
    // (in a "that" clause, ", while …" sets two parts of the finding side by side: "estimates
    // that the top 1 percent would pay more, while the lower 95 percent would not")
    if (series && JUXTAPOSING.has(word)) continue;
    if (brokenAfter(terms, k) ? CONTRASTS.has(word) : UNPUNCTUATED_CONTRASTS.has(word)) {
      const then = terms[k + 2];
      if (then && !has(then, 'Verb') && !has(then, 'Modal') && !has(then, 'Adverb')) return terms[k].end;
    }
  }
  return sentence.end;
}

/** The subject of a clause that opens the sentence or follows a comma, when the words
 * before the cue are few and start like a noun phrase: "all the experts I interviewed said". */
function clauseOpeningSubject(terms: Term[], j: number): { source: Recipe; from: number; to: number } | null {
  let start = j;
  while (start > 0 && !brokenAfter(terms, start - 1)) start--;
  const next = terms[j + 1];
  const cueEnds = !terms[j + 2] || brokenAfter(terms, j + 1);
  if (j - start > (cueEnds && start > 0 ? 10 : 6)) return null;
  if (start > 0 && cueEnds && (j - start < 5 || has(terms[start], 'Determiner')) && next && !terms.slice(start, j + 1).some((t) => has(t, 'Modal') || has(t, 'Copula') || RELATIVES.has(t.normal))) {
    // "…, one slide says.": a short subject between a comma and a closing cue
    const source = makeSource(terms, start, j);
    if (source) return { source, from: start, to: j };
  }
  if (j - start < 3 && (has(terms[start], 'Determiner') || has(terms[start], 'Adjective') || nounLike(terms[start])) && !terms.slice(start, j + 1).some((t) => has(t, 'Modal') || has(t, 'Copula') || RELATIVES.has(t.normal))) {
    // "Another slide shows", "Independent analyses agree", however compromise tagged the noun
    const source = makeSource(terms, start, j);
    if (source) return { source, from: start, to: j };
  }
  // "…, police figures published on Thursday show": a document a participle describes (its
  // author after "by": "figures published by the police on Thursday show")
  for (let k = start; k < j && k < start + 4 && !brokenAfter(terms, k); k++) {
    if (!DOCUMENT_NOUNS.has(bare(terms[k])) || !DOCUMENT_PARTICIPLES.has(terms[k + 1].normal)) continue;
    // ("a study published in the Lancet found": where it appeared stands for its author, as after "according to")
    const by = terms[k + 2]?.normal === 'by' || (terms[k + 2]?.normal === 'in' && publishedIn(terms, k + 1));
    const author = by && k + 3 <= j ? phraseForward(terms, k + 3, j + 1) : -1;
    const named = author >= 0 && (terms[k + 2].normal === 'by' || terms.slice(k + 3, author + 1).some(isName)) ? makeSource(terms, k + 3, author) : null;
    if (named) return { source: named, from: k + 3, to: author };
    if (author >= 0 && terms[k + 2].normal === 'by') return null;
    const source = makeSource(terms, start, k);
    if (source) return { source, from: start, to: k };
    break;
  }
  const last = phraseForward(terms, start, j + 1);
  if (last < 0) return null;
  // between subject and cue: nothing, adverbs, or a reduced relative ("the experts I interviewed")
  const between = terms.slice(last + 1, j + 1);
  const fits = between.length === 0 || PRONOUNS.has(between[0].normal) || (has(between[0], 'PastTense') && !CUE_FORMS.has(bare(between[0]))) || between.every((t) => BETWEEN_SUBJECT_AND_CUE.has(t.normal) || has(t, 'Adverb') || has(t, 'Auxiliary') || has(t, 'Modal'));
  if (!fits) return null;
  const source = makeSource(terms, start, last);
  return source ? { source, from: start, to: last } : null;
}

function parentheticalSubject(terms: Term[], j: number): { source: Recipe; from: number; to: number } | null {
  // the parenthetical ends at term j; find where it opens and the subject before it
  let k = j - 1;
  while (k >= 0 && !brokenAfter(terms, k)) k--;
  if (k < 0) {
    // "Officials speaking on condition of anonymity, said": no opening comma
    return null;
  }
  // "The trust, which runs hospitals in Liverpool, Warrington and St Helens, said": a
  // relative clause's own commas (a list) are inside the aside; the subject is before "which"
  for (let m = k; m > 0 && j - m <= 30; m--) {
    if (/[;:—–“”"(]/.test(terms[m].post) || /[“”"(]/.test(terms[m].pre)) break;
    if (RELATIVES.has(terms[m].normal) && terms[m].normal !== 'that' && /^,\s*$/.test(terms[m - 1].post)) {
      k = m - 1;
      break;
    }
  }
  let first = phraseBackward(terms, k, 0);
  // "Ravi Patel, 52, a father of three, said", "Mr Patel, 52, from Leicester, said": an age
  // between commas is a second aside; the subject stands before it
  if (first === k && first > 0 && apposedAge(terms[k]) && brokenAfter(terms, k - 1) && /^,\s*$/.test(terms[k - 1].post)) {
    k--;
    first = phraseBackward(terms, k, 0);
  }
  if (first < 0) return null;
  // "The study, published in the Lancet, found …", "The survey, commissioned by Acme, found
  // …": a document whose aside names where it appeared or who made it is theirs
  // (or whose aside opens on its maker: "The study, by researchers at King's College London, found")
  if (DOCUMENT_NOUNS.has(bare(terms[k])) && (DOCUMENT_PARTICIPLES.has(terms[k + 1]?.normal ?? '') || terms[k + 1]?.normal === 'by')) {
    for (let m = k + 1; m < j && m <= k + 4; m++) {
      if (!/^(?:by|in)$/.test(terms[m].normal)) continue;
      const last = phraseForward(terms, m + 1, j + 1);
      const author = last >= 0 && terms.slice(m + 1, last + 1).some(isName) ? makeSource(terms, m + 1, last) : null;
      if (author) return { source: author, from: m + 1, to: last };
      break;
    }
  }
  // "The Housing Secretary, Michael Gove, told …", "The company, Acme Foods, said …": what
  // the subject is, then its name
  const title = terms[first].normal === 'the' && first < k;
  if (title && j > k + 1 && terms.slice(k + 1, j + 1).every((t, n) => isName(t) && /^\p{Lu}/u.test(t.text) && (k + 1 + n === j || !brokenAfter(terms, k + 1 + n)))) {
    const holder = makeSource(terms, k + 1, j);
    if (holder) return { source: holder, from: k + 1, to: j };
  }
  const source = makeSource(terms, first, k);
  return source ? namedAfter(terms, { source, from: first, to: k }) : null;
}

/** A bare whole number a life can reach, as an age in apposition is written: "(Patel,) 52(,)". */
function apposedAge(t: Term): boolean {
  return has(t, 'Value') && /^\d{1,3}$/.test(t.text) && Number(t.text) <= 120;
}

// ---------------------------------------------------------------------------------------
// The author of a document the article named: "the report" after "a report by X"

interface AuthorPatterns {
  /** The noun itself (the question a remembered credit asks carries it). */
  noun: RegExp;
  /** Before the author: "a report by (the)", "a study commissioned by", "a survey from". */
  by: RegExp;
  /** After the author: "'s annual report". */
  owned: RegExp;
  /** After an author that qualifies the noun: "(a Lakeview University) annual survey". */
  modifier: RegExp;
  /** After the author: " on Monday released a report", " published its annual survey". */
  released: RegExp;
  /** Every mention of the noun, singular or plural. */
  any: RegExp;
}

/** The end of the text before a name that is the object of a preposition ("critics of (the) X"). */
const AFTER_PREPOSITION = /\b(?:of|for|to|at|in|on|with|against|about|by|from|over|into)\s+(?:the\s+)?$/i;
/** The text before a name that qualifies a document: "a (Lakeview University study)". */
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+$/i;
/** The text before an indefinite mention of a document ("a study", "another new report"): a document of its own. */
const INDEFINITE_BEFORE = /\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}$/i;

const AUTHOR_PATTERNS = new Map<string, AuthorPatterns>();

/** The patterns that find the author of a document noun ("report", "study"), made once per noun. */
export function authorPatterns(noun: string): AuthorPatterns {
  let patterns = AUTHOR_PATTERNS.get(noun);
  if (!patterns) {
    const nouns = `${noun}s?`;
    patterns = {
      noun: new RegExp(noun),
      // ("a study published Wednesday in the Journal of …": where it appeared stands for its author)
      // ("The study, published in the Lancet, …": an aside between commas too)
      // ("In a statement, Irish Sea Lines said …": the document named before its author speaks)
      by: new RegExp(`\\b${nouns},?\\s+(?:[\\w-]+\\s+){0,2}?(?:by|from|published\\s+(?:[\\w-]+\\s+){0,3}?in)\\s+(?:the\\s+)?$|(?<=\\bin\\s+(?:a|an|its|their|the)\\s+(?:[\\w-]+\\s+){0,2}?)${nouns},\\s+(?:the\\s+)?$`, 'i'),
      owned: new RegExp(`^['’]s?\\s+(?:[\\w-]+\\s+){0,3}?${nouns}\\b`, 'i'),
      modifier: new RegExp(`^\\s+(?:[\\w-]+\\s+)?${nouns}\\b`, 'i'),
      released: new RegExp(
        `^,?\\s+(?:[\\w-]+\\s+){0,3}?(?:released|publishe[sd]|issue[sd]|commissioned|produced|compiled|conducted|filed|sent|wrote|posted|put out|releases|said\\s+(?:[\\w-]+\\s+){0,3}?in)\\s+(?:a|an|its|their|his|her|the)\\s+(?:[\\w-]+\\s+){0,3}?${nouns}\\b`,
        'i',
      ),
      any: new RegExp(`\\b${nouns}\\b`, 'gi'),
    };
    AUTHOR_PATTERNS.set(noun, patterns);
  }
  return patterns;
}

/** How far back the author of a document is looked for: mentions, and characters. */
const AUTHOR_MENTIONS = 15;
const AUTHOR_REACH = 1500;

/**
 * The author of the document a definite noun at `offset` refers to ("the report said",
 * "the study found"): the nearest earlier mention named as the author of that noun ("a
 * report by X", "a study from X", "X's report", "a X study", "X released a report"), within a few
 * paragraphs, unless the article mentioned another such document since without naming its
 * author ("A second study found …": "the study" is then that one). The index of the
 * mention in `starts`/`ends` (every mention, sorted by start), or -1. `quoted` says whether
 * a position lies inside a quotation (words there are someone's, not the article's).
 * Shared by the speakers of quotes (attribution) and the sources of figures and claims
 * (credits); reads only the text within reach before `offset`.
 */
export function documentAuthor(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, offset: number, noun: string, quoted: (pos: number) => boolean): number {
  const patterns = authorPatterns(noun);
  const lo = firstAtOrAfter(starts, offset);
  for (let i = lo - 1; i >= 0 && lo - i <= AUTHOR_MENTIONS && offset - starts[i] < AUTHOR_REACH; i--) {
    const start = starts[i];
    const end = ends[i];
    if (end > offset || quoted(start)) continue;
    const from = Math.max(0, start - 60);
    const before = text.slice(from, start);
    const by = patterns.by.exec(before);
    // where the document this author wrote is named: before the name, or after it
    let named = -1;
    if (by) {
      named = from + by.index;
    } else {
      const after = text.slice(end, Math.min(offset, end + 80));
      // (the one who released it is the subject: not "critics of X wrote a letter")
      const owned = patterns.owned.exec(after) ?? (ARTICLE_BEFORE.test(before) ? patterns.modifier.exec(after) : null) ?? (AFTER_PREPOSITION.test(before) ? null : patterns.released.exec(after));
      if (owned) named = end + owned.index + owned[0].length;
    }
    if (named >= 0) return unnamedSince(text, patterns.any, named, offset, quoted) ? -1 : i;
  }
  return -1;
}

/** Whether an unquoted, indefinite mention of the document noun ("a second study") lies in text[from, to): another document than the named one. */
function unnamedSince(text: string, any: RegExp, from: number, to: number, quoted: (pos: number) => boolean): boolean {
  const between = text.slice(from, to);
  any.lastIndex = 0;
  for (let m = any.exec(between); m; m = any.exec(between)) {
    if (m.index === 0) continue;
    const at = from + m.index;
    if (!quoted(at) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}
