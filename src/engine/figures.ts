// Stage 6: figures a reader would want sourced (percentages, money, counts, rates,
// measurements, multiples) and whether their sentence credits a source.
//
// What is a figure: a number with its unit ("8.5%", "$4.2 billion", "2,400 jobs", "12
// miles", "$15 an hour", "doubled"). Money, percentages, rates, measurements and
// multiples always count; a count of things counts from ten up ("two children" carries no
// news weight, "2,400 jobs" does), a count of casualties, arrests or evacuations from two
// ("seven people died"). Not figures: years, dates, times, durations ("30 years"), ages
// ("Kim, 34,"; "a 34-year-old"; "Now 26, Okafor …"; "moved to Dayton at 19"; "Mensah is
// 19"), ordinals, numbers inside names (G7, COVID-19, Interstate 95, Section 230), page
// and list numbers, scores ("52-48"), and any number inside a quotation (the quote's
// attribution covers it), a heading or a region that is not prose.
//
// The scan is character-level over each sentence, with compromise's tags (looked up by
// offset) deciding what is a noun. Sourcing is sourcing.ts's, shared with claims.

import type { Context } from './context';
import type { LocalParagraph } from './document';
import type { Figure, FigureKind, Paragraph, ParagraphKind, Source, Span, Speaker } from './model';
import { creditEntity, FAR_CARRIED, FAR_FIELDS, sourcesOf, type RunSources } from './credits';
import { personNoun } from './lexicon';
import { lexiconKind } from './nlp';
import { overlapsAny } from './sourcing';
import { firstAfter, firstAtOrAfter } from './sorted';
import { cacheGeneration } from './tagging';
import { creditLineIndex, creditLineSource, footnoteSource, holdsFootnoteReference } from './creditLines';
import { LocalCache, LONG_SENTENCE, longSentenceAhead, MAX_LOCAL_SENTENCES, textAt } from './localCache';
import { SentenceCache } from './sentenceCache';
import type { Term } from './tagging';
import { runToEnd } from './slicing';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A numeral, possibly with a currency sign: "$4.2", "2,400", "10:30". */
  numeral: boolean;
  word: boolean;
}

// a decimal may start with its point: a batting average of .312, a rise of .5 percent
const TOKEN = /[$€£¥₩₹₦₵₱₽₺₫₴₪฿৳]?\d+(?:[.,:]\d+)*|(?<![\p{L}\p{N}.])\.\d+|\p{L}+(?:['’]\p{L}+)*|\S/gu;

const CURRENCY_SIGNS = /^[$€£¥₩₹₦₵₱₽₺₫₴₪฿৳]/;
/** A currency sign standing alone. */
const CURRENCY_SIGN = /^[$€£¥₩₹₦₵₱₽₺₫₴₪฿৳]$/;
const CURRENCY_CODES = new Set(['us', 'a', 'c', 'nz', 'hk', 's', 'r', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'krw', 'rs', 'inr', 'gh']);
/**
 * Currencies written touching the number, without a sign: the Kenyan, Ugandan and Tanzanian
 * shilling ("Sh4.2 billion", "KSh900 million"), the rupee and rupiah ("Rs500", "Rp2.1
 * trillion"), the ringgit ("RM45 million"); and, only before a scale ("N50bn", "R12
 * billion", "K3 million"), the naira, rand and kwacha, whose letters also name roads and
 * grades ("the N1", "R2").
 */
const TOUCHING_CURRENCIES = new Set(['sh', 'ksh', 'ush', 'tsh', 'rs', 'rp', 'rm']);
const TOUCHING_CURRENCIES_BEFORE_SCALE = new Set(['n', 'r', 'k']);
const CURRENCY_WORDS = new Set([
  'dollar', 'dollars', 'cent', 'cents', 'penny', 'pence', 'euro', 'euros', 'yen', 'yuan', 'renminbi', 'won', 'rupee',
  'rupees', 'peso', 'pesos', 'ruble', 'rubles', 'rouble', 'roubles', 'franc', 'francs', 'dinar',
  'dinars', 'shekel', 'shekels', 'lira', 'real', 'reais', 'rand', 'krona', 'kronor', 'krone',
  'kroner', 'zloty', 'baht', 'ringgit', 'naira', 'shilling', 'shillings', 'dirham', 'dirhams',
  'riyal', 'riyals', 'bitcoin', 'bitcoins', 'sterling',
]);
/** A word table with no prototype, so that "constructor" or "toString" in an article is no number word. */
function wordTable(entries: Record<string, number>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, entries);
}

// (lakh and crore: a hundred thousand and ten million, as Indian and South Asian copy counts)
const SCALES: Record<string, number> = wordTable({
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, trillion: 1e12,
});
const SCALE_SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12 };
const MEASURE_UNITS = new Set([
  'mile', 'miles', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'km', 'meter', 'meters',
  'metre', 'metres', 'foot', 'feet', 'ft', 'inch', 'inches', 'yard', 'yards', 'acre', 'acres',
  'hectare', 'hectares', 'ton', 'tons', 'tonne', 'tonnes', 'pound', 'pounds', 'lb', 'lbs',
  'kilogram', 'kilograms', 'kg', 'gram', 'grams', 'ounce', 'ounces', 'oz', 'liter', 'liters',
  'litre', 'litres', 'gallon', 'gallons', 'barrel', 'barrels', 'degree', 'degrees', 'mph',
  'megawatt', 'megawatts', 'mw', 'gigawatt', 'gigawatts', 'gw', 'kilowatt', 'kilowatts', 'kw',
  'kwh', 'watts', 'volts', 'point', 'points', 'bushel', 'bushels', 'calorie', 'calories',
  'square', 'cubic', 'knot', 'knots', 'magnitude', 'centimeter', 'centimeters', 'millimeter',
  'millimeters', 'cm', 'mm', 'bps', 'basis', 'kph', 'kmh',
]);
const DURATIONS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute',
  'minutes', 'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'night', 'nights',
  'term', 'terms', 'yr', 'yrs',
]);
const RATE_NOUNS = new Set([
  'hour', 'day', 'week', 'month', 'year', 'share', 'barrel', 'gallon', 'person', 'capita', 'head',
  'mile', 'pound', 'ton', 'tonne', 'household', 'student', 'resident', 'residents', 'people',
  'kilowatt-hour', 'unit', 'ticket', 'night', 'visit', 'dose', 'pupil', 'worker', 'employee',
  'voter', 'voters', 'adult', 'adults', 'child', 'children', 'man', 'woman', 'women', 'men',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);
/** Words before a number that make it a label: "page 12", "No. 3", "Flight 370". */
const LABELS = new Set([
  'page', 'pages', 'chapter', 'chapters', 'item', 'no', 'nos', 'number', 'line', 'lines', 'step',
  'figure', 'fig', 'table', 'room', 'section', 'article', 'episode', 'season', 'volume', 'vol',
  'issue', 'rule', 'clause', 'paragraph', 'verse', 'district', 'precinct', 'ward', 'route',
  'highway', 'interstate', 'exit', 'gate', 'flight', 'bus', 'apartment', 'apt', 'suite', 'unit',
  'version', 'level', 'phase', 'stage', 'category', 'class', 'grade', 'model', 'size', 'channel',
  'terminal', 'pier', 'lane', 'platform', 'game', 'round', 'week', 'day', 'act', 'scene', 'title',
  'proposition', 'prop', 'amendment', 'measure', 'question', 'box', 'lot', 'block', 'row', 'seat',
  'aged', 'age', 'ages', 'hole', 'mile', 'marker', 'code', 'form', 'bill', 'resolution', 'docket',
  'case', 'rank', 'ranked', 'ranking', 'score', 'scored', 'tier', 'zone', 'sector', 'ss', 'p', 'pp',
  'log', 'reference', 'ref', 'incident', 'serial', 'extension', 'ext', 'ticket', 'invoice', 'batch', 'bay', 'junction',
]);
/** Plural labels before two numbers: "pages 4 to 9", "junctions 10 and 11". */
const PLURAL_LABELS = new Set(['junctions', 'pages', 'chapters', 'sections', 'articles', 'clauses', 'paragraphs', 'rooms', 'gates', 'platforms', 'exits', 'routes', 'lines', 'items', 'rounds', 'episodes', 'seasons', 'verses', 'wards', 'districts']);
/** Verbs before a phone number: "call 101", "dial 999 or 112", "text 88088". */
const PHONE_VERBS = new Set(['call', 'calling', 'dial', 'dialling', 'dialing', 'ring', 'phone', 'text', 'texting']);
/** Capitalised words that may stand before a count without naming it: "About 300 people". */
const CAPITALISED_FUNCTION_WORDS = new Set([
  'about', 'nearly', 'almost', 'some', 'more', 'fewer', 'less', 'over', 'under', 'only', 'just',
  'roughly', 'around', 'approximately', 'at', 'by', 'the', 'a', 'an', 'of', 'in', 'on', 'and', 'but',
  'all', 'those', 'these', 'another', 'up', 'down', 'to', 'from', 'with', 'than', 'after', 'before',
  'least', 'most', 'estimated', 'another', 'another', 'for', 'its', 'their', 'his', 'her', 'our',
  'my', 'your', 'between', 'among', 'exactly', 'precisely', 'barely', 'still', 'even', 'another',
]);

const ONES: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});
/** Vague counts: "dozens of people", "thousands of jobs". */
const VAGUE: Record<string, number> = wordTable({
  dozen: 12, dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9, trillions: 2e12,
});
const AVERAGES = new Set(['average', 'averaged', 'median', 'mean']);
const PERIOD_HALVES = new Set(['first', 'second', 'latter', 'final', 'back']);
const FRACTIONS = new Set([
  'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'tenth',
  'tenths', 'eighth', 'eighths',
]);
const MULTIPLE_VERBS = new Set([
  'doubled', 'doubling', 'tripled', 'tripling', 'trebled', 'quadrupled', 'quadrupling', 'quintupled',
  'halved', 'halving', 'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'tenfold',
  'hundredfold', 'doubles', 'triples', 'quadruples',
]);
const BARE_MULTIPLE_VERBS = new Set(['double', 'triple', 'quadruple', 'halve']);
const MODALS_BEFORE_VERB = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'nearly', 'almost', 'more', 'than']);
const TIMES_FOLLOWERS = new Set([
  'as', 'more', 'less', 'higher', 'lower', 'larger', 'greater', 'bigger', 'smaller', 'faster',
  'the', 'that', 'than', 'over', 'what', 'likelier', 'likely', 'fewer', 'cheaper', 'costlier',
]);
const COUNT_MODIFIERS = new Set(['more', 'fewer', 'additional', 'new', 'other', 'extra', 'fewer', 'less']);
/**
 * Words of harm and of what is done to people in a disaster, a crime or a crackdown: a
 * count of people they touch matters however small ("seven people died", "killed 7
 * people", "9 injured", "three were arrested", "two remain missing").
 */
const CASUALTY_WORDS = new Set([
  'die', 'dies', 'died', 'dying', 'dead', 'kill', 'kills', 'killed', 'killing', 'injure', 'injures',
  'injured', 'injuring', 'wound', 'wounds', 'wounded', 'wounding', 'hurt', 'hurting', 'missing',
  'arrest', 'arrests', 'arrested', 'arresting', 'detain', 'detains', 'detained', 'detaining',
  'evacuate', 'evacuates', 'evacuated', 'evacuating', 'rescue', 'rescues', 'rescued', 'rescuing',
  'hospitalised', 'hospitalized', 'drowned', 'displaced', 'kidnapped', 'abducted', 'trapped',
  'perished', 'stranded', 'unaccounted', 'deaths', 'fatalities', 'casualties', 'injuries',
  'victims', 'bodies', 'evacuees', 'hostages', 'toll',
]);
/** Words that may stand between a casualty verb and its count ("killed at least 7"), or a count and its verb ("seven people were later found dead"). */
const CASUALTY_FILLERS = new Set([
  'at', 'least', 'about', 'some', 'nearly', 'almost', 'another', 'around', 'roughly', 'only', 'up', 'to',
  'a', 'further', 'an', 'estimated', 'all', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'have', 'has',
  'had', 'later', 'also', 'reportedly', 'still', 'remain', 'remained', 'remains', 'feared', 'presumed',
  'confirmed', 'believed', 'reported', 'found', 'left', 'now', 'of', 'them', 'whom', 'who', 'rose', 'risen',
  'climbed', 'stands', 'stood', 'reached', 'hit', 'the', 'death', 'known',
]);

// ---------------------------------------------------------------------------------------

interface SentenceScan {
  ctx: Context;
  tokens: Token[];
  terms: Term[];
  sentence: number;
  /** Start of the paragraph the sentence is in (list markers sit there). */
  paragraphStart: number;
}

/** Tokens read, or scanned, between pauses inside one very long sentence (a few milliseconds of work). */
const TOKENS_PER_STEP = 5_000;

/** The tokens of [from, to), pausing every TOKENS_PER_STEP tokens. */
function* tokenizeSteps(text: string, from: number, to: number): Generator<void, Token[]> {
  const tokens: Token[] = [];
  const body = text.slice(from, to);
  // a body this short never pauses; a longer one gets a regular expression of its own, as
  // another document's analysis may scan between the pauses
  const pattern = body.length < TOKENS_PER_STEP ? TOKEN : new RegExp(TOKEN.source, TOKEN.flags);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    if (tokens.length % TOKENS_PER_STEP === TOKENS_PER_STEP - 1) yield;
    const t = m[0];
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start: from + m.index,
      end: from + m.index + t.length,
      numeral: /\d/.test(t),
      word: /^\p{L}/u.test(t),
    });
  }
  return tokens;
}

function termAt(terms: Term[], pos: number): Term | undefined {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const t = terms[lo];
  return t && t.start <= pos && pos < t.end ? t : undefined;
}

function tagged(scan: SentenceScan, tok: Token | undefined, tag: string): boolean {
  if (!tok) return false;
  const t = termAt(scan.terms, tok.start);
  return !!t && t.tags.has(tag);
}

/** Whether tokens a and b touch (no space between). */
const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
/** Whether b follows a after a plain space (nothing but whitespace between). */
function spaced(scan: SentenceScan, a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || b.start <= a.end) return false;
  return /^[ \t\u00a0]+$/.test(scan.ctx.text.slice(a.end, b.start));
}

function numeralValue(text: string): number {
  return Number(text.replace(CURRENCY_SIGNS, '').replace(/,/g, ''));
}

function wordValue(word: string): number | undefined {
  return ONES[word];
}

interface Found {
  kind: FigureKind;
  first: number;
  last: number;
}

/** Extends a figure over a rate: "$15 an hour", "3 per 1,000", "$2 a gallon", "$15/hour". */
function rateAfter(scan: SentenceScan, last: number): number {
  const { tokens } = scan;
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  if (!a || !b) return -1;
  if (a.text === '/' && touching(tokens[last], a) && touching(a, b) && b.word) return last + 2;
  if (!spaced(scan, tokens[last], a) || !spaced(scan, a, b)) return -1;
  if (['per', 'a', 'an', 'each', 'every'].includes(a.lower)) {
    // ("from £109.5 million a year earlier": when, not how often)
    if (RATE_NOUNS.has(b.lower)) return (a.lower === 'a' || a.lower === 'an') && /^(?:earlier|ago|before|later|previously)$/.test(tokens[last + 3]?.lower ?? '') ? -1 : last + 2;
    if (a.lower === 'per' && b.numeral) {
      // "3 per 1,000 residents"
      const c = tokens[last + 3];
      return c && c.word && spaced(scan, b, c) && tagged(scan, c, 'Noun') ? last + 3 : last + 2;
    }
  }
  return -1;
}

/** The noun counted after a number, skipping up to two modifiers: "2,400 new jobs". Index of its last word, or -1. */
function countedNoun(scan: SentenceScan, after: number): number {
  const { tokens } = scan;
  let k = after + 1;
  let modifiers = 0;
  let prev = tokens[after];
  while (k < tokens.length && modifiers <= 2) {
    const t = tokens[k];
    if (!t.word || !spaced(scan, prev, t) && !(touching(prev, t) && prev.text === '-')) {
      if (t.text === '-' && touching(prev, t) && tokens[k + 1]?.word && touching(t, tokens[k + 1])) {
        prev = t;
        k++;
        continue;
      }
      return -1;
    }
    // "100,000 U.S. troops", "2,000 UK jobs": a country's abbreviation before the noun
    const past = countryAbbreviationEnd(scan, k);
    if (past > k && modifiers < 2) {
      modifiers++;
      prev = tokens[past - 1];
      k = past;
      continue;
    }
    if (isCountNoun(scan, t)) {
      let last = k;
      // compound nouns: "300 factory workers", "12 million undocumented immigrants"
      while (last + 1 < tokens.length && tokens[last + 1].word && spaced(scan, tokens[last], tokens[last + 1]) && isCountNoun(scan, tokens[last + 1]) && !tagged(scan, tokens[last], 'Plural') && last - k < 2) last++;
      return last;
    }
    if (COUNT_MODIFIERS.has(t.lower) || (tagged(scan, t, 'Adjective') && !tagged(scan, t, 'Noun'))) {
      modifiers++;
      prev = t;
      k++;
      continue;
    }
    return -1;
  }
  return -1;
}

/** After a country's abbreviation at k ("U.S.", "U.K.", "UK", "US", "EU"), the index past it; else k. */
function countryAbbreviationEnd(scan: SentenceScan, k: number): number {
  const { tokens } = scan;
  const t = tokens[k];
  if (/^(?:UK|US|EU)$/.test(t.text)) return k + 1;
  let m = k;
  while (m + 1 < tokens.length && /^[A-Z]$/.test(tokens[m].text) && tokens[m + 1].text === '.' && touching(tokens[m], tokens[m + 1]) && m - k < 4) {
    m += 2;
    if (m < tokens.length && !touching(tokens[m - 1], tokens[m])) break;
  }
  return m - k >= 4 ? m : k;
}

function isCountNoun(scan: SentenceScan, t: Token): boolean {
  if (!t.word) return false;
  if (DURATIONS.has(t.lower) || MONTHS.has(t.lower) || SCALES[t.lower] || VAGUE[t.lower] !== undefined) return false;
  const term = termAt(scan.terms, t.start);
  if (!term) return false;
  const tags = term.tags;
  if (!tags.has('Noun') || tags.has('Pronoun') || tags.has('Date') || tags.has('Value')) return false;
  if (tags.has('Verb') && !tags.has('Plural')) return false;
  // a verb of comparison the tagger reads as a plural noun: "a majority of 2,227 compares with 9,860"
  if (COMPARING_VERBS.has(t.lower)) return false;
  if (/^[A-Z]/.test(t.text)) {
    // "300 Democrats", "2,400 Americans" count people; "10 Downing Street" is an address
    return /s$/.test(t.text) && !tags.has('Address') && !tags.has('Organization');
  }
  return ['of', 'to', 'than', 'and', 'or', 'as', 'per', 'in', 'on', 'at'].indexOf(t.lower) < 0;
}

/** Verbs that set a number against another, in the third person ("2,227 compares with 9,860", "12 equates to"). */
const COMPARING_VERBS = new Set(['compares', 'contrasts', 'equates', 'equals', 'exceeds', 'outstrips', 'outnumbers', 'dwarfs', 'trails', 'rivals', 'represents', 'amounts', 'translates']);

/** Races named by their distance: "the 400 metres hurdles", "the 100m freestyle", "the 3,000m steeplechase". */
const EVENT_NOUNS = new Set([
  'hurdles', 'freestyle', 'sprint', 'relay', 'breaststroke', 'backstroke', 'butterfly', 'steeplechase', 'medley', 'dash',
]);
/** Units a race is named by ("100m", "400 metres", "100-yard"). */
const RACE_DISTANCES = new Set(['m', 'km', 'meter', 'meters', 'metre', 'metres', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'yard', 'yards']);

/** Whether the unit at index k (a distance) names a race with the event noun after it: "400 metres hurdles", "200m individual medley". */
function raceAfter(scan: SentenceScan, k: number): boolean {
  const { tokens } = scan;
  if (!RACE_DISTANCES.has(tokens[k].lower)) return false;
  const e = tokens[k + 1];
  if (!e || !spaced(scan, tokens[k], e)) return false;
  return EVENT_NOUNS.has(e.lower) || (e.lower === 'individual' && tokens[k + 2]?.lower === 'medley');
}

/** Words after a length that say it is one: "25m wide", "300m above sea level", "10m away". */
const DIMENSIONS = new Set([
  'wide', 'long', 'deep', 'high', 'tall', 'away', 'across', 'thick', 'below', 'above', 'beneath', 'underground',
  'underwater', 'offshore', 'inland', 'apart', 'race', 'dash', 'hurdles', 'sprint', 'swim', 'run', 'pool',
  'tower', 'wall', 'drop', 'cliff', 'wave', 'waves', 'shot', 'strike', 'putt', 'final', 'heat', 'heats',
  'record', 'title', 'champion', 'gold', 'silver', 'bronze', 'medal', 'world', 'freestyle', 'breaststroke',
  'backstroke', 'butterfly', 'medley', 'relay', 'steeplechase',
]);
/** Verbs of distance before a length: "swam 400m", "fell 30m", "the bridge spans 300m". */
const DISTANCE_BEFORE = new Set([
  'ran', 'run', 'runs', 'swam', 'swim', 'swims', 'jumped', 'jumps', 'threw', 'thrown', 'throws', 'leapt', 'leaped', 'dived',
  'dove', 'sprinted', 'cleared', 'vaulted', 'fell', 'plunged', 'plummeted', 'hurled', 'dug', 'drilled', 'measures',
  'measured', 'spans', 'stretches',
]);

/**
 * Whether "Nm" at index `at` (the number; its "m" after it) is a length in metres: a
 * dimension or an event after it ("25m wide", "the 100m final", "300m above sea level"), or
 * a verb of distance before it ("swam 400m", "the cliff measures 120m"). Money needs a
 * currency (see currencyBefore); anything else stays millions ("12m viewers").
 */
function metresAt(scan: SentenceScan, at: number): boolean {
  const { tokens } = scan;
  const after = tokens[at + 2];
  if (after && spaced(scan, tokens[at + 1], after) && DIMENSIONS.has(after.lower)) return true;
  // (what it counts after it keeps it millions: "fell 12m viewers short")
  if (after && spaced(scan, tokens[at + 1], after) && tagged(scan, after, 'Plural')) return false;
  // "300m (984ft) long": a length converted in brackets after it
  const unit = tokens[at + 4];
  if (after?.text === '(' && tokens[at + 3]?.numeral && unit && touching(tokens[at + 3], unit) && /^(?:ft|feet|yd|yards|miles?)$/.test(unit.lower)) return true;
  const before = tokens[at - 1];
  return !!before && spaced(scan, before, tokens[at]) && DISTANCE_BEFORE.has(before.lower);
}

/** How many tokens back a currency sign still names the currency of a bare "55m" ("£40m in 2022 and 55m in 2023"). */
const CURRENCY_REACH = 8;

/** Whether a sum with a currency sign stands a few tokens before index `at`, in the same sentence. */
function currencyBefore(scan: SentenceScan, at: number): boolean {
  const { tokens } = scan;
  for (let k = at - 1; k >= 0 && k >= at - CURRENCY_REACH; k--) {
    if (CURRENCY_SIGNS.test(tokens[k].text)) return true;
    if (/^[.;:!?]$/.test(tokens[k].text)) return false;
  }
  return false;
}

/** Lines of a video format, which a "p" follows as pence do ("1080p"). */
const VIDEO_LINES = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

/** After a number: a unit, or nothing. */
function unitAfter(scan: SentenceScan, at: number, money: boolean): Found | null | 'not-a-figure' {
  const { tokens } = scan;
  const t = tokens[at];
  const a = tokens[at + 1];
  const b = tokens[at + 2];
  // a temperature: "41C", "41°C", "105F", "-5°"
  if (!money && a && touching(t, a)) {
    if (a.text === 'C' || a.text === 'F') return { kind: 'measure', first: at, last: at + 1 };
    if (a.text === '°') return { kind: 'measure', first: at, last: b && touching(a, b) && (b.text === 'C' || b.text === 'F') ? at + 2 : at + 1 };
  }
  // attached letters: "12m", "5km", "2nd", "1990s", "5pm", "4G"
  if (a && touching(t, a) && a.word) {
    // a race, not a distance (nor millions): "the 100m freestyle"
    if (!money && raceAfter(scan, at + 1)) return 'not-a-figure';
    // "3.4pc": per cent, as British and Indian copy abbreviates it
    if (a.text === 'pc') return { kind: 'percent', first: at, last: at + 1 };
    // "8.1p a share", "412p": pence, as British copy writes them (not "5p.m.", nor a video's "1080p")
    if (a.text === 'p' && !money && !(b && touching(a, b) && b.text === '.' && tokens[at + 3]?.lower === 'm') && !VIDEO_LINES.has(t.text)) return { kind: 'money', first: at, last: at + 1 };
    if (SCALE_SUFFIXES[a.lower] !== undefined) {
      if (!money && a.lower === 'm') {
        // "25m wide", "swam 400m", "300m above sea level": metres, not millions
        if (metresAt(scan, at)) return { kind: 'measure', first: at, last: at + 1 };
        // "50m dollars", "£40m in 2022 and 55m in 2023": millions of a currency named near it
        if (b && spaced(scan, a, b) && CURRENCY_WORDS.has(b.lower)) return { kind: 'money', first: at, last: at + 2 };
        if (currencyBefore(scan, at)) return { kind: 'money', first: at, last: at + 1 };
      }
      // "3.6m hours": a total of time, counted in millions
      if (!money && b && spaced(scan, a, b) && DURATIONS.has(b.lower)) return { kind: 'measure', first: at, last: at + 2 };
      return { kind: money ? 'money' : 'count', first: at, last: at + 1 };
    }
    if (MEASURE_UNITS.has(a.lower)) return { kind: 'measure', first: at, last: at + 1 };
    return 'not-a-figure';
  }
  if (a && a.text === '%' && (touching(t, a) || spaced(scan, t, a))) return { kind: 'percent', first: at, last: at + 1 };
  if (!a) return null;
  // "18- to 24-year-old": a suspended compound, completed later
  if (a.text === '-' && touching(t, a) && b && !touching(a, b) && b.word) return 'not-a-figure';
  // "34-year-old", "10-year plan", "12-mile stretch", "20,000-strong"
  if (a.text === '-' && touching(t, a) && b && touching(a, b) && b.word) {
    if (raceAfter(scan, at + 2)) return 'not-a-figure';
    if (MEASURE_UNITS.has(b.lower) || b.lower === 'percent') return { kind: b.lower === 'percent' ? 'percent' : 'measure', first: at, last: at + 2 };
    if (b.lower === 'strong') return { kind: 'count', first: at, last: at + 2 };
    if (SCALES[b.lower] && money) return { kind: 'money', first: at, last: at + 2 };
    return 'not-a-figure';
  }
  if (!spaced(scan, t, a)) return null;
  if (a.lower === 'percent' || a.lower === 'pct' || a.lower === 'percentage' || a.text === 'pc') {
    const c = tokens[at + 2];
    if (a.lower === 'percentage' && c && (c.lower === 'point' || c.lower === 'points')) return { kind: 'percent', first: at, last: at + 2 };
    return { kind: 'percent', first: at, last: at + 1 };
  }
  if (a.lower === 'per' && b && b.lower === 'cent') return { kind: 'percent', first: at, last: at + 2 };
  if (CURRENCY_WORDS.has(a.lower)) return { kind: 'money', first: at, last: at + 1 };
  // "300 U.S. dollars", "5 million US dollars": a currency named with its country's abbreviation
  const past = countryAbbreviationEnd(scan, at + 1);
  if (past > at + 1 && tokens[past] && spaced(scan, tokens[past - 1], tokens[past]) && CURRENCY_WORDS.has(tokens[past].lower)) return { kind: 'money', first: at, last: past };
  if (MEASURE_UNITS.has(a.lower)) {
    // a race, not a distance: "the 400 metres hurdles"
    if (raceAfter(scan, at + 1)) return 'not-a-figure';
    if ((a.lower === 'square' || a.lower === 'cubic') && b && spaced(scan, a, b) && MEASURE_UNITS.has(b.lower)) return { kind: 'measure', first: at, last: at + 2 };
    if (a.lower === 'basis' && b && /^points?$/.test(b.lower)) return { kind: 'percent', first: at, last: at + 2 };
    if (a.lower === 'square' || a.lower === 'cubic' || a.lower === 'basis') return null;
    if ((a.lower === 'point' || a.lower === 'points') && (money || t.lower === 'one')) return null;
    return { kind: 'measure', first: at, last: at + 1 };
  }
  if (a.lower === 'times' && b && spaced(scan, a, b) && TIMES_FOLLOWERS.has(b.lower)) return { kind: 'multiple', first: at, last: at + 1 };
  if (DURATIONS.has(a.lower)) {
    if (money) return null;
    // a duration measured, not lived: "an average of 6.2 hours", "a median of 40 days"
    const p = tokens[at - 1];
    // (or counted in millions: "3.6 million hours" of sewage spills is a total, no span of time)
    const measured = /\d[.,]\d/.test(t.text) || SCALES[t.lower] !== undefined || AVERAGES.has(p?.lower ?? '') || (p?.lower === 'of' && AVERAGES.has(tokens[at - 2]?.lower ?? ''));
    return measured ? { kind: 'measure', first: at, last: at + 1 } : 'not-a-figure';
  }
  // times of day
  if ((a.lower === 'a' || a.lower === 'p') && b && b.text === '.' && touching(a, b)) return 'not-a-figure';
  if (a.lower === 'am' || a.lower === 'pm' || a.lower === 'o’clock' || a.lower === "o'clock") return 'not-a-figure';
  return null;
}

/**
 * Numbers that are not figures, judged from what stands before them: true for a label
 * ("page 12", G7, 9/11), 'name' after a capitalised word ("Interstate 95") — a name
 * unless a unit follows ("gave Patriot 13 percent").
 */
function labelledBefore(scan: SentenceScan, at: number): boolean | 'name' {
  const { tokens } = scan;
  const p = tokens[at - 1];
  const pp = tokens[at - 2];
  if (!p) return false;
  // G7, COVID-19, F-35, #1, @user_945
  if (touching(p, tokens[at]) && (p.word || p.text === '#' || p.text === '_' || p.text === '@' || (p.text === '-' && pp?.word && touching(pp, p)))) {
    return !(p.word && CURRENCY_CODES.has(p.lower) && CURRENCY_SIGNS.test(tokens[at].text));
  }
  // the second half of a range or score: "52-48"
  if ((p.text === '-' || p.text === '–') && touching(p, tokens[at]) && pp?.numeral && touching(pp, p)) return true;
  // "No. 3"
  if (p.text === '.' && pp && LABELS.has(pp.lower)) return true;
  // "9/11", "10/3/2016": dates written with slashes
  const n = tokens[at + 1];
  if ((p.text === '/' && touching(p, tokens[at]) && pp?.numeral) || (n?.text === '/' && touching(tokens[at], n) && tokens[at + 2]?.numeral)) return true;
  // "between the ages of 17 and 20", "ages 55 to 65"
  // ("the retirement age from 62 to 64", "an age at 18")
  if (/^(?:of|from|to|at)$/.test(p.lower) && pp && /^ages?$/.test(pp.lower)) return true;
  if (['to', 'and', 'through'].includes(p.lower) && pp?.numeral) {
    for (let k = at - 3; k >= Math.max(0, at - 5); k--) if (/^(ages?|aged)$/.test(tokens[k].lower)) return true;
    // the second of two labels: "junctions 10 and 11", "pages 4 to 9"
    const label = tokens[at - 3];
    if (label && (LABELS.has(label.lower) || PLURAL_LABELS.has(label.lower)) && spaced(scan, label, pp)) return true;
  }
  if (!p.word) return false;
  if (LABELS.has(p.lower) || PLURAL_LABELS.has(p.lower)) return true;
  // a rank: "the top 10", "in the bottom three" (but "the top 1% of earners" is a share)
  if ((p.lower === 'top' || p.lower === 'bottom') && !(n && (n.text === '%' || /^per(?:cent)?$/.test(n.lower)))) return true;
  // a number to call: nothing it counts after it ("call 101, quoting …", "dial 999 or 112")
  if (PHONE_VERBS.has(p.lower) && (!n || !n.word || /^(?:or|and|quoting|for|if|to|on|at|from|any|anytime|now)$/.test(n.lower))) return true;
  if (/^(?:or|and)$/.test(p.lower) && pp?.numeral && PHONE_VERBS.has(tokens[at - 3]?.lower ?? '')) return true;
  if (MONTHS.has(p.lower) || (p.text === '.' && pp && MONTHS.has(pp.lower))) return true;
  // "Interstate 95", "Boeing 737", "Section 230": a capitalised word that is not the first
  // of the sentence
  if (/^[A-Z]/.test(p.text) && at - 1 > 0 && !CAPITALISED_FUNCTION_WORDS.has(p.lower) && spaced(scan, p, tokens[at])) return 'name';
  return false;
}

/** An age in apposition: "Kim, 34, said"; "(34)". */
function isApposedAge(scan: SentenceScan, at: number, value: number): boolean {
  const { tokens } = scan;
  const p = tokens[at - 1];
  const pp = tokens[at - 2];
  const n = tokens[at + 1];
  if (!Number.isInteger(value) || value > 120 || /,/.test(tokens[at].text)) return false;
  const closes = !n || [',', '.', ';', ')', '—', '–', '―'].includes(n.text) || n.lower === 'and';
  // the name may be hyphenated: "Kim Soo-ah, 34,"
  let head = at - 2;
  while (head >= 2 && tokens[head - 1].text === '-' && touching(tokens[head - 1], tokens[head]) && tokens[head - 2].word) head -= 2;
  const named = !!pp && (/^[A-Z]/.test(tokens[head].text) || pp.text === ')' || tagged(scan, pp, 'Person') || tagged(scan, pp, 'ProperNoun'));
  // ("The driver, 52, was arrested", "a woman, 52,": a noun for a person in apposition)
  if (p?.text === ',' && (named || (!!pp && describedPerson(scan, at - 2))) && closes) return true;
  // "The world number one, 23, became …", "The world No 2, 31,": a player's ranking is a person
  const ranked = !!pp && (pp.numeral || ONES[pp.lower] !== undefined) && /^(?:number|no)$/.test(tokens[at - 3]?.lower ?? '');
  if (p?.text === ',' && ranked && closes && value >= 1 && value <= 110) return true;
  if (p?.text === '(' && n?.text === ')' && pp && /^[A-Z]/.test(pp.text)) return true;
  // "She was 87.", "He is 54 and …", "Maya Okafor is 26.": a bare number after a person and a form of "be"
  // ("the suspect was 34", "his coach is 44": a noun for a person)
  // (also with an adverb of degree or time before it, and a time clause after it: "She was
  // only 14 when she left school", "he was 17 at the time", "Patel, who is 52,")
  const adverb = !!p && AGE_ADVERBS.has(p.lower);
  const be = adverb ? pp : p;
  const subject = adverb ? at - 3 : at - 2;
  // ("He is 67 now, and …", "she is 90 today")
  const ends = closes || (!!n && (n.lower === 'now' || n.lower === 'today')) || (!!n && AGE_TIME_AFTER.has(n.lower) && !(n.lower === 'at' && !(tokens[at + 2]?.lower === 'the' && tokens[at + 3]?.lower === 'time')));
  if (be && /^(?:was|is|were|turned|turns)$/.test(be.lower) && subject >= 0 && ends && value >= 1 && (/^(?:he|she|i|they)$/i.test(tokens[subject].text) || namedPersonOpens(scan, subject) || describedPerson(scan, subject) || personBeforeWho(scan, subject))) return true;
  // "Mensah is 19.": a single name the tagger does not know, with "is" and a number a life can reach
  if (at === 2 && p && /^(?:was|is|turned|turns)$/.test(p.lower) && closes && value >= 1 && value <= 110 && singleName(scan, 0)) return true;
  // "Okafor, now 26, won": an apposed age with "now" (or "then": "Obi, then 14, left school")
  if ((p?.lower === 'now' || p?.lower === 'then') && pp?.text === ',' && closes && at >= 3 && (/^\p{Lu}/u.test(tokens[at - 3].text) || describedPerson(scan, at - 3))) return true;
  // "Now 26, Okafor won …", "At 19, she moved …": an opening age before a person
  // (whatever the tagger makes of the name after "Now 26,": nothing else is now 26)
  if (p && at === 1 && /^(?:now|at)$/.test(p.lower) && n?.text === ',' && personShaped(scan, at + 2, p.lower === 'at')) return true;
  // "By 15 he was playing in bands, and at 19 he moved to Edinburgh": at an age, a person did something
  const after = n?.text === ',' ? tokens[at + 2] : n;
  if (p && /^(?:at|by)$/.test(p.lower) && value >= 1 && value <= 110 && after && /^(?:he|she|i|we|they)$/i.test(after.text) && !/[.,]/.test(tokens[at].text)) return true;
  // "Brennan moved to Dayton at 19.", "She joined the club at 17 and left at 23": a person's
  // step in life, at an age
  if (p?.lower === 'at' && closes && value >= 1 && personShaped(scan, 0, true)) {
    for (let k = at - 2; k > 0; k--) if (LIFE_STEPS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Adverbs between "was" and an age: "she was only 14", "he was still 17". */
const AGE_ADVERBS = new Set(['only', 'just', 'barely', 'still', 'already', 'then', 'nearly', 'almost']);
/** Words that open a time clause after an age: "she was 14 when …", "he was 17 at the time". */
const AGE_TIME_AFTER = new Set(['when', 'while', 'before', 'after', 'until', 'at']);

/**
 * Whether the token at k is "who" after a person: "Patel, who is 52,", "the boy, who was 12
 * at the time,", "a man who was 40 when …".
 */
function personBeforeWho(scan: SentenceScan, k: number): boolean {
  const { tokens } = scan;
  if (tokens[k]?.lower !== 'who') return false;
  let h = k - 1;
  if (tokens[h]?.text === ',') h--;
  const head = tokens[h];
  if (!head || !head.word) return false;
  return tagged(scan, head, 'Person') || describedPerson(scan, h) || (/^\p{Lu}/u.test(head.text) && h > 0 && !tagged(scan, head, 'Place') && !tagged(scan, head, 'Organization'));
}

/** Verbs of a step in someone's life, taken at an age: "moved to Dayton at 19". */
const LIFE_STEPS = new Set([
  'moved', 'emigrated', 'relocated', 'joined', 'left', 'quit', 'retired', 'married', 'wed', 'died', 'debuted',
  'enrolled', 'graduated', 'became', 'fled', 'elected', 'ordained', 'orphaned', 'widowed', 'adopted', 'diagnosed',
]);

/**
 * Whether the word at index k starts a subject shaped like a person: a pronoun, or a
 * capitalised word (a name) that is no article, nor, when `strict`, a place or an
 * organisation ("At 19, Okafor …", "Brennan moved …"; not "At 19, the toll …").
 */
function personShaped(scan: SentenceScan, k: number, strict: boolean): boolean {
  const t = scan.tokens[k];
  if (!t || !t.word) return false;
  if (/^(?:he|she|i|they|we)$/i.test(t.text)) return true;
  if (!/^\p{Lu}/u.test(t.text) || CAPITALISED_FUNCTION_WORDS.has(t.lower) || tagged(scan, t, 'Determiner') || tagged(scan, t, 'Pronoun')) return false;
  return !strict || (!tagged(scan, t, 'Place') && !tagged(scan, t, 'Organization'));
}

/** Endings of abstract nouns, which name no one: "Attendance was 90.", "Capacity is 80.", "Membership was 40." */
const ABSTRACT_ENDING = /(?:ance|ence|ancy|ency|tion|sion|ment|ship|ity|ness|ism|age|ure|ogy|ics)$/;

/**
 * Whether the token at k is a capitalised word that can only be a name: one the lexicon
 * knows as a name or not at all ("Mensah"), not a common word ("Turnout", "Revenue"), an
 * abstract noun ("Attendance"), a place, an organisation or a function word.
 */
function singleName(scan: SentenceScan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t || !t.word || !/^\p{Lu}\p{Ll}/u.test(t.text) || CAPITALISED_FUNCTION_WORDS.has(t.lower)) return false;
  if (['Determiner', 'Pronoun', 'Place', 'Organization', 'Date', 'Plural', 'Adjective', 'Verb'].some((tag) => tagged(scan, t, tag))) return false;
  const kind = lexiconKind(t.lower);
  return kind === 'name' || (kind === undefined && !ABSTRACT_ENDING.test(t.lower));
}

/** Whether the token at k is a noun for a person after an article or a possessive: "the suspect", "his coach", "the youngest victim". */
function describedPerson(scan: SentenceScan, k: number): boolean {
  const { tokens } = scan;
  const term = termAt(scan.terms, tokens[k].start);
  if (!term || tagged(scan, tokens[k], 'Plural') || !personNoun(term)) return false;
  let d = k - 1;
  if (d > 0 && tagged(scan, tokens[d], 'Adjective') && !tagged(scan, tokens[d], 'Noun')) d--;
  return d >= 0 && /^(?:the|a|an|his|her|their|our|my|its)$/.test(tokens[d].lower);
}

/** Whether tokens 0..last, the opening of the sentence, are a person's name as the tagger sees it: capitalised words, one tagged a person. */
function namedPersonOpens(scan: SentenceScan, last: number): boolean {
  const { tokens } = scan;
  let person = false;
  for (let k = 0; k <= last; k++) {
    const t = tokens[k];
    if (!t.word || !/^\p{Lu}/u.test(t.text) || (k > 0 && !spaced(scan, tokens[k - 1], t))) return false;
    if (tagged(scan, t, 'Person')) person = true;
  }
  return person;
}

/**
 * Whether the count tokens[first..last] (the number with any noun it counts) is a count of
 * casualties, arrests or evacuations: a casualty word just before it ("killed 7 people",
 * "the toll rose to six") or just after it ("seven people died", "two were hurt", "9
 * injured"), with only fillers between, or the noun it counts is one ("three deaths").
 */
function casualtyCount(scan: SentenceScan, first: number, last: number): boolean {
  const { tokens } = scan;
  if (CASUALTY_WORDS.has(tokens[last].lower) && last > first) return true;
  // "no one was hurt": nobody is counted
  if (tokens[first - 1]?.lower === 'no') return false;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 5 && tokens[k].word; k--, steps++) {
    if (CASUALTY_WORDS.has(tokens[k].lower)) return true;
    if (!CASUALTY_FILLERS.has(tokens[k].lower)) break;
  }
  for (let k = last + 1, steps = 0; k < tokens.length && steps < 4 && tokens[k].word; k++, steps++) {
    if (CASUALTY_WORDS.has(tokens[k].lower) && tokens[k].lower !== 'toll') return true;
    if (!CASUALTY_FILLERS.has(tokens[k].lower) || tokens[k].lower === 'to') break;
  }
  return false;
}

function* scanSentenceSteps(scan: SentenceScan, out: Found[]): Generator<void, void> {
  const { tokens } = scan;
  let pause = TOKENS_PER_STEP;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= pause) {
      yield;
      pause = i + TOKENS_PER_STEP;
    }
    const t = tokens[i];
    const found = t.numeral ? numeral(scan, i) : t.word ? wordFigure(scan, i) : null;
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
}

/** Whether a scale follows the number at i: "12 billion", "50bn". */
function scaleAfter(scan: SentenceScan, i: number): boolean {
  const n = scan.tokens[i + 1];
  return !!n && ((spaced(scan, scan.tokens[i], n) && SCALES[n.lower] !== undefined) || (touching(scan.tokens[i], n) && SCALE_SUFFIXES[n.lower] !== undefined));
}

/** A group of a telephone number: digits only, no separators of thousands or decimals. */
const DIGITS = /^\d+$/;
/** An area code in brackets: three digits ("(555)"), or more after a trunk zero ("(0161)"); not a year ("(2019) 45 …"). */
const areaCodeShaped = (digits: string): boolean => /^(?:\d{3}|0\d{2,4})$/.test(digits);

/**
 * Whether the number at i is (part of) a telephone number: written in groups ("0800 555
 * 0199", "020 7946 0958", "555-0142", "(555) 301 4477"), after a country code ("+44"), or
 * a group with a leading zero, which no quantity has. Two groups need a leading zero, a
 * country code or an area code in brackets: "250 300" may be two counts in a list.
 */
function phoneLike(scan: SentenceScan, i: number): boolean {
  const { tokens } = scan;
  if (!DIGITS.test(tokens[i].text)) return false;
  // the digit groups around i, joined by a space or a hyphen
  const joined = (a: Token, sep: Token | undefined, b: Token): boolean => (sep ? sep.text === '-' && touching(a, sep) && touching(sep, b) : b.start === a.end + 1 && scan.ctx.text[a.end] === ' ');
  let first = i;
  let last = i;
  for (;;) {
    const a = tokens[first - 1];
    if (a && DIGITS.test(a.text) && joined(a, undefined, tokens[first])) first--;
    else if (a?.text === '-' && tokens[first - 2] && DIGITS.test(tokens[first - 2].text) && joined(tokens[first - 2], a, tokens[first])) first -= 2;
    else break;
  }
  for (;;) {
    const b = tokens[last + 1];
    if (b && DIGITS.test(b.text) && joined(tokens[last], undefined, b)) last++;
    else if (b?.text === '-' && tokens[last + 2] && DIGITS.test(tokens[last + 2].text) && joined(tokens[last], b, tokens[last + 2])) last += 2;
    else break;
  }
  let groups = 0;
  let leadingZero = false;
  for (let k = first; k <= last; k++) {
    if (!DIGITS.test(tokens[k].text)) continue;
    groups++;
    if (tokens[k].text.length > 1 && tokens[k].text[0] === '0') leadingZero = true;
  }
  const before = tokens[first - 1];
  const plus = before?.text === '+' && touching(before, tokens[first]);
  // "(555) 301 4477": an area code in brackets before the groups, or the code itself
  const areaBefore = before?.text === ')' && !!tokens[first - 2] && areaCodeShaped(tokens[first - 2].text) && tokens[first - 3]?.text === '(' && spaced(scan, before, tokens[first]);
  const close = tokens[i + 1];
  const areaCode = i === first && i === last && areaCodeShaped(tokens[i].text) && tokens[i - 1]?.text === '(' && close?.text === ')' && touching(tokens[i], close) && !!tokens[i + 2] && DIGITS.test(tokens[i + 2].text) && spaced(scan, close, tokens[i + 2]) && phoneLike(scan, i + 2);
  if (areaCode || plus || (areaBefore && groups >= 1)) return true;
  return groups >= 3 || (groups >= 2 && leadingZero) || (leadingZero && tokens[i].text.length >= 3);
}

function numeral(scan: SentenceScan, i: number): Found | null {
  const { tokens } = scan;
  const t = tokens[i];
  if (/:/.test(t.text)) return null; // 10:30
  let first = i;
  let money = CURRENCY_SIGNS.test(t.text);
  const p = tokens[i - 1];
  if (money && p && touching(p, t) && p.word && CURRENCY_CODES.has(p.lower)) first = i - 1;
  if (!money && p && spaced(scan, p, t) && CURRENCY_CODES.has(p.lower) && p.lower.length > 1 && /^[A-Z]/.test(p.text)) {
    money = true; // "USD 5 million", "Rs 300"
    first = i - 1;
  }
  if (!money && p && touching(p, t) && /^[A-Z]/.test(p.text) && (TOUCHING_CURRENCIES.has(p.lower) || (TOUCHING_CURRENCIES_BEFORE_SCALE.has(p.lower) && scaleAfter(scan, i)))) {
    money = true; // "Sh4.2 billion", "N50bn"
    first = i - 1;
  }
  if (!money && phoneLike(scan, i)) return null;
  if (p && CURRENCY_SIGN.test(p.text) && touching(p, t)) {
    money = true;
    first = i - 1;
  }
  const label = money ? false : labelledBefore(scan, i);
  if (label === true) return null;
  if (!money && voteTally(scan, i)) return null;
  // (a sum is no proportion's first number: "£300 in three years")
  const proportion = money ? null : proportionAt(scan, i);
  if (proportion) return proportion;
  let value = numeralValue(t.text);
  let last = i;
  // a range: "10-15 percent", "52-48"
  let range = false;
  const dash = tokens[i + 1];
  if (dash && (dash.text === '-' || dash.text === '–') && touching(t, dash) && tokens[i + 2]?.numeral && touching(dash, tokens[i + 2])) {
    range = true;
    last = i + 2;
  }
  // scale words: "4.2 billion", "1.5 million"
  const s = tokens[last + 1];
  if (s && spaced(scan, tokens[last], s) && SCALES[s.lower]) {
    value *= SCALES[s.lower];
    last++;
    const s2 = tokens[last + 1];
    if (s2 && spaced(scan, tokens[last], s2) && SCALES[s2.lower] && SCALES[s2.lower] > SCALES[s.lower]) {
      value *= SCALES[s2.lower];
      last++;
    }
  }
  const unit = unitAfter(scan, last, money);
  if (unit === 'not-a-figure') return null;
  if (label === 'name' && (!unit || unit.kind === 'count' || unit.kind === 'multiple')) return null;
  let kind: FigureKind | null = money ? 'money' : null;
  if (unit) {
    if (!money || unit.kind !== 'count') kind = money && unit.kind === 'measure' ? 'money' : unit.kind;
    if (money && unit.kind === 'percent') kind = 'percent';
    last = unit.last;
  }
  const integerLike = !/[.,]/.test(t.text);
  const yearLike = integerLike && value >= 1000 && value <= 2100 && last === i && !money;
  if (kind === null) {
    if (yearLike || range) return null;
    // (compromise tags "for 1,800" and "to 2,000" as years; a year is never written with a thousands comma)
    if ((tagged(scan, t, 'Date') || tagged(scan, t, 'Time')) && !THOUSANDS.test(t.text)) return null;
    if (isApposedAge(scan, i, value)) return null;
    // "people under 30", "those over 65": an age bracket
    // ("adults over 65 walk less": after people, whatever follows)
    if (p && (p.lower === 'under' || p.lower === 'over') && integerLike && value < 120 && (countedNoun(scan, last) < 0 || tagged(scan, tokens[i - 2], 'Plural'))) return null;
    if (listMarker(scan, i)) return null;
    const n = tokens[last + 1];
    if (n && spaced(scan, tokens[last], n) && MONTHS.has(n.lower)) return null;
    // a clock time: "between 7 and 10 in the morning"
    if (value <= 12 && n?.lower === 'in' && tokens[last + 2]?.lower === 'the' && /^(?:morning|afternoon|evening)$/.test(tokens[last + 3]?.lower ?? '')) return null;
    const rate = rateAfter(scan, last);
    if (rate >= 0) return { kind: 'rate', first, last: rate };
    const noun = countedNoun(scan, last);
    if (noun >= 0) {
      // (a small count of casualties still counts: "killed 7 people")
      if (value < 10 && !(value >= 2 && casualtyCount(scan, first, noun))) return null;
      kind = 'count';
      last = noun;
    } else {
      // an address or a name after the number: "10 Downing Street", "737 Max"
      if (n && n.word && spaced(scan, tokens[last], n) && /^[A-Z]/.test(n.text) && !tagged(scan, n, 'Plural')) return null;
      // a bare number counts from ten up: "the toll rose to 300"; a casualty count from two: "injured 9"
      if (value < 10 && !(value >= 2 && integerLike && casualtyCount(scan, first, last))) return null;
      kind = 'count';
    }
  }
  const rate = rateAfter(scan, last);
  if (rate >= 0 && kind !== 'percent' && kind !== 'multiple') {
    kind = 'rate';
    last = rate;
  }
  // "160 degrees Celsius": the scale is the unit's
  if (kind === 'measure' && /^degrees?$/.test(tokens[last].lower) && /^(?:celsius|centigrade|fahrenheit)$/.test(tokens[last + 1]?.lower ?? '') && spaced(scan, tokens[last], tokens[last + 1])) last++;
  // a sign below zero is the figure's: "-20C", "minus 160 degrees", "−0.3%" (not a range's dash, "10-20C")
  if (first === i && p && (kind === 'measure' || kind === 'percent') && ((/^[-−]$/.test(p.text) && touching(p, t) && !(tokens[i - 2] && touching(tokens[i - 2], p))) || p.lower === 'minus')) first = i - 1;
  return { kind, first, last };
}

/** Words that make a vote share a forecast rather than a result. */
const FORESEEING = /^(?:will|would|could|may|might|should|expects?|expected|forecasts?|forecast|projected|projects?|predicts?|predicted|polls?|polling|surveys?|likely|set|course|track|needs?|hopes?|aims?)$/;

/** A whole number written with thousands separators: "1,800", "2,000,000". */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/**
 * "by 312 votes to 290", "52 votes against 48", "54% of the vote", "20 voted for it": a
 * vote's result, on record like a score (either number of a tally).
 */
function voteTally(scan: SentenceScan, i: number): boolean {
  const { tokens } = scan;
  const vote = (t: Token | undefined) => !!t && /^votes?$/.test(t.lower);
  const versus = (t: Token | undefined) => !!t && /^(?:to|against)$/.test(t.lower);
  if (vote(tokens[i + 1]) && versus(tokens[i + 2]) && tokens[i + 3]?.numeral) return true;
  if (versus(tokens[i - 1]) && vote(tokens[i - 2]) && !!tokens[i - 3]?.numeral) return true;
  const foreseen = (): boolean => tokens.slice(0, i).some((t) => FORESEEING.test(t.text));
  // "winning 14,212 votes", "came second with 7,904 votes", "won by 312 votes": a count of
  // votes cast is the result (not one foreseen: "she needs 5,000 votes")
  if (vote(tokens[i + 1]) && !foreseen()) return true;
  // "…, with the Conservatives on 5,113 and the Greens third on 1,204": the others' tallies in
  // a sentence that counts votes, each after its party or candidate
  const next = tokens[i + 1];
  if (tokens[i - 1]?.lower === 'on' && (!next || !next.word || next.lower === 'and') && /^(?:[A-Z]|(?:second|third|fourth|fifth|last)$)/.test(tokens[i - 2]?.text ?? '') && tokens.some((w) => vote(w)) && !foreseen()) return true;
  // "on a turnout of just 31.4%", "turnout was 31.4%": the election's turnout (a share: "Turnout
  // was 64." may count people at a meeting)
  let t = i - 1;
  while (t > 0 && t >= i - 3 && /^(?:just|only|about|around|nearly|almost|of|was|is|at|stood|fell|rose|to)$/.test(tokens[t].lower)) t--;
  if (t >= 0 && t < i - 1 && /^turnouts?$/.test(tokens[t].lower) && /^(?:%|per|percent|pc)$/.test(tokens[i + 1]?.lower ?? '') && !foreseen()) return true;
  // "won 54% of the vote", "with 38 per cent of votes cast": an election's result
  let k = i + 1;
  while (k < tokens.length && k <= i + 2 && /^(?:%|per|cent|percent|pc)$/.test(tokens[k].lower)) k++;
  if (k > i + 1 && tokens[k]?.lower === 'of') {
    k++;
    if (tokens[k]?.lower === 'the') k++;
    if (/^(?:popular|first|second|national)$/.test(tokens[k]?.lower ?? '')) k++;
    // (not a share foreseen: "polls suggest she will win 54% of the vote" needs its source)
    if (vote(tokens[k]) && !foreseen() && !(tokens[k + 1]?.lower === 'in' && /^(?:favou?r|support)$/.test(tokens[k + 2]?.lower ?? ''))) return true;
    // "11,204 votes, 41.2% of the total": a share of the votes the sentence counts
    if (tokens[k]?.lower === 'total' && tokens.some((w) => vote(w)) && !foreseen()) return true;
  } else if (tokens[k]?.lower === 'at' && tokens.slice(k + 1, k + 5).some((w) => /^(?:elections?|by-elections?)$/.test(w.lower)) && !foreseen()) {
    // "down from 56% at the general election", "down from 15,600 at the last election": what an election gave
    return true;
  }
  // "Her majority of 2,227 compares with 9,860 last July", "his majority was cut from 9,860 to
  // 2,227": a winner's majority, and the one it is set against (a bare number: "a majority of
  // 300 residents" counts people)
  if (k === i + 1 && /^(?:of|from|to|with|was|is|by)$/.test(tokens[i - 1]?.lower ?? '') && (!next || !next.word || /^(?:compares|compared|at|in|last|and|over|to|from)$/.test(next.lower))) {
    for (let m = i - 2; m >= 0 && m >= i - 8; m--) if (/^majority$/.test(tokens[m].lower) && !foreseen()) return true;
  }
  // "20 voted for the measure", "Twelve Republicans voted against it", "Seventeen members of
  // the committee voted", "Sixty MPs abstained": a recorded vote (the group counted is named
  // in a few capitalised or plural words, with an "of" phrase at most)
  k = i + 1;
  while (k <= i + 3 && tokens[k]?.word && /^[A-Z]|s$/.test(tokens[k].text) && !RECORDED_VOTE.test(tokens[k].lower)) k++;
  if (k > i + 1 && tokens[k]?.lower === 'of') {
    const to = k + 4;
    for (k++; k < to && tokens[k]?.word && !RECORDED_VOTE.test(tokens[k].lower); k++);
  }
  const then = tokens[k];
  return !!then && (RECORDED_VOTE.test(then.lower) || (then.lower === 'joined' && tokens.slice(k + 1, k + 5).some((t) => t.lower === 'voting')));
}

/** Verbs of a recorded vote: "voted", "abstained", "rebelled". */
const RECORDED_VOTE = /^(?:voted|abstained|rebelled)$/;

/** "eight of 10 avocados", "3 out of 4 voters", "one in five": a proportion, from its
 * first number. Called on either number; only the first starts one. */
function proportionAt(scan: SentenceScan, i: number): Found | null {
  const { tokens } = scan;
  const isNumber = (t: Token | undefined): boolean => !!t && (t.numeral && !CURRENCY_SIGNS.test(t.text) || ONES[t.lower] !== undefined);
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  let second = -1;
  if (a && (a.lower === 'of' || a.lower === 'in') && isNumber(b) && spaced(scan, tokens[i], a)) second = i + 2;
  else if (a && (a.lower === 'of' || a.lower === 'in') && b?.lower === 'every' && isNumber(tokens[i + 3])) second = i + 3;
  else if (a?.lower === 'out' && b?.lower === 'of' && isNumber(tokens[i + 3])) second = i + 3;
  if (second < 0) return null;
  const denominator = tokens[second];
  const value = denominator.numeral ? numeralValue(denominator.text) : ONES[denominator.lower];
  // "one in five", "eight of 10", "3 out of 4"; not "one of 300 people" (a count)
  if (!(value === 10 || value === 100 || value < 10) || tokens[second + 1]?.text === '%') return null;
  // "(rose by) 300 in three years": "in" before a span of time says when, not out of how many
  if (a.lower === 'in' && second === i + 2 && DURATIONS.has(tokens[second + 1]?.lower ?? '')) return null;
  // "present one of five forms of ID", "one of three men charged": one picked out of a few
  // (a share of one is written "one in five")
  if (a.lower === 'of' && second === i + 2 && (tokens[i].lower === 'one' || tokens[i].text === '1')) return null;
  const noun = countedNoun(scan, second);
  return { kind: 'percent', first: i, last: noun >= 0 ? noun : second };
}

function listMarker(scan: SentenceScan, i: number): boolean {
  const { tokens } = scan;
  const t = tokens[i];
  const n = tokens[i + 1];
  const p = tokens[i - 1];
  if (p?.text === '(' && n?.text === ')') return true;
  const lineStart = t.start === scan.paragraphStart || /\n[ \t]*$/.test(scan.ctx.text.slice(Math.max(0, t.start - 10), t.start));
  return lineStart && !!n && (n.text === '.' || n.text === ')') && touching(t, n);
}

/** After a fraction ending at index k, "(of) a percentage point" or "(of) a percent": the index of its last word, or -1. */
function pointAfter(scan: SentenceScan, k: number): number {
  const { tokens } = scan;
  let j = k + 1;
  if (tokens[j]?.lower === 'of') j++;
  if (tokens[j]?.lower !== 'a' || !spaced(scan, tokens[j - 1], tokens[j])) return -1;
  const u = tokens[j + 1];
  const v = tokens[j + 2];
  if (!u || !spaced(scan, tokens[j], u)) return -1;
  if (u.lower === 'percentage' && v && /^points?$/.test(v.lower) && spaced(scan, u, v)) return j + 2;
  if (u.lower === 'percent' || u.text === 'pc') return j + 1;
  if (u.lower === 'per' && v?.lower === 'cent') return j + 2;
  return -1;
}

/** Figures written in words: "twelve hundred jobs", "a million people", "dozens of
 * people", "two-thirds of voters", "one in five", "doubled", "three times as many". */
function wordFigure(scan: SentenceScan, i: number): Found | null {
  const { tokens } = scan;
  const t = tokens[i];
  const w = t.lower;
  const n = tokens[i + 1];
  if (MULTIPLE_VERBS.has(w) && n?.lower === 'down') return null; // "doubling down" on a claim
  if (MULTIPLE_VERBS.has(w) || /^\d+-?fold$/.test(w)) return { kind: 'multiple', first: i, last: i };
  if (BARE_MULTIPLE_VERBS.has(w) && tokens[i - 1] && MODALS_BEFORE_VERB.has(tokens[i - 1].lower) && !(n?.text === '-')) {
    return { kind: 'multiple', first: i, last: i };
  }
  if (w === 'twice' && n && spaced(scan, t, n) && (n.lower === 'as' || n.lower === 'the')) return { kind: 'multiple', first: i, last: i };
  // "X-fold" written with a hyphen: "four-fold", "10-fold" (a bare "fold" is no figure)
  if ((ONES[w] || t.numeral) && n?.text === '-' && tokens[i + 2]?.lower === 'fold' && touching(t, n)) return { kind: 'multiple', first: i, last: i + 2 };

  // fractions: "half of", "a third of", "two-thirds of", "one-quarter of"
  let fracEnd = -1;
  // "the first half of 2027", "the second half of the match" are periods, not shares
  if (w === 'half' && PERIOD_HALVES.has(tokens[i - 1]?.lower ?? '')) return null;
  if (w === 'half') fracEnd = i;
  else if ((w === 'a' || ONES[w]) && n) {
    const f = n.text === '-' && touching(t, n) ? tokens[i + 2] : spaced(scan, t, n) ? n : undefined;
    if (f && FRACTIONS.has(f.lower) && f.lower !== 'half') fracEnd = tokens.indexOf(f, i);
  }
  if (fracEnd >= 0) {
    const of = tokens[fracEnd + 1];
    // "by half a percentage point", "a quarter of a percentage point": the fraction's figure
    // runs to its unit (a fraction with neither "by" nor "of", "more than half a percentage
    // point less than forecast", stays no figure: on PolNeAR it is the reporter's comparison)
    const point = pointAfter(scan, fracEnd);
    if (point >= 0 && (tokens[i - 1]?.lower === 'by' || of?.lower === 'of')) return { kind: 'percent', first: i, last: point };
    // "fell by a third", "cut by half"
    if (tokens[i - 1]?.lower === 'by' && (!of || of.lower !== 'of')) return { kind: 'percent', first: i, last: fracEnd };
    if (!of || of.lower !== 'of' || !spaced(scan, tokens[fracEnd], of)) return null;
    const noun = countedNoun(scan, tokens[fracEnd + 2] && ['the', 'all', 'its', 'their', 'those', 'these'].includes(tokens[fracEnd + 2].lower) ? fracEnd + 2 : fracEnd + 1);
    if (t.lower === 'a' && fracEnd === i + 1 && tokens[i + 1].lower === 'quarter' && tokens[noun]?.lower === 'century') return null;
    return { kind: 'percent', first: i, last: noun >= 0 ? noun : fracEnd };
  }

  // vague counts: "dozens of people", "thousands of jobs"
  if (VAGUE[w] !== undefined && w !== 'dozen') {
    const of = tokens[i + 1];
    if (!of || of.lower !== 'of') return null;
    const noun = countedNoun(scan, tokens[i + 2] && ['the', 'their', 'its'].includes(tokens[i + 2].lower) ? i + 2 : i + 1);
    return noun >= 0 ? { kind: 'count', first: i, last: noun } : null;
  }

  // spelled-out numbers
  let value: number | undefined;
  let first = i;
  let last = i;
  if ((w === 'a' || w === 'an') && n && spaced(scan, t, n) && (SCALES[n.lower] || n.lower === 'dozen')) {
    value = SCALES[n.lower] ?? 12;
    last = i + 1;
  } else if (w === 'dozen') {
    value = 12;
  } else {
    value = wordValue(w);
    if (value === undefined) return null;
    // "twenty-five", "two hundred", "three million"
    for (;;) {
      const a = tokens[last + 1];
      const b = tokens[last + 2];
      if (a && a.text === '-' && touching(tokens[last], a) && b && ONES[b.lower] && ONES[b.lower] < 10 && touching(a, b)) {
        value += ONES[b.lower];
        last += 2;
      } else if (a && spaced(scan, tokens[last], a) && SCALES[a.lower]) {
        value *= SCALES[a.lower];
        last++;
      } else break;
    }
    if (last === i) {
      const proportion = proportionAt(scan, i);
      if (proportion) return proportion;
    }
  }
  if (first > 0 && tokens[first - 1].text === '-' && touching(tokens[first - 1], t)) return null; // "COVID-one"? no: "forty-two" handled
  // "Twelve Republicans voted against the bill": a recorded vote, as "12 Republicans voted" is
  if (voteTally(scan, last)) return null;
  const unit = unitAfter(scan, last, false);
  if (unit === 'not-a-figure') return null;
  const p = tokens[first - 1];
  const money = !!p && CURRENCY_SIGN.test(p.text) && spaced(scan, p, t);
  if (money) first--;
  let kind: FigureKind;
  if (unit) {
    kind = unit.kind;
    last = unit.last;
  } else {
    const noun = countedNoun(scan, last);
    // a small count of casualties still counts: "seven people died", "two were hurt"
    const casualties = value < 10 && value >= 2 && last === i && casualtyCount(scan, first, noun >= 0 ? noun : last);
    if (casualties) {
      kind = 'count';
      if (noun >= 0) last = noun;
    } else if (noun < 0 || value < 10) {
      if (!(value >= 1e6 && noun < 0)) return null;
      kind = 'count';
    } else {
      kind = 'count';
      last = noun;
    }
    // "one of the", "ten of them": no
  }
  const rate = rateAfter(scan, last);
  if (rate >= 0 && kind !== 'percent' && kind !== 'multiple') {
    kind = 'rate';
    last = rate;
  }
  return { kind, first, last };
}

// ---------------------------------------------------------------------------------------

/**
 * What the scan of one sentence found, with offsets relative to the sentence start. The
 * scan reads only the sentence's text, its tags (a pure function of that text, see
 * tagging.ts) and, for list markers, the few characters before it and whether it opens
 * its paragraph; so it is cached under a key made of exactly those, and after an edit only
 * the changed sentences are scanned again. What depends on other sentences (quotations,
 * excluded regions, sources and entities) is applied to the cached result on every run.
 */
interface RelFigure {
  kind: FigureKind;
  start: number;
  end: number;
}

const scans = new SentenceCache<readonly RelFigure[]>();

/** How many characters before a token listMarker() looks at. */
const LINE_START_LOOK_BACK = 10;

/**
 * Sentences scanned between pauses: about a millisecond of warm work, far less when cached,
 * but 10-15 ms the first time a session runs this code (interpreted, its regular expressions
 * compiled on first use), when 32 a step made single steps of 40-50 ms.
 */
const SENTENCES_PER_STEP = 8;

/** Characters of sentences scanned between pauses. */
const CHARS_PER_STEP = 2_500;

/** Figures sourced between pauses. */
const FIGURES_PER_STEP = 500;

function scanKey(text: string, body: string, start: number, paragraphStart: number): string {
  const lead = text.slice(Math.max(0, start - LINE_START_LOOK_BACK), start);
  const opens = paragraphStart >= start ? paragraphStart - start : -1;
  return `${opens}\u0000${lead}\u0000${body}`;
}

/**
 * A sentence about a share price's or a market index's move, its subject at the start: "Shares of X rose", "The
 * company's stock has fallen", "Shares of the Seattle-based company rose" (a hyphenated
 * word is one word), also after an opening phrase of time ("Over five years, Acme's share
 * price has halved"), not after a clause ("Revenue rose 5%, and shares fell 2%").
 */
const MARKET_MOVE = /^(?:(?:Over|On|In|At|By|Since|After|Before|During|Last|This|Earlier|Later|Meanwhile|Overall|Yesterday|Today|So far)\b[^,.;:]{0,40},\s+)?(?:\W*\w+(?:[-‐]\w+)*(?:['’]s)?\s+){0,4}?(?:shares|stock|(?:share|stock)\s+price|(?:shilling|pound|sterling|dollar|euro|yen|yuan|renminbi|rupee|rand|naira|peso|lira|rouble|ruble|franc|ringgit|rupiah|cedi|kwacha|hryvnia|zloty|forint|krona|krone)(?=\s+(?:was|were|rose|fell|gained|lost|jumped|climbed|slid|dropped|tumbled|surged|sank|closed|ended|slipped|soared|plunged|rallied|edged|weakened|strengthened|firmed|eased|traded|hit|touched)\b)|(?:stock|share|equity|blue-chip|benchmark)\s+(?:index|indices|market)|(?:FTSE(?:\s+\d+)?|Dow(?:\s+Jones)?|Nasdaq|S&P(?:\s+500)?|Nikkei(?:\s+225)?|Hang\s+Seng|DAX|CAC(?:\s+40)?|Stoxx(?:\s+\d+)?)(?![\w&])(?!(?:\s+\d+)?\s+(?:group|groups|company|companies|firm|firms|retailer|bank|lender|insurer|miner|housebuilder|supermarket|chain|giant|business|member|constituent)\b))(?![\w&])(?:\s+(?!(?:said|says|say|told|tells|reported|reports|announced|announces|added|adds|estimated|estimates|expects|expected|warned|warns|predicted|predicts|forecast|forecasts)\b)\w+(?:[-‐]\w+)*){0,5}?\s+(?:(?:has|have|had)\s+)?(?:rose|fell|gained|lost|jumped|climbed|slid|dropped|tumbled|surged|sank|closed|ended|slipped|soared|plunged|rallied|edged|risen|fallen|added|halved|doubled|tripled|trebled|weakened|strengthened|firmed|eased|traded|hit|touched|was\s+(?:little\s+)?(?:changed|unchanged|steady|flat|firm|weak|weaker|stronger|trading))\b/i;

/**
 * Match statistics: what a team or a player did on the field is the match's record, as a
 * share price's move is the market's, and no figure to source. The nouns a statistic
 * counts only in sport ("12 rebounds", "three touchdowns"), and those that count in sport
 * only with a sporting verb or noun in the sentence ("scored 41 points", "conceded 31
 * goals", "threw for 312 yards"; "Labour's lead is 12 points" is a poll's figure).
 */
const SPORT_ONLY_STATS = new Set([
  'rebound', 'rebounds', 'assist', 'assists', 'touchdown', 'touchdowns', 'wicket', 'wickets', 'strikeout', 'strikeouts',
  'birdie', 'birdies', 'bogey', 'bogeys', 'homers', 'rbis', 'turnovers', 'interceptions', 'aces',
]);
/** The same, in a sentence's text: a sentence that has one is about play. */
const SPORT_ONLY_WORDS = /\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:rebounds?|assists?|touchdowns?|wickets?|strikeouts?|birdies?|bogeys?|homers|rbis|aces|double\s+faults?|break\s+points?)|hat-tricks?|brace)\b/i;
const SPORT_STATS = new Set([
  'point', 'points', 'goal', 'goals', 'yard', 'yards', 'run', 'runs', 'save', 'saves', 'shot', 'shots', 'tackle',
  'tackles', 'try', 'tries', 'steal', 'steals', 'block', 'blocks', 'sack', 'sacks', 'lap', 'laps', 'catch',
  'catches', 'foul', 'fouls', 'corner', 'corners', 'carries', 'receptions', 'completions', 'minutes', 'appearances', 'caps',
  'game', 'games', 'match', 'matches', 'wins', 'defeats', 'draws', 'starts', 'fixtures',
]);
/**
 * Verbs and nouns that make a sentence about play ("she scored", "in the match", "per
 * game", "second-placed Hull", "three points clear"); the statistic's own noun is not read
 * as its context ("20 league games" needs "won" or "league" beside it).
 */
const SPORT_CONTEXT = /\b(?:scor(?:e|ed|es|ing)|nett(?:ed|ing)|conced(?:e|ed|es|ing)|averag(?:ed|ing)|rush(?:ed|es|ing)|threw|throws?|throwing|kick(?:ed|ing)|pass(?:ed|ing)|caught|finish(?:ed|es|ing) with|rack(?:ed|ing) up|pour(?:ed|ing) in|match(?:es)?|games?|season|innings|fixtures?|league|half-time|halftime|quarterback|striker|goalkeeper|keeper|rebounds|assists|possession|on target|won|wins?|beat|beating|drew|draw|victory|defeat|clear|table|standings|division|relegation|promotion|play-offs?|unbeaten|goal difference|points?\s+(?:off|behind|adrift|above|below)|\w+-placed|scorers?|trail(?:ed|ing|s)?|tied|layups?|three-pointers?|free\s+throws?|beyond\s+the\s+arc|rest\s+of\s+the\s+way|(?:first|second)\s+half|overtime)\b/i;
/** Words of polls and markets, whose points are no match's: "a lead of 3 points in the polls", "the index lost 300 points". */
/** What opens another clause after a market move: "Shares rose 5% after the firm reported …". */
const AFTER_MOVE = /\b(?:after|when|while|because|following|despite|since|but|which)\b|[;:]/;

const NOT_SPORT_CONTEXT = /\b(?:polls?|polling|pollsters?|surveys?|voters?|index|indices|inflation|rates?|markets?|stocks?|shares|ratings?)\b/i;
/** A share of the ball or of shots: "64% of possession", "shot 52% from the field". */
const SHARE_OF_PLAY = /^\s*(?:(?:of\s+(?:the\s+)?)?possession|of\s+the\s+ball\b|from\s+(?:the\s+field|the\s+floor|three|deep|the\s+line|the\s+spot|beyond\s+the\s+arc))\b/i;
const SHOOTING_BEFORE = /\b(?:shot|shooting|shoots)\s+$/i;
/** Before a count of spectators: "a crowd of 8,412", "attendance this season is 23,450", "in front of 52,000" (then "watched", also after the ground: "at Prenton Park saw"). */
const CROWD_BEFORE = /\b(?:crowds?\s+of|attendances?(?:\s+[\w-]+){0,3}\s+(?:of|was|is|were|reached|topped|stood\s+at)|gates?\s+of|in\s+front\s+of)\s+(?:(?:a|an|about|some|around|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)*$/i;
/** What may follow a count of spectators: nothing, or who they were. */
const CROWD_AFTER = /^\s*(?:(?:fans|supporters|spectators)\b|[,.;:)—–]|$|\s*(?:(?:at|in)\s+(?:[\w'’-]+\s+){1,4}?)?(?:watched|saw|looked\s+on|cheered|packed|turned\s+out)\b|(?:was|were|is)\s+(?:[\w'’-]+\s+){0,2}(?:biggest|largest|highest|lowest|smallest|best|worst|record)\b)/i;
/** A crowd's place after its count, in a sentence about play: "a sellout crowd of 6,650 at the McLeod Center." */
const AT_GROUND = /^\s*(?:at|in)\s+(?:the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,4}\s*[.,;]/u;
/** Spectators at play: "10,300 fans saw two goals", "52,000 supporters watched". */
const SPECTATORS = new Set(['fans', 'supporters', 'spectators']);
const WATCHED_AFTER = /^\s*(?:watched|saw|looked\s+on|cheered|packed|attended)\b/i;
/** A race's time: "ran 9.58 seconds", "clocked 1:58.3", "won in 2 hours 4.3 minutes", "in a time of 9.79 seconds". */
const RACE_BEFORE = /\b(?:ran|run|runs|running|clocked|clocking|clocks|swam|swum|swims|cycled|rode|raced|finished\s+in|won\s+in|winning\s+time\s+of|(?:a\s+)?time\s+of|timed\s+at)\s+(?:in\s+)?(?:a\s+)?$/i;
/** After a game's clock: "4.2 seconds left", "eight minutes remaining", "two minutes to play". */
const GAME_CLOCK_AFTER = /^\s*(?:left|remaining|to\s+go|to\s+play)\b/i;
/** Before a score or a margin of play: "tied at 71", "led by 9", "trailed by as many as 12", "won by 14". */
const SCORE_BEFORE = /\b(?:tied|level|locked)\s+at\s+$|\b(?:led|leading|trailed|trailing|won|lost|winning|losing)\s+by\s+(?:as\s+many\s+as\s+|up\s+to\s+)?$/i;
const RACE_UNITS = new Set(['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs']);

/** Whether the figure found is a match statistic (see SPORT_STATS), read from its sentence's text. */
function matchStatistic(scan: SentenceScan, f: Found, body: string, base: number): boolean {
  const { tokens } = scan;
  const from = tokens[f.first].start - base;
  const to = tokens[f.last].end - base;
  const before = body.slice(Math.max(0, from - 60), from);
  const after = body.slice(to, to + 40);
  if (f.kind === 'percent') return SHARE_OF_PLAY.test(after) || (SHOOTING_BEFORE.test(before) && SPORT_CONTEXT.test(body));
  const unit = tokens[f.last];
  // (or the clock of a game: "with 4.2 seconds left", "8 minutes remaining")
  if (f.kind === 'measure' && unit && RACE_UNITS.has(unit.lower)) return RACE_BEFORE.test(before) || (GAME_CLOCK_AFTER.test(after) && SPORT_CONTEXT.test(body));
  // a score the game stood at, a margin it was led or won by: "tied at 71", "trailed by as many as 12"
  if (f.kind === 'count' && f.last === f.first && SCORE_BEFORE.test(before) && SPORT_CONTEXT.test(body)) return true;
  if (f.kind !== 'count' && f.kind !== 'measure') return false;
  if (unit && f.last > f.first && SPORT_ONLY_STATS.has(unit.lower)) return true;
  // (the statistic's noun may be a compound's head after the one counted: "14 league games")
  const head = unit && f.last > f.first && !SPORT_STATS.has(unit.lower) && /^[a-z]+$/.test(tokens[f.last + 1]?.lower ?? '') && SPORT_STATS.has(tokens[f.last + 1].lower) ? f.last + 1 : f.last;
  if (unit && f.last > f.first && SPORT_STATS.has(tokens[head].lower)) {
    const rest = body.slice(0, from) + body.slice(tokens[head].end - base);
    return SPORT_CONTEXT.test(rest) && !NOT_SPORT_CONTEXT.test(body);
  }
  if (f.kind === 'count' && unit && f.last > f.first && SPECTATORS.has(unit.lower) && WATCHED_AFTER.test(after)) return true;
  return f.kind === 'count' && CROWD_BEFORE.test(before) && (CROWD_AFTER.test(after) || (AT_GROUND.test(after) && SPORT_CONTEXT.test(body)));
}

/**
 * The figures of a sentence that are match statistics; with them, or with a noun that only
 * play has, a bare count is one too, its noun left out ("19 shots … against Rovers' 11",
 * "took his tally to 23, and he has 6 assists").
 */
function matchStatistics(scan: SentenceScan, found: readonly Found[], body: string, base: number): boolean[] {
  const stats = found.map((f) => matchStatistic(scan, f, body, base));
  if (stats.some(Boolean) || SPORT_ONLY_WORDS.test(body)) {
    for (let k = 0; k < found.length; k++) if (found[k].kind === 'count' && found[k].first === found[k].last && !NOT_SPORT_CONTEXT.test(body)) stats[k] = true;
  }
  return stats;
}

/** The scan of sentence s, pausing inside it every TOKENS_PER_STEP tokens. */
function* scanFigureSteps(ctx: Context, s: number, paragraphStart: number): Generator<void, readonly RelFigure[]> {
  const sentence = ctx.analysis.sentences[s];
  const scan: SentenceScan = {
    ctx,
    tokens: yield* tokenizeSteps(ctx.text, sentence.start, sentence.end),
    terms: ctx.tagged[s]?.terms ?? [],
    sentence: s,
    paragraphStart,
  };
  let found: Found[] = [];
  yield* scanSentenceSteps(scan, found);
  // a share price's move is market record: "Shares of Veltro rose 9.6% to $188.40"
  // (and an index's: "The FTSE 250 closed up 0.4%", "the Dow lost 300 points")
  // (up to the clause after the move: "… after it reported a 13% rise in profits" is the company's figure)
  const move = found.length ? MARKET_MOVE.exec(ctx.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200))) : null;
  if (move) {
    const rest = ctx.text.slice(sentence.start + move[0].length, sentence.end);
    const clause = AFTER_MOVE.exec(rest);
    const moveEnd = sentence.start + move[0].length + (clause ? clause.index : rest.length);
    // (a bare number there is the index's level: "The FTSE 100 added 1.2% to close at 8,100")
    found = found.filter((f) => scan.tokens[f.first].start >= moveEnd || (f.kind !== 'percent' && f.kind !== 'money' && f.kind !== 'multiple' && !(f.kind === 'measure' && /^points?$/.test(scan.tokens[f.last].lower)) && !(f.kind === 'count' && f.first === f.last)));
  }
  // and so is a match statistic: "She had 12 rebounds", "City had 64% of possession", "A crowd of 8,412 watched"
  if (found.length) {
    const body = ctx.text.slice(sentence.start, sentence.end);
    const stats = matchStatistics(scan, found, body, sentence.start);
    found = found.filter((_, k) => !stats[k]);
  }
  // "39C (102F)", "$1.2bn (£950m)": the same figure converted, in brackets after it, is no second figure
  const { tokens } = scan;
  if (found.length > 1) found = found.filter((f, k) => {
    const before = found[k - 1];
    return !(before && before.kind === f.kind && (f.kind === 'measure' || f.kind === 'money') && before.last === f.first - 2 && tokens[f.first - 1]?.text === '(' && tokens[f.last + 1]?.text === ')');
  });
  return Object.freeze(found.map((f) => ({ kind: f.kind, start: scan.tokens[f.first].start - sentence.start, end: scan.tokens[f.last].end - sentence.start })));
}

function cachedScan(ctx: Context, s: number, body: string, paragraphStart: number): readonly RelFigure[] {
  const key = scanKey(ctx.text, body, ctx.analysis.sentences[s].start, paragraphStart);
  return scans.getOrCompute(key, () => runToEnd(scanFigureSteps(ctx, s, paragraphStart)));
}

/** Scans sentence s ahead, with pauses, into the scan cache, unless it is short or already there. */
function* prepareLongSentence(ctx: Context, s: number): Generator<void, void> {
  const { analysis, text } = ctx;
  const sentence = analysis.sentences[s];
  if (sentence.end - sentence.start <= LONG_SENTENCE) return;
  const p = analysis.paragraphs[sentence.paragraph];
  const paragraphStart = p ? p.start : sentence.start;
  const key = scanKey(text, text.slice(sentence.start, sentence.end), sentence.start, paragraphStart);
  if (scans.get(key) === undefined) scans.set(key, yield* scanFigureSteps(ctx, s, paragraphStart));
  yield* sourcesOf(ctx).prepareSteps(s);
}

/**
 * Prepares the long sentences that the walk is about to reach in one piece: those of a
 * paragraph that perSentence works out all at once, or sentence s alone.
 */
function* prepareAhead(ctx: Context, s: number): Generator<void, void> {
  const { analysis } = ctx;
  const p = analysis.paragraphs[analysis.sentences[s].paragraph];
  if (!p || p.sentences.length > MAX_LOCAL_SENTENCES) {
    yield* prepareLongSentence(ctx, s);
    return;
  }
  if (s !== p.sentences[0] || paragraphScanCache.get(ctx, analysis.sentences[s].paragraph) !== undefined) {
    // the paragraph's scans are remembered, or were worked out at its first sentence
    if (analysis.sentences[s].end - analysis.sentences[s].start > LONG_SENTENCE) yield* sourcesOf(ctx).prepareSteps(s);
    return;
  }
  for (const k of p.sentences) yield* prepareLongSentence(ctx, k);
}

/**
 * The scans of a paragraph's sentences packed in one typed array, which a walk over
 * thousands of unchanged paragraphs reads far faster than arrays of objects: for n
 * sentences, n + 1 offsets into the array (sentence k's figures lie in [packed[k],
 * packed[k + 1])), then start, end and kind (an index into FIGURE_KINDS) of each figure,
 * relative to its sentence's start.
 */
type PackedScans = Int32Array;

const FIGURE_KINDS: readonly FigureKind[] = ['percent', 'money', 'count', 'rate', 'measure', 'multiple'];

function packScans(list: readonly (readonly RelFigure[])[]): PackedScans {
  let count = 0;
  for (let k = 0; k < list.length; k++) count += list[k].length;
  const packed = new Int32Array(list.length + 1 + 3 * count);
  let at = list.length + 1;
  for (let k = 0; k < list.length; k++) {
    packed[k] = at;
    for (const f of list[k]) {
      packed[at++] = f.start;
      packed[at++] = f.end;
      packed[at++] = FIGURE_KINDS.indexOf(f.kind);
    }
  }
  packed[list.length] = at;
  return packed;
}

/** The scans of each sentence of a paragraph, in order and packed, remembered under its LocalParagraph. */
const paragraphScanCache = new LocalCache<PackedScans>();

const NO_FIGURES: readonly RelFigure[] = Object.freeze([]);

/** The scan of sentence s, from its own text (or the scan cache). */
function readScan(ctx: Context, s: number): readonly RelFigure[] {
  const { analysis, text } = ctx;
  const sentence = analysis.sentences[s];
  const p = analysis.paragraphs[sentence.paragraph];
  const body = text.slice(sentence.start, sentence.end);
  if (!/\d|[a-z]/i.test(body)) return NO_FIGURES;
  return cachedScan(ctx, s, body, p ? p.start : sentence.start);
}

/**
 * The scans of every sentence of paragraph `index`, packed, looked up once per paragraph:
 * every sentence's scan depends only on its paragraph's text (see scanKey: the look-back
 * for a list marker never crosses the paragraph's first character, which is no space), so
 * a whole unchanged paragraph costs one look-up by identity. Undefined for a paragraph of
 * very many sentences (a runaway table, a text with no blank lines), which is read
 * sentence by sentence so that the stage can still pause between its sentences.
 */
function paragraphScans(ctx: Context, index: number): PackedScans | undefined {
  const p = ctx.analysis.paragraphs[index];
  if (!p || p.sentences.length > MAX_LOCAL_SENTENCES) return undefined;
  let packed = paragraphScanCache.get(ctx, index);
  if (packed === undefined) {
    packed = packScans(p.sentences.map((s) => readScan(ctx, s)));
    paragraphScanCache.set(ctx, index, packed);
  }
  return packed;
}

// ---------------------------------------------------------------------------------------
// What a paragraph's figures and claims came to, remembered across runs

/**
 * A paragraph's figures or claims as they are worked out, to be remembered: SOURCE_FIELDS
 * numbers per source (see keepSource) inside the numbers of each figure or claim, all
 * relative to the paragraph's start. A source whose text is not the document's text at
 * its place (which a remembered source takes again, sliced from the document being
 * analysed, so that no string of an older document is kept alive) spoils the lot.
 */
export interface Kept {
  readonly base: number;
  /** The paragraph's end, and its first mention in the sorted mentions (see RunRecords). */
  readonly end: number;
  readonly first: number;
  readonly numbers: number[];
  spoilt: boolean;
  /** Whether a kept source names an entity no mention in the paragraph has (it read past the paragraph: see ParagraphRecord.far). */
  far: boolean;
}

/** A Kept for the paragraph at [start, end) in this run. */
export function keeper(run: RunRecords, start: number, end: number): Kept {
  return { base: start, end, first: firstAtOrAfter(run.mentionStarts, start), numbers: [], spoilt: false, far: false };
}

/**
 * Numbers per kept source: whether there is one (0 or 1), start, end, its entity (-1 for
 * none, else the place among the paragraph's mentions of the mention it was linked to: see
 * keepSource), anonymous (0 or 1).
 */
export const SOURCE_FIELDS = 5;

/**
 * What a paragraph's figures (and, once the claims stage has run, its claims) came to in
 * the run that worked them out, every offset relative to the paragraph's start, with what
 * that read from the rest of the document: the quotation spans over the paragraph and the
 * entity mentions in it (their places, entities, types and texts). Everything else the
 * figures and claims of an ordinary paragraph depend on is its own text (the LocalParagraph
 * it is remembered under), except a pronoun's person or a named document's author, which
 * credits.ts reports (readsFar) and a far record checks apart (see `far`).
 * So when the quotations and mentions over a paragraph are as they were, its figures and
 * claims are the remembered ones, moved to where the paragraph now stands. What depends on
 * other paragraphs by design (an interview's questions, a list restating an earlier
 * figure) is applied when the figures are laid out, on every run.
 */
export interface ParagraphRecord {
  readonly generation: number;
  readonly kind: ParagraphKind;
  readonly sentences: number;
  /**
   * What the record read from the rest of the document, in one array (one object to touch
   * per check): the count of numbers of each of the first two parts, then the start and end
   * of each merged quotation span over the paragraph, clipped to it; the start, end and
   * type (see RunRecords.mentionCodes) of each mention that starts in the paragraph, in
   * the order of the sorted mentions; and the places of the mentions that gave a figure's
   * source its text (TextChecks.places, with their strings in `strings`).
   */
  readonly outside: Int32Array;
  readonly strings: string[];
  /** Per figure, FIGURE_FIELDS numbers: sentence (within the paragraph), start, end, kind, then its own source (SOURCE_FIELDS). */
  readonly figures: Int32Array;
  /**
   * Whether the figures read past the paragraph (credits.ts, readsFar: a pronoun's person, a
   * named document's author, the organisation "the company" stands for, a report the
   * paragraph before carried). All such reads look back, never forward, so a far record
   * holds where everything up to the paragraph's end is as it was (RunRecords.farOk: the
   * text, the quotation spans and their speakers, and the mentions with their entities and
   * the entities' names and types), and elsewhere when its far reads, made again, give what
   * they gave (farReads). A far source's entity is kept as the place of the nearest mention
   * of it before the source, counted from the paragraph's first mention.
   */
  readonly far: boolean;
  /** What the far reads gave (see farReadsOf), made again to check a far record (farReadsHold); null when they cannot be. */
  readonly farReads: Int32Array | null;
  /** The claims, once the claims stage has worked them out in a run this record holds for (`far` and `farReads` as the record's, for the claims). */
  claims?: { readonly figureMask: number; readonly claims: Int32Array; readonly texts: TextChecks; readonly far: boolean; readonly farReads: Int32Array | null };
}

/**
 * A source linked to a mention takes the mention's text (credits.ts): the mentions that
 * gave a remembered source its text, by their place among the mentions that start in the
 * paragraph, with the text each had then (the document's text at its place). The strings
 * are replaced by the equal ones of the latest run that checks them, so that a record
 * keeps no older document alive through them.
 */
export interface TextChecks {
  readonly places: Int32Array;
  readonly strings: string[];
}

const FIGURE_FIELDS = 4 + SOURCE_FIELDS;

/** A kept source's entity place when it names none (see keepSource). */
const NO_ENTITY = -0x7fffffff;

const records = new WeakMap<LocalParagraph, ParagraphRecord>();

/**
 * The paragraphs of the last run that used records, and the record each had: an edit
 * leaves the paragraphs before it at the same index and those after it shifted by the
 * change in their number, so most records are found by comparing two array slots rather
 * than by a look-up in `records` (which would touch every LocalParagraph).
 */
let lastRun: LastRun | undefined;

/** The tables a run's records are checked against, laid out once per run (and kept for the next run to compare). */
interface CheckedAgainst {
  /** Starts and ends of the merged quotation spans. */
  readonly quotedStarts: Int32Array;
  readonly quotedEnds: Int32Array;
  /**
   * Starts and ends of the sorted mentions, for each the type of its entity (its rank in credits.ts),
   * its entity and its text. A record checks the types, not the entities: what a
   * paragraph's sources are linked to depends on the places and types of its mentions, and
   * the entity of a source is the entity of the mention at the same place in this run (an
   * edit that renumbers the entities leaves the records of other paragraphs holding).
   */
  readonly mentionStarts: Int32Array;
  readonly mentionEnds: Int32Array;
  readonly mentionCodes: Uint8Array;
  readonly mentionEntities: readonly number[];
  readonly mentionTexts: readonly string[];
  /**
   * The quotes' speakers that credits.ts reads for a pronoun (see pronounReferent), sorted
   * by the speaker's start: its start, and its entity (UNNAMED_CODE for an unnamed source,
   * NO_SPEAKER_CODE for none of either).
   */
  readonly speakerStarts: Int32Array;
  readonly speakerCodes: Int32Array;
}

/**
 * What the last run that used records read, kept for the next run to compare with its own
 * (see heldAlready): its paragraphs, the records that held or were made, and the tables
 * they were checked against.
 */
interface LastRun extends CheckedAgainst {
  readonly text: string;
  /** The names and types of the run's entities (see farOk). */
  readonly entityNames: readonly string[];
  readonly entityTypes: readonly string[];
  readonly locals: readonly LocalParagraph[];
  readonly records: readonly (ParagraphRecord | undefined)[];
  readonly generation: number;
  readonly length: number;
  readonly paragraphStarts: Int32Array;
  /** The figures the run returned, the entity each credits (-1 for none), the index of the first figure of each paragraph (and their count), its marks (see findFigureSteps) and whether the article asked "Q:". */
  readonly figures: readonly Figure[];
  readonly figureEntities: readonly number[];
  readonly figureFirst: Int32Array;
  readonly marks: Uint8Array;
  readonly asksQ: boolean;
  readonly id: number;
}

/**
 * Per run: whether records may be used at all, for each paragraph whether its record holds
 * (0: not asked, 1: holds, 2: does not) and the record, and what the records are checked
 * against, laid out once (a check then reads no quote, mention or entity object).
 */
export interface RunRecords extends CheckedAgainst {
  readonly usable: boolean;
  readonly holds: Uint8Array;
  readonly records: (ParagraphRecord | undefined)[];
  /** For each paragraph whose record holds, the index of its first mention in the sorted mentions. */
  readonly firsts: Int32Array;
  readonly paragraphStarts: Int32Array;
  /**
   * A mark (1) for each paragraph at the same place as in the last run, reading the same
   * quotation spans and the same mentions of the same entities (see heldAlready).
   */
  readonly samePlace: Uint8Array;
  /**
   * A mark (1) for each paragraph at the same place as in the last run where everything up
   * to its end is as it was: the text, the quotation spans and their speakers, the mentions
   * and their entities, and those entities' names and types. A far record holds only here.
   */
  readonly farOk: Uint8Array;
  /** This run's number, and the number of the last run if it compared with it (see heldAlready), else 0. */
  readonly id: number;
  compared: number;
  /** How many of the first paragraphs, and of their sentences, have the last run's figures (see findFigureSteps) and so its claims. */
  sameParagraphs: number;
  sameSentences: number;
}

let runs = 0;

/** How many of the first items of two runs' tables are the same (see heldAlready). */
function samePrefix(run: RunRecords, last: LastRun, quotes: boolean): number {
  const [a, b, c, d] = quotes ? [run.quotedStarts, run.quotedEnds, last.quotedStarts, last.quotedEnds] : [run.mentionStarts, run.mentionEnds, last.mentionStarts, last.mentionEnds];
  const n = Math.min(a.length, c.length);
  let k = 0;
  if (quotes) while (k < n && a[k] === c[k] && b[k] === d[k]) k++;
  else while (k < n && a[k] === c[k] && b[k] === d[k] && run.mentionCodes[k] === last.mentionCodes[k] && run.mentionTexts[k] === last.mentionTexts[k]) k++;
  return k;
}

/** How many of the last items of two runs' tables are the same, the offsets of this run's `delta` further on. */
function sameSuffix(run: RunRecords, last: LastRun, quotes: boolean, delta: number): number {
  const [a, b, c, d] = quotes ? [run.quotedStarts, run.quotedEnds, last.quotedStarts, last.quotedEnds] : [run.mentionStarts, run.mentionEnds, last.mentionStarts, last.mentionEnds];
  const n = Math.min(a.length, c.length);
  const x = a.length - 1;
  const y = c.length - 1;
  let k = 0;
  if (quotes) while (k < n && a[x - k] === c[y - k] + delta && b[x - k] === d[y - k] + delta) k++;
  else while (k < n && a[x - k] === c[y - k] + delta && b[x - k] === d[y - k] + delta && run.mentionCodes[x - k] === last.mentionCodes[y - k] && run.mentionTexts[x - k] === last.mentionTexts[y - k]) k++;
  return k;
}

/**
 * Marks as holding, without checking them one by one, the records of the paragraphs that
 * read nothing that changed since the last run: an edit leaves the paragraphs before it
 * where they were and those after it moved by the change in length, and so the
 * quotations and mentions before and after it. A paragraph the same as in the last run
 * (the same LocalParagraph, at the same place or moved with the text after the edit),
 * whose record held or was made there, and whose quotation spans and mentions, with the
 * one before or after them, lie in the stretch of each table that is the same as the
 * last run's (moved as the paragraph moved), reads what its record read: it holds.
 */
function heldAlready(ctx: Context, run: RunRecords): void {
  const last = lastRun;
  if (!last || last.generation !== cacheGeneration()) return;
  run.compared = last.id;
  const locals = ctx.locals as readonly LocalParagraph[];
  const { paragraphs } = ctx.analysis;
  const delta = ctx.text.length - last.length;
  const { quotedStarts, quotedEnds, mentionStarts } = run;
  const Q = quotedStarts.length;
  const M = mentionStarts.length;
  const sameQ = Q === last.quotedStarts.length;
  const sameM = M === last.mentionStarts.length;
  const qp = samePrefix(run, last, true);
  const mp = samePrefix(run, last, false);
  const qs = sameSuffix(run, last, true, delta);
  const ms = sameSuffix(run, last, false, delta);
  const n = paragraphs.length;
  const shift = last.locals.length - n;
  let ep = 0;
  for (const most = Math.min(mp, last.mentionEntities.length); ep < most && run.mentionEntities[ep] === last.mentionEntities[ep]; ) ep++;
  // what a far record reads besides (see farOk): the text, the speakers, the entities' names and types
  const unchanged = commonPrefix(last.text, ctx.text);
  const { speakerStarts, speakerCodes } = run;
  const S = speakerStarts.length;
  const sameS = S === last.speakerStarts.length;
  let sp = 0;
  for (const most = Math.min(S, last.speakerStarts.length); sp < most && speakerStarts[sp] === last.speakerStarts[sp] && speakerCodes[sp] === last.speakerCodes[sp]; ) sp++;
  const { entities } = ctx.analysis;
  let en = 0;
  for (const most = Math.min(entities.length, last.entityNames.length); en < most && entities[en].name === last.entityNames[en] && entities[en].type === last.entityTypes[en]; ) en++;
  // the highest entity read up to the paragraph's end (its mentions and speakers, and those before)
  let highest = -1;
  let k = 0;
  let q = 0;
  let m = 0;
  for (let p = 0; p < n; p++) {
    const { start, end } = paragraphs[p];
    // the quotation spans over the paragraph: [qf, ql); its mentions: [mf, ml)
    while (q < Q && quotedEnds[q] <= start) q++;
    const qf = q;
    let ql = qf;
    while (ql < Q && quotedStarts[ql] < end) ql++;
    while (m < M && mentionStarts[m] < start) m++;
    const mf = m;
    let ml = mf;
    while (ml < M && mentionStarts[ml] < end) ml++;
    for (let i = mf; i < ml; i++) if (run.mentionEntities[i] > highest) highest = run.mentionEntities[i];
    while (k < S && speakerStarts[k] < end) {
      if (speakerCodes[k] > highest) highest = speakerCodes[k];
      k++;
    }
    let record: ParagraphRecord | undefined;
    if (p < last.locals.length && last.locals[p] === locals[p] && last.paragraphStarts[p] === start && (ql < qp || (qp === Q && sameQ)) && (ml < mp || (mp === M && sameM))) {
      record = last.records[p];
      if (ml <= ep || (ep === M && sameM)) {
        run.samePlace[p] = 1;
        if (end <= unchanged && (k < sp || (sp === S && sameS)) && highest < en) run.farOk[p] = 1;
      }
    } else if (p + shift >= 0 && p + shift < last.locals.length && last.locals[p + shift] === locals[p] && last.paragraphStarts[p + shift] + delta === start && (qf > Q - qs || (qs === Q && sameQ)) && (mf > M - ms || (ms === M && sameM))) {
      record = last.records[p + shift];
    }
    // (a far record read before the paragraph: it holds where all up to its end is as it was, or its far reads give what they gave)
    if (record?.far && run.farOk[p] !== 1 && !farReadsHold(ctx, run, p, record.farReads, mf)) record = undefined;
    if (!record || record.kind !== paragraphs[p].kind || record.sentences !== paragraphs[p].sentences.length) continue;
    run.holds[p] = 1;
    run.records[p] = record;
    run.firsts[p] = mf;
  }
}

const runRecords = new WeakMap<Context, RunRecords>();

export function recordsOf(ctx: Context): RunRecords {
  let run = runRecords.get(ctx);
  if (!run) {
    const { paragraphs } = ctx.analysis;
    const quoted = sourcesOf(ctx).quoted;
    const quotedStarts = new Int32Array(quoted.length);
    const quotedEnds = new Int32Array(quoted.length);
    for (let i = 0; i < quoted.length; i++) {
      quotedStarts[i] = quoted[i].start;
      quotedEnds[i] = quoted[i].end;
    }
    // the mentions as credits.ts lays them out for the run (a rank stands for a type)
    const { starts, ends, ranks: mentionCodes, entityOf: mentionEntities, texts: mentionTexts } = sourcesOf(ctx).mentionTable();
    const usable = !!ctx.locals && ctx.locals.length === paragraphs.length && mentionsStayInParagraphs(paragraphs, starts, ends);
    const paragraphStarts = new Int32Array(paragraphs.length);
    for (let p = 0; p < paragraphs.length; p++) paragraphStarts[p] = paragraphs[p].start;
    const { speakerStarts, speakerCodes } = speakerTable(ctx);
    run = { usable, speakerStarts, speakerCodes, farOk: new Uint8Array(paragraphs.length), holds: new Uint8Array(paragraphs.length), records: new Array<ParagraphRecord | undefined>(paragraphs.length), quotedStarts, quotedEnds, mentionStarts: starts, mentionEnds: ends, mentionCodes, mentionEntities, mentionTexts, firsts: new Int32Array(paragraphs.length), paragraphStarts, samePlace: new Uint8Array(paragraphs.length), id: ++runs, compared: 0, sameParagraphs: 0, sameSentences: 0 };
    if (usable) heldAlready(ctx, run);
    runRecords.set(ctx, run);
  }
  return run;
}

/** How many characters two texts share from their start. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let k = 0;
  const chunk = 4096;
  while (k + chunk <= n && a.slice(k, k + chunk) === b.slice(k, k + chunk)) k += chunk;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

const UNNAMED_CODE = -2;
const NO_SPEAKER_CODE = -3;

/** The quotes' speakers, sorted by start (see CheckedAgainst.speakerStarts). */
function speakerTable(ctx: Context): { speakerStarts: Int32Array; speakerCodes: Int32Array } {
  const { quotes } = ctx.analysis;
  const order: number[] = [];
  for (let i = 0; i < quotes.length; i++) if (quotes[i].speaker) order.push(i);
  // (the quotes are in order of their start, their speakers nearly so: sorted stably when not)
  let sorted = true;
  for (let k = 1; k < order.length && sorted; k++) sorted = (quotes[order[k - 1]].speaker as Speaker).start <= (quotes[order[k]].speaker as Speaker).start;
  if (!sorted) order.sort((a, b) => (quotes[a].speaker as Speaker).start - (quotes[b].speaker as Speaker).start || a - b);
  const speakerStarts = new Int32Array(order.length);
  const speakerCodes = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const { speaker, status } = quotes[order[k]];
    const { start, entity } = speaker as Speaker;
    speakerStarts[k] = start;
    speakerCodes[k] = entity !== null ? entity : status === 'anonymous' ? UNNAMED_CODE : NO_SPEAKER_CODE;
  }
  return { speakerStarts, speakerCodes };
}

/**
 * Whether every entity mention lies inside one paragraph: then the mentions a paragraph's
 * sources can read are those that start in it (the mentions are sorted by start, so one
 * walk along the paragraphs checks them all).
 */
function mentionsStayInParagraphs(paragraphs: readonly Paragraph[], starts: Int32Array, ends: Int32Array): boolean {
  let p = 0;
  for (let m = 0; m < starts.length; m++) {
    while (p < paragraphs.length && paragraphs[p].end <= starts[m]) p++;
    if (p >= paragraphs.length || starts[m] < paragraphs[p].start || ends[m] > paragraphs[p].end) return false;
  }
  return true;
}

/**
 * Whether paragraph p may have a record: whole sentences of its own, in order, few and
 * short enough to be worked out at once (a runaway paragraph is read with pauses inside).
 */
function recordable(ctx: Context, run: RunRecords, p: number, s: number): boolean {
  if (!run.usable) return false;
  const paragraph = ctx.analysis.paragraphs[p];
  const n = paragraph.sentences.length;
  return n > 0 && n <= MAX_LOCAL_SENTENCES && paragraph.sentences[0] === s && paragraph.sentences[n - 1] === s + n - 1 && paragraph.end - paragraph.start <= LONG_SENTENCE;
}

/** The record remembered for paragraph p, looked up where the last run left it first. */
function rememberedRecord(ctx: Context, p: number): ParagraphRecord | undefined {
  const locals = ctx.locals as readonly LocalParagraph[];
  const local = locals[p];
  const last = lastRun;
  if (last) {
    if (last.locals[p] === local) return last.records[p];
    const shifted = p + last.locals.length - locals.length;
    if (last.locals[shifted] === local) return last.records[shifted];
  }
  return records.get(local);
}

/** The record of paragraph p when it holds in this run (see ParagraphRecord), else undefined. */
export function heldRecord(ctx: Context, p: number): ParagraphRecord | undefined {
  const run = recordsOf(ctx);
  if (!run.usable) return undefined;
  let holds = run.holds[p];
  if (holds === 0) {
    const record = rememberedRecord(ctx, p);
    holds = record && recordHolds(ctx, run, p, record) ? 1 : 2;
    run.holds[p] = holds;
    if (holds === 1) run.records[p] = record;
  }
  return holds === 1 ? run.records[p] : undefined;
}

/** Notes a record made in this run for paragraph p (which then holds), or that there is none. */
function newRecord(ctx: Context, run: RunRecords, p: number, record: ParagraphRecord | undefined, first: number): void {
  const local = (ctx.locals as readonly LocalParagraph[])[p];
  run.firsts[p] = first;
  if (record) records.set(local, record);
  else records.delete(local);
  run.records[p] = record;
  run.holds[p] = record ? 1 : 2;
}

/** Hands this run's records and figures to the next run (see lastRun). */
function passOn(ctx: Context, run: RunRecords, made: Pick<LastRun, 'figures' | 'figureEntities' | 'figureFirst' | 'marks' | 'asksQ'>): void {
  if (!run.usable) {
    lastRun = undefined;
    return;
  }
  const { records, paragraphStarts, quotedStarts, quotedEnds, mentionStarts, mentionEnds, mentionCodes, mentionTexts, mentionEntities, speakerStarts, speakerCodes } = run;
  const { entities } = ctx.analysis;
  lastRun = { text: ctx.text, entityNames: entities.map((e) => e.name), entityTypes: entities.map((e) => e.type), speakerStarts, speakerCodes, locals: ctx.locals as readonly LocalParagraph[], records, generation: cacheGeneration(), length: ctx.text.length, paragraphStarts, quotedStarts, quotedEnds, mentionStarts, mentionEnds, mentionCodes, mentionTexts, mentionEntities, id: run.id, ...made };
}

function recordHolds(ctx: Context, run: RunRecords, p: number, record: ParagraphRecord): boolean {
  const paragraph = ctx.analysis.paragraphs[p];
  if (record.generation !== cacheGeneration() || record.kind !== paragraph.kind || record.sentences !== paragraph.sentences.length) return false;
  const { start, end } = paragraph;
  const { quotedStarts, quotedEnds } = run;
  const o = record.outside;
  const quotedEnd = 2 + o[0];
  const mentionsEnd = quotedEnd + o[1];
  let k = 2;
  for (let i = firstAfter(quotedEnds, start); i < quotedStarts.length && quotedStarts[i] < end; i++, k += 2) {
    if (k >= quotedEnd || Math.max(quotedStarts[i], start) - start !== o[k] || Math.min(quotedEnds[i], end) - start !== o[k + 1]) return false;
  }
  if (k !== quotedEnd) return false;
  const { mentionStarts, mentionEnds, mentionCodes } = run;
  const first = firstAtOrAfter(mentionStarts, start);
  for (let m = first; m < mentionStarts.length && mentionStarts[m] < end; m++, k += 3) {
    if (k >= mentionsEnd || mentionStarts[m] - start !== o[k] || mentionEnds[m] - start !== o[k + 1] || mentionCodes[m] !== o[k + 2]) return false;
  }
  if (k !== mentionsEnd || !textsHold(run, first, o, mentionsEnd, record.strings)) return false;
  if (record.far && run.farOk[p] !== 1 && !farReadsHold(ctx, run, p, record.farReads, first)) return false;
  run.firsts[p] = first;
  // (the claims are checked with the figures, once: a claim's source that no longer holds is worked out again)
  if (record.claims && !textsHold(run, first, record.claims.texts.places, 0, record.claims.texts.strings)) record.claims = undefined;
  return true;
}

/** Whether the mentions at places[from …] (their places after mention `first`) have the texts they had, `strings` (see TextChecks). */
function textsHold(run: RunRecords, first: number, places: Int32Array, from: number, strings: string[]): boolean {
  for (let i = 0; from + i < places.length; i++) {
    const now = run.mentionTexts[first + places[from + i]];
    if (now !== strings[i]) return false;
    strings[i] = now;
  }
  return true;
}

/**
 * The TextChecks of the mentions that start in the paragraph at [start, end) and whose
 * span a kept source has; null when such a mention's text is not the document's at its
 * place (then the paragraph is not remembered: nearly never).
 */
export function textsOf(ctx: Context, run: RunRecords, start: number, end: number, kept: Kept, fields: number): TextChecks | null {
  if (kept.spoilt) return null;
  const k = kept.numbers;
  const { mentionStarts, mentionEnds, mentionTexts } = run;
  const first = firstAtOrAfter(mentionStarts, start);
  const places: number[] = [];
  const strings: string[] = [];
  for (let m = first; m < mentionStarts.length && mentionStarts[m] < end; m++) {
    let used = false;
    // (each item's source is its last SOURCE_FIELDS numbers)
    for (let i = fields - SOURCE_FIELDS; i < k.length && !used; i += fields) used = k[i] === 1 && k[i + 1] === mentionStarts[m] - start && k[i + 2] === mentionEnds[m] - start;
    if (!used) continue;
    const t = mentionTexts[m];
    if (!(t.length === mentionEnds[m] - mentionStarts[m] && ctx.text.startsWith(t, mentionStarts[m]))) return null;
    places.push(m - first);
    strings.push(t);
  }
  return { places: Int32Array.from(places), strings };
}

/** What a new record of paragraph p reads from the rest of the document, as it stands in this run. */
function outsideOf(ctx: Context, run: RunRecords, p: number, texts: TextChecks): Pick<ParagraphRecord, 'outside' | 'strings'> {
  const { start, end } = ctx.analysis.paragraphs[p];
  const { quotedStarts, quotedEnds, mentionStarts, mentionEnds, mentionCodes } = run;
  const quoted: number[] = [];
  for (let i = firstAfter(quotedEnds, start); i < quotedStarts.length && quotedStarts[i] < end; i++) quoted.push(Math.max(quotedStarts[i], start) - start, Math.min(quotedEnds[i], end) - start);
  const mentions: number[] = [];
  for (let m = firstAtOrAfter(mentionStarts, start); m < mentionStarts.length && mentionStarts[m] < end; m++) mentions.push(mentionStarts[m] - start, mentionEnds[m] - start, mentionCodes[m]);
  const outside = new Int32Array(2 + quoted.length + mentions.length + texts.places.length);
  outside[0] = quoted.length;
  outside[1] = mentions.length;
  outside.set(quoted, 2);
  outside.set(mentions, 2 + quoted.length);
  outside.set(texts.places, 2 + quoted.length + mentions.length);
  return { outside, strings: texts.strings };
}

/** Whether linking a source of any sentence of paragraph p (sentences s … s + n - 1) read past it in this run. */
export function readsFar(sources: RunSources, s: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (sources.readsFar(s + k)) return true;
  return false;
}

/**
 * Notes a source (or none) in `kept`, in SOURCE_FIELDS numbers relative to kept.base. A
 * source that names an entity was linked to a mention in the paragraph (credits.ts: a
 * source that reads further, a pronoun's person or a document's author, keeps its
 * paragraph from being remembered): the mention that starts where the source does, of the
 * source's entity, ending where it does or two characters later (a possessive "'s" taken
 * off). Its place among the paragraph's mentions is kept, not the entity's index; when no
 * mention, or more than one, fits, the lot is spoilt.
 */
export function keepSource(text: string, source: Source | null, kept: Kept, run: RunRecords): void {
  if (!source) {
    kept.numbers.push(0, 0, 0, NO_ENTITY, 0);
    return;
  }
  if (!(source.text.length === source.end - source.start && text.startsWith(source.text, source.start))) kept.spoilt = true;
  let place = NO_ENTITY;
  if (source.entity !== null) {
    const { mentionStarts, mentionEnds, mentionEntities } = run;
    for (let m = kept.first; m < mentionStarts.length && mentionStarts[m] < kept.end; m++) {
      if (mentionStarts[m] !== source.start || mentionEntities[m] !== source.entity || (mentionEnds[m] !== source.end && mentionEnds[m] !== source.end + 2)) continue;
      if (place !== NO_ENTITY) kept.spoilt = true;
      place = m - kept.first;
    }
    // (an entity a far read gave, "the company" for Acme Foods: the nearest mention of it before the source)
    if (place === NO_ENTITY) {
      const m = nearestMention(run, source.entity, source.start);
      if (m < 0) kept.spoilt = true;
      else place = m - kept.first;
      kept.far = true;
    }
  }
  kept.numbers.push(1, source.start - kept.base, source.end - kept.base, place, source.anonymous ? 1 : 0);
}

/**
 * The source kept at numbers[at] (see keepSource) laid out at `base` again, its entity
 * that of the mention at its place after mention `first` in this run: a new object (each
 * figure and claim owns its source), or null.
 */
export function placeSource(ctx: Context, numbers: Int32Array, at: number, base: number, run: RunRecords, first: number): Source | null {
  if (numbers[at] === 0) return null;
  const start = base + numbers[at + 1];
  const end = base + numbers[at + 2];
  return { start, end, text: textAt(ctx, start, end), entity: keptEntity(numbers[at + 3], run, first), anonymous: numbers[at + 4] === 1 };
}

/** The entity of a kept source: that of the mention at `place` from mention `first` (before it when negative), or none (NO_ENTITY). */
function keptEntity(place: number, run: RunRecords, first: number): number | null {
  if (place === NO_ENTITY) return null;
  return run.mentionEntities[first + place] ?? null;
}

/** How many mentions back nearestMention looks. */
const NEAREST_MENTIONS = 64;

/** The index of the last mention of `entity` that starts before `before`, within NEAREST_MENTIONS, or -1. */
function nearestMention(run: RunRecords, entity: number, before: number): number {
  const { mentionEntities } = run;
  const at = firstAtOrAfter(run.mentionStarts, before);
  for (let m = at - 1; m >= 0 && m >= at - NEAREST_MENTIONS; m--) if (mentionEntities[m] === entity) return m;
  return -1;
}

/**
 * Numbers per far read a record keeps (see ParagraphRecord.farReads): the sentence (within
 * the paragraph), its kind (FAR_PRONOUN …), start and end (relative to the paragraph's
 * start), flag, the mention whose entity it gave (relative to the paragraph's first
 * mention, NO_ENTITY for none) with that mention's rank, and whether it gave an unnamed source.
 */
const FAR_RECORD = 8;

/**
 * The far reads of paragraph p's sentences (s … s + n - 1) in this run, to keep with its
 * record, or null when one cannot be made again (a carried report) or its entity has no
 * mention near.
 */
export function farReadsOf(ctx: Context, run: RunRecords, p: number, s: number, n: number, first: number): Int32Array | null {
  const sources = sourcesOf(ctx);
  const base = ctx.analysis.paragraphs[p].start;
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const log = sources.farLog(s + k);
    if (!log) continue;
    for (let i = 0; i < log.length; i += FAR_FIELDS) {
      if (log[i] === FAR_CARRIED) return null;
      let place = NO_ENTITY;
      let rank = 0;
      if (log[i + 4] >= 0) {
        const m = nearestMention(run, log[i + 4], log[i + 1]);
        if (m < 0) return null;
        place = m - first;
        rank = run.mentionCodes[m];
      }
      out.push(k, log[i], log[i + 1] - base, log[i + 2] - base, log[i + 3], place, log[i + 5], rank);
    }
  }
  return Int32Array.from(out);
}

/**
 * Whether the far reads kept for paragraph p (see farReadsOf) give what they gave then,
 * made again in this run: the same entity (that of the mention at the same place from the
 * paragraph's first mention, `first`, with the same rank) and the same unnamed mark. Then
 * what linking the paragraph's sources read past it is as it was.
 */
export function farReadsHold(ctx: Context, run: RunRecords, p: number, reads: Int32Array | null, first: number): boolean {
  if (!reads) return false;
  const paragraph = ctx.analysis.paragraphs[p];
  const base = paragraph.start;
  const s = paragraph.sentences[0];
  const { mentionEntities, mentionCodes } = run;
  const sources = sourcesOf(ctx);
  for (let i = 0; i < reads.length; i += FAR_RECORD) {
    const place = reads[i + 5];
    let entity: number | null = null;
    if (place !== NO_ENTITY) {
      const m = first + place;
      if (m < 0 || m >= mentionEntities.length || mentionCodes[m] !== reads[i + 7]) return false;
      entity = mentionEntities[m];
    }
    const now = sources.replayFar(s + reads[i], reads[i + 1], base + reads[i + 2], base + reads[i + 3], reads[i + 4]);
    if (!now || now.entity !== entity || (now.anonymous ? 1 : 0) !== reads[i + 6]) return false;
  }
  return true;
}

/**
 * How many paragraphs' figures, and claims, were worked out from their text rather than
 * laid out from a record or given again, since the counts were last set to 0: tests read
 * them to see that an edit works out only what it changed.
 */
export const workedOut = { figures: 0, claims: 0 };

/** Paragraphs laid out from their records between pauses (the work per paragraph is small). */
const RECORDS_PER_STEP = 128;

// ---------------------------------------------------------------------------------------
// The last run's objects, given again when they are equal

/**
 * Whether `source` has the fields of the source kept at numbers[at] (see keepSource) laid
 * out at `base` with the mentions after `first` of this run, as placeSource would make it.
 */
export function keptSourceIs(source: Source | null, text: string, numbers: Int32Array, at: number, base: number, run: RunRecords, first: number): boolean {
  if (numbers[at] === 0) return source === null;
  if (source === null) return false;
  const start = base + numbers[at + 1];
  const end = base + numbers[at + 2];
  return source.start === start && source.end === end && source.entity === keptEntity(numbers[at + 3], run, first) && source.anonymous === (numbers[at + 4] === 1) && sameText(source.text, text, start, end);
}

/** Whether two sources (or none) have the same fields. */
export function sameSource(a: Source | null, b: Source | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && a.start === b.start && a.end === b.end && a.entity === b.entity && a.anonymous === b.anonymous && a.text === b.text;
}

/** Whether `s` is text.slice(start, end), without making that string. */
export function sameText(s: string, text: string, start: number, end: number): boolean {
  return s.length === end - start && text.startsWith(s, start);
}

/**
 * The figures the last run returned (of whatever document). A figure of this run whose
 * every field equals that of the last run's figure at the same index (nearly every figure
 * before the place of an edit) is that very object: nothing changes a figure or its
 * source after the stage returns it, so two analyses may share it, and an edit then makes
 * new objects only from its place on.
 */
let lastFigures: readonly Figure[] = [];
/** The cache generation lastFigures belongs to: a cleared cache (a cold run) starts without them. */
let lastFiguresGeneration = -1;

/** Whether the last run's figure `old` has these fields (its source checked apart). */
function sameFigure(old: Figure, text: string, s: number, start: number, end: number, kind: FigureKind): boolean {
  return old.start === start && old.end === end && old.sentence === s && old.kind === kind && sameText(old.text, text, start, end);
}

/**
 * The figures of the document, step by step: yields every few dozen sentences so that a
 * time-sliced caller (analyzeAsync) can pause inside the stage. Returns the figures.
 */
export function* findFigureSteps(ctx: Context): Generator<void, Figure[]> {
  const { analysis, text } = ctx;
  const { sentences, paragraphs } = analysis;
  const figures: Figure[] = [];
  const sources = sourcesOf(ctx);
  const { quoted } = sources;
  const excluded = sortedSpans(analysis.excluded);
  const run = recordsOf(ctx);
  // the sentences that hold a figure, for the claims stage
  const marks = new Uint8Array(sentences.length);
  /** The source of each figure's text where the article first sourced it. */
  // (made the first time a list needs it: most articles have no figure in a list)
  let stated: Map<string, Source> | undefined;
  const firstStated = (): Map<string, Source> => {
    const made = new Map<string, Source>();
    for (const f of figures) if (f.source) noteStated(made, f.text, f.kind, f.source);
    return made;
  };
  /** Whether the article asks "Q:" (answerSource). */
  const asksQ = asksQuestions(ctx);
  const interview: { asksQ?: boolean } = { asksQ };
  /** The entity each figure credits (-1 for none), and the index of the first figure of each paragraph (see LastRun). */
  const figureEntities: number[] = [];
  const figureFirst = new Int32Array(paragraphs.length + 1);
  let filled = 0;
  let pause = FIGURES_PER_STEP;
  /**
   * Adds the figure at [start, end) of sentence s, with the source its sentence and
   * paragraph give it (`own`); what other paragraphs give it (an interview's question, a
   * list restating an earlier figure) is worked out here, on every run.
   */
  // the interview question that sources the figures of paragraph `answered` that have no source of their own
  let answered = -1;
  let answer: Source | null = null;
  const previous = lastFiguresGeneration === cacheGeneration() ? lastFigures : [];
  /** Adds the last run's figure `old`, equal to the one this run makes at its index. */
  const again = (old: Figure): void => {
    const { source } = old;
    // (as add does with the figure it makes)
    if (source && stated) noteStated(stated, old.text, old.kind, source);
    figures.push(old);
    figureEntities.push(source && source.entity !== null ? source.entity : -1);
    marks[old.sentence] = 1;
    creditEntity(ctx, source, 'figures', figures.length - 1);
  };
  const add = (s: number, p: number, paragraph: Paragraph | undefined, start: number, end: number, kindCode: number, own: Source | null): void => {
    const kind = FIGURE_KINDS[kindCode];
    // (the figures of a paragraph that moved are new: not compared with the last run's)
    const old = run.samePlace[p] === 1 ? (previous[figures.length] as Figure | undefined) : undefined;
    const same = old !== undefined && sameFigure(old, text, s, start, end, kind);
    const figureText = same ? old.text : textAt(ctx, start, end, p);
    // a figure the article gave with its source before, restated in a list ("By the numbers:
    // - Revenue: $2.3 billion", "- Jobs cut: 1,200" after "1,200 jobs"), keeps that source; a
    // bare count ("10") is too common to match (only in a list: in prose, the same "10%" is as
    // often another figure)
    const restated = paragraph?.kind === 'list-item' && (kind !== 'count' || figureText.includes(' ') || distinctive(figureText));
    // a footnote after it ("… 41%.[^2]"), or a credit line under the paragraph ("Source:
    // Environment Agency"), see creditLines.ts
    let source = own ?? footnoteSource(ctx, s, end) ?? creditLineSource(ctx, p);
    if (!source) {
      // (the same for every figure of a paragraph; each figure gets a copy of its own)
      if (answered !== p) {
        answer = answerSource(ctx, p, interview);
        answered = p;
      }
      source = answer && { ...answer };
    }
    if (!source && restated) source = (stated ??= firstStated()).get(figureText) ?? null;
    if (same && sameSource(old.source, source)) {
      again(old);
      return;
    }
    if (source && stated) noteStated(stated, figureText, kind, source);
    figures.push({ start, end, text: figureText, kind, sourced: !!source, source, sentence: s });
    figureEntities.push(source && source.entity !== null ? source.entity : -1);
    marks[s] = 1;
    creditEntity(ctx, source, 'figures', figures.length - 1);
  };
  /** The figures of sentence s, whose scans lie at scans[at] (see PackedScans); each kept one is noted in `kept` when given. */
  function* sentenceSteps(s: number, scans: PackedScans, at: number, kept?: Kept): Generator<void, void> {
    const sentence = sentences[s];
    const paragraph = paragraphs[sentence.paragraph];
    const last = scans[at + 1];
    for (let i = scans[at]; i < last; i += 3) {
      if (figures.length >= pause) {
        // a runaway sentence may hold tens of thousands of figures
        yield;
        pause = figures.length + FIGURES_PER_STEP;
      }
      const start = sentence.start + scans[i];
      const end = sentence.start + scans[i + 1];
      if (overlapsAny(quoted, start, end) || overlapsAny(excluded, start, end)) continue;
      if (scans[i + 2] === COUNT_CODE && namedPersonsAge(ctx, run, sentence, start, end)) continue;
      const own = sources.sourceFor(s, start, end) ?? sources.carriedSource(s);
      if (kept) {
        kept.numbers.push(s - paragraph.sentences[0], start - kept.base, end - kept.base, scans[i + 2]);
        keepSource(text, own, kept, run);
      }
      add(s, sentence.paragraph, paragraph, start, end, scans[i + 2], own);
    }
  }
  /**
   * The figures of the first paragraphs, those at the same place as in the last run
   * (RunRecords.samePlace) whose records hold or that are headings without figures: the
   * last run's, the very objects (see lastFigures), credited again from the entities noted
   * for them, without touching them. What else a figure depends on is the paragraphs
   * before it (an interview's question, a list restating an earlier figure: the same) and
   * whether the article asks "Q:" (compared). Returns the first sentence left to walk.
   */
  function* samePlaceSteps(): Generator<void, number> {
    const last = lastRun;
    if (!last || !run.usable || last.generation !== cacheGeneration() || last.asksQ !== asksQ || last.figures !== previous) return 0;
    const { samePlace, holds } = run;
    const lastFirst = last.figureFirst;
    let p = 0;
    let s = 0;
    // a paragraph's figures also depend on the credit line under it (creditLines.ts): reused
    // only while the paragraphs up to that line are the last run's
    const locals = ctx.locals;
    let sameUpTo = 0;
    const creditUnchanged = (q: number): boolean => {
      // (and on the footnote it refers to, anywhere in the document: worked out again)
      if (holdsFootnoteReference(ctx, paragraphs[q].start, paragraphs[q].end)) return false;
      const line = creditLineIndex(ctx, q);
      if (line < 0) return true;
      if (!locals) return false;
      while (sameUpTo <= line && sameUpTo < last.locals.length && locals[sameUpTo] === last.locals[sameUpTo]) sameUpTo++;
      return sameUpTo > line;
    };
    while (p < paragraphs.length && p + 1 < lastFirst.length && samePlace[p] === 1 && (holds[p] === 1 || (paragraphs[p].kind === 'heading' && lastFirst[p] === lastFirst[p + 1])) && creditUnchanged(p)) {
      s += paragraphs[p].sentences.length;
      p++;
    }
    if (p === 0) return 0;
    const { entities } = analysis;
    const count = lastFirst[p];
    for (let i = 0; i < count; i++) {
      if (i % FIGURES_PER_STEP === FIGURES_PER_STEP - 1) yield;
      figures.push(last.figures[i]);
      const e = last.figureEntities[i];
      figureEntities.push(e);
      if (e >= 0) entities[e]?.figures.push(i);
    }
    pause = figures.length + FIGURES_PER_STEP;
    marks.set(last.marks.subarray(0, s));
    figureFirst.set(lastFirst.subarray(0, p));
    filled = p;
    run.sameParagraphs = p;
    run.sameSentences = s;
    return s;
  }
  let chars = 0;
  let laidOut = 0;
  // the paragraph the walk is in: its packed scans, and whether it may hold a long sentence
  let scansParagraph = -1;
  let packed: PackedScans | undefined;
  let mayBeLong = true;
  const firstSentence = yield* samePlaceSteps();
  for (let s = firstSentence; s < sentences.length; s++) {
    const sentence = sentences[s];
    chars += sentence.end - sentence.start;
    // a pause every few dozen sentences, or sooner when they are long (rows of a huge table)
    if ((s > 0 && s % SENTENCES_PER_STEP === 0) || chars >= CHARS_PER_STEP) {
      yield;
      chars = sentence.end - sentence.start;
    }
    while (filled <= sentence.paragraph) figureFirst[filled++] = figures.length;
    const paragraph = paragraphs[sentence.paragraph];
    if (paragraph && paragraph.kind === 'heading') continue;
    if (paragraph && sentence.paragraph !== scansParagraph && recordable(ctx, run, sentence.paragraph, s)) {
      // a whole paragraph at once: laid out from its record, or worked out and recorded
      scansParagraph = sentence.paragraph;
      const n = paragraph.sentences.length;
      const record = heldRecord(ctx, sentence.paragraph);
      if (record) {
        const base = paragraph.start;
        const f = record.figures;
        const first = run.firsts[sentence.paragraph];
        for (let i = 0; i < f.length; i += FIGURE_FIELDS) {
          // (the figures of a paragraph that moved are new: not compared with the last run's)
          const old = run.samePlace[sentence.paragraph] === 1 ? (previous[figures.length] as Figure | undefined) : undefined;
          // (a figure with a source of its own takes no other: the last run's, when equal, without making this one)
          if (old !== undefined && f[i + 4] === 1 && sameFigure(old, text, s + f[i], base + f[i + 1], base + f[i + 2], FIGURE_KINDS[f[i + 3]]) && keptSourceIs(old.source, text, f, i + 4, base, run, first)) again(old);
          else add(s + f[i], sentence.paragraph, paragraph, base + f[i + 1], base + f[i + 2], f[i + 3], placeSource(ctx, f, i + 4, base, run, first));
        }
        if (++laidOut >= RECORDS_PER_STEP) {
          laidOut = 0;
          yield;
        }
      } else {
        packed = paragraphScans(ctx, scansParagraph) as PackedScans;
        // (a pause between a paragraph's scans and its sources: the first paragraph a session
        // reads runs all of this code for the first time, 20-30 ms together)
        yield;
        const kept = keeper(run, paragraph.start, paragraph.end);
        workedOut.figures++;
        for (let k = 0; k < n; k++) {
          if (k > 0) {
            chars += sentences[s + k].end - sentences[s + k].start;
            if ((s + k) % SENTENCES_PER_STEP === 0 || chars >= CHARS_PER_STEP) {
              yield;
              chars = sentences[s + k].end - sentences[s + k].start;
            }
          }
          yield* sentenceSteps(s + k, packed, k, kept);
        }
        const texts = textsOf(ctx, run, paragraph.start, paragraph.end, kept, FIGURE_FIELDS);
        const far = kept.far || readsFar(sources, s, n);
        const farReads = far ? farReadsOf(ctx, run, sentence.paragraph, s, n, kept.first) : null;
        newRecord(ctx, run, sentence.paragraph, texts ? { generation: cacheGeneration(), kind: paragraph.kind, sentences: n, far, farReads, ...outsideOf(ctx, run, sentence.paragraph, texts), figures: Int32Array.from(kept.numbers) } : undefined, kept.first);
      }
      s += n - 1;
      continue;
    }
    if (sentence.paragraph !== scansParagraph) {
      scansParagraph = sentence.paragraph;
      workedOut.figures++;
      mayBeLong = !paragraph || paragraph.end - paragraph.start > LONG_SENTENCE;
      // (its long sentences are prepared before its scans are looked up, as they may be read here)
      if (mayBeLong && longSentenceAhead(ctx, s)) yield* prepareAhead(ctx, s);
      packed = paragraphScans(ctx, scansParagraph);
    } else if (mayBeLong && longSentenceAhead(ctx, s)) yield* prepareAhead(ctx, s);
    const k = packed ? s - paragraph.sentences[0] : -1;
    const scans = packed && k >= 0 && k + 1 < packed.length && k < paragraph.sentences.length ? packed : packScans([readScan(ctx, s)]);
    yield* sentenceSteps(s, scans, scans === packed ? k : 0);
  }
  while (filled <= paragraphs.length) figureFirst[filled++] = figures.length;
  sources.rememberFigures(figures, marks);
  passOn(ctx, run, { figures, figureEntities, figureFirst, marks, asksQ });
  lastFigures = figures;
  lastFiguresGeneration = cacheGeneration();
  return figures;
}

const COUNT_CODE = FIGURE_KINDS.indexOf('count');

/** A figure's text specific enough to match across a story: money, a percentage, a decimal or thousands separator, or three digits in a row. */
function distinctive(text: string): boolean {
  return /[$£€¥%]|\d[.,]\d|\d{3}/.test(text);
}

/**
 * Notes where the article first sourced a figure, under its text (not a bare count's: "10"
 * is too common) and under each shorter run of its first words that is still distinctive,
 * so that a list restating "$340 million" or "1,200" finds "$340 million a year" or "1,200 jobs".
 */
function noteStated(stated: Map<string, Source>, text: string, kind: FigureKind, source: Source): void {
  if ((kind !== 'count' || text.includes(' ') || distinctive(text)) && !stated.has(text)) stated.set(text, source);
  let cut = text.lastIndexOf(' ');
  while (cut > 0) {
    const key = text.slice(0, cut);
    if (distinctive(key) && !stated.has(key)) stated.set(key, source);
    cut = text.lastIndexOf(' ', cut - 1);
  }
}

/** A sentence that opens with its subject and a form of "be" before a number: "Mensah is (19)". */
const SUBJECT_IS = /^(\s*)(\S[^,;:()]*?)\s+(?:is|was|turned|turns)\s+(?:(?:only|just|barely|still|already|then|nearly|almost)\s+)?$/;
/** What may follow an age that closes "X is 19": the sentence's end, a clause, "and", or a time clause ("when she left school", "at the time"). */
const AGE_CLOSES = /^\s*(?:[.,;)!—–]|and\b|when\b|while\b|before\b|after\b|until\b|at the time\b|$)/;

/**
 * Whether the bare number at [start, end) closes "X is 19." with X a person the article
 * names (a mention of a person): an age. The words alone cannot tell "Mensah is 19." from
 * "Attendance was 90." (the scan takes only a subject the tagger knows for a person, "Maya
 * Okafor is 26."); the entity stage can. What this reads, the mentions over the paragraph
 * and their types, is what a paragraph's record is checked against.
 */
function namedPersonsAge(ctx: Context, run: RunRecords, sentence: Span, start: number, end: number): boolean {
  const { text } = ctx;
  if (end - start > 3 || start - sentence.start > 80 || !/^\d+$/.test(text.slice(start, end))) return false;
  const value = Number(text.slice(start, end));
  if (value < 1 || value > 120 || !AGE_CLOSES.test(text.slice(end, sentence.end))) return false;
  const m = SUBJECT_IS.exec(text.slice(sentence.start, start));
  if (!m) return false;
  const from = sentence.start + m[1].length;
  const to = from + m[2].length;
  const { mentionStarts, mentionEnds, mentionEntities } = run;
  const k = firstAtOrAfter(mentionStarts, from);
  return k < mentionStarts.length && mentionStarts[k] === from && mentionEnds[k] === to && ctx.analysis.entities[mentionEntities[k]]?.type === 'person';
}

/** A question of an interview: a paragraph all in bold that ends with "?", or one led by "Q:". */
const QUESTION = /^(?:(\*\*|__)[^\n]*\?\s*\1|Q\s?[:.—–-]\s[^\n]*)$/;
/** How many answer paragraphs may follow one question. */
const ANSWER_PARAGRAPHS = 3;
/** An answer in the first person: the interviewee speaking. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our|us|me)\b/i;

/**
 * In a question-and-answer interview the answers are the interviewee's word: a figure in a
 * paragraph that follows a question (with only answers between) is sourced by the format.
 * A "Q:" question makes an interview; a bold question ending in "?" may as well be an
 * explainer's subheading ("**What will it cost?**", answered by the reporter), so it counts
 * only in an article that also asks "Q:", or when the answer speaks in the first person.
 * `interview` remembers for the run whether the article asks "Q:". Source: the question.
 * Reads at most a few paragraphs' text, nothing cached.
 */
export function answerSource(ctx: Context, index: number, interview: { asksQ?: boolean }): Source | null {
  const { paragraphs } = ctx.analysis;
  if (paragraphs[index].kind !== 'prose' || maybeQuestion(ctx, index)) return null;
  for (let p = index - 1; p >= 0 && p >= index - ANSWER_PARAGRAPHS; p--) {
    const { start, end, kind } = paragraphs[p];
    if (kind !== 'prose') return null;
    if (!maybeQuestion(ctx, p)) continue;
    const source = { start, end, text: 'the interviewee', entity: null, anonymous: false };
    if (ctx.text.charCodeAt(start) === 81) return source;
    interview.asksQ ??= asksQuestions(ctx);
    if (interview.asksQ) return source;
    return FIRST_PERSON.test(ctx.text.slice(paragraphs[p + 1].start, paragraphs[index].end)) ? source : null;
  }
  return null;
}

/** Whether the article asks a "Q:" question (see answerSource). */
export function asksQuestions(ctx: Context): boolean {
  const { paragraphs } = ctx.analysis;
  return paragraphs.some((_, q) => ctx.text.charCodeAt(paragraphs[q].start) === 81 && maybeQuestion(ctx, q));
}

/** Whether paragraph p is a question (QUESTION), read only when its first character can open one. */
function maybeQuestion(ctx: Context, p: number): boolean {
  const { start, end } = ctx.analysis.paragraphs[p];
  const first = ctx.text.charCodeAt(start);
  // "*", "_", "Q"
  if (first !== 42 && first !== 95 && first !== 81) return false;
  return QUESTION.test(ctx.text.slice(start, end).trim());
}

/** The spans sorted by start: the same array when they already are (the segmenter sorts the excluded regions), else a sorted copy. */
function sortedSpans(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1].start > spans[i].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

export function findFigures(ctx: Context): Figure[] {
  return runToEnd(findFigureSteps(ctx));
}
