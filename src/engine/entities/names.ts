// Finding names in one sentence: runs of capitalised words ("Kim Jong Un", "Bank of
// England"), cut where a title ends ("Secretary of State | John Kerry"), with the local
// evidence for each type (organisation suffixes, the place list, titles, compromise's own
// tags and name candidates). Typing is settled later for the whole document, so this file
// only gathers evidence.

import { ownString } from '../ownString';
import type { EntityType } from '../model';
import { ANONYMOUS_SOURCE_NOUNS, HUMAN_VERB_FORMS, PERSON_NOUNS, personNoun } from '../lexicon';
import { isDictionaryWord } from '../dictionary';
import { isCommonWord, lexiconKind, lexiconTags } from '../nlp';
import type { Candidate, Term } from '../tagging';
import { runToEnd } from '../slicing';
import { appositive } from './descriptors';
import {
  BODY_NOUNS,
  COMPANY_HOLDINGS,
  COMPANY_MODIFIED,
  COMPANY_POSSESSIONS,
  EVENT_ENDINGS,
  FIRMS_NAMED_LIKE_PEOPLE,
  HOLIDAYS,
  INSTITUTIONS,
  KNOWN_ORGANIZATIONS,
  LANDMARKS,
  LAWMAKERS,
  COMMON_ABBREVIATIONS,
  HONOURS,
  PORTFOLIOS,
  COMPASS,
  DEMONYMS,
  NAME_ABBREVIATIONS,
  NAME_CONNECTORS,
  OBJECT_VERBS,
  ORG_HEADS_OF,
  ORG_SUFFIXES,
  PERSON_TITLES,
  PLACE_HEADS_OF,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  PLACES,
  RESULTS,
  RESULT_VERBS,
  ROLE_NOUNS,
  ROLE_NOUN_ENDINGS,
  STRONG_TITLES,
  TEAM_ENDINGS,
  TITLE_MODIFIERS,
  SHORT_RANKS,
  WORKFORCE,
  normalizeName,
} from './lexicon';

/**
 * Evidence for each type, indexed person, place, organisation; then two parts of it kept
 * apart: how much of the person evidence is only the name's look (compromise's name tags
 * and candidates, a given name, an initial), and how much organisation evidence is what the
 * sentence says the name does (it has shares, analysts work at it).
 */
export type Scores = [number, number, number, number, number, number, number];
export const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
export const PERSON = 0;
export const PLACE = 1;
export const ORG = 2;
/** Person evidence from the name's look alone. */
export const SHAPE = 3;
/** Organisation evidence from what is said about the name (companyEvidence). */
export const FIRM = 4;
/** Mentions where a place's name acts as its sports club (it beats, draws, heads a results row). */
export const TEAM = 5;
/** Mentions where the name is where something happens ("in Leeds"). */
export const WHERE = 6;
/** A fresh, empty Scores. */
export function noScores(): Scores {
  return [0, 0, 0, 0, 0, 0, 0];
}

export interface NameSpan {
  sentence: number;
  /** Term indexes of the name within its sentence, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** normalizeName(text) */
  key: string;
  words: string[];
  scores: Scores;
  /** Offsets of a title written before the name ("Sen.", "Secretary of State"), if any. */
  title: { first: number; start: number; end: number } | null;
  /** Found in an all-capitals or title-case line, by matching names known elsewhere. */
  headline: boolean;
  /** Written as a modifier of the next word ("Trojan horse", "Pirelli shares"). */
  modifier: boolean;
  /**
   * What the sentence says the name is (entities/descriptors.ts), worked out when first
   * needed. It reads only the sentence, so the object is shared by every copy of the span
   * made for a later analysis of the same sentence text (entities/memo.ts).
   */
  notes: NameNotes;
}

export interface NameNotes {
  /** The title or role written before the name, once looked for. */
  before?: string | null;
  /** The appositive after the name, read for a person and for any other type. */
  appositive?: string | null;
  personAppositive?: string | null;
  /** The descriptors above in lower case, once needed: what makes a descriptor a repeat. */
  beforeLower?: string;
  appositiveLower?: string;
  personAppositiveLower?: string;
}

const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Modal', 'Copula', 'Auxiliary'];
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Acronym', 'Country', 'City', 'Region'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
/** Words after which one capitalised word is where something happens ("in Helena", "near Mareno"). */
const WHERE_CUES = new Set(['in', 'near', 'neighboring', 'neighbouring', 'outside']);
/** Words before "in" that take a person or a company, not a place ("faith in Lunova", "believe in Ana"). */
const IN_SOMEONE = new Set([
  'believe', 'believes', 'believed', 'believing', 'faith', 'confidence', 'trust', 'interest', 'stake', 'stakes', 'shares',
  'invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'role', 'hand', 'part',
]);
/** What runs between two places: "the Harrowgate to Kessford line". */
const ROUTE_NOUNS = new Set(['line', 'lines', 'route', 'routes', 'road', 'railway', 'rail', 'railroad', 'service', 'services', 'flight', 'flights', 'motorway', 'highway', 'link', 'corridor', 'ferry', 'crossing', 'pipeline', 'train', 'trains', 'bus', 'buses', 'journey', 'trip', 'leg', 'stage', 'section', 'stretch']);

const PLACE_CUES = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'throughout', 'outside', 'inside', 'visit', 'visited']);
/** Prepositions of place before "X and Y", where both are places (not "to", "from": "lent to Acme and Vantor"). */
const COORDINATED_PLACE_CUES = new Set(['in', 'at', 'near', 'across', 'throughout', 'between']);
/** What only a place has, before "of" and its name: "the population of Kessford", "the east of Kessford". */
const PLACE_PARTS = new Set(['population', 'east', 'west', 'north', 'south', 'centre', 'center', 'outskirts', 'streets', 'residents', 'inhabitants', 'heart', 'suburbs', 'rest', 'mainland']);
/**
 * Whether terms[i] is in the heading row of a Markdown table: a cell ("| … |") of a row whose
 * next line is the row of dashes under the headings ("|---|---|").
 */
function inTableHeading(terms: readonly Term[], i: number): boolean {
  if (i === 0 || !terms[i - 1].text.startsWith('|')) return false;
  for (let k = i; k < terms.length && k < i + 60; k++) {
    if (/\n/.test(terms[k].text) || /\n/.test(terms[k].post)) return /^\|?\s*:?-{3,}/.test(terms[k + 1]?.text ?? '');
  }
  return false;
}

/** Last words of a street's name, after which a comma and a town make an address. */
const STREET_ENDINGS = new Set(['street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'way', 'drive', 'close', 'crescent', 'terrace', 'place', 'square', 'gardens', 'grove', 'row', 'walk', 'court', 'mews', 'hill', 'parade', 'boulevard']);

/** Trades a business is described by that the tagging lexicon may not list ("Tech giant Lunova", "Fintech firm Klarvo"). */
const SECTORS = new Set(['tech', 'fintech', 'biotech', 'medtech', 'edtech', 'telecoms', 'pharma', 'crypto', 'chip', 'chipmaking', 'mining', 'retail', 'fashion', 'defence', 'defense', 'aerospace', 'auto', 'betting', 'gaming', 'tobacco', 'logistics', 'shipping', 'media', 'software', 'energy', 'oil', 'gas', 'steel', 'drinks', 'food', 'property', 'travel', 'insurance']);
/** Labels a newsroom puts before a headline ("Obituary: …", "Analysis | …"), a closed class. */
const STORY_LABELS = new Set(['obituary', 'obituaries', 'opinion', 'analysis', 'comment', 'explainer', 'review', 'interview', 'profile', 'factbox', 'timeline', 'exclusive', 'breaking', 'update', 'editorial', 'letters', 'briefing', 'correction', 'clarification', 'live', 'feature', 'investigation']);
/** Words of a station's name before the region it serves ("BBC Radio Kent"). */
const BROADCAST_WORDS = new Set(['radio', 'television', 'tv', 'news']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const SETTLEMENTS = new Set(['town', 'city', 'village', 'province', 'region', 'state', 'district', 'port', 'capital', 'island', 'county', 'suburb', 'municipality', 'republic', 'kingdom', 'towns', 'cities', 'villages', 'islands', 'counties', 'suburbs']);
const MATCH_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'edged', 'thrashed', 'routed', 'crushed', 'downed', 'outplayed', 'v', 'vs', 'versus', 'drew', 'tied']);
const SPEECH_CUES = new Set(['said', 'says', 'told', 'added', 'tells', 'asked', 'wrote']);
const TITLE_OF_WORDS = new Set(['affairs', 'staff', 'state', 'defense', 'defence', 'justice', 'health', 'education']);

const UPPER = /^\p{Lu}/u;
/** Letters, marks, digits and the punctuation names carry ("O'Neill", "U.S.", "AT&T"). */
const NAME_WORD = /^\p{L}[\p{L}\p{M}\p{N}'’.&-]*$/u;
/** Particles that mean "of" in a name ("Banco de Chile", "Santiago de Cuba"). */
const OF_PARTICLES = new Set(['de', 'del', 'da', 'do', 'du', 'des', 'di', 'della']);
const PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y']);
/** Words before the given name of a storm ("Hurricane Milton", "Storm Ciarán", "Tropical Storm Ana"). */
const STORMS = new Set(['hurricane', 'storm', 'typhoon', 'cyclone']);
const POSSESSIVE = /['’]s$/i;

/**
 * Counts the terms a stage has walked and says when it is time to pause (yield), so that
 * a time-sliced caller can interrupt even the walk through one huge sentence.
 */
export class Pace {
  private done = 0;

  constructor(private readonly step: number) {}

  /** Records `terms` more terms walked; true once a step's worth has gone by. */
  walked(terms: number): boolean {
    this.done += terms;
    if (this.done < this.step) return false;
    this.done = 0;
    return true;
  }
}

export function hasTag(t: Term, tags: readonly string[]): boolean {
  for (const tag of tags) if (t.tags.has(tag)) return true;
  // ("Sheffield: 30 new services": compromise reads a name before a colon as an interjection,
  // losing what its lexicon says of the word)
  if (t.tags.has('Expression') && /^\p{Lu}/u.test(t.text)) {
    const lexicon = lexiconTags(t.normal);
    if (lexicon) for (const tag of tags) if (lexicon.includes(tag)) return true;
  }
  return false;
}

/** The word without a possessive ending ("Kim’s" → "Kim"). */
export function nameEnd(t: Term): number {
  return POSSESSIVE.test(t.text) && t.text.length > 2 ? t.end - 2 : t.end;
}

/**
 * word() of the texts of terms lately read, by the text (it depends on nothing else). Keyed
 * by text, not by term, it stays as small as the vocabulary: a table keyed by each of a
 * runaway sentence's million terms grew in one piece of a third of a second. Emptied when
 * full, so it stays bounded.
 */
const words = new Map<string, string>();
const MAX_WORDS = 50_000;

function word(t: Term): string {
  let w = words.get(t.text);
  if (w === undefined) {
    if (words.size >= MAX_WORDS) words.clear();
    w = normalizeName(t.text.replace(POSSESSIVE, ''));
    words.set(t.text, w);
  }
  return w;
}

function isCapitalised(t: Term): boolean {
  return UPPER.test(t.text);
}

function isAllCaps(t: Term): boolean {
  const letters = t.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Dotted initials and abbreviations whose full stop belongs to the name ("J.", "Inc.", "Sen."). */
function keepsDot(t: Term): boolean {
  const w = word(t);
  return /^\p{Lu}$/u.test(t.text) || NAME_ABBREVIATIONS.has(w) || PERSON_TITLES.has(w) || t.text.includes('.');
}

/**
 * Whether terms[m] is a nickname in quotation marks inside a person's name: one capitalised
 * word quoted between a given name and a surname (Walter “Wally” Brennan, Kieran 'Chopper'
 * Mensah).
 */
function nicknameAt(terms: readonly Term[], m: number): boolean {
  const t = terms[m];
  const p = terms[m - 1];
  const n = terms[m + 1];
  if (!t || !p || !n || !hasTag(p, ['FirstName']) || !isCapitalised(t) || !isCapitalised(n)) return false;
  return /^[ \t]+$/.test(p.post) && /^["“‘']$/.test(t.pre) && /^["”’'][ \t]+$/.test(t.post) && !n.pre;
}

/** Forms of "be" and its like, whatever the tagger makes of them ("The idea was Kim's"). */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained', 'became', 'seemed']);
/** Verbs after "'s" that make it "has" or "is", not a company's name: "Kim's been", "Kim's got". */
const CONTRACTED_AFTER = new Set(['been', 'got', 'gone', 'had', 'done', 'not', 'going', 'getting']);

/**
 * A name written as a possessive that stands as a name of its own, as shops and firms are
 * named ("McDonald's said", "Moody's downgraded the bonds", "at Sainsbury's, prices…",
 * "Macy's and Dillard's"): the possessive owns nothing after it. Followed by a verb, by
 * punctuation or the end of the sentence, or by "and"/"or" and another name; not after "of"
 * or a copula ("a friend of Kim's", "the idea was Kim's"), nor "'s" for "has" or "is"
 * ("Kim's been", "Kim's not").
 */
function standsAsName(terms: readonly Term[], i: number, j: number): boolean {
  const t = terms[j];
  if (!POSSESSIVE.test(t.text) || t.text.length <= 3) return false;
  if (i > 0 && (terms[i - 1].normal === 'of' || hasTag(terms[i - 1], ['Copula']) || COPULAS.has(terms[i - 1].normal))) return false;
  // compromise may read the "'s" as "is", with an empty verb term after the word
  let k = j + 1;
  let gap = t.post;
  while (k < terms.length && !terms[k].text) gap += terms[k++].post;
  if (k >= terms.length || /[,;:.!?)]/.test(gap + terms[k].pre)) return true;
  if (/\S/.test(gap)) return false;
  const next = terms[k];
  if (next.normal === 'and' || next.normal === 'or') return k + 1 < terms.length && isCapitalised(terms[k + 1]);
  if (!next.tags.has('Verb') || CONTRACTED_AFTER.has(next.normal)) return false;
  return !hasTag(next, ['Gerund', 'Auxiliary', 'Modal', 'Copula', 'Adjective', 'Noun']) && hasTag(next, ['PastTense', 'PresentTense']);
}

/** True when the punctuation after `t` ends a name. */
function breaksAfter(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  if (nicknameAt(terms, k) || nicknameAt(terms, k + 1)) return false;
  // "King's College London", "St. Mary's Hospital": a possessive inside an institution's name
  // and "United Nations Children's Fund", "People's Party": a common noun's possessive before an organisation's last word
  if (POSSESSIVE.test(t.text)) {
    if (k + 1 >= terms.length || !/^[ \t]+$/.test(t.post) || !isCapitalised(terms[k + 1])) return true;
    const next = word(terms[k + 1]);
    if (INSTITUTION_HEADS.has(next) || (ORG_SUFFIXES.has(next) && isCommonWord(word(t)))) return false;
    // "Leon County Sheriff's Office", "the Governor's Office": an office named for whoever holds it
    if (next === 'office' && PERSON_TITLES.has(word(t).replace(/['’]s$/, ''))) return false;
    // "Alzheimer's Research UK", "Parkinson's UK": a disease named after a person opens the
    // name of the body that works on it
    if (DISEASE_EPONYMS.has(word(t).replace(/['’]s$/, ''))) return false;
    // "the Alzheimer's Society", "the Prince's Trust": "the" does not open a name's possessive
    // ("Britain's Labour Party", "Acme's Board"), so the possessive is inside the body's name
    if (ORG_SUFFIXES.has(next) && k > 0 && terms[k - 1].normal === 'the' && /^[ \t]+$/.test(terms[k - 1].post) && (k + 2 >= terms.length || !/^\p{Ll}/u.test(terms[k + 2].text) || !terms[k + 2].tags.has('Noun')))
      return false;
    if (possessiveInPlaceName(terms, k)) return false;
    // "St. Luke's Medical Center": a saint's possessive before a run that ends like an institution
    if (k === 0 || !/^(?:st|saint)$/.test(word(terms[k - 1]))) return true;
    for (let m = k + 1; m < terms.length && m <= k + 3 && isCapitalised(terms[m]); m++) {
      const w = word(terms[m]);
      if (INSTITUTION_HEADS.has(w) || ORG_SUFFIXES.has(w)) return false;
      if (!/^[ \t]+$/.test(terms[m].post)) break;
    }
    return true;
  }
  // "Farmers' Alliance", "Veterans' Association": a plural's possessive the same way
  // (also any plural before a run that ends like a body of members: "Pensioners' Union",
  // "Readers' Association", "Veterans' Affairs Committee")
  if (/s$/.test(t.text) && /^['’][ \t]+$/.test(t.post) && k + 1 < terms.length && isCapitalised(terms[k + 1])) {
    const next = word(terms[k + 1]);
    if (INSTITUTION_HEADS.has(next) || (ORG_SUFFIXES.has(next) && isCommonWord(word(t)))) return false;
    for (let m = k + 1; m < terms.length && m <= k + 3 && isCapitalised(terms[m]); m++) {
      if (MEMBERS_BODIES.has(word(terms[m]))) return false;
      if (!/^[ \t]+$/.test(terms[m].post)) break;
    }
  }
  // compromise keeps an opening bracket or quote as the next word's `pre`
  const post = t.post + (k + 1 < terms.length ? terms[k + 1].pre : '');
  if (!post || /^[ \t]+$/.test(post)) return false;
  if (/^\.[ \t]+$/.test(post)) return !keepsDot(t);
  if (post === '-' || post === '–') return false;
  return true;
}

/**
 * "in Cox's Bazar", "at King's Lynn", "COX'S BAZAR, Bangladesh —": a possessive inside a
 * place's name of two words, after a preposition of place or opening a dateline. Not a place's
 * possessive ("in Britain's Midlands", "in China's Xinjiang": a place the lexicon knows) nor an
 * organisation's ("at Acme's Leeds plant").
 */
function possessiveInPlaceName(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  const next = terms[k + 1];
  const owner = word(t).replace(/['’]s$/, '');
  if (!next || PLACES.has(owner) || hasTag(t, PLACE_TAGS) || t.tags.has('Organization')) return false;
  const after = terms[k + 2];
  const ends = !after || /[,;:.!?)]/.test(next.post) || (/^[ \t]+$/.test(next.post) && /^\p{Ll}/u.test(after.text));
  // (not "at Acme's Leeds plant": a place after a possessive is its own name)
  if (!ends || PLACES.has(word(next)) || next.tags.has('Country') || next.tags.has('City') || ORG_SUFFIXES.has(word(next))) return false;
  const opens = k === 0 || /\n\s*$/.test(terms[k - 1].post);
  if (opens) return isAllCaps(t) && isAllCaps(next) && /^,\s*$/.test(next.post) && !!after && isCapitalised(after);
  return /^(?:in|at|near|from|to|outside|around)$/.test(terms[k - 1].normal);
}

/**
 * A line written in capitals or title case ("RAIN STOPS PLAY", "Kim Visits Beijing"), where
 * capitals say nothing about names.
 */
export function* isHeadline(terms: readonly Term[], pace: Pace): Generator<void, boolean> {
  let words = 0;
  let caps = 0;
  let upper = 0;
  let longWords = 0;
  for (const t of terms) {
    if (pace.walked(1)) yield;
    if (!/\p{L}{2}/u.test(t.text)) continue;
    // only a line of capitals throughout needs the count, so stop testing at the first exception
    if (upper === words && isAllCaps(t)) upper++;
    words++;
    if (t.text.length >= 4 && isCapitalised(t)) caps++;
    if (/\p{L}{4}/u.test(t.text)) longWords++;
  }
  if (words === 0) return false;
  if (upper === words && (words >= 2 || terms.length === 1 || !hasTag(terms[0], ['Acronym']))) return true;
  // title case: every long word capitalised, and some of them ordinary words ("Says",
  // "Museum"), where a list of names has none. Counted in the paced loop above, so a
  // runaway sentence that is no title is not filtered again in one piece
  if (longWords < 3 || caps !== longWords) return false;
  const long = terms.filter((t) => /\p{L}{4}/u.test(t.text));
  // ordinary words that end an institution's name ("on the New York Stock Exchange") are
  // the name's, and say nothing about the line
  const named = institutionWords(terms);
  const plain = named.size ? long.filter((t) => !named.has(t)) : long;
  const ordinary = plain.filter((t) => t.tags.has('Verb') && !hasTag(t, ['Gerund', ...NAME_TAGS])).length +
    plain.filter((t) => lexiconKind(word(t)) === 'common').length;
  const commas = terms.filter((t) => t.post.includes(',') || t.text === ',').length;
  return ordinary >= 2 && commas < 2 && !resultLine(terms);
}

/**
 * "Ashgate City 1-2 Harrow Town", "Ashgate City 1 Harrow Town 2": a match's result, whose
 * capitals are its teams' names, not a headline's.
 */
function resultLine(terms: readonly Term[]): boolean {
  const named = (k: number) => k >= 0 && k < terms.length && isCapitalised(terms[k]);
  let scores = 0;
  for (let k = 1; k < terms.length; k++) {
    const t = terms[k];
    if (/^\d{1,2}-\d{1,2}$/.test(t.text) && named(k - 1)) {
      // (compromise may split the range into empty terms after it)
      let m = k + 1;
      while (m < terms.length && !terms[m].text) m++;
      if (named(m)) return true;
    }
    if (isScore(t) && named(k - 1) && (named(k + 1) || k === terms.length - 1)) scores++;
  }
  return scores >= 2;
}

/** The words of runs of capitalised words that end like an organisation ("Stock Exchange"). */
function institutionWords(terms: readonly Term[]): Set<Term> {
  const named = new Set<Term>();
  let first = 0;
  for (let k = 0; k < terms.length; k++) {
    if (!isCapitalised(terms[k])) {
      first = k + 1;
      continue;
    }
    if (k > first && ORG_SUFFIXES.has(word(terms[k]))) for (let m = first; m <= k; m++) named.add(terms[m]);
    if (breaksAfter(terms, k)) first = k + 1;
  }
  return named;
}

/** What the rest of the document says about a word's capitals (built before chunking). */
export interface CaseStats {
  /** Words seen capitalised away from the start of a sentence. */
  capitalised: Set<string>;
  /** Words seen in lower case. */
  lower: Set<string>;
}

/**
 * What chunking may ask about the document's capitals: CaseStats itself, or a stand-in that
 * records the questions (so a sentence's names can be reused while the answers hold).
 */
export interface CaseLookup {
  capitalised: { has(w: string): boolean };
  lower: { has(w: string): boolean };
}

/** One sentence's share of the CaseStats: its words seen capitalised mid-sentence, and in lower case. */
export function* caseWords(terms: readonly Term[], pace: Pace): Generator<void, { capitalised: string[]; lower: string[] }> {
  const capitalised: string[] = [];
  const lower: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (pace.walked(1)) yield;
    const t = terms[i];
    if (!/^\p{L}/u.test(t.text)) continue;
    if (isCapitalised(t)) {
      // "Police" in "West Yorkshire Police" says nothing about "Police said" opening a sentence
      // (a club's ending is its short name, though: "Bristol Rovers … Rovers are third")
      const suffixOfName = i > 0 && ORG_SUFFIXES.has(word(t)) && !TEAM_ENDINGS.has(word(t)) && isCapitalised(terms[i - 1]) && !breaksAfter(terms, i - 1);
      if (i > 0 && !opensSentence(terms, i) && !suffixOfName) capitalised.push(word(t));
    } else lower.push(word(t));
  }
  return { capitalised, lower };
}

// Endings of derived English words ("Attendance", "Division", "Postponed"), rare in names.
const SOURCE_NOUNS = new Set(ANONYMOUS_SOURCE_NOUNS.flatMap((w) => [w, w.endsWith('s') ? w.slice(0, -1) : `${w}s`]));
const COMMON_ENDINGS =
  /(?:(?:ance|ence|tion|sion|ment|ness|ity|ship|ism|ing|ive|ist)s?|ities|ied|ies|ised|ized|ated|ful|less|ous|ents|ants|ators|\p{L}{5}ed|\p{L}{4}ly)$/u;

/** An ordinary word by compromise's lexicon or by its derivational ending. */
export function looksCommon(w: string): boolean {
  if (SOURCE_NOUNS.has(w)) return true;
  const kind = lexiconKind(w);
  if (kind) return kind === 'common';
  if (COMMON_ENDINGS.test(w)) return true;
  // plurals of agent nouns: "Scorers", "Automakers", "Suppliers" (supply)
  if (/iers$/.test(w) && isCommonWord(`${w.slice(0, -4)}y`)) return true;
  return /(?:er|or)s$/.test(w) && (isCommonWord(w.slice(0, -1)) || isCommonWord(w.slice(0, -2)) || isCommonWord(w.slice(0, -3)));
}

/** A given name or surname in compromise's lexicon ("mark", "smith"). */
function personal(w: string): boolean {
  const tags = lexiconTags(w);
  return !!tags && hasTagIn(tags, PERSON_TAGS);
}

/** A given name in compromise's lexicon ("kevin", "helena"), and not also a place's. */
function isGivenName(w: string): boolean {
  const tags = lexiconTags(w);
  return !!tags && tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName') && !hasTagIn(tags, PLACE_TAGS) && !PLACES.has(w);
}

function hasTagIn(tags: readonly string[], wanted: readonly string[]): boolean {
  for (const t of wanted) if (tags.includes(t)) return true;
  return false;
}

/**
 * "(Devon and) Cornwall Police", "(Kent and) Essex Fire and Rescue Service": a place at `next`
 * whose run of capitalised words goes on to the ending of a public service, which two areas
 * share (not "Britain and Thames Water": a company is named after one place).
 */
function bodyOfPlaces(terms: readonly Term[], next: number): boolean {
  if (!placeAt(terms, next)) return false;
  for (let k = next + 1; k < terms.length && k <= next + 6 && !breaksAfter(terms, k - 1); k++) {
    if (terms[k].normal === 'and') continue;
    if (!isCapitalised(terms[k])) return false;
    if (SHARED_SERVICES.has(word(terms[k]))) return true;
  }
  return false;
}

/** Endings of the names of services two areas share ("Avon and Somerset Constabulary"). */
const SHARED_SERVICES = new Set(['police', 'constabulary', 'fire', 'rescue', 'ambulance', 'service', 'council', 'authority', 'trust', 'board', 'partnership', 'commission']);

/** Whether the words after terms[i] (one to three, capitalised, unbroken) end with a place's or an organisation's ending ("Street", "Council"). */
/**
 * A word that ends organisations' names: an organisation's ending, or "Health" ("Public
 * Health England", "Castor Health"), which is not among them because it would cut a title
 * with its portfolio short ("Secretary of State for Health and Social Care Wes Streeting").
 */
function endsBody(w: string): boolean {
  return ORG_SUFFIXES.has(w) || w === 'health';
}

/** Adjectives that open the names of public bodies ("Public Health England", "National Grid", "Royal Mail Group"). */
const INSTITUTION_ADJECTIVES = new Set(['public', 'national', 'royal', 'federal', 'central', 'international', 'independent', 'general']);

function endsAsName(terms: readonly Term[], i: number): boolean {
  for (let k = i + 1; k < terms.length && k <= i + 3 && !breaksAfter(terms, k - 1) && isCapitalised(terms[k]); k++) {
    const w = word(terms[k]);
    if (PLACE_SUFFIXES.has(w) || endsBody(w)) return true;
  }
  return false;
}

function isCurrency(w: string): boolean {
  return !!(lexiconTags(w)?.includes('Currency') || lexiconTags(`${w}s`)?.includes('Currency'));
}

/** Seen in lower case in the article, as it is or as its singular or plural. */
export function seenLower(stats: CaseLookup, w: string): boolean {
  return stats.lower.has(w) || stats.lower.has(`${w}s`) || (w.endsWith('s') && stats.lower.has(w.slice(0, -1)));
}

const CURRENCY_PREFIXED = /^(?:(?:K|U|T)?Sh|Rs|Rp|RM)\d|^[NRK]\d[\d.,]*(?:bn|tn|m|k|billion|million|trillion)$/;
const POSTCODE = /^\p{Lu}{2}\d{1,2}\p{Lu}?$/u;
/** Units of power, energy and the like, written after a number: "500 MW", "2 GW", "300 MWh". */
const UNITS = /^(?:[kMGT]?W[hep]?|[kMGT]Wh|MVA|kV|[kMG]Hz|mAh|bcm|tcf|mmBtu|MMBtu|Btu|dB)$/;

/** Capitals here are the sentence's or the quotation's, not the name's. */
function opensSentence(terms: readonly Term[], i: number): boolean {
  if (i === 0) return true;
  if (/[“"‘«(\u2014]/.test(terms[i].pre)) return true;
  // also after a dateline's dash: "CHARLOTTE - Nearly a week after…"
  return /[:;.!?][\s"”’]*$|[“"‘«]\s*$|\s[-–—]+\s*$/.test(terms[i - 1].post);
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that put a month in time: "in June", "to June", "last August", "the August index". */
const BEFORE_MONTH = new Set(['in', 'from', 'to', 'since', 'until', 'till', 'by', 'of', 'the', 'last', 'next', 'this', 'early', 'late', 'mid', 'through', 'during', 'and', 'before', 'after']);
/** Organisation endings that are also surnames ("David Steel", "Frank Church"). */
const SURNAME_SUFFIXES = new Set(
  'post|press|times|news|church|court|steel|service|trust|fund|union|guard|force|front|office|bank|air|express|oil|energy|media|radio|capital|united|celtic|rangers|house|board|cabinet|brands|partners|fields|power|water|gas'.split('|'),
);
/** Last words of the name of a body of members, which a plural's possessive may open ("Pensioners' Union"). */
const MEMBERS_BODIES = new Set(['association', 'union', 'federation', 'alliance', 'guild', 'league', 'society', 'club', 'council', 'institute', 'trust', 'fund', 'foundation', 'coalition', 'congress', 'forum', 'network', 'movement', 'collective', 'cooperative', 'co-operative', 'committee', 'campaign']);
const INSTITUTION_HEADS = new Set(['college', 'hospital', 'school', 'church', 'cathedral', 'university', 'academy', 'infirmary']);
const PLURAL_VERBS = new Set(['have', 'are', 'were', 'do', 'say', 'believe', 'think', 'want', 'need', 'fear', 'expect', 'warn', 'argue', 'worry']);

/**
 * A noun for what a person is: tagged an actor or listed ("nurse"), or an agent noun the
 * lexicon has no other reading of ("lecturer", "statistician", "forecaster"; not "border").
 */
export function isPersonRole(t: Term): boolean {
  return t.tags.has('Actor') || PERSON_NOUNS.has(t.normal) || (personNoun(t) && !lexiconTags(t.normal));
}

/**
 * A role noun: from the list ("company", "striker"), or a compound of an ordinary word and a
 * role ("chipmaker", "drugmaker", "tech giant" written as one word).
 */
export function isRoleWord(w: string): boolean {
  if (ROLE_NOUNS.has(w)) return true;
  for (const ending of ROLE_NOUN_ENDINGS) {
    if (w.length >= ending.length + 3 && w.endsWith(ending) && isCommonWord(w.slice(0, -ending.length))) return true;
  }
  return false;
}

function isNameWord(terms: readonly Term[], i: number, stats: CaseLookup): boolean {
  const t = terms[i];
  if (!isCapitalised(t) || !NAME_WORD.test(t.text)) return false;
  // an initial: "A. Smith", "I. Austin" (not the article or the pronoun)
  if (/^\p{Lu}$/u.test(t.text) && /^\.\s*$/.test(t.post) && i + 1 < terms.length && isCapitalised(terms[i + 1])) return true;
  if (t.tags.has('Pronoun') || t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Value')) return false;
  // "after Covid", "sat their A-levels": common nouns written with a capital
  if (CAPITALISED_COMMON.has(word(t))) return false;
  // "Today Crumb & Co has four shops", "Yesterday Acme said": a time opening the sentence
  if (OPENING_TIMES.has(t.normal) && opensSentence(terms, i)) return false;
  // ("Des Carroll", "De Niro", "Le Pen", "Des Moines": a particle the tagger reads as a French
  // article opens the name when nothing capitalised comes before it)
  const particleOpening = NAME_CONNECTORS.has(t.normal) && /^\p{L}{2,}$/u.test(t.normal) && t.normal !== 'of' && i + 1 < terms.length && !breaksAfter(terms, i) && isCapitalised(terms[i + 1]) && (i === 0 || breaksAfter(terms, i - 1) || !isCapitalised(terms[i - 1]));
  if (hasTag(t, FUNCTION_TAGS) && !hasTag(t, ['Person', 'Place', 'Organization']) && !particleOpening) return false;
  // "shouted “Shame!”", "“Resign!” they chanted": a one-word cry in quotation marks
  if (/[“"‘']\s*$/.test(t.pre) && /^[!?]+\s*[”"’']/.test(t.post)) return false;
  const w = word(t);
  // (as a plural too: "GPs", "MPs")
  if (COMMON_ABBREVIATIONS.has(w) && (isAllCaps(t) || /^\p{Lu}{2,}s$/u.test(t.text))) return false;
  // "Jane Doe OBE", "was appointed CBE": an honour's letters are no word of a name
  if (HONOURS.has(w) && /^\p{Lu}+s?$/u.test(t.text)) return false;
  // "Sh346 billion", "KSh900 million", "N50bn", "Rs500": money with its currency's prefix;
  // "NN1", "SW1A": a postcode's district; "500 MW", "300 MWh": a unit after its number
  if (CURRENCY_PREFIXED.test(t.text) || POSTCODE.test(t.text)) return false;
  if (UNITS.test(t.text) && i > 0 && /^\d[\d.,]*$/.test(terms[i - 1].text) && !/\S/.test(terms[i - 1].post)) return false;
  // an article the tagger took for part of a name ("- The Riverton City Council")
  if (ARTICLES.has(w)) return false;
  // "| Region | Annual change |": the heading row of a table labels its columns
  if (inTableHeading(terms, i) && !PLACES.has(w) && !KNOWN_ORGANIZATIONS.has(w)) return false;
  if (!opensSentence(terms, i)) return true;
  // "Ashgate City 1-2 Harrow Town": a result's first team, whatever the tagger read its first word as
  if (i === 0 && resultLine(terms)) return true;
  // "NEW MERIDAN (AP) —", "EAST KILBRIDE —": the capitals opening a dateline are its place
  // (not a label: "NOTE - …", "UPDATE -")
  if (i === 0 && isAllCaps(t)) {
    const d = datelineOf(terms);
    if (d && (d.place > 0 || !looksCommon(w))) return true;
  }
  // "Marks & Spencer said": "&" joins two names into a firm's, whatever the first word is
  if (i + 2 < terms.length && terms[i + 1].text === '&' && !breaksAfter(terms, i) && isCapitalised(terms[i + 2])) return true;
  // "Chipmaker Lunova said…", "Striker Kane scored…": the role, capitalised only because it opens the sentence
  // (not one the tagger reads only as a verb: "Network Rail said" names the network, opensCommonName)
  // (but a role word before one word that ends organisations' names is the name's own first word: "— Network Rail says")
  const named = i + 2 >= terms.length || breaksAfter(terms, i + 1) || !isCapitalised(terms[i + 2]);
  if (isRoleWord(w) && !onlyVerb(t) && i + 1 < terms.length && !breaksAfter(terms, i) && isCapitalised(terms[i + 1]) && !(named && ORG_SUFFIXES.has(word(terms[i + 1])))) return false;
  if (PLACES.has(w) || PERSON_TITLES.has(w)) return true;
  // "Central Asia", "Southeast Asia", "Greater London": the first word of a listed place's name,
  // or a compass or "Greater" before a place (a few words: the list is asked about each)
  if (i + 1 < terms.length && !breaksAfter(terms, i) && isCapitalised(terms[i + 1])) {
    const next = word(terms[i + 1]);
    if (PLACES.has(`${w} ${next}`) || ((COMPASS.has(w) || w === 'greater') && PLACES.has(next))) return true;
    if (i + 2 < terms.length && !breaksAfter(terms, i + 1) && PLACES.has(`${w} ${next} ${word(terms[i + 2])}`)) return true;
  }
  if (TITLE_MODIFIERS.has(w) && i + 1 < terms.length && isCapitalised(terms[i + 1])) return true;
  if (opensOrganization(terms, i) || opensCommonName(terms, i, stats)) return true;
  // "Moody's downgraded the bonds": a possessive that names a firm, however ordinary its word
  if (!t.tags.has('Pronoun') && standsAsName(terms, i, i)) return true;
  // "Bank of England Governor …", "University of Leeds researchers …": the head of a name "X of Y"
  if ((ORG_HEADS_OF.has(w) || PLACE_HEADS_OF.has(w)) && terms[i + 1]?.normal === 'of' && !breaksAfter(terms, i) && i + 2 < terms.length && isCapitalised(terms[i + 2])) return true;
  // "Downing Street said", "Ealing Council said", "Reading Borough Council said": a word in
  // -ing opening the sentence, which the tagger takes for a gerund, is the first word of a
  // name when capitalised words after it end as a place's or a body's name does; so is a
  // compass word ("Western Power Distribution said", "Northern Rail said")
  // (and so is an adjective that opens the names of public bodies: "Public Health England
  // said", "National Grid said", "Royal Berkshire Hospital")
  if (((/ing$/.test(w) && t.tags.has('Gerund') && !seenLower(stats, w)) || COMPASS.has(w) || INSTITUTION_ADJECTIVES.has(w)) && endsAsName(terms, i)) return true;
  // "Harbour Authority staff said": a bare verb opening the sentence before a word the tagger
  // knows ends an organisation's name is that name's first word
  if (
    i + 1 < terms.length &&
    !breaksAfter(terms, i) &&
    terms[i + 1].tags.has('Organization') &&
    !OBJECT_VERBS.has(t.normal) &&
    hasTag(t, ['Imperative', 'Infinitive']) &&
    !hasTag(t, ['PastTense', 'Gerund', 'Auxiliary', 'Modal', 'Copula'])
  )
    return true;
  // "Corridors have become wards": a plural subject, by its verb, is no name (unless the
  // article writes it capitalised elsewhere: "Rovers are third" after "Bristol Rovers")
  if (t.tags.has('Plural') && !hasTag(t, NAME_TAGS) && i + 1 < terms.length && !breaksAfter(terms, i) && (PLURAL_VERBS.has(terms[i + 1].normal) || pluralVerb(terms[i + 1])))
    return stats.capitalised.has(w) && !stats.lower.has(w);
  // "Tech giant Lunova …", "Energy firm Voltra …", "Tech firms are hiring": an ordinary word
  // before what a business is describes the business (named after them), no name of its own
  if (i + 1 < terms.length && !breaksAfter(terms, i) && /^\p{Ll}/u.test(terms[i + 1].text) && (isCommonWord(w) || looksCommon(w) || SECTORS.has(w)) && !KNOWN_ORGANIZATIONS.has(w)) {
    const trade = terms[i + 1].normal;
    if (isRoleWord(trade) ? i + 2 < terms.length && isCapitalised(terms[i + 2]) : trade.endsWith('s') && isRoleWord(trade.slice(0, -1))) return false;
  }
  // "Obituary: Margaret Ellery …", "Exclusive | …": a newsroom's label for the kind of story
  if (i === 0 && i + 1 < terms.length && (/^\s*[:|]/.test(t.post) || terms[i + 1].text === '|') && STORY_LABELS.has(w)) return false;
  // "Opinion | …", "Explainer: …", "Area: …": a label opening the line, no name the article uses
  // (an ordinary word or agent noun: "Hove: Sussex 363" names the ground)
  if (
    i + 1 < terms.length &&
    (/^\s*[:|]/.test(t.post) || terms[i + 1].text === '|') &&
    (looksCommon(w) || isCommonWord(w) || (t.tags.has('Noun') && !t.tags.has('ProperNoun')) || (/(?:er|or)$/.test(w) && (isCommonWord(w.slice(0, -1)) || isCommonWord(w.slice(0, -2))))) &&
    !hasTag(t, NAME_TAGS) &&
    !KNOWN_ORGANIZATIONS.has(w) &&
    !(stats.capitalised.has(w) && !stats.lower.has(w))
  )
    return false;
  // the tagger's name tags on an opening word, unless it is an ordinary word ("Nearly a week")
  // standing alone; "Will Smith" still opens with a name
  // (nor one the article writes in lower case elsewhere, which the lexicon may lack: "night")
  // (a surname that is also a word, "Reed", "Hill", is a name where the article writes it
  // capitalised inside sentences and never in lower case, whatever the tagger made of it)
  if (hasTag(t, NAME_TAGS))
    return (!looksCommon(w) && !seenLower(stats, w)) || (i + 1 < terms.length && !breaksAfter(terms, i) && isCapitalised(terms[i + 1])) || (stats.capitalised.has(w) && !stats.lower.has(w));
  if (stats.capitalised.has(w) && !stats.lower.has(w)) return true;
  if (speaksAfterWhich(terms, i)) return true;
  // a word no dictionary knows, never written in lower case here: "Leeson said", "Estes was"
  // (but a role, "Chipmaker's profit doubles", is an ordinary word however few dictionaries have it)
  // (nor an ordinary word the lexicon lacks, "Handgun sales rose", "Autumn is coming", unless
  // it speaks or has a rival, as only a name does: "Delta said", "Acme rival Vantor said")
  if (!seenLower(stats, w) && !hasTag(t, ['Verb', 'Adjective']) && !looksCommon(w) && !isRoleWord(w) && /\p{L}{3}/u.test(w) && (!isDictionaryWord(w) || actsAsName(terms, i)))
    return true;
  // "Talks between ..." vs "Simmons took ...": an unknown opening word is a name only when
  // a capitalised word follows it without punctuation
  return (
    !stats.lower.has(w) &&
    !hasTag(t, ['Verb', 'Adjective']) &&
    i + 1 < terms.length &&
    !breaksAfter(terms, i) &&
    isCapitalised(terms[i + 1]) &&
    !terms[i + 1].tags.has('Pronoun')
  );
}

/** A word followed by a verb of speech or by a role and a name: "Delta said", "Acme rival Vantor". */
function actsAsName(terms: readonly Term[], i: number): boolean {
  if (i + 1 >= terms.length || breaksAfter(terms, i)) return false;
  // (not a plural's: "Eyewitnesses told reporters")
  const w = word(terms[i]);
  const singular = w.slice(0, -1).replace(/(?<=[sxz]|[cs]h)e$/, '');
  if (w.endsWith('s') && (isDictionaryWord(singular) || looksCommon(singular))) return false;
  const next = terms[i + 1];
  return SPEECH_CUES.has(next.normal) || (isRoleWord(next.normal) && i + 2 < terms.length && !breaksAfter(terms, i + 1) && isCapitalised(terms[i + 2]));
}

/**
 * "Unite, which represents station staff, said …": a word set off by "which" that then
 * speaks names a body, however ordinary the word ("Unite", "Unison", "Equity").
 */
function speaksAfterWhich(terms: readonly Term[], i: number): boolean {
  if (i + 2 >= terms.length || !/^,\s+$/.test(terms[i].post) || terms[i + 1].normal !== 'which') return false;
  // (a plural is a thing's: "Prices, which rose in May, …")
  const w = word(terms[i]);
  if (terms[i].tags.has('Plural') || (w.endsWith('s') && isCommonWord(w.slice(0, -1)))) return false;
  for (let k = i + 2; k < terms.length - 1 && k <= i + 16; k++) if (/^,\s+$/.test(terms[k].post) && SPEECH_CUES.has(terms[k + 1].normal)) return true;
  return false;
}

/** Verbs whose past is their present: "Lloyds cut jobs" may be a firm's past. */
const SAME_PAST = new Set('cut|put|set|hit|cost|let|shut|spread|quit|hurt|cast|bid|split|shed|bet|beat|read|upset|broadcast|forecast|slit|thrust|burst'.split('|'));

/** A verb in the present that agrees only with a plural: "Households pay", "Towns face" (not "Acme pays", "Lloyds cut"). */
function pluralVerb(t: Term): boolean {
  return t.tags.has('PresentTense') && !hasTag(t, ['Copula', 'Modal', 'Auxiliary', 'PastTense', 'Gerund']) && !/s$/.test(t.normal) && !SAME_PAST.has(t.normal);
}

/** How far past an opening word the run of an organisation's name is read (opensOrganization). */
const OPENING_REACH = 4;

/**
 * "Reserve Bank of India raised…", "Central Bank of Nigeria", "National Bank said", "Federal
 * Reserve officials": an ordinary word opening the sentence (a bare verb, a plain adjective or
 * noun) is the first word of the organisation's name that follows it, when that name is
 * shaped like one (a head before "of", or an organisation's last word that is no modifier of
 * the next noun: not "Angry Police officers"), or the two together are a body every newsroom
 * knows. Not a form that only describes ("Troubled", "Struggling", "Newly", "Bigger"), nor
 * a verb whose object the name is ("Call Velmar Corporation").
 */
function opensOrganization(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  if (i + 1 >= terms.length || breaksAfter(terms, i) || !isCapitalised(terms[i + 1])) return false;
  const first = word(t);
  // "Cycling Australia suspended…", "British Cycling said": a place's body (bodyOfPlace)
  if (BODY_NOUNS.has(first) || isDemonym(first, t) || PLACES.has(first)) {
    const words = [first];
    for (let m = i + 1; m < terms.length && m <= i + 3 && isCapitalised(terms[m]); m++) {
      words.push(word(terms[m]));
      if (bodyOfPlace(words, terms[i])) return true;
      if (breaksAfter(terms, m)) break;
    }
  }
  if (hasTag(t, ['PastTense', 'Gerund', 'Plural', 'Comparative', 'Superlative', 'Date', 'Value', 'Possessive'])) return false;
  if (!hasTag(t, ['Verb', 'Adjective', 'Noun']) || /(?:ly|ed|ing|er|est)$/.test(t.normal) || POSSESSIVE.test(t.text)) return false;
  // "Call Velmar Corporation today": a verb that takes the name as its object
  if (OBJECT_VERBS.has(t.normal)) return false;
  let key = first;
  for (let m = i + 1; m < terms.length && m <= i + OPENING_REACH && isCapitalised(terms[m]); m++) {
    const w = word(terms[m]);
    key = `${key} ${w}`;
    if (KNOWN_ORGANIZATIONS.has(key)) return true;
    if (ORG_HEADS_OF.has(w) && terms[m + 1]?.normal === 'of' && !breaksAfter(terms, m) && !breaksAfter(terms, m + 1) && m + 2 < terms.length && isCapitalised(terms[m + 2]))
      return true;
    const ends = breaksAfter(terms, m) || m + 1 >= terms.length || !isCapitalised(terms[m + 1]);
    if (ends) {
      const next = terms[m + 1];
      const modifies = !breaksAfter(terms, m) && !!next && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb');
      return ORG_SUFFIXES.has(w) && !modifies;
    }
  }
  return false;
}

/**
 * "Royal Mail said", "Standard Chartered said", "National Grid warned": a common noun written
 * with a capital inside the sentence is a name's word, and an ordinary word opening the
 * sentence right before it is that name's first word (a common noun alone is seldom a name),
 * when the two are the subject of the verb after them. Not a describing word before a noun
 * ("Angry Police officers"), a heading ("Financial Data in 000s"), nor one before a title or a
 * person's name ("Senior Labour MPs", "Tiny Lunova": nothing in it is a common word).
 */
function opensCommonName(terms: readonly Term[], i: number, stats: CaseLookup): boolean {
  const t = terms[i];
  if (i + 1 >= terms.length || breaksAfter(terms, i) || !isCapitalised(terms[i + 1])) return false;
  // "Network Rail said", "Met Éireann has issued": a word read only as a verb, bare or in a past
  // that is no describing participle (not "Embattled", "Beaten"), cannot open a sentence whose
  // subject is the name after it, so it is that name's first word, whatever the rest is made of
  const verbOnly = onlyVerb(t);
  if (!verbOnly && (!hasTag(t, ['Verb', 'Adjective', 'Noun']) || hasTag(t, ['PastTense', 'Gerund', 'Plural', 'Comparative', 'Superlative', 'Date', 'Value', 'Possessive', ...PERSON_TAGS])))
    return false;
  if (/(?:ly|ing)$/.test(t.normal) || POSSESSIVE.test(t.text) || OBJECT_VERBS.has(t.normal) || personal(t.normal)) return false;
  let common = false;
  for (let m = i + 1; m < terms.length && m <= i + OPENING_REACH && isCapitalised(terms[m]); m++) {
    const w = word(terms[m]);
    if (PERSON_TITLES.has(w) || isRoleWord(w) || hasTag(terms[m], PERSON_TAGS) || personal(w)) return false;
    if (looksCommon(w) || seenLower(stats, w)) common = true;
    if (breaksAfter(terms, m) || m + 1 >= terms.length || !isCapitalised(terms[m + 1])) return (common || (verbOnly && finiteAt(terms, m + 1))) && subjectAt(terms, m);
  }
  return false;
}

/** Verbs whose object may be a clause, as an imperative: "Suppose Acme wins", "Say Lunova sells". */
const CLAUSE_VERBS = new Set(['suppose', 'imagine', 'assume', 'say', 'consider', 'note', 'notice', 'think', 'guess', 'believe', 'know', 'expect', 'bet', 'hope', 'pretend', 'recall']);

/**
 * A word the tagger reads only as a verb, bare ("Network") or in a past that is no describing
 * participle ("Met"; not "Embattled", "Beaten"), and not one that takes a clause ("Suppose").
 */
function onlyVerb(t: Term): boolean {
  return (
    t.tags.has('Verb') &&
    !hasTag(t, ['Adjective', 'Noun', 'Gerund', 'Modal', 'Auxiliary', 'Copula', ...PERSON_TAGS]) &&
    (hasTag(t, ['Infinitive', 'Imperative']) || (t.tags.has('PastTense') && !/(?:ed|en)$/.test(t.normal))) &&
    !CLAUSE_VERBS.has(t.normal) &&
    !OBJECT_VERBS.has(t.normal)
  );
}

/**
 * A verb that has a subject of its own: a past, a modal or auxiliary, or a present in "-s"
 * ("said", "has", "will", "warns"; not the bare "go" of "Let Acme go").
 */
function finiteAt(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  if (!t || !t.tags.has('Verb') || t.tags.has('Gerund')) return false;
  return hasTag(t, ['PastTense', 'Modal', 'Auxiliary', 'Copula']) || (t.tags.has('PresentTense') && /s$/.test(t.normal));
}

/**
 * "UK Athletics", "England Rugby", "UK Export Finance", "British Cycling", "Athletics Kenya",
 * "Statistics Canada": a place's name or a nationality with the sport or service its body
 * runs names that body (a few words: the place list is asked about each way of cutting it).
 */
function bodyOfPlace(words: readonly string[], first?: Term): boolean {
  const n = words.length;
  if (n < 2 || n > 4) return false;
  if (BODY_NOUNS.has(words[n - 1])) {
    // (not the game itself: "American Football", "Gaelic Football")
    if (n === 2 && isDemonym(words[0], first) && words[1] !== 'football') return true;
    for (let k = 1; k < n; k++) if (PLACES.has(words.slice(0, k).join(' '))) return true;
  }
  return BODY_NOUNS.has(words[0]) && PLACES.has(words.slice(1).join(' '));
}

/**
 * "Police Scotland", "Export Development Canada", "Health Canada", "Ontario Power Generation":
 * a place's name with ordinary nouns for what a body does names that body, wherever the place
 * stands in it. Not a place named with a landform, a compass point or a describing word
 * ("London Bridge", "Greater London", "Central Asia"), nor a person named after a place
 * ("Jordan Bell"). A few words at most: the place list is asked about each way of cutting it.
 */
function placeWithInstitution(terms: readonly Term[], i: number, words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || n > 4 || PLACES.has(words.join(' '))) return false;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b <= n && b - a <= 3; b++) {
      if (b - a === n) continue;
      // (a place the list lacks, that the tagger knows: "Ontario Power Generation")
      const known = b - a === 1 && hasTag(terms[i + a], ['Country', 'City', 'Region']) && !looksCommon(words[a]);
      if (!known && !PLACES.has(words.slice(a, b).join(' '))) continue;
      let institution = true;
      for (let k = 0; k < n && institution; k++) {
        const t = terms[i + k];
        if (hasTag(t, PERSON_TAGS) || personal(words[k])) return false;
        if (k >= a && k < b) continue;
        const w = words[k];
        institution =
          hasTag(t, ['Noun', 'Verb']) &&
          !hasTag(t, ['Adjective', 'Comparative', 'Superlative', 'Possessive', 'Value', ...PLACE_TAGS]) &&
          !PLACES.has(w) &&
          !COMPASS.has(w) &&
          !PLACE_PREFIXES.has(w) &&
          !PLACE_SUFFIXES.has(w) &&
          !LANDMARKS.has(w) &&
          !isDemonym(w, t) &&
          !NAME_CONNECTORS.has(w) &&
          (looksCommon(w) || isCommonWord(w) || lexiconKind(w) === undefined);
      }
      if (institution) return true;
    }
  }
  return false;
}

/** A verb in its bare form, by the lexicon: listed so, or with an "-ing" form it lists ("stop", "save"). */
function bareVerb(w: string): boolean {
  if (lexiconTags(w)?.includes('Infinitive')) return true;
  if (!/^\p{Ll}{3,}$/u.test(w)) return false;
  const forms = [`${w}ing`, `${w}${w[w.length - 1]}ing`];
  if (w.endsWith('e')) forms.push(`${w.slice(0, -1)}ing`);
  return forms.some((f) => lexiconTags(f)?.includes('Gerund'));
}

/**
 * A name that is a call to act, "Save the Children", "Unite the Union", "Stop the War
 * Coalition": a capitalised bare verb at terms[i], "the", and capitalised name words. The
 * index of its last word, or -1. Opening a sentence, the verb may be the imperative it reads
 * as ("Visit the Tower today"), so a verb must follow the name there, as its subject's.
 */
function callToAct(terms: readonly Term[], i: number, stats: CaseLookup): number {
  const t = terms[i];
  // (not a month or a day: "in March the Government announced"; nor a name the lexicon
  // lists, "told Mark the …": the tagger's own guess of a person is no proof, "the charity
  // Save the Children")
  const w = word(t);
  if (!isCapitalised(t) || isAllCaps(t) || hasTag(t, [...PLACE_TAGS, 'Date']) || lexiconKind(w) === 'name' || personal(w) || MONTHS.has(w) || !bareVerb(w)) return -1;
  if (i + 2 >= terms.length || breaksAfter(terms, i) || breaksAfter(terms, i + 1) || terms[i + 1].text !== 'the') return -1;
  if (!isCapitalised(terms[i + 2]) || !isNameWord(terms, i + 2, stats)) return -1;
  let k = i + 2;
  while (k + 1 < terms.length && !breaksAfter(terms, k) && isCapitalised(terms[k + 1]) && isNameWord(terms, k + 1, stats)) k++;
  if (opensSentence(terms, i) && !(k + 1 < terms.length && !breaksAfter(terms, k) && (finiteAt(terms, k + 1) || roleOfHolder(terms, k + 1)))) return -1;
  return k;
}

/**
 * From terms[k], a role of one or two lower-case words and the name of its holder: "general
 * secretary Sharon Graham", "spokesman Tom Hart" (what follows a body's name as its modifier).
 */
function roleOfHolder(terms: readonly Term[], k: number): boolean {
  let role = false;
  for (let m = k; m < terms.length - 1 && m <= k + 1; m++) {
    const t = terms[m];
    if (!/^\p{Ll}/u.test(t.text) || /\S/.test(t.post)) return false;
    role = role || ((isPersonRole(t) || PERSON_TITLES.has(t.normal)) && !t.tags.has('Plural'));
    if (role && isCapitalised(terms[m + 1])) return true;
  }
  return false;
}

/** A capitalised ordinary word that may name a body's subject ("Media", "Sport"), not a name or a body of its own. */
function subjectWord(t: Term): boolean {
  const w = word(t);
  return (
    isCapitalised(t) &&
    !isAllCaps(t) &&
    (PORTFOLIOS.has(w) || isCommonWord(w) || looksCommon(w)) &&
    lexiconKind(w) !== 'name' &&
    !hasTag(t, [...PERSON_TAGS, ...PLACE_TAGS]) &&
    !PLACES.has(w) &&
    !INSTITUTIONS.has(w) &&
    !ORG_HEADS_OF.has(w) &&
    (!ORG_SUFFIXES.has(w) || PORTFOLIOS.has(w))
  );
}

/**
 * "Department for Culture, Media and Sport", "Department for Environment, Food and Rural
 * Affairs": a body named "of" or "for" its subjects (the run i..j, which ends before a comma)
 * lists them with commas and a last "and". The index of the list's last word, or j when no
 * such list follows (every subject a few ordinary words: "the Department for Education,
 * Ofsted and the unions" names three).
 */
function subjectList(terms: readonly Term[], i: number, j: number): number {
  let headed = false;
  for (let k = i + 1; k < j && !headed; k++) headed = (terms[k].normal === 'for' || terms[k].normal === 'of') && ORG_HEADS_OF.has(word(terms[k - 1]));
  if (!headed || !subjectWord(terms[j])) return j;
  let k = j;
  for (let items = 0; items < 6; items++) {
    // terms[k] ends an item and a comma follows: the next item, or "and" and the last
    let m = k + 1;
    const last = m + 1 < terms.length && terms[m].normal === 'and' && /^\s+$/.test(terms[m].post);
    if (last) m++;
    if (m >= terms.length || !subjectWord(terms[m])) return j;
    let end = m;
    while (end - m < 2 && end + 1 < terms.length && !breaksAfter(terms, end) && subjectWord(terms[end + 1])) end++;
    if (last) return end;
    if (!/^,\s*$/.test(terms[end].post) && !(end + 2 < terms.length && /^\s+$/.test(terms[end].post) && terms[end + 1].normal === 'and')) return j;
    // "Culture, Media and Sport": an "and" without a comma before the last
    if (/^\s+$/.test(terms[end].post)) {
      if (!subjectWord(terms[end + 2]) || breaksAfter(terms, end + 1)) return j;
      let stop = end + 2;
      while (stop - end < 4 && stop + 1 < terms.length && !breaksAfter(terms, stop) && subjectWord(terms[stop + 1])) stop++;
      return stop;
    }
    k = end;
  }
  return j;
}

/** Runs of name words in a sentence written in ordinary case. */
export function* chunkSentence(
  terms: readonly Term[],
  candidates: readonly Candidate[],
  sentence: number,
  text: string,
  stats: CaseLookup,
  pace: Pace,
): Generator<void, NameSpan[]> {
  const spans: NameSpan[] = [];
  let i = 0;
  let walked = 0;
  let indexed = false;
  while (i < terms.length) {
    if (pace.walked(i + 1 - walked)) yield;
    walked = i + 1;
    // (opening a sentence, the verb of "Save the Children said" is read as no name's word)
    const call = isNameWord(terms, i, stats) ? 0 : opensSentence(terms, i) ? callToAct(terms, i, stats) : -1;
    if (call < 0) {
      i++;
      continue;
    }
    let j = Math.max(i, call);
    // the run has joined a connector ("Office for the …"), so the next one may follow
    let joined = false;
    // whether a word of the run so far carries a person's tag, read up to `read`
    let person = false;
    let read = i - 1;
    while (j + 1 < terms.length && !breaksAfter(terms, j)) {
      const next = terms[j + 1];
      if (terms[j].post === '-' || terms[j].post === '–') {
        // "Hewlett-Packard", "Kim Jong-un"; but "Dallas-based" is a modifier
        if (isCapitalised(next) || (j > i && /^\p{Ll}+$/u.test(next.text) && !isCommonWord(next.normal))) {
          j++;
          continue;
        }
        // "Stoke-on-Trent", "Stratford-upon-Avon", "Stow-on-the-Wold", "Ashby-de-la-Zouch"
        const link = hyphenLinked(terms, j);
        if (link > 0) {
          j = link;
          continue;
        }
        break;
      }
      if (isCapitalised(next) && isNameWord(terms, j + 1, stats)) {
        j++;
        continue;
      }
      if (PARTICLES.has(next.normal)) {
        // "Charles de Gaulle", "Joost van der Westhuizen"
        let k = j + 1;
        while (k < terms.length && PARTICLES.has(terms[k].normal) && !breaksAfter(terms, k)) k++;
        if (k < terms.length && k - j <= 3 && isCapitalised(terms[k]) && !breaksAfter(terms, k - 1)) {
          j = k;
          continue;
        }
        break;
      }
      // "Save the Children", "Unite the Union", "Stop the War Coalition": a charity's or a
      // campaign's name made of a call to act
      if (next.normal === 'the' && j === i) {
        const end = callToAct(terms, i, stats);
        if (end > 0) {
          j = end;
          continue;
        }
      }
      // "Campaign to Protect Rural England", "Coalition to End Homelessness": a body named for its aim
      if (next.normal === 'to' && AIM_HEADS.has(word(terms[j])) && j + 2 < terms.length && !breaksAfter(terms, j + 1) && isCapitalised(terms[j + 2]) && lexiconKind(word(terms[j + 2])) !== 'name' && !PLACES.has(word(terms[j + 2]))) {
        let k = j + 2;
        while (k + 1 < terms.length && !breaksAfter(terms, k) && (isCapitalised(terms[k + 1]) || (terms[k + 1].normal === 'the' && k + 2 < terms.length && isCapitalised(terms[k + 2])))) k++;
        if (k > j + 2 || isCapitalised(terms[k])) {
          j = k;
          continue;
        }
      }
      if (NAME_CONNECTORS.has(next.normal) || INNER_CONNECTORS.has(next.normal)) {
        // "Office for the Coordination", "Organization of the Petroleum Exporting Countries"
        const article = j + 3 < terms.length && terms[j + 2].normal === 'the' && !breaksAfter(terms, j + 2) ? 1 : 0;
        const after = j + 2 + article;
        while (read < j) if (hasTag(terms[++read], PERSON_TAGS)) person = true;
        if (
          after < terms.length &&
          !breaksAfter(terms, j + 1) &&
          isCapitalised(terms[after]) &&
          !opensSentence(terms, after) &&
          (isNameWord(terms, after, stats) || aimAfterHead(terms, j, after, stats)) &&
          connects(terms, i, j, article > 0, joined, person, text)
        ) {
          joined = joined || INNER_CONNECTORS.has(next.normal);
          j = after;
          continue;
        }
        // "Assembly of the Republic", "Church of the Holy Sepulchre"
        const ofThe = next.normal === 'of' && j + 3 < terms.length && terms[j + 2].normal === 'the';
        if (ofThe && !breaksAfter(terms, j + 1) && !breaksAfter(terms, j + 2) && isCapitalised(terms[j + 3]) && ORG_HEADS_OF.has(word(terms[j]))) {
          j += 3;
          continue;
        }
      }
      break;
    }
    // "Department for Culture, Media and Sport": a body's subjects listed with commas
    if (joined && /^,\s*$/.test(terms[j].post)) j = subjectList(terms, i, j);
    // "Channel 4", "Radio 4", "Radio 5 Live": a station's number is part of its name
    if (STATION_HEADS.has(word(terms[j])) && j + 1 < terms.length && !breaksAfter(terms, j) && /^\d{1,2}$/.test(terms[j + 1].text)) {
      j++;
      while (j + 1 < terms.length && !breaksAfter(terms, j) && isCapitalised(terms[j + 1]) && isNameWord(terms, j + 1, stats)) j++;
    }
    // the candidates are looked up by position for every name: sorted once, with pauses
    if (!indexed && candidates.length >= MIN_INDEXED) {
      yield* candidateIndexSteps(candidates, pace);
      indexed = true;
    }
    const hyphenModifier =
      (/^[-–]$/.test(terms[j].post) && j + 1 < terms.length && !isCapitalised(terms[j + 1])) ||
      (i > 0 && /[-–]$/.test(terms[i - 1].post) && terms[i - 1].post.trim() !== '' && !/\s/.test(terms[i - 1].post));
    if (!hyphenModifier) {
      split(terms, i, j, sentence, text, candidates, spans);
      // reading a name's evidence costs about as much as walking a few dozen terms
      if (pace.walked(24)) yield;
    }
    i = j + 1;
  }
  return widenToAcronyms(terms, spans, sentence, text, candidates);
}

const ACRONYM_GLUE = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', 'at', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * "the Organisation for Security and Cooperation in Europe (OSCE)": a name introduced with
 * its acronym runs back as far as the acronym's letters say, across "for", "and", "in".
 */
function widenToAcronyms(
  terms: readonly Term[],
  spans: NameSpan[],
  sentence: number,
  text: string,
  candidates: readonly Candidate[],
): NameSpan[] {
  for (let n = 0; n + 1 < spans.length; n++) {
    const full = spans[n];
    const short = spans[n + 1];
    if (short.first !== full.last + 1 || short.first !== short.last) continue;
    if (!/\($/.test((terms[full.last].post + terms[short.first].pre).trim())) continue;
    if (!terms[short.last].post.trimStart().startsWith(')')) continue;
    const letters = short.text.replace(/\./g, '').toLowerCase();
    if (!/^[a-z]{3,8}$/.test(letters)) continue;
    let initials = '';
    let start = -1;
    for (let k = full.last; k >= 0 && full.last - k < 16; k--) {
      const t = terms[k];
      if (k < full.last && breaksAfter(terms, k)) break;
      if (isCapitalised(t)) {
        initials = t.text[0].toLowerCase() + initials;
        if (initials === letters) {
          start = k;
          break;
        }
        if (!letters.endsWith(initials)) break;
      } else if (!ACRONYM_GLUE.has(t.normal)) break;
    }
    if (start < 0 || start === full.first) continue;
    // the spans are in order and apart, so those the widened name swallows end the prefix
    let kept = n;
    while (kept > 0 && spans[kept - 1].last >= start) kept--;
    const widened: NameSpan[] = [];
    add(terms, start, full.last, sentence, text, candidates, widened);
    if (widened.length !== 1) continue;
    widened[0].scores[ORG] += 2;
    spans.splice(kept, n + 1 - kept, widened[0]);
    n = kept;
  }
  return spans;
}

/** Lower-case words that join the parts of an organisation's name ("Office for the Coordination of …"). */
const INNER_CONNECTORS = new Set(['of', 'for', 'on', 'and']);

/** Heads of a body named for its aim with "to" ("Campaign to Protect Rural England"). */
const AIM_HEADS = new Set(['campaign', 'coalition', 'society', 'alliance', 'committee', 'movement', 'league', 'fund', 'foundation', 'trust', 'initiative', 'partnership', 'association', 'council', 'network', 'project']);

/** A place's name, or a word the tagger takes for one ("of Valdoria", "of South Korea"). */
function placeAt(terms: readonly Term[], k: number): boolean {
  const w = word(terms[k]);
  if (PLACES.has(w) || (k + 1 < terms.length && PLACES.has(`${w} ${word(terms[k + 1])}`))) return true;
  return hasTag(terms[k], PLACE_TAGS) && !looksCommon(w);
}

/**
 * May the connector after terms[j] join the run i..j with the words after it (after "the"
 * too, with `article`)? `joined`: the run has already joined a connector; `person`: a word
 * of the run is tagged as a person's name. An organisation's name runs on across "of",
 * "for" and "on" after a word that heads one ("Bank of England", "Commission on Human
 * Rights"), after an ordinary noun ("Journal of Occupational Health", "Chamber of
 * Commerce"), and once it has joined one connector, across the next ("… for the
 * Coordination of Humanitarian Affairs").
 */
function connects(
  terms: readonly Term[],
  i: number,
  j: number,
  article: boolean,
  joined: boolean,
  person: boolean,
  text: string,
): boolean {
  const connector = terms[j + 1].normal;
  const last = word(terms[j]);
  const next = j + (article ? 3 : 2);
  if (connector === 'of' || connector === 'for' || connector === 'on') {
    if (ORG_HEADS_OF.has(last)) return true;
    // "the MSP for Kessford North": a lawmaker's role, then the place the seat is for
    if (connector === 'for' && LAWMAKERS.has(last) && isAllCaps(terms[j])) return false;
    // "Doctors of the World", "… for the Coordination of …"
    if (article) return (joined || (!person && looksCommon(last) && !hasTag(terms[j], ['Adjective']))) && !placeAt(terms, next);
    // "Commission on Human Rights", but "the Bank of England on Threadneedle Street"
    if (connector === 'on') return false;
    if (PLACE_HEADS_OF.has(last) || PERSON_TITLES.has(last) || TITLE_MODIFIERS.has(last)) return true;
    // "Coordination of Humanitarian Affairs" inside a name already joined
    if (joined && !placeAt(terms, next)) return true;
    // "Journal of Occupational Health", "the Bulletin of Coastal Ecology": an ordinary noun, or
    // a word "the" introduces, heads the name; not "Okafor of Kelbridge" (a person of a
    // place) nor "Manchester United of England", a name of its own before a place
    const introduced = i > 0 && terms[i - 1].normal === 'the' && !/\S/.test(terms[i - 1].post);
    if (
      !person &&
      !ORG_SUFFIXES.has(last) &&
      (looksCommon(last) || (introduced && lexiconKind(last) !== 'name')) &&
      !hasTag(terms[j], ['Adjective', ...PLACE_TAGS]) &&
      !placeAt(terms, next)
    )
      return true;
    // "Gold Fields of South Africa Ltd": the run after "of" ends like a company (but
    // "economist Joel Naroff of First Union" is a person of a company)
    if (person) return false;
    for (let k = next; k < terms.length && k < j + 7 && isCapitalised(terms[k]); k++) {
      if (ORG_SUFFIXES.has(word(terms[k])) && k > next) return true;
      if (breaksAfter(terms, k)) break;
    }
    return false;
  }
  if (connector === 'and') {
    // "Bosnia and Herzegovina", "Saint Vincent and the Grenadines" (a few words: a long run is
    // not read again at each "and")
    if (j - i < 4 && PLACES.has(normalizeName(text.slice(terms[i].start, terms[next].end)))) return true;
    if (article) return false;
    // "Centers for Disease Control and Prevention", "Department of Health and Human Services",
    // "Ministry of Petroleum and Natural Gas" (the subjects of a body, however the first ends;
    // not "the Bank of England and Barclays", nor "Ministry of Finance and Bank of England");
    // a few words back at most, so that a run of thousands of capitalised words stays linear
    const after = word(terms[j + 2]);
    // the second subject is ordinary words ("Natural Gas": the last, when the first is one no lexicon lists)
    let end = j + 2;
    while (end + 1 < terms.length && end < j + 4 && !breaksAfter(terms, end) && isCapitalised(terms[end + 1])) end++;
    // (a word the lexicon lacks may be in the dictionary: "Office of Rail and Road")
    const ordinary = (w: string) => looksCommon(w) || (lexiconKind(w) === undefined && isDictionaryWord(w));
    const subject = ordinary(after) || (ordinary(word(terms[end])) && lexiconKind(after) !== 'name' && !PLACES.has(after));
    // (a second body is a head with its own "of", or a name a head ends: "Ministry of Finance and
    // Bank of England", "Department of Health and Home Office"; but "Association of School and
    // College Leaders" is one, whose members head no body)
    const secondBody = (ORG_HEADS_OF.has(after) && (end === j + 2 || /^(?:of|for)$/.test(terms[j + 3]?.normal ?? ''))) || (end > j + 2 && ORG_HEADS_OF.has(word(terms[end])));
    for (let k = Math.max(i + 1, j - 6); k < j; k++) {
      const glue = terms[k].normal;
      if ((glue === 'of' || glue === 'for') && ORG_HEADS_OF.has(word(terms[k - 1]))) {
        if (secondBody) return false;
        if (subject && !PLACES.has(normalizeName(text.slice(terms[k + 1].start, terms[j].end)))) return true;
      }
    }
    // "Securities and Exchange Commission", not "Acme Inc and Lear Corp"
    // (nor "France and Germany"; but "Devon and Cornwall Police" is a body named after two places)
    if ((j > i && ORG_SUFFIXES.has(last)) || (PLACES.has(last) && !bodyOfPlaces(terms, next))) return false;
    // "Devon and Cornwall Police": a body named after two places, the first of which the
    // lexicon also lists as a given name (a surname alone before "and" stays a person's)
    // (one word: the run's, or the one after its own connector, "Chief Constable of Devon")
    const places = (j === i || (j > i + 1 && !isCapitalised(terms[j - 1]))) && !terms[j].tags.has('LastName') && placeAt(terms, next);
    // (and the run so joined goes on: "Devon and Cornwall Fire and Rescue Service")
    const joinedPlaces = j > i + 1 && terms[i + 1].normal === 'and' && placeAt(terms, i + 2);
    if (person && !places && !joinedPlaces) return false;
    // "Chamber of Commerce and Industry", not "Bank of England and Barclays" nor
    // "… of Health and Ministry of Finance"
    if (
      joined &&
      lexiconKind(last) !== 'name' &&
      lexiconKind(word(terms[next])) !== 'name' &&
      !placeAt(terms, next) &&
      !ORG_HEADS_OF.has(word(terms[next]))
    )
      return true;
    for (let k = next; k < terms.length && k < j + 8 && isCapitalised(terms[k]); k++) {
      // (not two bodies a plural then describes: "EasyJet and Wizz Air, its main rivals,")
      if (ORG_SUFFIXES.has(word(terms[k])) && k > next) return !pluralAppositiveAfter(terms, k);
      if (breaksAfter(terms, k) || k >= j + 6) break;
      // "Hereford and Worcester Fire and Rescue Service": the second place's body may be
      // named with an "and" of its own
      const inner = k + 2 < terms.length && terms[k + 1].normal === 'and' && !breaksAfter(terms, k + 1) && isCapitalised(terms[k + 2]);
      if (inner && k > next && (places || (j === i && placeAt(terms, i)))) k++;
    }
    return false;
  }
  return true;
}

/**
 * "Campaign for Better Transport", "Campaign for Real Ale": a capitalised adjective the name
 * word after it qualifies, after a body's head and its "for" or "of".
 */
function aimAfterHead(terms: readonly Term[], j: number, after: number, stats: CaseLookup): boolean {
  return (
    ORG_HEADS_OF.has(word(terms[j])) &&
    hasTag(terms[after], ['Adjective', 'Comparative']) &&
    after + 1 < terms.length &&
    !breaksAfter(terms, after) &&
    isCapitalised(terms[after + 1]) &&
    isNameWord(terms, after + 1, stats)
  );
}

/** Whether ", its main rivals," or ", the two largest carriers," follows terms[k]: a plural set off after it. */
function pluralAppositiveAfter(terms: readonly Term[], k: number): boolean {
  if (!/^,\s+$/.test(terms[k].post) || !terms[k + 1] || !hasTag(terms[k + 1], ['Determiner', 'Possessive'])) return false;
  for (let m = k + 2; m < terms.length && m <= k + 6; m++) {
    if (/^[,.;:]/.test(terms[m].post.trim())) return terms[m].tags.has('Plural') && !isCapitalised(terms[m]);
    if (!/^\p{Ll}/u.test(terms[m].text)) return false;
  }
  return false;
}

/** Splits a title off the front of a run and records what is left as a name. */
function split(
  terms: readonly Term[],
  i: number,
  j: number,
  sentence: number,
  text: string,
  candidates: readonly Candidate[],
  out: NameSpan[],
): void {
  const words = [];
  for (let k = i; k <= j; k++) words.push(word(terms[k]));
  const orgLike = ORG_SUFFIXES.has(words[words.length - 1]) && words.length > 1;
  if (!orgLike) {
    for (let a = i; a < j; a++) {
      const end = a === i && roleOpening(terms, i, j) ? i : titleEnd(terms, a, j);
      if (end < 0) continue;
      const lead = word(terms[a]);
      // "Assembly Speaker Robert Rivas", "Emergency Management Commissioner Rick Nugent": a
      // title before a given name and a surname, the words before it part of the title
      const office = a > i && end + 2 <= j && isGivenName(word(terms[end + 1])) && !hasTag(terms[a - 1], ['FirstName']) && !isGivenName(word(terms[i]));
      // mid-run titles only when strong ("U.S. President Bill Clinton"), not "Bank Holding"
      const strong = STRONG_TITLES.has(word(terms[end]).replace(/-(?:designate|elect)$/, '')) || TITLE_MODIFIERS.has(lead);
      if (a > i && !strong && !office) continue;
      // "Larry King Now" is not a title before "Now"
      if (a > i && hasTag(terms[a - 1], ['FirstName'])) continue;
      if (a > i && !strong) a = i;
      if (a > i) split(terms, i, a - 1, sentence, text, candidates, out);
      const rest = end + 1;
      const before = out.length;
      add(terms, rest, j, sentence, text, candidates, out);
      const titleTerm = terms[end];
      const titleStop = titleTerm.end + (titleTerm.post.startsWith('.') ? 1 : 0);
      for (let k = before; k < out.length; k++) {
        if (out[k].first !== rest) continue;
        out[k].title = { first: a, start: terms[a].start, end: titleStop };
        out[k].scores[PERSON] += 5;
      }
      return;
    }
  }
  add(terms, i, j, sentence, text, candidates, out);
}

/** Sports roles that open a sentence before a player's name: "Substitute Leo Marsh won it". */
const OPENING_ROLES = new Set(
  'captain|skipper|striker|forward|midfielder|defender|goalkeeper|keeper|winger|playmaker|batsman|bowler|all-rounder|pitcher|quarterback|substitute|debutant|full-back|centre-back|centre-forward|fly-half|scrum-half|jockey|referee|umpire|sprinter|golfer|cyclist|swimmer'.split(
    '|',
  ),
);

/**
 * "Striker Leon Abara scored", "Singer Amy Lowe cancelled": an ordinary noun for a person's
 * role, capitalised only because it opens the sentence, before a given name and a surname.
 * It is the name's title, not its first word.
 */
function roleOpening(terms: readonly Term[], i: number, j: number): boolean {
  if (j - i < 2 || breaksAfter(terms, i)) return false;
  for (let k = 0; k < i; k++) if (/\p{L}/u.test(terms[k].text)) return false;
  const t = terms[i];
  // a player's position or part, whatever the tagger made of it and of the name after it
  // ("Substitute Leo Marsh", "Defender Tom Hill"), unless the run is a firm's name ("Driver Hire Group")
  if (OPENING_ROLES.has(word(t)) && isCapitalised(terms[i + 1]) && isCapitalised(terms[i + 2]) && !ORG_SUFFIXES.has(word(terms[j]))) return true;
  if (!hasTag(terms[i + 1], ['FirstName']) || hasTag(t, ['Person', 'FirstName', 'ProperNoun', 'Place', 'Organization', 'Acronym'])) return false;
  // ("Administrators Grant Thornton said": a plural is no one person's title)
  if (!t.tags.has('Noun') || t.tags.has('Plural')) return false;
  if (t.tags.has('Actor')) return true;
  // an agent noun, which compromise reads as no part of a name: "Striker", "Defender", "Columnist"
  return /^\p{L}{3,}(?:er|or|ist|ian)$/u.test(word(t));
}

/**
 * If a title starts at terms[a] ("Prime Minister", "Secretary of State", "Sen."), the index of
 * its last term, provided a name follows before `j`; otherwise -1.
 */
function titleEnd(terms: readonly Term[], a: number, j: number): number {
  let k = a;
  let lastTitle = -1;
  while (k <= j) {
    // "Prime Minister-designate", "Governor-elect"
    const w = word(terms[k]).replace(/-(?:designate|elect)$/, '');
    // "King's College" names a college, not a king
    if (POSSESSIVE.test(terms[k].text)) break;
    if (PERSON_TITLES.has(w) || (k > a && SHORT_RANKS.has(w) && TITLE_MODIFIERS.has(word(terms[k - 1])))) lastTitle = k;
    // (a beat or a portfolio right before a title is part of it: "Science Correspondent Tom Hill")
    else if (!TITLE_MODIFIERS.has(w) && !(PORTFOLIOS.has(w) && k < j && PERSON_TITLES.has(word(terms[k + 1])))) break;
    if (breaksAfter(terms, k) && !/^\.\s*$/.test(terms[k].post)) break;
    k++;
    if (lastTitle === k - 1 && k <= j && (terms[k].normal === 'of' || terms[k].normal === 'for')) {
      // "Secretary of State", "Minister for Foreign Affairs"; but "Chairman of the PSC" is
      // the chair of a body the article names
      if (terms[k + 1]?.normal === 'the') return -1;
      k += 2;
      while (k <= j && (TITLE_MODIFIERS.has(word(terms[k])) || TITLE_OF_WORDS.has(word(terms[k])))) k++;
      // "Secretary of State for Health (and Social Care)": the portfolio is the title's
      if (k < j && terms[k - 1].normal === 'state' && terms[k].normal === 'for' && PORTFOLIOS.has(word(terms[k + 1]))) {
        k += 2;
        while (k <= j && (PORTFOLIOS.has(word(terms[k])) || (terms[k].normal === 'and' && k < j && PORTFOLIOS.has(word(terms[k + 1]))))) k++;
      }
      lastTitle = k - 1;
    }
  }
  if (lastTitle < 0 || lastTitle >= j) return -1;
  return lastTitle;
}

/** Diseases named after a person, whose possessive opens the names of charities ("Alzheimer's Research UK"). */
const DISEASE_EPONYMS = new Set(['alzheimer', 'parkinson', 'crohn', 'huntington', 'asperger', 'tourette', 'hodgkin', 'addison', 'cushing', 'raynaud', 'guillain', 'sjogren', 'sjögren']);

/** Words of a time between a verb and its place: "published on Tuesday in", "published online this week in". */
const WHEN_WORDS = new Set(['on', 'online', 'today', 'yesterday', 'last', 'this', 'earlier', 'recently', 'week', 'month', 'year', 'weekend']);

/** Broadcasters' words that a station's number follows. */
const STATION_HEADS = new Set(['channel', 'radio']);
/** Words a number follows to name a part, a rank or an address: "Chapter 11", "Grade II". */
const NUMBERED = new Set(['chapter', 'article', 'section', 'clause', 'grade', 'no', 'number', 'paragraph', 'schedule', 'part', 'level', 'stage', 'phase', 'tier', 'category', 'class', 'page', 'table', 'figure', 'rule', 'amendment', 'title']);

/** A comma after terms[j], then a name of two words or more (the office's holder). */
function officeBeforeHolder(terms: readonly Term[], j: number): boolean {
  return /^,\s*$/.test(terms[j].post) && j + 2 < terms.length && isCapitalised(terms[j + 1]) && !breaksAfter(terms, j + 1) && isCapitalised(terms[j + 2]);
}

/** Records terms[i..j] as a name with its local evidence, unless it is not a name at all. */
function add(
  terms: readonly Term[],
  i: number,
  j: number,
  sentence: number,
  text: string,
  candidates: readonly Candidate[],
  out: NameSpan[],
): void {
  // leading connectors are never part of a name ("of State")
  while (i <= j && !isCapitalised(terms[i])) i++;
  // "an SNP MSP", "a Romanian MEP": a lawmaker's abbreviation ending the run is a role, not a
  // name's word ("TD Securities" opens with one)
  if (j > i && LAWMAKERS.has(word(terms[j])) && isAllCaps(terms[j])) j--;
  // "a Texas Republican", "a San Francisco Democrat": a party's member after a place is a role
  if (j > i && PARTY_MEMBERS.has(word(terms[j])) && PLACES.has(normalizeName(text.slice(terms[i].start, terms[j - 1].end)))) j--;
  // "Former England captain Will Carling": "Former" describes what follows
  if (i < j && word(terms[i]) === 'former') i++;
  // "Administrators Grant Thornton said": a trade's people opening the sentence name the firm after them
  if (i < j && opensSentence(terms, i) && FIRM_TRADES.has(word(terms[i]))) i++;
  // "from January to June Comelf exported", "the August Chicago index": a month before a name
  // (but "June Carter" opens a sentence, or follows a verb, as a given name)
  if (i < j && i > 0 && MONTHS.has(word(terms[i])) && BEFORE_MONTH.has(terms[i - 1].normal) && !breaksAfter(terms, i - 1)) i++;
  if (i > j) return;
  let words: string[] = [];
  for (let k = i; k <= j; k++) words.push(word(terms[k]));
  // nationality words ("North Korean"), bare titles ("Prime Minister"), months
  if (words.every((w, n) => isDemonym(w, terms[i + n]) || COMPASS.has(w))) return;
  if (
    // (a portfolio before the title too: "Housing Secretary", "Culture Minister")
    // (and whose it is, opening a sentence: "Our Political Editor said")
    words.every((w, n) => PERSON_TITLES.has(w) || TITLE_MODIFIERS.has(w) || (n < words.length - 1 && PORTFOLIOS.has(w)) || isDemonym(w) || COMPASS.has(w) || (n === 0 && /^(?:our|their|his|her|its|my|your)$/.test(w))) &&
    words.some((w) => PERSON_TITLES.has(w))
  )
    return;
  // "Australian Tom Moody", "Democrat Walter Mondale": the nationality or party describes the name
  let lead: NameSpan['title'] = null;
  const lastWord = words[words.length - 1];
  // ("European Office for the Protection of …", "Islamic Republic of …" are the name itself)
  const orgHeaded = words.some((w, n) => n > 0 && INNER_CONNECTORS.has(w) && ORG_HEADS_OF.has(words[n - 1]));
  const placeHeaded = words.some((w, n) => n > 0 && w === 'of' && PLACE_HEADS_OF.has(words[n - 1]));
  // (nor "Western Power Distribution": an organisation's ending inside the name keeps it whole)
  if (words.length > 1 && !orgHeaded && !placeHeaded && !words.some((w, n) => n > 0 && ORG_SUFFIXES.has(w)) && !PLACE_SUFFIXES.has(lastWord) && !PLACES.has(words.join(' '))) {
    let k = 0;
    while (
      k < words.length - 1 &&
      !terms[i + k].tags.has('FirstName') &&
      // ("Texas Republican Ted Cruz": a place before a party or a nationality describes too)
      (isDemonym(words[k], terms[i + k]) || ((COMPASS.has(words[k]) || PLACES.has(words[k])) && isDemonym(words[k + 1], terms[i + k + 1])))
    )
      k++;
    // "Australian Tom Moody", but "Christian Blanc" may be a name of its own
    if (k > 0 && isCapitalised(terms[i + k]) && (words.length - k >= 2 || terms[i + k].tags.has('FirstName'))) {
      lead = { first: i, start: terms[i].start, end: terms[i + k - 1].end };
      i += k;
      words = words.slice(k);
    }
  }
  if (words.length === 1 && words[0].replace(/[^\p{L}]/gu, '').length < 2) return;
  // "Hurricane Milton", "Storm Ciarán" opening a sentence, "Tropical Storm Ana": a storm, named
  // as people are, is no person, place or organisation ("Seattle Storm" ends with the word)
  if ((i > 0 && STORMS.has(word(terms[i - 1])) && !breaksAfter(terms, i - 1)) || words.some((w, n) => n < 2 && n + 1 < words.length && STORMS.has(w))) return;
  // "Chapter 11", "Article 50", "Grade II", "No 10": a numbered part or rank, not a name
  if (words.length === 1 && NUMBERED.has(words[0]) && j + 1 < terms.length && !breaksAfter(terms, j) && /^(?:\d+|[IVX]+)$/.test(terms[j + 1].text)) return;
  // "The Minister of Coastal Affairs, Idris Bakare, said": an office set off before the name of
  // its holder is that person's title (descriptorBefore), no one of its own; the body after
  // "of the" is still named ("The Chairman of the NRC, Tolu Adeyemi,")
  // (the office is the last title word before "of" or "for": "Secretary" of "The Secretary of
  // State for Health, Wes Streeting,", though it also qualifies titles, "Secretary General")
  const office = words.findIndex((w) => !TITLE_MODIFIERS.has(w) && !PERSON_TITLES.has(w)) - 1;
  if (office >= 0 && PERSON_TITLES.has(words[office]) && (words[office + 1] === 'of' || words[office + 1] === 'for') && officeBeforeHolder(terms, j)) {
    if (words[office + 2] === 'the') add(terms, i + office + 3, j, sentence, text, candidates, out);
    // "The Chief Constable of Devon and Cornwall Police, Will Kerr,": a body named by its ending
    else if (ORG_SUFFIXES.has(lastWord) && office + 2 < words.length - 1) add(terms, i + office + 2, j, sentence, text, candidates, out);
    return;
  }
  // months and weekdays the tagger took for names ("In August")
  const titled = i > 0 && PERSON_TITLES.has(word(terms[i - 1]));
  if (words.length === 1 && !titled && (MONTHS.has(words[0]) || lexiconTags(words[0])?.includes('WeekDay'))) return;
  // holidays and festivals ("by Christmas", "Easter Sunday", "Christmas Eve", "Eid al-Fitr"), dates of the calendar
  if (HOLIDAYS.has(normalizeName(text.slice(terms[i].start, nameEnd(terms[j])))) || (words.length === 2 && HOLIDAYS.has(words[0]) && (words[1] === 'eve' || lexiconTags(words[1])?.includes('WeekDay'))))
    return;
  // currencies: "the Euro", "Sterling"
  if (words.length === 1 && (terms[i].tags.has('Currency') || isCurrency(words[0]))) return;
  // a party and state after a lawmaker's name: "(D-Mont.)"
  if (words.length === 1 && /^[DRI]-\p{Lu}/u.test(terms[i].text)) return;
  // events, competitions and documents ("Hong Kong Open", "Gulf War", "Kyoto Protocol",
  // "World Series of Golf", "Treaty of Rome")
  // (but "Daughters of the American Revolution" is the daughters')
  if (words.length > 1 && EVENT_ENDINGS.has(words[words.length - 1]) && !orgHeaded) return;
  for (let n = 1; n + 1 < words.length; n++) if (INNER_CONNECTORS.has(words[n]) && EVENT_ENDINGS.has(words[n - 1])) return;
  if (words.every((_w, n) => terms[i + n].tags.has('Date') || terms[i + n].tags.has('Value'))) return;
  const start = terms[i].start;
  const last = terms[j];
  // (a place's possessive stays the place's: "the fault is Britain's, …")
  const whole = standsAsName(terms, i, j) && !PLACES.has(words.join(' '));
  let end = whole ? last.end : nameEnd(last);
  // "Acme Inc.", "J.", and "Fla." when the sentence goes on after the full stop
  if (
    end === last.end &&
    last.post.startsWith('.') &&
    !last.text.includes('.') &&
    (keepsDot(last) || (j + 1 < terms.length && last.text.length <= 4))
  )
    end++;
  const name = text.slice(start, end);
  const span: NameSpan = {
    sentence,
    first: i,
    last: j,
    start,
    end,
    text: ownString(name),
    // the possessive is part of the name's key, written one way ("Moody's", "Moody’s")
    key: whole ? `${normalizeName(name.slice(0, -2))}'s` : normalizeName(name),
    words,
    scores: evidence(terms, i, j, words, candidates, start, end),
    title: lead,
    headline: false,
    notes: {},
    modifier: j + 1 < terms.length && !breaksAfter(terms, j) && /^\p{Ll}/u.test(terms[j + 1].text) && terms[j + 1].tags.has('Noun'),
  };
  if (whole) {
    span.scores[ORG] += 3;
    span.scores[FIRM] += 3;
  }
  // "a Bradford engineering firm", "a NATO diplomat": a name between "a" and the noun it qualifies is no person's
  if (span.modifier && i > 0 && /^(?:a|an)$/.test(terms[i - 1].normal) && !breaksAfter(terms, i - 1)) span.scores[PERSON] -= 6;
  // "His son, Callum, said", "Morrow's wife Jean": a relative named after the kinship is a person
  if (i > 0 && KIN.has(terms[i - 1].normal) && /^,?\s+$/.test(terms[i - 1].post)) span.scores[PERSON] += 4;
  // "Kevin Marsh, the league's former president,": an appositive naming a person's role
  // (not a company's: "Acme, the chipmaker's parent company,")
  const described = appositive(terms, span, text, 'person');
  span.notes.personAppositive = described;
  if (described && !isRoleWord(normalizeName(described.slice(described.lastIndexOf(' ') + 1)))) {
    span.scores[PERSON] += 2.5;
    // ("Faith Hill, a retired teacher,": the role outweighs the tagger's place reading of a landform surname)
    if (landformSurname(terms, i, words)) span.scores[PERSON] += 3;
  }
  out.push(span);
}

/** Common nouns written capitalised: a disease, exams. */
const CAPITALISED_COMMON = new Set(['covid', 'covid-19', 'a-level', 'a-levels', 'as-level', 'as-levels', 't-level', 't-levels', 'o-level', 'o-levels', 'highers']);

/** Words of time that open sentences: "Today Acme has …". */
const OPENING_TIMES = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'now', 'later', 'earlier', 'meanwhile', 'then', 'recently', 'currently']);

/** Linking words of English and French place names written with hyphens. */
const HYPHEN_LINKS = new Set(['on', 'upon', 'under', 'in', 'by', 'le', 'la', 'de', 'en', 'the', 'super', 'sur', 'next', 'am', 'an', 'der']);

/**
 * After the capitalised word at terms[j] and its hyphen, one or two linking words each with a
 * hyphen and a capitalised word ("-on-Trent", "-on-the-Wold"): the index of that word, or -1.
 */
function hyphenLinked(terms: readonly Term[], j: number): number {
  let k = j + 1;
  while (k < terms.length && k - j <= 2 && HYPHEN_LINKS.has(terms[k].normal) && /^\p{Ll}+$/u.test(terms[k].text) && /^[-–]$/.test(terms[k].post)) k++;
  return k > j + 1 && k < terms.length && isCapitalised(terms[k]) ? k : -1;
}

/** A one-word place the list or the lexicon knows, at terms[k]: "Surrey", "Liverpool". */
function knownPlaceAt(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  if (!t || !isCapitalised(t)) return false;
  // (standing alone: not the end of "Bank of England", nor the start of "Britain Water")
  if (k > 0 && !breaksAfter(terms, k - 1) && (isCapitalised(terms[k - 1]) || /^(?:of|for)$/.test(terms[k - 1].normal))) return false;
  if (k + 1 < terms.length && !breaksAfter(terms, k) && isCapitalised(terms[k + 1])) return false;
  const w = word(t);
  return PLACES.has(w) || (!!lexiconTags(w)?.some((g) => PLACE_TAGS.includes(g)) && lexiconKind(w) === 'name' && !personal(w));
}

/**
 * Whether the name at terms[i..j] stands in a list with a known place next to it: after
 * "Surrey and" or "Liverpool,", before "and Surrey" or ", Liverpool" (one-word places
 * standing alone, so that the list is not read again for every name in it).
 */
function listedWithPlace(terms: readonly Term[], i: number, j: number): boolean {
  if (i >= 2 && /^(?:and|or)$/.test(terms[i - 1].normal) && !breaksAfter(terms, i - 1) && /^,?\s+$/.test(terms[i - 2].post) && knownPlaceAt(terms, i - 2)) return true;
  if (i >= 1 && /^,\s+$/.test(terms[i - 1].post) && knownPlaceAt(terms, i - 1) && (i < 2 || !isCapitalised(terms[i - 2]) || breaksAfter(terms, i - 2))) return true;
  if (j + 2 < terms.length && /^(?:and|or)$/.test(terms[j + 1].normal) && !breaksAfter(terms, j) && !breaksAfter(terms, j + 1) && knownPlaceAt(terms, j + 2) && !(j + 3 < terms.length && !breaksAfter(terms, j + 2) && isCapitalised(terms[j + 3]))) return true;
  return j + 1 < terms.length && /^,\s+$/.test(terms[j].post) && knownPlaceAt(terms, j + 1) && (j + 2 >= terms.length || breaksAfter(terms, j + 1) || /^(?:and|or)$/.test(terms[j + 2].normal));
}

/** A party's member, written after the place they represent: "a Texas Republican". */
const PARTY_MEMBERS = new Set(['republican', 'democrat', 'conservative', 'tory', 'liberal', 'socialist', 'independent']);

/** Kinship nouns: the name after one ("his son, Callum,", "her husband Graham") is a person's. */
const KIN = new Set(
  ('son|daughter|wife|husband|mother|father|brother|sister|widow|widower|grandson|granddaughter|grandmother|grandfather|' +
    'niece|nephew|aunt|uncle|cousin|fiancé|fiancée|fiance|fiancee|girlfriend|boyfriend|stepson|stepdaughter|stepfather|stepmother|' +
    'mum|dad|mom|sons|daughters|brothers|sisters|twin|granddad|grandad|grandma|grandpa|nan|nana|child|children|parents')
    .split('|'),
);

/** Below this many candidates a sentence's are simply filtered, not indexed. */
const MIN_INDEXED = 8;

/** A sentence's candidates sorted by start, with the longest candidate's length. */
interface CandidateIndex {
  sorted: readonly Candidate[];
  longest: number;
}

// keyed by the sentence's candidate array (shared and frozen by the tagging stage)
const candidateIndexes = new WeakMap<readonly Candidate[], CandidateIndex>();

function candidateIndex(candidates: readonly Candidate[]): CandidateIndex {
  let index = candidateIndexes.get(candidates);
  if (!index) {
    index = runToEnd(candidateIndexSteps(candidates, new Pace(Infinity)));
  }
  return index;
}

/**
 * The candidate index of a sentence, made (and remembered) pausing as `pace` says: a runaway
 * sentence has tens of thousands of candidates. The tagger lists them in order of start,
 * so this is usually one walk to see that they are; otherwise a merge sort by start that
 * keeps candidates with the same start in their order (as Array.prototype.sort does).
 */
export function* candidateIndexSteps(candidates: readonly Candidate[], pace: Pace): Generator<void, CandidateIndex> {
  let index = candidateIndexes.get(candidates);
  if (index) return index;
  let longest = 0;
  let inOrder = true;
  for (let k = 0; k < candidates.length; k++) {
    if (pace.walked(1)) yield;
    const c = candidates[k];
    longest = Math.max(longest, c.end - c.start);
    if (k > 0 && c.start < candidates[k - 1].start) inOrder = false;
  }
  let sorted: readonly Candidate[] = candidates;
  if (!inOrder) {
    let from = [...candidates];
    let to: Candidate[] = new Array(from.length);
    for (let width = 1; width < from.length; width *= 2) {
      for (let left = 0; left < from.length; left += 2 * width) {
        const middle = Math.min(left + width, from.length);
        const right = Math.min(left + 2 * width, from.length);
        let a = left;
        let b = middle;
        for (let k = left; k < right; k++) {
          if (pace.walked(1)) yield;
          to[k] = a < middle && (b >= right || from[a].start <= from[b].start) ? from[a++] : from[b++];
        }
      }
      [from, to] = [to, from];
    }
    sorted = from;
  }
  index = { sorted, longest };
  candidateIndexes.set(candidates, index);
  return index;
}

/**
 * The candidates that overlap [start, end), found by binary search so that a sentence with
 * thousands of names costs a few steps per name, not a pass over all its candidates.
 */
function overlapping(candidates: readonly Candidate[], start: number, end: number): Candidate[] {
  if (candidates.length < MIN_INDEXED) return candidates.filter((c) => c.end > start && c.start < end);
  const { sorted, longest } = candidateIndex(candidates);
  // the first candidate that starts at or after start - longest: none before it can reach start
  let lo = 0;
  let hi = sorted.length;
  const from = start - longest;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Candidate[] = [];
  for (let k = lo; k < sorted.length && sorted[k].start < end; k++) if (sorted[k].end > start) out.push(sorted[k]);
  return out;
}

function evidence(
  terms: readonly Term[],
  i: number,
  j: number,
  words: string[],
  candidates: readonly Candidate[],
  start: number,
  end: number,
): Scores {
  const scores = noScores();
  const key = words.join(' ');
  const n = words.length;
  const first = words[0];
  const lastWord = words[n - 1];
  if (PLACES.has(key)) scores[PLACE] += 6;
  // "St Mary's pupils", "at St Luke's": a saint's name in the possessive is the church, school or hospital named for them
  if (n > 1 && (first === 'st' || first === 'saint') && /['’]s$/.test(terms[j].text)) scores[ORG] += 6;
  // "Stoke-on-Trent", "Weston-super-Mare": a town's name joined by hyphens and a linking word
  for (let k = i; k < j; k++) {
    if (HYPHEN_LINKS.has(terms[k + 1].normal) && /^[-–]$/.test(terms[k].post) && /^[-–]$/.test(terms[k + 1].post)) {
      scores[PLACE] += 6;
      break;
    }
  }
  // "Sussex, Surrey and Kent", "Liverpool, Warrington and St Helens": a name listed with places is one
  if (n === 1 && listedWithPlace(terms, i, j)) scores[PLACE] += 3;
  if (n > 1 && ORG_SUFFIXES.has(lastWord)) {
    // "Sierra Club", "Arden Homes": a name that ends like an organisation is one, however
    // personal its first word (but "Emily Post", "Margaret Court": some endings are surnames)
    scores[ORG] += 3;
    if (!SURNAME_SUFFIXES.has(lastWord)) scores[FIRM] += 3;
    // "Preston Crown Court", "Leyland Magistrates Court": a word before such an ending that is
    // no name is no part of a person's name ("Margaret Court"), however personal the first word
    else if (n > 2 && words.slice(1, -1).every((w) => lexiconKind(w) !== 'name' && lexiconKind(w.replace(/['’]?s$/, '')) !== 'name' && !isGivenName(w))) scores[ORG] += 3;
  }
  // "University College London", "King's College Hospital": an institution named with its place
  else if (n > 2 && words.slice(1, -1).some((w) => INSTITUTION_HEADS.has(w))) scores[ORG] += 3;
  // "Western Power Distribution", "Thames Water Utilities": an organisation's ending before a
  // last word that is an ordinary word, no name
  else if (n > 2 && words.slice(1, -1).some((w) => ORG_SUFFIXES.has(w)) && looksCommon(lastWord) && !isGivenName(lastWord)) scores[ORG] += 3;
  // "Public Health England", "Arts Council Wales": a body's name with the nation it serves last
  else if (n > 2 && PLACES.has(lastWord) && words.slice(1, -1).some(endsBody) && !words.some((w) => OF_PARTICLES.has(w))) scores[ORG] += 3;
  // "St. Mary's Hospital" is no person however personal its first words
  if (n > 1 && INSTITUTION_HEADS.has(lastWord)) scores[ORG] += 3;
  if (n > 1 && first === 'air') scores[ORG] += 3;
  // "Alzheimer's Research UK", "Parkinson's UK": a body working on a disease named after a person
  if (n > 1 && DISEASE_EPONYMS.has(first.replace(/['’]s$/, ''))) scores[ORG] += 6;
  // "Amnesty International", "Transparency International": a body that works across borders
  // (read here, not as an organisation's ending, which would join "Kansai Electric Power and
  // Kansai International Airport" into one name)
  if (n > 1 && lastWord === 'international') scores[ORG] += 3;
  // "Castor Health", "Bupa Health": a care provider named for its business (read here, not as
  // an organisation's ending, which would end the title in "Secretary of State for Health
  // and Social Care Wes Streeting")
  else if (n > 1 && lastWord === 'health' && !PERSON_TITLES.has(first) && !words.some((w) => OF_PARTICLES.has(w) || w === 'for')) scores[ORG] += 3;
  // "Reform UK", "Sky UK", "Save the Children US": a body's branch or party in a country (a
  // place is not named with the country's abbreviation after it)
  else if (n > 1 && /^(?:uk|us|usa)$/.test(lastWord) && /^\p{Lu}{2,3}$/u.test(terms[j].text) && !PLACES.has(words.slice(0, -1).join(' '))) scores[ORG] += 3;
  // "Channel 4", "Radio 5 Live": a broadcaster's station
  if (n > 1 && STATION_HEADS.has(first) && /^\d/.test(words[1])) scores[ORG] += 3;
  // "League Two", "Division One": a competition named by its rank
  if (n === 2 && /^(?:league|division|conference)$/.test(first) && /^(?:one|two|three|four|five|1|2|3|4|5)$/.test(words[1])) scores[ORG] += 6;
  // "BBC Radio Kent", "Radio Lancashire", "ITV News Anglia": a station named after its region
  else if (n > 1 && words.slice(0, -1).some((w) => BROADCAST_WORDS.has(w))) scores[ORG] += 6;
  // "Royal Mail", "National Grid", "Standard Chartered": a name of ordinary words only, none a
  // person's, names a body ("Grant Hill", "Bill Gates" open with a given name)
  if (n > 1 && n <= 3 && (subjectAt(terms, j) || agentAt(terms, i)) && commonWords(terms, i, j)) scores[ORG] += 3;
  // "Network Rail said", "Met Éireann has issued": a name opening with a word read only as a verb
  // (opensCommonName) is a body's; a person's given name is no bare verb
  else if (n > 1 && i === 0 && onlyVerb(terms[i]) && !personal(first) && subjectAt(terms, j)) scores[ORG] += 3;
  if (n === 1 && INSTITUTIONS.has(key)) scores[ORG] += 3;
  if (n === 1 && speaksAfterWhich(terms, i)) scores[ORG] += 3;
  // "data from Kantar", "a survey by Ipsos": who gathers figures is a body, more than a place
  // (a place the lexicon or the tagger knows outweighs this: "data from China"); one word,
  // which nothing else types (a name of several has its shape)
  if (n === 1 && dataSourceAt(terms, i)) scores[ORG] += 1.5;
  if (bodyOfPlace(words, terms[i])) scores[ORG] += 4;
  else if (placeWithInstitution(terms, i, words)) scores[ORG] += 3;
  if (KNOWN_ORGANIZATIONS.has(key)) scores[ORG] += 6;
  // "Westmoor Chamber of Commerce", "Office for the Coordination of …": a word that heads an
  // organisation's name before "of", "for" or "on"; any connector inside a name ("Doctors
  // Without Borders") is rare in a person's ("Duke of York" is a title)
  // ("Federal Republic of Yugoslavia", "Gulf of Aden" are places by the same shape)
  let inner = false;
  let orgHead = false;
  let placeHead = false;
  for (let k = 1; k + 1 < n; k++) {
    // "Banco de Chile", "Santiago de Cuba" ("Charles de Gaulle" is a person's name)
    if (OF_PARTICLES.has(words[k])) {
      if (ORG_HEADS_OF.has(words[k - 1])) orgHead = true;
      // (place names are a few words long: looked up only then, so a long run stays linear)
      const between = k <= 4 && n - k <= 5;
      if (PLACE_HEADS_OF.has(words[k - 1]) || (between && PLACES.has(words.slice(k + 1).join(' ')) && PLACES.has(words.slice(0, k).join(' '))))
        placeHead = true;
      continue;
    }
    if (!INNER_CONNECTORS.has(words[k]) && words[k] !== 'the' && words[k] !== 'without') continue;
    inner = true;
    // "Transport for London", "Centre for Cities": no place is named with "for"
    if (words[k] === 'for' && !PERSON_TITLES.has(first)) orgHead = true;
    if (words[k] !== 'and' && ORG_HEADS_OF.has(words[k - 1])) orgHead = true;
    if (words[k] === 'of' && PLACE_HEADS_OF.has(words[k - 1])) placeHead = true;
  }
  if (orgHead) scores[ORG] += 4;
  else if (inner && !placeHead && !PERSON_TITLES.has(first) && !PLACES.has(key) && !PLACE_SUFFIXES.has(lastWord)) scores[ORG] += 1;
  if (placeHead) scores[PLACE] += 4;
  // "the Secretary of Defense said", "the Duke of Sussex": an office written without a name
  // stands for the person who holds it
  if (n > 2 && PERSON_TITLES.has(first) && (words[1] === 'of' || words[1] === 'for')) scores[PERSON] += 2;
  // "King's Lynn", "Cox's Bazar": a possessive inside a place's name (no title's: "King")
  if (n === 2 && POSSESSIVE.test(terms[i].text) && possessiveInPlaceName(terms, i)) scores[PLACE] += 5;
  if (n > 1 && PLACE_SUFFIXES.has(lastWord)) scores[PLACE] += 2;
  // "Ashfield West", "Glasgow East", "Manchester Central": a place's part, or a constituency
  // named for it (a surname that is a direction follows a given name: "Jerry West")
  else if (n === 2 && /^(?:north|south|east|west|central)$/.test(lastWord) && !isGivenName(first) && !PERSON_TITLES.has(first) && !hasTag(terms[i], PERSON_TAGS)) scores[PLACE] += 2;
  if (n > 1 && PLACE_PREFIXES.has(first)) scores[PLACE] += COMPASS.has(first) || first === 'new' ? 0.5 : 1;
  let person = false;
  let firstName = false;
  let place = false;
  let org = false;
  for (let k = i; k <= j; k++) {
    const t = terms[k];
    if (hasTag(t, PERSON_TAGS)) person = true;
    if (t.tags.has('FirstName') && k < j) firstName = true;
    if (hasTag(t, PLACE_TAGS)) place = true;
    if (t.tags.has('Organization') || t.tags.has('SportsTeam')) org = true;
  }
  const shape = (points: number) => {
    scores[PERSON] += points;
    scores[SHAPE] += points;
  };
  if (person) shape(1);
  // "A. Smith": an initial before a name
  if (n > 1 && /^\p{Lu}$/u.test(terms[i].text) && terms[i].post.startsWith('.')) shape(1.5);
  if (firstName) shape(1.5);
  // "the trial of Kevin Marsh": a given name the lexicon knows opens a name of two or three
  // words, even where the tagger read the whole as a place
  else if (n >= 2 && n <= 3 && !inner && isGivenName(first) && !isAllCaps(terms[i]) && !PLACES.has(key) && !ORG_SUFFIXES.has(lastWord) && !PLACE_SUFFIXES.has(lastWord))
    shape(3);
  if (place) scores[PLACE] += n === 1 ? 1.5 : 1;
  if (org) scores[ORG] += 1;
  for (const c of overlapping(candidates, start, end)) {
    const points = c.start === start && c.end === end ? 2 : 1;
    if (c.type === 'person') shape(points);
    else scores[c.type === 'place' ? PLACE : ORG] += points;
  }
  const only = terms[i];
  if (n === 1 && isAllCaps(only) && only.text.replace(/\./g, '').length <= 6 && !PLACES.has(key)) scores[ORG] += 1.5;
  // a capital inside the word is a brand's ("FactSet", "PayPal", "BlackRock"), not a surname's ("McCarthy", "DeSantis")
  if (n === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(only.text) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u.test(only.text)) scores[ORG] += 2;
  if (i > 0) {
    const before = terms[i - 1];
    // "striker Shearer", "leader Deng Xiaoping"; "chipmaker Acme", also opening the sentence
    const role = /^\p{Ll}/u.test(before.text) ? (before.tags.has('Actor') && !before.tags.has('Plural')) || (isRoleWord(before.normal) && before.normal !== 'rival') : i === 1 && isRoleWord(word(before));
    // ("camera operator Jim Rowe": a trade a person may ply, before a given name, is the person's)
    const personsTrade = PERSON_OR_FIRM_ROLES.has(before.normal) && isGivenName(word(terms[i]));
    if (role && !/\S/.test(before.post)) scores[isRoleWord(before.normal) && !personsTrade ? ORG : PERSON] += 2;
    // "the accountancy firm Grant Thornton", "administrators Grant Thornton", "auditors KPMG":
    // what a business is, or the trade of its people in the plural, right before its name says
    // the name is the business's, however personal its words
    const trade = /^\p{Ll}/u.test(before.text) || i === 1 ? before.normal : '';
    if (!/\S/.test(before.post) && ((ROLE_NOUNS.has(trade) && trade !== 'partner' && trade !== 'rival' && !personsTrade) || FIRM_TRADES.has(trade)) && !joinsAnother(terms, j)) {
      scores[FIRM] += 3;
      if (FIRM_TRADES.has(trade)) scores[ORG] += 2;
    }
    // "an analyst at Morgan Stanley", "a researcher with Acme": where a person works
    if (i > 1 && (before.normal === 'at' || before.normal === 'with') && !/\S/.test(before.post) && !/\S/.test(terms[i - 2].post)) {
      // ("head of retail at Kantar", "director of consumer research at Acme": the role before its field)
      let w = i - 2;
      // ("chief economist for Africa at Standard Chartered", "head of Europe at Acme": a role
      // for a region, one capitalised word, before where the person works)
      if (i > 3 && isCapitalised(terms[i - 2]) && /^(?:for|of)$/.test(terms[i - 3].normal) && !/\S/.test(terms[i - 3].post) && !/\S/.test(terms[i - 4].post) && isPersonRole(terms[i - 4])) w = i - 4;
      // (a field is bare nouns: not "the head of the school at Kessford", where the school is)
      for (let k = i - 3; k > 0 && k >= i - 5 && /^\p{Ll}/u.test(terms[k].text) && !/\S/.test(terms[k].post) && !terms[k].tags.has('Determiner'); k--) {
        if (terms[k].normal === 'of' && !/\S/.test(terms[k - 1].post)) {
          w = k - 1;
          break;
        }
      }
      const worker = terms[w];
      if (/^\p{Ll}/u.test(worker.text) && (isPersonRole(worker) || (w < i - 2 && worker.normal === 'head')) && !hasTag(worker, ['Plural', 'Pronoun'])) {
        scores[ORG] += 4;
        scores[FIRM] += 4;
      }
    }
    // (not "according to Network Rail": a source)
    if (PLACE_CUES.has(before.normal) && !/\S/.test(before.post) && !(before.normal === 'to' && terms[i - 2]?.normal === 'according')) scores[PLACE] += 0.5;
    // "projects in Salford and Gateshead": the second of two one-word names after a place's
    // preposition is where as much as the first is
    else if (n === 1 && i >= 3 && before.normal === 'and' && !/\S/.test(before.post) && !/\S/.test(terms[i - 2].post) && isCapitalised(terms[i - 2]) && COORDINATED_PLACE_CUES.has(terms[i - 3].normal) && !/\S/.test(terms[i - 3].post)) scores[PLACE] += 0.5;
    // "a briefing in Helena", "neighboring Carver", "the border with Castel": one word where a
    // place is expected outweighs the lexicon's given name (a title or a quote credited to
    // it elsewhere still makes it a person); not "a stake in Acme", where the tagger knows a company
    const border = i > 1 && (before.normal === 'with' || before.normal === 'of') && /^borders?$/.test(terms[i - 2].normal);
    if (
      n === 1 &&
      (WHERE_CUES.has(before.normal) || border) &&
      !/\S/.test(before.post) &&
      !(before.normal === 'in' && i > 1 && IN_SOMEONE.has(terms[i - 2].normal)) &&
      scores[ORG] === 0 &&
      !isAllCaps(only) &&
      !POSSESSIVE.test(only.text) &&
      !(j + 1 < terms.length && !breaksAfter(terms, j) && /^\p{Ll}/u.test(terms[j + 1].text) && terms[j + 1].tags.has('Noun'))
    )
      scores[PLACE] += 3.5;
    const modifier = j + 1 < terms.length && /^\p{Ll}/u.test(terms[j + 1].text) && terms[j + 1].tags.has('Noun');
    if (before.normal === 'the' && !modifier) scores[ORG] += 0.3;
    // "…, the Halifax said": a name after "the" that speaks is a body, never a person
    if (before.normal === 'the' && n === 1 && j + 1 < terms.length && !breaksAfter(terms, j) && SPEECH_CUES.has(terms[j + 1].normal)) scores[ORG] += 3;
  }
  const firm = companyEvidence(terms, i, j, words);
  scores[ORG] += firm;
  scores[FIRM] += firm;
  // "Mayor Ana Ruiz of Springfield said": the name after "of" is where (or what) she is of
  const ofName = i > 1 && terms[i - 1].normal === 'of' && isCapitalised(terms[i - 2]) && !/\S/.test(terms[i - 2].post);
  if (ofName) scores[PLACE] += 1;
  else if (!inner) {
    // "a spokesperson for Acme said": a name that is a preposition's object is not the subject of the verb after it
    const governed = i > 0 && terms[i - 1].tags.has('Preposition') && !/\S/.test(terms[i - 1].post);
    const human = governed ? 0 : humanEvidence(terms, j);
    scores[PERSON] += human + (n === 1 ? objectReferent(terms, i, j) : 0);
    // "Faith Hill sang", "Ana Wood said she…": a surname that is also a landform is read as a
    // place by the tagger; a person's act outweighs that
    if (human > 0 && landformSurname(terms, i, words)) scores[PERSON] += 3;
  }
  // "Estes was the last doctor to leave", "Ode is a nurse": what the name is, said of it
  if (!inner && predicateRole(terms, j)) scores[PERSON] += 1;
  // "Marsh, 61, has pleaded not guilty": an age in apposition
  if (j + 2 < terms.length && /^\s*,\s*$/.test(terms[j].post) && !inner && /^\d{1,3}$/.test(terms[j + 1].text) && /^\s*,/.test(terms[j + 1].post))
    scores[PERSON] += 3;
  // "Tavildara, Tajikistan", "Springfield, Illinois": a place within a known place
  // (but "Halden Foods ASA, Norway's largest food maker" says what the company is)
  if (
    j + 1 < terms.length &&
    /^,$/.test((terms[j].post + terms[j + 1].pre).trim()) &&
    !PLACES.has(key) &&
    !POSSESSIVE.test(terms[j + 1].text) &&
    !isDetachedPossessive(terms[j + 2])
  ) {
    const next = word(terms[j + 1]);
    const pair = j + 2 < terms.length ? `${next} ${word(terms[j + 2])}` : '';
    if (PLACES.has(next) || PLACES.has(pair)) scores[PLACE] += 6;
  }
  // "the Harrowgate to Kessford line", "the Leeds-Manchester route": the first end of a line,
  // a road or a service is a place, as the one after "to" is
  if (j + 3 < terms.length && !/\S/.test(terms[j].post) && terms[j + 1].normal === 'to' && !/\S/.test(terms[j + 1].post) && /^\p{Lu}/u.test(terms[j + 2].text)) {
    let k = j + 2;
    while (k + 1 < terms.length && k < j + 4 && /^\p{Lu}/u.test(terms[k + 1].text) && !/\S/.test(terms[k].post)) k++;
    if (k + 1 < terms.length && !/\S/.test(terms[k].post) && ROUTE_NOUNS.has(terms[k + 1].normal)) scores[PLACE] += 4;
  }
  // "published in JAMA Neurology", "the journal Nature Medicine": a journal, a publisher's title
  // (also "published on Tuesday in …", "published online this week in …": a time between)
  const publishedBefore = (k: number): boolean => {
    for (let m = k - 1; m >= 0 && m >= k - 5; m--) {
      if (/^(?:published|reported|appeared|appears)$/.test(terms[m].normal)) return true;
      if (breaksAfter(terms, m) || !(terms[m].tags.has('Date') || WHEN_WORDS.has(terms[m].normal))) return false;
    }
    return false;
  };
  const journalAt = (k: number) => k >= 0 && (terms[k].normal === 'journal' || terms[k].normal === 'journals' || (terms[k].normal === 'in' && k > 0 && publishedBefore(k)));
  if (i > 0 && !PLACES.has(key) && !hasTag(terms[i], PLACE_TAGS) && (journalAt(i - 1) || (terms[i - 1].normal === 'the' && journalAt(i - 2)))) scores[ORG] += 4;
  // "the town of Tavildara", "the village of Layron"
  if (i > 1 && terms[i - 1].normal === 'of' && SETTLEMENTS.has(terms[i - 2].normal)) scores[PLACE] += 3;
  // "the towns of Ashby and Dunmore": the second of them too
  else if (i > 3 && terms[i - 1].normal === 'and' && terms[i - 3].normal === 'of' && SETTLEMENTS.has(terms[i - 4].normal) && isCapitalised(terms[i - 2]) && !/\S/.test(terms[i - 2].post)) scores[PLACE] += 3;
  // "the population of Kessford", "the east of Kessford", "residents of Harrowgate": what only a
  // place has (not a possessive: "the rest of Acme's staff")
  // ("no trains north of Preston", "10 miles south of Leeds": a direction without its article
  // says where, of a place only, however personal its name)
  else if (i > 1 && terms[i - 1].normal === 'of' && PLACE_PARTS.has(terms[i - 2].normal) && !breaksAfter(terms, i - 2) && !POSSESSIVE.test(terms[j].text))
    scores[PLACE] += COMPASS.has(terms[i - 2].normal) && (i < 3 || !terms[i - 3].tags.has('Determiner')) ? 6 : 3;
  // "of Mill Lane, Harrowgate", "on Harbour Road, Kessford": the town after a street in an address
  if (i > 0 && n === 1 && /^,\s+$/.test(terms[i - 1].post) && isCapitalised(terms[i - 1]) && STREET_ENDINGS.has(word(terms[i - 1]))) scores[PLACE] += 3;
  // "Margaret Doyle, 58, of Harrogate": where a person named with an age lives
  if (i > 1 && terms[i - 1].normal === 'of' && /^\d{1,3}$/.test(terms[i - 2].text) && /^\s*,\s*$/.test(terms[i - 2].post) && i > 2 && /^\s*,\s*$/.test(terms[i - 3].post)) scores[PLACE] += 4;
  // "the mayor of Harrowgate", "the MP for Kessford", "the MP for Ashcombe and Dunmore": the
  // place an elected office serves
  if (servedPlace(terms, i) || servedPlace(terms, pairedWith(terms, i))) scores[PLACE] += 3;
  // a dateline: "RIVERTON, Ore. (Reuters) —" is where the story was filed, and by which agency
  const dateline = datelineOf(terms);
  if (dateline && j <= dateline.end) {
    scores[i >= dateline.agency ? ORG : PLACE] += 6;
    if (i < dateline.agency) scores[WHERE]++;
  }
  // "Thames Valley Police", "Hexley Borough Council": the last word is the name's head, so a
  // name that ends like an organisation is one however much of a place the words before it
  // are (not a landform or a structure: "Riverside Centre"; nor a listed place: "West Bank")
  if (n > 1 && ORG_SUFFIXES.has(lastWord) && !SURNAME_SUFFIXES.has(lastWord) && !LANDMARKS.has(lastWord) && !PLACES.has(key) && scores[ORG] <= scores[PLACE])
    scores[ORG] = scores[PLACE] + 1;
  // "Campaign to Protect Rural England": a body named for its aim, whatever its aim names
  const to = words.indexOf('to');
  if (to > 0 && AIM_HEADS.has(words[to - 1]) && scores[ORG] <= Math.max(scores[PLACE], scores[PERSON])) scores[ORG] = Math.max(scores[PLACE], scores[PERSON]) + 1;
  // "City beat Arsenal 3-1": a team named by an ordinary word (Arsenal, Rangers, Heat)
  if (teamEvidence(terms, i, j, key, scores) && n === 1 && scores[PERSON] === 0 && scores[PLACE] === 0 && isCommonWord(first)) scores[ORG] += 2;
  return scores;
}

/** Offices held for a place, written before "of" ("mayor of"). */
const OFFICES_OF_PLACE = new Set(['mayor', 'mayoress', 'provost', 'burgomaster']);
/** Offices held for a place, written before "for" ("MP for", "member for", "councillor for"). */
const OFFICES_FOR_PLACE = new Set(['member', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'senator', 'representative']);

/**
 * The name at terms[i] is what an elected office serves: "the mayor of Harrowgate", "Labour
 * MP for Kessford", "the member for Dunmore". Only a place is served so.
 */
function servedPlace(terms: readonly Term[], i: number): boolean {
  if (i < 2 || i >= terms.length || /\S/.test(terms[i - 1].post) || /\S/.test(terms[i - 2].post)) return false;
  const cue = terms[i - 1].normal;
  const office = terms[i - 2];
  const w = word(office);
  if (cue === 'of') return OFFICES_OF_PLACE.has(w) && /^\p{Ll}/u.test(office.text);
  if (cue === 'for') return (LAWMAKERS.has(w) && /^\p{Lu}+$/u.test(office.text)) || (OFFICES_FOR_PLACE.has(w) && /^\p{Ll}/u.test(office.text));
  // ("council leader in Dunmore": "in" says where already)
  return false;
}

/** "the MP for Ashcombe and Dunmore": where the name after "and" at terms[i] has the name it is paired with start (or -1). */
function pairedWith(terms: readonly Term[], i: number): number {
  if (i < 2 || terms[i - 1].normal !== 'and' || /\S/.test(terms[i - 1].post) || /\S/.test(terms[i - 2].post)) return -1;
  let k = i - 2;
  while (k > 0 && k > i - 5 && isCapitalised(terms[k - 1]) && !/\S/.test(terms[k - 1].post)) k--;
  return isCapitalised(terms[k]) ? k : -1;
}

/** Every word of the name is an ordinary word (the last one by the lexicon), none a person's. */
function commonWords(terms: readonly Term[], i: number, j: number): boolean {
  // ("spokesman Per Zetterquist": a person's role before it)
  const before = terms[i - 1];
  if (before && /^\p{Ll}/u.test(before.text) && (before.tags.has('Actor') || PERSON_TITLES.has(before.normal)) && !isRoleWord(before.normal)) return false;
  for (let k = i; k <= j; k++) {
    const t = terms[k];
    const w = word(t);
    if (hasTag(t, PERSON_TAGS) || personal(w) || PERSON_TITLES.has(w) || PLACES.has(w) || isDemonym(w, t) || COMPASS.has(w)) return false;
    if (hasTag(t, PLACE_TAGS) || (k === j && PLACE_SUFFIXES.has(w)) || (k === i && PLACE_PREFIXES.has(w))) return false;
    // ("National" is no word of the lexicon, but the tagger reads it as a plain adjective)
    if (!isCommonWord(w) && !looksCommon(w) && (k === j || t.tags.has('ProperNoun') || !hasTag(t, ['Adjective', 'Verb']))) return false;
  }
  return true;
}

/** The name ends right before a verb, as a sentence's subject: "National Grid warned". */
function subjectAt(terms: readonly Term[], j: number): boolean {
  return j + 1 < terms.length && !/\S/.test(terms[j].post) && terms[j + 1].tags.has('Verb') && !terms[j + 1].tags.has('Gerund');
}

/**
 * The name is who acts, after a preposition: the agent of a passive ("services were cut by
 * Network Rail", "a plan approved by Highways England") or a source ("according to …").
 */
function agentAt(terms: readonly Term[], i: number): boolean {
  if (i < 2 || /\S/.test(terms[i - 1].post) || /\S/.test(terms[i - 2].post)) return false;
  const by = terms[i - 1].normal;
  if (by === 'to') return terms[i - 2].normal === 'according';
  if (by !== 'by') return false;
  // the participle ("held back by"), or the form of "be" before one the tagger read as a
  // noun ("were cut by")
  const verb = terms[i - 2];
  if (hasTag(verb, ['PastTense', 'Participle', 'Passive'])) return true;
  for (let k = i - 2; k >= i - 3 && k >= 1; k--) {
    if (/\S/.test(terms[k - 1].post)) return false;
    if (hasTag(terms[k - 1], ['Copula', 'Passive'])) return true;
  }
  return false;
}

/** What a pollster, a researcher or a statistics office puts out, before "from" or "by" and its source. */
const DATA_NOUNS = new Set(
  'data|figures|statistics|stats|numbers|research|analysis|survey|surveys|poll|polls|polling|study|studies|estimates|estimate|projections|forecasts|findings|index'.split('|'),
);

/** The name is the source of figures: "data from Kantar", "a poll by Ipsos", "research from Acme". */
function dataSourceAt(terms: readonly Term[], i: number): boolean {
  if (i < 2 || /\S/.test(terms[i - 1].post) || /\S/.test(terms[i - 2].post)) return false;
  const by = terms[i - 1].normal;
  return (by === 'from' || by === 'by') && DATA_NOUNS.has(terms[i - 2].normal);
}

/** Role nouns for a business that name a person's trade too ("the tour operator Sunward", "crane operator Tom Hill"). */
const PERSON_OR_FIRM_ROLES = new Set(['operator', 'supplier', 'brewer', 'miner', 'haulier', 'producer', 'developer', 'publisher', 'manufacturer', 'distributor']);

/** The people of a trade, in the plural, before the name of the firm they make ("auditors KPMG"). */
const FIRM_TRADES = new Set('administrators|accountants|auditors|lawyers|solicitors|consultants|brokers|stockbrokers|liquidators|receivers|pollsters|housebuilders'.split('|'));

/** "analysts Ana Ruiz and Tom Hart": the name is one of several joined by "and". */
function joinsAnother(terms: readonly Term[], j: number): boolean {
  return j + 2 < terms.length && !/\S/.test(terms[j].post) && terms[j + 1].normal === 'and' && isCapitalised(terms[j + 2]);
}

/** Pronouns that refer only to a person ("her" may be an object: "Acme hired her"). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'himself', 'herself']);

/**
 * What the sentence says a name does that only a person does: a verb of a person right after
 * it ("Brannock responded", "Vesselin smiled", "Kim said"), "who" in apposition ("Ortwell,
 * who founded the charity"), and "he" or "she" later in the clause it is the subject of
 * ("Dunphy rejected the plan because she thought…"), before any other name "she" could be
 * (and not after "it": "Talvik said it would cut his pay").
 */
function humanEvidence(terms: readonly Term[], j: number): number {
  let k = j + 1;
  if (k >= terms.length) return 0;
  if (/^,\s*$/.test(terms[j].post) && terms[k].normal === 'who') return 1.5;
  if (/\S/.test(terms[j].post)) return 0;
  // "Brannock later responded"
  if (terms[k].tags.has('Adverb') && !/\S/.test(terms[k].post) && k + 1 < terms.length) k++;
  const verb = terms[k];
  if (!verb.tags.has('Verb')) return 0;
  let points = HUMAN_VERB_FORMS.has(verb.normal) ? 0.5 : 0;
  for (let m = k + 1; m < terms.length && m <= k + 10; m++) {
    const t = terms[m];
    if (isCapitalised(t) || t.normal === 'it' || t.normal === 'its') break;
    if (PERSONAL_PRONOUNS.has(t.normal)) {
      points += 1;
      break;
    }
  }
  return points;
}

/**
 * "is a nurse", "was the last doctor to leave", "is a retired teacher": "is" or "was" after
 * the name, then "a" or "the" and a few words whose head is a noun for what a person is.
 */
function predicateRole(terms: readonly Term[], j: number): boolean {
  const verb = terms[j + 1];
  const article = terms[j + 2];
  if (!verb || !article || /\S/.test(terms[j].post) || !/^(?:is|was)$/.test(verb.normal) || !/^(?:a|an|the)$/.test(article.normal)) return false;
  for (let m = j + 3; m < terms.length && m <= j + 6; m++) {
    const t = terms[m];
    if (!/^\p{Ll}/u.test(t.text)) return false;
    const next = terms[m + 1];
    // the head noun: the last noun before punctuation or a word that is no noun ("the host broadcaster")
    const head = t.tags.has('Noun') && !t.tags.has('Adjective') && (/\S/.test(t.post) || !next || !next.tags.has('Noun') || !/^\p{Ll}/u.test(next.text));
    if (head) return PERSON_NOUNS.has(t.normal) && !ALSO_FIRMS.has(t.normal);
    if (/\S/.test(t.post)) return false;
  }
  return false;
}

/** Nouns for people that a company can be as well ("Acme is the owner", "a candidate for takeover"). */
const ALSO_FIRMS = new Set(['owner', 'host', 'client', 'customer', 'driver', 'incumbent', 'challenger', 'veteran', 'candidate', 'guest', 'guard', 'founder', 'relative', 'friend', 'survivor', 'victim', 'witness', 'defendant', 'plaintiff', 'suspect']);

/**
 * A given name and a landform or structure word that is also a surname ("Faith Hill", "Ana
 * Wood", "Tom Marsh"): the first word is no place, landform, compass point, nationality or
 * describing word ("Castle Hill" and "North Downs" are places).
 */
function landformSurname(terms: readonly Term[], i: number, words: readonly string[]): boolean {
  if (words.length !== 2 || !LANDMARKS.has(words[1])) return false;
  const first = words[0];
  const t = terms[i];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || hasTag(t, ['Adjective', 'Comparative', 'Superlative', 'Possessive', 'Value'])) return false;
  if (PLACES.has(first) || LANDMARKS.has(first) || PLACE_SUFFIXES.has(first) || PLACE_PREFIXES.has(first) || COMPASS.has(first) || isDemonym(first, t)) return false;
  // a given name, or an ordinary word used as one ("Faith", "Grace"); not a word no dictionary
  // knows, which may be a building's or a district's ("Capitol Hill", "Notting Hill")
  const tags = lexiconTags(first);
  return !!tags && !hasTagIn(tags, PLACE_TAGS) && (isGivenName(first) || isCommonWord(first));
}

/**
 * "Critics mocked Ode for his bold claim", "Fans booed Ode when he came on": one word, the
 * object of the clause, that "his", "he" or "she" after it refers to, when nothing before it in
 * the sentence could be the one meant (no name, no person's word, no pronoun: "Kim sued Acme
 * over his dismissal" is Kim's) and nothing between ("its", another name) takes the pronoun.
 */
function objectReferent(terms: readonly Term[], i: number, j: number): number {
  if (i === 0 || /\S/.test(terms[j].post)) return 0;
  const before = terms[i - 1];
  if (!hasTag(before, ['Verb', 'Preposition']) || hasTag(before, ['Copula', 'Auxiliary'])) return 0;
  for (let k = 0; k < i; k++) {
    const t = terms[k];
    if (hasTag(t, PERSON_TAGS) || t.tags.has('Pronoun') || (k > 0 && isCapitalised(t)) || (k === 0 && t.tags.has('ProperNoun') && !t.tags.has('Plural'))) return 0;
  }
  for (let m = j + 1; m < terms.length && m <= j + 4; m++) {
    const t = terms[m];
    if (isCapitalised(t) || t.normal === 'it' || t.normal === 'its' || t.normal === 'their' || t.normal === 'they') return 0;
    if (PERSONAL_PRONOUNS.has(t.normal)) return 1.5;
    if (/[.;:!?]/.test(t.post)) return 0;
  }
  return 0;
}

/**
 * "Kessane stayed away from the vote. He later called it a farce.": a sentence that opens
 * with "He" or "She" refers back to the subject of the sentence before, its opening name,
 * when no other name there could be the one meant (one after a preposition is not: "… in
 * Dunmore"). The index of that name in `before` (the names of the sentence before), or -1.
 */
export function referredSubject(opening: readonly Term[], previous: readonly Term[], before: readonly NameSpan[]): number {
  const t = opening[0];
  if (!t || !/^(?:He|She)$/.test(t.text) || !before.length || before[0].first !== 0) return -1;
  for (let k = 1; k < before.length; k++) {
    const name = before[k];
    if (name.first === 0 || !previous[name.first - 1].tags.has('Preposition')) return -1;
  }
  return 0;
}

/**
 * "his first goal since joining from Harrowgate Town", "signed for Marlow City", "on loan
 * from Dunmore United": a club a player moves between, named with a club's ending.
 */
function transferredWith(terms: readonly Term[], i: number, j: number): boolean {
  if (i < 2 || !CLUB_ENDINGS.has(word(terms[j])) || breaksAfter(terms, i - 1) || breaksAfter(terms, i - 2)) return false;
  const link = terms[i - 1].normal;
  const verb = terms[i - 2].normal;
  return (link === 'from' && (TRANSFERS.has(verb) || verb === 'loan')) || (link === 'for' && /^sign(?:ed|ing|s)?$/.test(verb));
}

/** Verbs of a player's move between clubs, before "from" ("joining from", "signed from"). */
const TRANSFERS = new Set(['join', 'joins', 'joined', 'joining', 'sign', 'signs', 'signed', 'signing', 'recalled']);
/** Last words of a club's name that a town's name may also have. */
const CLUB_ENDINGS = new Set(['town', 'city', 'county', 'united', 'rovers', 'athletic', 'albion', 'wanderers', 'rangers', 'borough']);

/**
 * A place's name that plays is its club, and so is one word shaped like a surname that
 * heads a results row ("Preston 2 Lincoln 1"): a mention for TEAM (the article's other
 * mentions decide the name, entities.ts). A country's name stays the country's ("France
 * beat Mexico").
 */
function teamEvidence(terms: readonly Term[], i: number, j: number, key: string, scores: Scores): boolean {
  const row = inResultsRow(terms, i, j);
  // "Chicago beat Boston": a place that wins or loses a match
  const plays =
    row ||
    (j + 1 < terms.length && !breaksAfter(terms, j) && MATCH_VERBS.has(terms[j + 1].normal)) ||
    (i > 0 && !breaksAfter(terms, i - 1) && MATCH_VERBS.has(terms[i - 1].normal)) ||
    transferredWith(terms, i, j);
  const team = scores[PLACE] > scores[PERSON] ? plays || actsAsTeam(terms, i, j) : row && (i === j || (!scores[PERSON] && !/\S/.test(terms[j].post)));
  if (team && !isCountry(terms, i, j, key)) scores[TEAM] += 1;
  // "in Leeds", "at Leeds", and a dateline's place ("LEEDS 1996-08-30"): where, not who
  const before = i > 0 && !/\S/.test(terms[i - 1].post) ? terms[i - 1].normal : '';
  if (/^(?:in|at|near)$/.test(before) ? !(i > 1 && IN_SOMEONE.has(terms[i - 2].normal)) : i === 0 && datedLine(terms, j)) scores[WHERE] += 1;
  return plays;
}

/** A line that is a name, perhaps its region, and a date ("LEEDS, England 1996-08-30"). */
function datedLine(terms: readonly Term[], j: number): boolean {
  const last = terms[terms.length - 1];
  return terms.length - j <= 3 && (last.tags.has('Date') || /^\d{4}-\d\d-\d\d$/.test(last.text));
}

/** Sports roles between a club's name and a player's ("Marlow striker Ian Moss"). */
const SPORT_ROLES = new Set(
  'captain|skipper|coach|manager|boss|striker|forward|midfielder|defender|goalkeeper|keeper|winger|playmaker|batsman|bowler|all-rounder|pitcher|quarterback|team-mate|teammate'.split(
    '|',
  ),
);
/** Results before "over", "against", "with" and a club ("a 2-1 win over Leeds", "their match against Kent"). */
const SPORT_RESULTS = new Set('victory|victories|win|wins|winners|defeat|defeats|loss|losses|draw|match|game|lead|triumph|clash|semifinal|final|fixture'.split('|'));
/** Verbs of a player's club before "for" ("played for Leeds", "scored for Kent"). */
const PLAYS_FOR = /^(?:played|plays|playing|signed|scored|scores|homered|equalised|equalized)$/;

/**
 * What only a club does in the sentence: a player of it is named with a sports role
 * ("Leeds striker Ian Moss"), a result is against it ("a win over Leeds", "a defeat to
 * Leeds"), someone plays or scores for it, joins it.
 */
function actsAsTeam(terms: readonly Term[], i: number, j: number): boolean {
  const glued = (k: number) => !/\S/.test(terms[k].post);
  const after = terms[j + 1];
  if (after && glued(j) && SPORT_ROLES.has(after.normal) && glued(j + 1) && terms[j + 2] && isCapitalised(terms[j + 2])) return true;
  if (after && glued(j) && playsAfter(terms, j + 1)) return true;
  // "Exeter levelled through a penalty", "Leeds had scored twice": only a side scores (the
  // subject itself: not "Berg of Valdoria scored")
  if (after && glued(j) && scoresAfter(terms, j + 1) && !(i > 0 && /^(?:of|in|at|from|for|with|near)$/.test(terms[i - 1].normal))) return true;
  // ("Stockport County, who drew 1-1 at Walsall")
  if (after && /^\s*,\s*$/.test(terms[j].post) && /^(?:who|which)$/.test(after.normal) && glued(j + 1) && terms[j + 2] && playsAfter(terms, j + 2)) return true;
  if (i < 1 || !glued(i - 1)) return false;
  const before = terms[i - 1].normal;
  if (/^(?:joined|joins|join)$/.test(before)) return true;
  if (i < 2 || !glued(i - 2)) return false;
  const head = terms[i - 2].normal;
  // "fans of Marlow Town", "the manager of Marlow Town": who follows, plays for or runs a club
  if (before === 'of' && FOLLOWERS.has(head)) return true;
  if (/^(?:over|against|with)$/.test(before)) return SPORT_RESULTS.has(head);
  if (before === 'to') return /^(?:defeat|defeats|loss|losses|lost)$/.test(head);
  return before === 'for' && PLAYS_FOR.test(head);
}

/** Who follows, plays for or runs a club, before "of" ("fans of Marlow Town"). */
const FOLLOWERS = new Set('fans|players|squad|manager|boss|coach|captain'.split('|'));
/** What befalls only a club in a league, after "were", "have been", "will be". */
const LEAGUE_FATES = /^(?:relegated|promoted)$/;
/** A match's score ("2-1", "3–0"). */
const SCORE = /^\d{1,2}[-–]\d{1,2}$/;

/**
 * After a name, from terms[k]: what only a club does, "were relegated", "have been promoted",
 * "won 2-1", "lost 3-0 at home".
 */
/** What only a side in a match does: "levelled", "scored", "equalised". */
const SCORING = /^(?:scored|scores|levelled|leveled|levels|equalised|equalized|equalises|equalizes|conceded|concedes)$/;

function scoresAfter(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  if (SCORING.test(t.normal)) return true;
  return hasTag(t, ['Auxiliary']) && !/\S/.test(t.post) && !!terms[k + 1] && SCORING.test(terms[k + 1].normal);
}

function playsAfter(terms: readonly Term[], k: number): boolean {
  const t = terms[k];
  if (/^(?:won|lost|drew|led|trailed|win|lose|draw|lead|trail|wins|loses|draws|leads|trails)$/.test(t.normal)) {
    return k + 1 < terms.length && !/\S/.test(t.post) && SCORE.test(terms[k + 1].text);
  }
  let m = k;
  // "were", "have been", "will be", "could have been"
  while (m < terms.length && m < k + 3 && hasTag(terms[m], ['Copula', 'Auxiliary', 'Modal']) && !/\S/.test(terms[m].post)) m++;
  if (m === k || m >= terms.length) return false;
  // ("were knocked out of the cup"; not "was beaten to the title", which a city bidding is)
  return LEAGUE_FATES.test(terms[m].normal) || (terms[m].normal === 'knocked' && terms[m + 1]?.normal === 'out');
}

/** A country's name: its national side is named after it, and remains the country. */
function isCountry(terms: readonly Term[], i: number, j: number, key: string): boolean {
  // "U.S.", "UK": a place written as initials is a country
  if (lexiconTags(key)?.includes('Country') || (i === j && PLACES.has(key) && isAllCaps(terms[i]) && key.length <= 3)) return true;
  for (let k = i; k <= j; k++) if (terms[k].tags.has('Country')) return true;
  return false;
}

/** "'s" written apart from its word, as a tokenised wire text has it ("Comelf 's output"). */
function isDetachedPossessive(t: Term | undefined): boolean {
  return !!t && t.normal === 's' && /['’]$/.test(t.pre);
}

/**
 * What the sentence says a name does that only a company or a club does: it has shares and
 * a chief executive ("Pirelli shares", "Lunova's chief executive", "a stake in Marlow
 * Hatch"), analysts work at it, it reports a profit, an appositive calls it a bank or a law
 * firm, or its name joins two names with "&" ("Marks & Spencer"). A person can share a
 * surname with a firm; what is said about the name tells them apart.
 */
function companyEvidence(terms: readonly Term[], i: number, j: number, words: readonly string[]): number {
  let points = 0;
  const glued = (k: number) => !/\S/.test(terms[k].post);
  if (FIRMS_NAMED_LIKE_PEOPLE.has(words.join(' '))) points += 3;
  // "Ernst & Young", "AT&T"
  if (words.includes('&') || (words.length === 1 && /\p{L}&\p{L}/u.test(terms[i].text))) points += 3;
  // after the name: "Pirelli shares", "Lunova's chief executive", "Comelf 's six-month output"
  let k = j + 1;
  const possessive = POSSESSIVE.test(terms[j].text) || isDetachedPossessive(terms[k]);
  if (isDetachedPossessive(terms[k])) k++;
  if (possessive && k < terms.length && !terms[k].text) k++;
  if (k < terms.length && glued(j) && (possessive || /^\p{Ll}/u.test(terms[k].text))) {
    const held = possessive ? COMPANY_POSSESSIONS : COMPANY_MODIFIED;
    // a possessive may have a modifier or two before its noun ("Pirelli's cables division")
    const reach = possessive ? Math.min(terms.length, k + 3) : k + 1;
    for (let m = k; m < reach; m++) {
      const t = terms[m];
      if (!/^\p{Ll}/u.test(t.text)) break;
      const two = m + 1 < terms.length ? `${t.normal} ${terms[m + 1].normal}` : '';
      const three = m + 2 < terms.length ? `${two} ${terms[m + 2].normal}` : '';
      if (held.has(t.normal) || held.has(two) || held.has(three)) {
        points += 2;
        break;
      }
      if (!glued(m)) break;
    }
  }
  // "reported a net loss", "posted record profits"
  if (j + 2 < terms.length && glued(j) && RESULT_VERBS.has(terms[j + 1].normal)) {
    for (let m = j + 2; m < terms.length && m <= j + 6; m++) {
      if (RESULTS.has(terms[m].normal)) {
        points += 3;
        break;
      }
      if (!glued(m - 1) || /^\p{Lu}/u.test(terms[m].text)) break;
    }
  }
  // "Marlow Hatch, the law firm, said", "Lunova, a chipmaker based in Oslo", "Halden, Norway's
  // largest food maker"
  const determiner = j + 2 < terms.length && /^,\s*$/.test(terms[j].post) ? terms[j + 1] : undefined;
  let from = !determiner
    ? -1
    : /^(?:the|a|an)$/.test(determiner.normal) || (POSSESSIVE.test(determiner.text) && isCapitalised(determiner))
      ? j + 2
      : isDetachedPossessive(terms[j + 2]) && isCapitalised(determiner)
        ? j + 3
        : -1;
  // compromise may read "Norway's largest" as "Norway is largest", with an empty verb term
  while (from > 0 && from < terms.length && !terms[from].text) from++;
  if (from > 0) {
    for (let m = from; m < terms.length && m <= from + 4; m++) {
      const t = terms[m];
      if (!/^\p{Ll}/u.test(t.text)) break;
      // ("Hope North, a children's charity,": a possessive that says whom it serves)
      if (POSSESSIVE.test(t.text)) {
        if (glued(m) && terms[m + 1] && /^\p{Ll}/u.test(terms[m + 1].text)) continue;
        break;
      }
      // the head noun is the last word before punctuation or a verb ("a chipmaker based in Oslo")
      const next = terms[m + 1];
      const last = !next || !(glued(m) || terms[m].post === '-') || !/^\p{Ll}/u.test(next.text) || hasTag(next, ['Verb', ...FUNCTION_TAGS]);
      if (last) {
        // (not "… recorded at Berry Head, the agency said": a speaker after the comma, no appositive)
        if (isRoleWord(t.normal) && t.normal !== 'partner' && t.normal !== 'rival' && !(next && glued(m) && SPEECH_CUES.has(next.normal))) points += 3;
        break;
      }
    }
  }
  // "Halvorsen said in a note to clients": banks and brokers write notes
  if (j + 4 < terms.length && glued(j) && SPEECH_CUES.has(terms[j + 1].normal) && terms[j + 2].normal === 'in') {
    const note = terms[j + 4].normal === 'note' || (terms[j + 4].normal === 'research' && terms[j + 5]?.normal === 'note');
    if (/^(?:a|its)$/.test(terms[j + 3].normal) && note) points += 3;
  }
  // "Lloyds said it would cut jobs", "Talvik said on Monday its profit rose": the firm is "it"
  if (j + 2 < terms.length && glued(j) && SPEECH_CUES.has(terms[j + 1].normal)) {
    for (let m = j + 2; m < terms.length && m <= j + 5; m++) {
      const w = terms[m].normal;
      if (w === 'it' || w === 'its') {
        if (!/^(?:was|is|had|has)$/.test(terms[m + 1]?.normal ?? '')) points += 1.5;
        break;
      }
      if (!glued(m - 1) || !/^(?:that|on|in|late|early|last|this|\p{Lu}\p{Ll}+day)$/u.test(terms[m].text)) break;
    }
  }
  if (i > 1 && glued(i - 1) && glued(i - 2)) {
    const before = terms[i - 1].normal;
    const head = terms[i - 2].normal;
    // "a stake in Lunova", "shares of Marlow Hatch", "the chief executive of Talvik"
    // (not "percent of Ruiz voters", where the name only describes the voters)
    const describes = j + 1 < terms.length && glued(j) && /^\p{Ll}/u.test(terms[j + 1].text) && terms[j + 1].tags.has('Plural');
    if ((before === 'of' || before === 'in') && COMPANY_HOLDINGS.has(head) && !describes) points += 3;
    // "analysts at Morgan Stanley": people at work at the firm
    if ((before === 'at' || before === 'with') && WORKFORCE.has(head)) points += 4;
  }
  return points;
}

const datelines = new WeakMap<readonly Term[], Dateline | null>();

/** A dateline's last term, its agency's first (past the end when none), and its place's last term. */
export interface Dateline {
  end: number;
  agency: number;
  place: number;
}

/**
 * The dateline opening a sentence, if there is one: a place in capitals ("RIVERTON",
 * "NEW YORK"), perhaps its state or country ("Ore.", "Texas", "Puerto Rico"), perhaps a date
 * ("Dec 1", "March 3"), perhaps a news agency in brackets ("(AP)"), then a dash. Gives the
 * index of its last term, of the agency's first (past the end when there is none) and of the
 * place's last.
 */
export function datelineOf(terms: readonly Term[]): Dateline | null {
  let found = datelines.get(terms);
  if (found !== undefined) return found;
  found = null;
  const n = terms.length;
  const gap = (k: number) => terms[k].post + (terms[k + 1]?.pre ?? '');
  // a dash, not the hyphen inside "AL-RAM"
  const dash = (k: number) => /(?:^|\s)[-–—]+\s*$/.test(gap(k)) && /[\s–—]/.test(gap(k));
  const opens = (k: number) => /\(\s*$/.test(gap(k));
  const comma = (k: number) => /^,\s*$/.test(gap(k));
  // "RIVERTON", "NEW YORK", but not the agency of "WASHINGTON (AP)"
  let k = 0;
  while (k < n - 1 && k < 3 && isAllCaps(terms[k]) && /^\.?\s*$/.test(gap(k))) k++;
  if (k < n && isAllCaps(terms[k])) {
    let end = k;
    // ", Ore." / ", Texas" / ", Puerto Rico" / ", D.C.", ending at a comma, a bracket or the dash
    const region = (r: number) => isCapitalised(terms[r]) && (!isAllCaps(terms[r]) || terms[r].text.endsWith('.')) && !terms[r].tags.has('Date');
    if (comma(end)) {
      let r = end + 1;
      while (r < n - 1 && r < end + 3 && region(r) && /^\.?\s*$/.test(gap(r))) r++;
      if (r < n && region(r) && (comma(r) || opens(r) || dash(r))) end = r;
    }
    // ", Dec 1" / " March 3"
    if ((comma(end) || /^\s+$/.test(gap(end))) && end + 2 < n && terms[end + 1].tags.has('Month') && /^\d{1,2}$/.test(terms[end + 2].text)) end += 2;
    let agency = n;
    // "(AP)", "(Reuters)"
    if (opens(end)) {
      const next = end + 1;
      let a = next;
      while (a < n && a < next + 4 && isCapitalised(terms[a]) && !terms[a].post.includes(')')) a++;
      if (a < n && isCapitalised(terms[a]) && terms[a].post.startsWith(')') && dash(a)) {
        agency = next;
        end = a;
      }
    }
    if (dash(end) && end < n - 1) found = { end, agency, place: k };
  }
  datelines.set(terms, found);
  return found;
}

function isScore(t: Term | undefined): boolean {
  return !!t && t.tags.has('Value') && /^\d{1,3}$/.test(t.text);
}

/**
 * A line of sports results ("Leeds 2 Chelsea 1") or standings ("Chicago 71 64 .526"): the
 * name is followed by a score and faces another name with a score, or heads a row of numbers.
 */
function inResultsRow(terms: readonly Term[], i: number, j: number): boolean {
  // "Ashgate City 1-2 Harrow Town": a score written as a range, between the teams
  if (/^\d{1,2}-\d{1,2}$/.test(terms[j + 1]?.text ?? '') || (i > 0 && !terms[i - 1].text && resultLine(terms))) return resultLine(terms);
  if (!isScore(terms[j + 1])) return false;
  // "Ana Ruiz (Spain) 69 71": a nationality in brackets after a competitor's name
  if (/\(\s*$/.test(terms[i].pre + (i > 0 ? terms[i - 1].post : '')) && terms[j].post.trim().startsWith(')')) return false;
  if (isScore(terms[j + 2]) && isScore(terms[j + 3])) return true;
  const next = terms[j + 2];
  if (next && isCapitalised(next)) {
    for (let k = j + 3; k < terms.length && k < j + 7; k++) {
      if (isScore(terms[k])) return true;
      if (!isCapitalised(terms[k])) break;
    }
  }
  return i > 0 && isScore(terms[i - 1]);
}

/**
 * A nationality or group word: from the list, or formed from a listed place ("Zairean",
 * "Kenyan", "Pakistani", "Japanese").
 */
export function isDemonym(w: string, t?: Term): boolean {
  if (DEMONYMS.has(w) || t?.tags.has('Demonym')) return true;
  if (w.length < 5 || w.includes(' ')) return false;
  const single = w.endsWith('s') ? w.slice(0, -1) : w;
  const bases: string[] = [];
  if (single.endsWith('an')) bases.push(single.slice(0, -1), single.slice(0, -2));
  if (single.endsWith('ian')) bases.push(`${single.slice(0, -3)}a`);
  if (single.endsWith('ese')) bases.push(single.slice(0, -3), `${single.slice(0, -3)}a`);
  if (single.endsWith('i')) bases.push(single.slice(0, -1));
  return bases.some((b) => b.length >= 3 && PLACES.has(b));
}

/**
 * Names in a headline line, where capitals carry no information: only names the rest of
 * the document typed, and the place list, are recognised (longest match first).
 */
export function* matchHeadline(
  terms: readonly Term[],
  sentence: number,
  text: string,
  known: ReadonlyMap<string, Scores>,
  pace: Pace,
): Generator<void, NameSpan[]> {
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < terms.length) {
    // up to six look-ups from each term
    if (pace.walked(6)) yield;
    let matched = -1;
    let key = '';
    let k = i;
    let joined = '';
    while (k < terms.length && k < i + 6) {
      joined = joined ? `${joined} ${word(terms[k])}` : word(terms[k]);
      if (known.has(joined) || PLACES.has(joined)) {
        matched = k;
        key = joined;
      }
      if (breaksAfter(terms, k)) break;
      k++;
    }
    if (matched < 0 || !/\p{L}/u.test(terms[i].text)) {
      i++;
      continue;
    }
    const start = terms[i].start;
    const end = nameEnd(terms[matched]);
    const scores = noScores();
    if (PLACES.has(key)) scores[PLACE] += 4;
    // a standings row in capitals ("LEEDS 12 7 3 2 24"), "WIGAN BEAT BRADFORD"
    teamEvidence(terms, i, matched, key, scores);
    spans.push({
      sentence,
      first: i,
      last: matched,
      start,
      end,
      text: ownString(text.slice(start, end)),
      key,
      words: key.split(' '),
      scores,
      title: null,
      headline: true,
      modifier: false,
      notes: {},
    });
    i = matched + 1;
  }
  return spans;
}
