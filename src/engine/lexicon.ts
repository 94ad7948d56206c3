// Words news uses to credit a statement: attribution cue verbs, "according to"-style
// phrases, and the nouns of unnamed sources. Shared by attribution (quotes) and by figure
// and claim sourcing, so both agree on what counts as a source.

/** Verbs that introduce reported speech or a source's statement (base forms). */
import { DEMONYMS, PLACES } from './entities/lexicon';
import type { Term } from './tagging';

export const CUE_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'ask', 'answer', 'reply', 'respond', 'explain', 'note', 'write', 'state',
  'declare', 'announce', 'claim', 'insist', 'argue', 'contend', 'assert', 'maintain', 'suggest',
  'warn', 'caution', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'report', 'recall',
  'observe', 'remark', 'comment', 'continue', 'predict', 'estimate', 'project', 'forecast',
  'calculate', 'find', 'show', 'indicate', 'reveal', 'disclose', 'allege', 'testify', 'tweet',
  'post', 'quip', 'joke', 'shout', 'yell', 'whisper', 'mutter', 'scream', 'cry', 'exclaim',
  'promise', 'vow', 'pledge', 'boast', 'complain', 'lament', 'urge', 'plead', 'concede',
  'emphasize', 'emphasise', 'stress', 'point out', 'tell reporters', 'describe', 'call',
  'counter', 'retort', 'recount', 'agree', 'conclude', 'believe', 'think', 'hope', 'fear',
  // common in the English-language press of Nigeria, India and elsewhere
  'aver', 'posit', 'intimate', 'opine', 'hint',
];

/** Phrases that credit a source before or after the content. */
export const SOURCE_PHRASES: readonly string[] = [
  'according to', 'as reported by', 'reported by', 'data from', 'figures from', 'statistics from',
  'a report by', 'a report from', 'a study by', 'a survey by', 'a poll by', 'a projection by',
  'an estimate by', 'an analysis by', 'estimates from', 'projections from', 'citing', 'cited by',
  'sources say', 'in a statement', 'in an interview', 'told reporters',
];

/** Head nouns of unnamed sources: "officials said", "a person familiar with the matter". */
export const ANONYMOUS_SOURCE_NOUNS: readonly string[] = [
  'official', 'officials', 'source', 'sources', 'person', 'people', 'aide', 'aides', 'insider',
  'insiders', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'diplomat',
  'diplomats', 'analyst', 'analysts', 'observer', 'observers', 'expert', 'experts', 'staffer',
  'staffers', 'adviser', 'advisers', 'advisor', 'advisors', 'executive', 'executives',
  'member', 'members', 'lawmaker', 'lawmakers', 'resident', 'residents', 'witness', 'witnesses',
  'critic', 'critics', 'supporter', 'supporters', 'someone', 'individual', 'individuals',
  'opponent', 'opponents', 'detractor', 'detractors', 'skeptic', 'skeptics', 'sceptic', 'sceptics',
  // ("staff at Acme said": who work there speak unnamed, unlike its research staff, RESEARCH_STAFF_NOUNS)
  'staff', 'employee', 'employees',
];

/**
 * Research staff, who publish under their organisation's name: "analysts at Peel Hunt",
 * "economists at Goldman Sachs", "Goldman Sachs economists", "researchers from the
 * University of Leeds" speak for the organisation, as its note or paper does, so what they
 * say is the organisation's (figures, claims and quotations alike). Plural only: "an
 * analyst at Peel Hunt" is one person nobody named. Officials, sources, people, staff,
 * insiders, aides, employees and executives stay unnamed sources with an organisation too
 * ("a senior official at the Treasury said"), and so do these with none ("analysts said").
 */
export const RESEARCH_STAFF_NOUNS: ReadonlySet<string> = new Set([
  'analysts', 'economists', 'researchers', 'strategists', 'scientists', 'statisticians', 'epidemiologists',
  'forecasters', 'modellers', 'modelers', 'demographers', 'pollsters',
]);

const IRREGULAR_CUE_FORMS: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  find: ['found'],
  show: ['shown'],
  think: ['thought'],
  forecast: ['forecast'],
  admit: ['admitted', 'admitting'],
  aver: ['averred', 'averring'],
  quip: ['quipped', 'quipping'],
  concur: ['concurred'],
  rebut: ['rebutted'],
  snap: ['snapped'],
  refer: ['referred', 'referring'],
  label: ['labelled'],
  // verbs of people (HUMAN_VERB_FORMS)
  weep: ['wept'],
  nod: ['nodded', 'nodding'],
  shrug: ['shrugged', 'shrugging'],
  grin: ['grinned', 'grinning'],
  die: ['dying'],
  sing: ['sang', 'sung'],
};

function inflect(base: string): string[] {
  const forms = [base];
  const vowelY = /[aeiou]y$/.test(base);
  if (/(s|sh|ch|x|z|o)$/.test(base)) forms.push(`${base}es`);
  else if (base.endsWith('y') && !vowelY) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (base.endsWith('e')) forms.push(`${base}d`);
  else if (base.endsWith('y') && !vowelY) forms.push(`${base.slice(0, -1)}ied`);
  else forms.push(`${base}ed`);
  if (base.endsWith('e') && !base.endsWith('ee')) forms.push(`${base.slice(0, -1)}ing`);
  else forms.push(`${base}ing`);
  return forms.concat(IRREGULAR_CUE_FORMS[base] ?? []);
}

function formsOf(verbs: readonly string[]): Map<string, string> {
  return new Map(verbs.filter((v) => !v.includes(' ')).flatMap((base) => inflect(base).map((form) => [form, base] as const)));
}

/** Every inflected form of a one-word cue verb ("said", "tells", "warning") → its base form. */
export const CUE_VERB_FORMS: ReadonlyMap<string, string> = formsOf(CUE_VERBS);

/** The base form of a cue verb, or undefined when the word is not one ("said" → "say"). */
export function cueVerbBase(word: string): string | undefined {
  return CUE_VERB_FORMS.get(word.toLowerCase());
}

/**
 * Verbs whose subject is a person, not a company or a place: speaking as people speak
 * ("responded", "replied", "insisted", "joked") and what only people do ("smiled",
 * "shrugged", "wept"). Read after a name the lexicon does not know as evidence that it is a
 * person's (entities/names.ts).
 */
export const HUMAN_VERB_FORMS: ReadonlySet<string> = new Set(
  formsOf([
    'say', 'tell', 'add', 'ask', 'answer', 'reply', 'respond', 'explain', 'write', 'insist', 'argue', 'admit',
    'recall', 'joke', 'quip', 'shout', 'yell', 'whisper', 'mutter', 'scream', 'exclaim', 'complain', 'lament',
    'plead', 'testify', 'tweet', 'boast', 'retort', 'recount', 'concede', 'think', 'hope', 'fear', 'wonder',
    'smile', 'laugh', 'nod', 'shrug', 'weep', 'sigh', 'frown', 'grin', 'wave', 'die', 'marry', 'retire', 'resign',
    'sing', 'pray',
  ]).keys(),
);

/**
 * Verbs that put quoted words in someone's mouth without sourcing a fact: Trump branded it
 * a "disaster", she lauded the plan's "new ideas", the letter reads "…". Quote attribution
 * uses them beside CUE_VERBS; figure sourcing does not (the army "attacked" 5 villages).
 */
export const QUOTE_CUE_VERBS: readonly string[] = [
  'accuse', 'brand', 'label', 'dub', 'term', 'characterize', 'characterise', 'compare', 'liken',
  'dismiss', 'laud', 'praise', 'hail', 'exhort', 'proclaim', 'attack', 'criticize', 'criticise',
  'condemn', 'blast', 'slam', 'decry', 'mock', 'ridicule', 'deride', 'cite', 'mention', 'refer',
  'reference', 'disagree', 'rate', 'rule', 'chide', 'scold', 'demand', 'tout', 'defend', 'blame', 'charge', 'question',
  'reject', 'dispute', 'challenge', 'threaten', 'echo', 'repeat', 'reiterate', 'invoke', 'quote',
  'sing', 'chant', 'read', 'publish', 'propose', 'endorse', 'encourage', 'advise', 'recommend',
  'thank', 'apologize', 'apologise', 'congratulate', 'welcome', 'interrupt', 'wonder', 'muse',
  'scoff', 'snap', 'sneer', 'thunder', 'gush', 'grumble', 'protest', 'rail', 'lash', 'insist',
  'dismiss', 'proclaim', 'opine', 'reason', 'summarize', 'summarise', 'testify',
  'inform', 'assure', 'caution', 'advise', 'reassure', 'remind', 'acknowledge', 'express',
];

const SPOKEN_FORMS: Record<string, string> = { sang: 'sing', sung: 'sing' };

/** Forms of CUE_VERBS and QUOTE_CUE_VERBS → base form: the verbs that may credit a quotation. */
export const QUOTE_CUE_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ...formsOf(CUE_VERBS),
  ...formsOf(QUOTE_CUE_VERBS),
  ...Object.entries(SPOKEN_FORMS),
]);

/**
 * What someone says, as a noun, after its maker's possessive: "Kim's reply: “…”", "Ruiz's
 * claim that there were “thousands of thefts”" (a quotation's speaker), "Lund's claim that
 * …", "his comment about …" (a figure's or a claim's source).
 */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'reply', 'answer', 'response', 'message', 'words', 'statement', 'comment', 'comments', 'advice', 'verdict',
  'warning', 'retort', 'reaction', 'explanation', 'promise', 'pledge', 'motto', 'slogan', 'mantra',
  'argument', 'position', 'view', 'assessment', 'conclusion', 'instruction', 'instructions', 'plea',
  'claim', 'claims', 'assertion', 'contention', 'insistence', 'suggestion', 'allegation', 'allegations',
  'accusation', 'vow', 'boast', 'remark', 'remarks', 'emphasis', 'prediction',
]);

/** Documents with an author the article may name: "a report by the Harbour Authority … the report said". */
export const AUTHORED_DOCUMENTS = new Set([
  'report', 'study', 'survey', 'poll', 'audit', 'review', 'analysis', 'statement', 'letter', 'memo', 'complaint',
  'filing', 'lawsuit', 'ruling', 'release', 'assessment', 'investigation', 'inquiry', 'paper', 'forecast',
]);

/** Nouns for a person that compromise does not tag as an actor: "the coach turned", "the defendant wept". */
export const PERSON_NOUNS = new Set([
  'coach', 'manager', 'captain', 'referee', 'umpire', 'striker', 'defender', 'midfielder', 'goalkeeper', 'keeper',
  'pitcher', 'batter', 'quarterback', 'driver', 'rider', 'runner', 'swimmer', 'judge', 'prosecutor', 'defendant',
  'plaintiff', 'juror', 'witness', 'victim', 'survivor', 'senator', 'mayor', 'governor', 'president', 'minister',
  'chancellor', 'councillor', 'councilor', 'councilman', 'councilwoman', 'sheriff', 'officer', 'detective', 'owner',
  'founder', 'chairman', 'chairwoman', 'chair', 'director', 'nurse', 'doctor', 'surgeon', 'priest', 'pastor',
  'widow', 'widower', 'neighbour', 'neighbor', 'veteran', 'student', 'parent', 'son', 'daughter', 'wife',
  'husband', 'brother', 'sister', 'grandmother', 'grandfather', 'woman', 'man', 'boy', 'girl', 'fan', 'voter',
  'tenant', 'landlord', 'baker', 'candidate', 'nominee', 'incumbent', 'challenger', 'suspect', 'ambassador', 'guard',
  'steward', 'stewardess', 'attendant', 'clerk', 'chef', 'cook', 'pilot', 'soldier', 'sailor', 'guest', 'host', 'employee',
  'mother', 'father', 'mum', 'mom', 'dad', 'aunt', 'uncle', 'cousin', 'friend', 'colleague', 'relative', 'passenger',
  'customer', 'client', 'patient', 'pupil', 'volunteer', 'teenager', 'pensioner', 'retiree', 'child', 'villager', 'inmate',
  'prisoner', 'detainee', 'refugee', 'migrant', 'eyewitness', 'paramedic', 'firefighter', 'midwife', 'carer', 'caregiver',
  'fisherman', 'policeman', 'policewoman', 'nun', 'monk', 'imam', 'rabbi', 'vicar', 'bishop', 'lawyer', 'attorney',
]);

/**
 * A noun for a person: tagged so, listed, or an agent noun ("holder", "commuter",
 * "cyclist", "librarian") that is no document.
 */
export function personNoun(t: Term): boolean {
  if (t.tags.has('Actor') || PERSON_NOUNS.has(t.normal)) return true;
  return t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Plural') && /[a-z]{3}(?:er|or|ist|ian)$/.test(t.normal) && !AUTHORED_DOCUMENTS.has(t.normal) && !STATEMENT_NOUNS.has(t.normal);
}

/**
 * An adjective set after the noun of a source phrase, before its preposition: "a person
 * present at the meeting" (the head is "person"); before a noun it is none ("the present
 * owner"). Read the same way for quotes (attribution.ts) and figures (sourcing.ts).
 */
export function adjectiveAfterNoun(terms: readonly Term[], k: number): boolean {
  return k > 0 && terms[k].normal === 'present' && terms[k - 1].tags.has('Noun') && !!terms[k + 1]?.tags.has('Preposition');
}

/**
 * Head nouns of a definite description that stands for an organisation named earlier ("the
 * company said"): the words its name would contain, or null for a noun any organisation
 * may answer to (attribution then takes only one that was the subject of a clause, and a
 * figure's source the only organisation named within reach).
 */
export const ORGANIZATION_NOUNS = new Map<string, RegExp | null>([
  ['company', null], ['firm', null], ['group', null], ['organization', null], ['organisation', null],
  ['corporation', null], ['retailer', null], ['airline', null], ['carrier', null], ['automaker', null],
  ['carmaker', null], ['manufacturer', null], ['insurer', null], ['lender', null], ['startup', null],
  ['network', null], ['broadcaster', null], ['publisher', null], ['newspaper', null], ['charity', null],
  ['nonprofit', null], ['utility', null], ['regulator', null], ['chain', null], ['supermarket', null], ['grocer', null],
  ['brewer', null], ['housebuilder', null], ['supplier', null], ['conglomerate', null], ['bakery', null], ['giant', null],
  ['agency', /\b(?:Agency|Service|Administration|Bureau|Commission|Office|Authority)\b/],
  ['authority', /\bAuthority\b/], ['council', /\bCouncil\b/], ['commission', /\bCommission\b/], ['board', /\bBoard\b/],
  ['committee', /\bCommittee\b/], ['institute', /\b(?:Institute|Institution)\b/], ['office', /\bOffice\b/],
  ['ministry', /\bMinistry\b/], ['department', /\b(?:Department|Dept)\b/], ['bank', /\bBank\b/],
  ['union', /\b(?:Union|Association|Federation|Workers|Teamsters|Guild)\b/],
  ['university', /\b(?:University|College|Institute)\b/], ['hospital', /\b(?:Hospital|Clinic|Medical)\b/],
  ['fund', /\bFund\b/], ['club', /\b(?:Club|FC|United|City)\b/], ['party', /\bParty\b/],
  ['association', /\bAssociation\b/], ['federation', /\bFederation\b/], ['society', /\bSociety\b/], ['trust', /\bTrust\b/],
  ['foundation', /\bFoundation\b/], ['alliance', /\bAlliance\b/], ['coalition', /\bCoalition\b/],
]);

/** Stock market indexes, which describe a listed company ("the FTSE 100 group") rather than name it. */
const MARKET_INDEXES = new Set(['ftse', 'nasdaq', 'dow', 's&p', 'aim', 'nyse', 'dax', 'cac', 'nikkei', 'hang', 'seng', 'stoxx', 'fortune', 'russell']);

/** Party words the nationality list holds too ("Republican senators"): before a body's noun they name it ("the Liberal Democrat group"). */
const PARTY_WORDS = new Set(['democrat', 'democrats', 'democratic', 'liberal', 'liberals', 'republican', 'republicans', 'conservative', 'conservatives']);

/** Whether a name is a stock index's ("FTSE", "Nasdaq"), which describes a listed company rather than names it. */
export function isMarketIndex(name: string): boolean {
  return MARKET_INDEXES.has(name.toLowerCase().split(/\s+/)[0]);
}

/** A compound that says where or by whom a body is based, owned or listed ("Newcastle-based", "state-owned"). */
const PLACED_COMPOUND = /-(?:based|born|owned|run|backed|listed|registered|headquartered|founded)$/i;

/**
 * The proper names among the words that describe a body before its head noun: "the
 * opposition Liberal Democrat group" names Liberal and Democrat, and is no body the article
 * named without them (not "Kirkby Borough Council"). A capitalised word that is a
 * nationality ("the German carmaker"), a place (`isPlace`: "the Leeds housing charity"), a
 * "-based" compound ("the Newcastle-based bakery chain") or a stock index ("the FTSE 100
 * group") describes the body without naming it. `words` are the words between the article
 * and the head noun, with their places.
 */
export function ownNames(words: readonly { text: string; start: number }[], isPlace: (word: { text: string; start: number }) => boolean): string[] {
  const names: string[] = [];
  for (const word of words) {
    const bare = word.text.replace(/['’]s?$/, '');
    if (!/^\p{Lu}/u.test(bare) || PLACED_COMPOUND.test(bare)) continue;
    const lower = bare.toLowerCase();
    if (MARKET_INDEXES.has(lower) || (DEMONYMS.has(lower) && !PARTY_WORDS.has(lower)) || PLACES.has(lower) || isPlace(word)) continue;
    names.push(bare);
  }
  return names;
}

/** Whether an organisation's name bears every one of `names` as (the start of) a word of it ("Liberal Democrats" bears "Democrat"). */
export function bearsNames(name: string, names: readonly string[]): boolean {
  if (names.length === 0) return true;
  const words = name.toLowerCase().split(/[\s-]+/);
  return names.every((n) => words.some((w) => w.startsWith(n.toLowerCase())));
}

