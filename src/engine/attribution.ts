// Stage 5: who said each quote: the speaker mention, the cue, and the quote's status.
//
// Reads the tagged terms of the sentences around each quote (never calls compromise) and
// tries, in order:
//   1. the attribution right after the quote: `“Q,” Kim said.` / `“Q,” said Kim, the party
//      leader.` / `“Q,” said the mayor.` / `“Q,” according to KCNA.` / `“Q,” per the rules.`
//      / `“Q,” as one critic put it.` / `“Q” ― Kim` (also when the quote ends its sentence
//      and the next sentence is only the attribution: `“Stop!” Kim said.`);
//   2. the attribution before it in its sentence: `Kim said: “Q”` / `Kim said the plan
//      “fell far short.”` / `According to KCNA, “Q”` / a colon after a name (`Kim: “Q”`)
//      or closing a clause about a person (`The mayor was blunt: “Q”`); a participle hangs
//      on the main clause (`Kim told voters that she believes we must act, saying “Q”`),
//      a fronted one on the subject after it (`After calling it “Q,” Kim left`), and a
//      statement reported inside another is credited to the outer reporter
//      (`The auditor said members described it as “Q”`);
//   3. a cue later in the same sentence (`“Q” is needed, officials said.`);
//   4. context: the other half of a quote split around its attribution, the latest
//      attribution earlier in the paragraph, the previous piece of a multi-paragraph
//      quotation, or, for a quote that opens its paragraph, the last attribution of the
//      previous paragraph (`continues` points at the quote it inherits from).
//   and, before the context of 4, an action beat: a short sentence next to the quote, in
//   its paragraph, whose subject is a person and whose verb (the cue) says what they did,
//   not what they said (`Ode shook his head. “Q”` / `“Q,” Ode laughed.`); a beat after a
//   quote that is a sentence of its own (`“Q.” Ode laughed.`) comes after the latest
//   attribution in the paragraph, whose words the quote may continue (the beat is then
//   the reaction to them), and before the previous paragraph's.
// A speaker phrase is a pronoun (he/she: the nearest earlier person of compatible gender,
// preferring one who is the subject of a clause; it/they: an organisation or place that was
// the subject of a clause before, or for "they" the unnamed sources it stands for), a name
// (the entity mention it overlaps, or the proper-noun words when the name finder missed
// it), an unnamed source ("a person familiar with the matter", "officials") → `anonymous`,
// or another noun phrase ("the ministry") → `attributed`, resolved to the organisation it
// describes when one was named before ("the company", "the agency"), to the person the
// article described so ("the manager" after "Rovers manager Petra Novak", "the 24-year-old"
// after "Kofi Mensah, 24,"), or a document ("the report") resolved to the author the article
// named ("a report by the Harbour Authority"). A pronoun speaker's span is the pronoun; its `name` and
// `entity` are those of the entity it resolves to (the pronoun is no mention of it).
// A subject is the noun phrase a relative clause hangs on ("A nurse who has worked there for
// years said" → an unnamed source), and a quotation's own sentence wins over the next one.
// Work per quote is bounded by its sentence and a few terms; pronoun resolution is a binary
// search over the mentions, so a long document costs a linear pass. After an edit, each
// quote's credit (and each sentence's own statement) is taken from its paragraph's cache
// (LocalParagraph) when every question it asked beyond the paragraph (which mention a span
// is, the nearest person or organisation, an entity's name) still gets the same answer.
// Before that, a whole paragraph whose text, mentions and quotes are as in the last run,
// and whose quotes' credits read nothing that changed since, takes the last run's results
// for its quotes at once, moved and renumbered (see runUnits).

import { normalizeName, PERSON_TITLES, TITLE_MODIFIERS } from './entities/lexicon';
import { ownString } from './ownString';
import type { Context } from './context';
import { adjectiveAfterNoun, ANONYMOUS_SOURCE_NOUNS, bearsNames, ownNames, AUTHORED_DOCUMENTS, CUE_VERB_FORMS, ORGANIZATION_NOUNS, PERSON_NOUNS, personNoun, QUOTE_CUE_VERB_FORMS, RESEARCH_STAFF_NOUNS, STATEMENT_NOUNS } from './lexicon';
import type { Cue, Quote, QuoteStatus, Speaker } from './model';
import { LocalCache, LONG_SENTENCE, perSentence, textAt } from './localCache';
import { mentionsByStart, type StartsAndEnds } from './mentions';
import { participleAfterComma, passiveCue } from './quotes';
import { authorPatterns, documentAuthor, firstEndingAfter } from './sourcing';
import { cacheGeneration, type TaggedSentence, type Term } from './tagging';
import type { LocalParagraph } from './document';
import { firstAfter, firstAtOrAfter, firstFrom } from './sorted';

interface Credit {
  speaker: Speaker;
  cue: Cue | null;
  status: QuoteStatus;
}

interface MentionRef {
  start: number;
  end: number;
  text: string;
  entity: number;
}

type Gender = 'male' | 'female' | null;

const PRONOUNS = new Map<string, 'he' | 'she' | 'they' | 'it' | 'self'>([
  ['he', 'he'], ['she', 'she'], ['they', 'they'], ['it', 'it'], ['i', 'self'], ['we', 'self'],
  ["he's", 'he'], ["she's", 'she'], ["they're", 'they'], ["they've", 'they'], ["it's", 'it'], ["i'm", 'self'],
  ["we're", 'self'], ["he'd", 'he'], ["she'd", 'she'], ["i've", 'self'], ["we've", 'self'],
]);

const ANONYMOUS_NOUNS = new Set(ANONYMOUS_SOURCE_NOUNS);

/** Object pronouns that may be a source on their own ("according to him"), as the subject they stand for. */
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
/** A possessive pronoun and the subject pronoun it is the possessive of ("his reply" → "he"). */
const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** Words that open a clause inside a sentence: never part of a source phrase. */
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'if']);

/** Words that may sit between a subject and its cue verb ("Kim also said", "has said"). */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'later', 'then', 'previously', 'once', 'again', 'has', 'had', 'have', 'would', 'will', 'had',
  'further', 'repeatedly', 'often', 'recently', 'reportedly', 'first', 'publicly', 'privately', 'simply',
  'flatly', 'quickly', 'angrily', 'bluntly', 'frequently', 'not', 'never', 'did', 'does', 'do', 'was',
  'is', 'were', 'are', 'has been', 'could', 'might', 'may', 'should', 'must', 'can', 'just', 'only',
  'even', 'still', 'already', 'recently', 'famously', 'ominously', 'pointedly', 'loudly', 'softly',
  'long', 'since', 'always', 'consistently', 'openly', 'now',
]);

/** Verbs of habit before "to" and a cue: "used to say", "likes to tell", "loved to quip". */
const HABITS = /^(?:used|use|likes|liked|like|loves|loved|love|tends|tended|tend)$/;

/** Prepositions and participles allowed inside a source phrase ("a person familiar with the matter"). */
const PHRASE_LINKS = new Set([
  'of', 'for', 'at', 'in', 'with', 'on', 'from', 'to', 'close', 'familiar', 'briefed', 'knowledgeable',
  'about', 'involved', 'inside', 'within', 'near', 'and', 'the', 'a', 'an',
]);

const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'both', 'another', 'his', 'her', 'its', 'their', 'our', 'these', 'those']);

/** Cue verbs that may come before their speaker: “Q,” said Kim. */
const INVERTIBLE = new Set([
  'say', 'add', 'ask', 'write', 'continue', 'explain', 'note', 'reply', 'respond', 'recall', 'argue',
  'insist', 'declare', 'announce', 'answer', 'observe', 'remark', 'comment', 'warn', 'quip', 'joke',
  'counter', 'retort', 'conclude', 'recount', 'tweet', 'exclaim', 'shout', 'whisper', 'cry', 'concede',
  'acknowledge', 'admit', 'suggest', 'predict', 'complain', 'boast', 'urge', 'plead', 'claim', 'state',
  'demand', 'muse', 'wonder', 'scoff', 'snap', 'sneer', 'thunder', 'gush', 'grumble', 'protest', 'read',
  'report', 'confirm', 'deny', 'estimate', 'find', 'show', 'warn', 'testify', 'post',
]);

/** Verbs that report a whole statement (as opposed to characterising: call, describe, blame). */
const REPORTING = new Set([
  'say', 'tell', 'write', 'add', 'state', 'announce', 'explain', 'argue', 'claim', 'insist', 'note', 'declare',
  'reply', 'respond', 'answer', 'ask',
]);

/** Words after which a cue verb hangs on the clause before it ("to accuse", "and vowed", "by saying", "despite admitting"). */
const HANGING_LINKS = /^(?:to|and|but|or|by|after|before|while|when|in|for|despite|without|upon)$/;


/** Documents that "say" things: “Q,” reads the letter / states the report. */
/** Participles of what is done with a document ("a statement read to the court", "a letter sent to staff"); sourcing.ts has its own list, of a document's making before its author ("data compiled by"). */
const DOCUMENT_HANDLING = new Set(['read', 'released', 'issued', 'sent', 'posted', 'published', 'written', 'given', 'delivered', 'shared', 'circulated', 'seen', 'handed', 'submitted', 'filed', 'obtained', 'leaked', 'distributed']);

const SOURCE_DOCUMENTS = new Set([
  'statement', 'report', 'letter', 'memo', 'study', 'survey', 'poll', 'ruling', 'complaint', 'filing',
  'lawsuit', 'indictment', 'release', 'document', 'analysis', 'audit', 'review', 'post', 'tweet', 'ad',
  'advert', 'advertisement', 'sign', 'notice', 'email', 'message', 'website', 'editorial', 'column',
  'order', 'decision', 'opinion', 'verdict', 'judgment', 'judgement', 'bill', 'law', 'resolution',
  'article', 'piece', 'story', 'book', 'video', 'speech', 'memoir', 'transcript',
]);


/** "manager" → /\bmanager$/i: a descriptor that ends with a person noun. */
const DESCRIPTOR_ENDINGS = new Map<string, RegExp>();

interface AgePatterns {
  /** The age itself (the question a remembered credit asks carries it). */
  age: RegExp;
  /** After a name: ", 24". */
  after: RegExp;
  /** Before a name: "24-year-old striker ". */
  before: RegExp;
}

const AGE_PATTERNS = new Map<string, AgePatterns>();

function agePatterns(age: string): AgePatterns {
  let patterns = AGE_PATTERNS.get(age);
  if (!patterns) {
    patterns = {
      age: new RegExp(age),
      after: new RegExp(`^,\\s*${age}\\b(?!-)`),
      before: new RegExp(`\\b${age}-year-old\\s+(?:[\\w-]+\\s+){0,3}$`, 'i'),
    };
    AGE_PATTERNS.set(age, patterns);
  }
  return patterns;
}


/** The most words an action beat may have ("Ode shook his head."): a short sentence of narrative. */
const BEAT_WORDS = 20;

/**
 * A beat that says someone did not speak is no beat: "Ode did not respond to messages.",
 * "Ruiz never replied.", "Ode declined to comment.", "Ruiz could not be reached." ("Ode did
 * not hesitate." is one.)
 */
const SILENCE = new RegExp(
  [
    '\\b(?:did|does|do|would|will|could|can|has|have|had)(?:\\s+not|n[\'’]t)\\s+(?:[\\w-]+\\s+){0,3}?(?:respond|answer|repl|comment|return|speak|elaborate|discuss|talk|be reached)',
    '\\bnever\\s+(?:[\\w-]+\\s+){0,2}?(?:respond|answer|repl|comment|return|spoke|elaborat)',
    '\\bno (?:immediate |further )?comment\\b',
    '\\b(?:declin|refus)\\w*\\s+(?:to\\s+(?:comment|answer|respond|speak|talk|discuss|elaborate|be interviewed|say)|(?:an? )?(?:interview|request|comment))',
    '\\b(?:unavailable|unreachable|not available) for comment',
    '\\bfail\\w*\\s+to\\s+(?:respond|answer|reply|comment|return)',
  ].join('|'),
  'i',
);


const MALE = /^(?:man|male|boy|father|husband|son|brother|grandfather|widower|\w*[^o]man)$/;
const FEMALE = /^(?:woman|female|girl|mother|wife|daughter|sister|grandmother|widow|\w+woman)$/;

/** What each descriptor said of a person's sex (see descriptorVote): most recur on every run. */
const descriptorVotes = new Map<string, number>();

/** 3 when a role's head noun (before any "of") is a man's ("Munro's husband"), -3 a woman's, else 0. */
function descriptorVote(descriptor: string): number {
  let vote = descriptorVotes.get(descriptor);
  if (vote !== undefined) return vote;
  const head = /(\p{L}+)(?:\s+of\b.*)?$/u.exec(descriptor.toLowerCase())?.[1] ?? '';
  vote = MALE.test(head) && !/^(?:german|human|roman)$/.test(head) ? 3 : FEMALE.test(head) ? -3 : 0;
  if (descriptorVotes.size >= 10_000) descriptorVotes.clear();
  descriptorVotes.set(descriptor, vote);
  return vote;
}

/** Words that say a source asked not to be named. */
const UNNAMED_BY_REQUEST = /\b(?:condition of anonymity|not to be (?:named|identified)|declined to be (?:named|identified)|(?:not |un)authori[sz]ed to (?:speak|discuss|comment))/i;

/** Verbs of meeting a person: "I spoke to a bus driver", "we asked a nurse". */
const MEETING_VERBS = /^(?:met|meet|asked?|interviewed|called|reached|talk(?:ed)?|spoke|speak|chat(?:ted)?)$/;

/** Words that take a part of a group: "one of them", "several of the workers". */
// Quantifiers that stand alone for people nobody named, as a pronoun would ("One told me",
// "said another", "Others said", "Some said it was …"): a closed class, kept to the words
// that need no noun after them in news copy ("both" and "all" stand for people just named).
const LONE_QUANTIFIERS = /^(?:one|another|others|some|many|several|most|few)$/;
const PARTITIVES = /^(?:one|two|three|four|several|some|many|another|few|none)$/;


/** Parts of a person that may stand for them in a beat: "His voice cracked.", "Ode's eyes filled with tears." */
const BODY_NOUNS = new Set([
  'voice', 'eyes', 'face', 'hands', 'hand', 'smile', 'jaw', 'lips', 'mouth', 'shoulders', 'head', 'tone',
  'expression', 'brow', 'gaze', 'cheeks', 'fists', 'fingers', 'arms', 'knees', 'laugh', 'mood',
]);

/** Verbs of "as Kim put it" / "as critics called it" after a quote. */
const AS_X_PUT_IT = /^(?:put|puts|called|calls|described|describes|dubbed|termed|labeled|labelled)$/;

/** Whether a word may open a description of a person after a comma ("52", "a builder", "who …", "of Leeds"). */
/** A preposition right before a name (the end of the text before it): "based in |Rotterdam". */
const ASIDE_PREPOSITION = /\b(?:in|at|of|from|for|with|on|by|near|to|into|outside|across)\s+(?:the\s+)?$/i;

function opensDescription(t: Term): boolean {
  if (/^(?:who|whose|which|of|from)$/.test(t.normal)) return true;
  if (t.tags.has('Pronoun') || RELATIVES.has(t.normal) || (t.tags.has('Verb') && !t.tags.has('Noun'))) return false;
  return t.tags.has('Determiner') || t.tags.has('Value') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Possessive');
}

/** A title before a name it is in apposition with: "The Chancellor, " (the title in group 1). */
/** A formal title of capitalised words, as written before a name ("Detective Inspector", "Surgeon General"). */
const FORMAL_TITLE = /^(?:\p{Lu}[\p{L}'’-]*\s+)+\p{Lu}[\p{L}'’-]*$/u;
/**
 * The phrase after the head noun of a description ("a nurse| at the hospital", "Secretary| of
 * State"); between the words a space, or what a paste leaves there (a zero-width or
 * direction mark, an emoji).
 */
const DESCRIPTION_TAIL = /[\s\p{Cf}\p{So}\p{Sk}\p{Mn}]+(?:at|of|for|from|in|with|on)[\s\p{Cf}\p{So}\p{Sk}\p{Mn}].*$/iu;
const APPOSED_TITLE = /\b(?:the|The)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+),\s*$/u;

/** The word after a name that says where the person is from: "Kim of Acme", "Kim from Unison", "Kim at KPMG". */
const AFFILIATION = /^\s+(?:of|from|at)\s/;

/** Words that open a subordinate clause, whose subject is not the main clause's. */
const SUBORDINATORS = /^(?:when|while|after|before|as|if|because|although|though|since|until|once|whether|where|whereas)$/;

/** Words for when, skipped between an inverted cue and its speaker ("said Tuesday the minister"). */
const TIME_WORDS = /^(?:today|yesterday|tonight|later|earlier|again|also|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night)$/;

const BOUNDARY = /[,;:()[\]{}―—–"“”«»]|\s[-‐]\s|--|‘|’\s|\s’/;
/** A gap that opens or closes a description between a subject and its verb: a comma or a dash ("Groves — who has faced criticism — said"). */
const ASIDE = /,|[―—–]|--|\s-\s/;
const DASH = /[―—–]|--|\s-\s/;

/**
 * A term that reads as a name: capitalised and tagged as a proper noun or an acronym, or a
 * capitalised word inside a name compromise tagged otherwise ("Un" in "Kim Jong Un").
 */
function isProper(t: Term): boolean {
  if (!/^\p{Lu}/u.test(t.text) || PRONOUNS.has(t.normal) || DETERMINERS.has(t.normal)) return false;
  if (ANONYMOUS_NOUNS.has(t.normal) || t.normal === 'according') return false;
  if (QUOTE_CUE_VERB_FORMS.has(t.normal) && t.tags.has('Verb') && !t.tags.has('Person')) return false;
  return (
    t.tags.has('ProperNoun') || t.tags.has('Person') || t.tags.has('Organization') || t.tags.has('Acronym') ||
    t.tags.has('Place') || (t.pre === '' && NAME_WORDS.has(t))
  );
}

/** Whether the entity stage covered a term with a mention; set by the running Attributor (see nameWords). */
let NAME_WORDS: { has(t: Term): boolean } = { has: () => false };

function isCueVerb(t: Term): boolean {
  if (!QUOTE_CUE_VERB_FORMS.has(t.normal)) return false;
  if (t.tags.has('Verb')) return true;
  // "is promising", "was quoted": participles compromise reads as adjectives
  if (/(?:ing|ed)$/.test(t.normal) && !t.tags.has('Noun')) return true;
  // "… a narrator in the ad asks.": a cue form that closes the clause is its verb
  if (/s$/.test(t.normal) && /^[.,;!?]/.test(t.post)) return true;
  // compromise sometimes reads "says"/"said"/"tells" after a name as a noun
  return /^(?:said|says|told|tells|added|writes|wrote)$/.test(t.normal);
}

function isPronoun(t: Term): boolean {
  return PRONOUNS.has(t.normal);
}

/**
 * Whether terms[j], a verb form, modifies the phrase after it: the second half of a
 * hyphenated word ("the Leeds-based charity"), or a gerund between a determiner or an
 * adjective and a noun ("the housing charity"), or between a name after a determiner and a
 * noun ("the Leeds housing charity"). Not a cue ("the saying goes").
 */
function compoundModifier(terms: Term[], j: number): boolean {
  const t = terms[j];
  const before = terms[j - 1];
  if (!before || isCueVerb(t)) return false;
  if (before.post === '-' && before.end === t.start - 1) return true;
  if (!t.tags.has('Gerund') || !terms[j + 1]?.tags.has('Noun')) return false;
  const joined = j > 1 && terms[j - 2].post === '-' && terms[j - 2].end === before.start - 1;
  if (before.tags.has('Determiner') || before.tags.has('Adjective') || before.tags.has('Possessive') || joined) return true;
  const opener = terms[j - 2];
  // (a common noun after it: "the Obamas visiting Paris" is a clause)
  const named = before.tags.has('ProperNoun') && !before.tags.has('Verb') && /^\s*$/.test(before.post) && /^\p{Ll}/u.test(terms[j + 1].text);
  return named && !!opener && /^\s*$/.test(opener.post) && (opener.tags.has('Determiner') || opener.tags.has('Possessive'));
}

/** Whether a term can be part of a noun phrase naming a source. */
function inPhrase(t: Term): boolean {
  // a document named by a cue's form, as a noun: "the ruling said", "her ruling"
  if (AUTHORED_DOCUMENTS.has(t.normal) && t.tags.has('Noun') && !t.tags.has('Verb')) return true;
  // "The consumer group Which? said": a name with its own mark, however it reads as a word
  if (/^\p{Lu}\p{Ll}/u.test(t.text) && /^[?!][ \t]/.test(t.post)) return true;
  if (isCueVerb(t) || RELATIVES.has(t.normal) || t.tags.has('Gerund') || (/ing$/.test(t.normal) && QUOTE_CUE_VERB_FORMS.has(t.normal))) return false;
  if (isProper(t)) return true;
  if (PHRASE_LINKS.has(t.normal) || DETERMINERS.has(t.normal)) return true;
  // "A No 10 spokesperson": the abbreviation of "Number" (compromise reads an interjection)
  if (t.text === 'No' && t.tags.has('Expression')) return true;
  // "a pace that critics called …": compromise reads a plural source noun after "that" as a verb
  // (and "People close to the minister said" "people" as one: the irregular plural)
  // ("Staff at the hospital said": a mass noun opening a sentence, read as an imperative)
  if (ANONYMOUS_NOUNS.has(t.normal) && (/s$/.test(t.normal) || t.normal === 'people' || t.normal === 'staff')) return true;
  // "a 52-count complaint": a hyphen joins the word to its neighbour, whatever its tag
  if (t.tags.has('Hyphenated')) return true;
  if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
  return (
    t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('ProperNoun') || t.tags.has('Value') ||
    t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Acronym') || t.tags.has('Honorific')
  );
}

/** A sentence's words without compromise's empty contraction halves (the tagged list itself when it has none). */
const WORDS = new WeakMap<TaggedSentence, Term[]>();
function wordsOf(tagged: TaggedSentence): Term[] {
  let words = WORDS.get(tagged);
  if (!words) {
    words = tagged.terms.every((t) => t.end > t.start) ? (tagged.terms as Term[]) : tagged.terms.filter((t) => t.end > t.start);
    WORDS.set(tagged, words);
  }
  return words;
}

/** Terms of a runaway sentence read between pauses. */
const TERMS_PER_STEP = 5_000;

/** wordsOf, worked out ahead in steps for a runaway sentence (hundreds of thousands of terms). */
function* wordSteps(tagged: TaggedSentence): Generator<void, void> {
  if (WORDS.has(tagged)) return;
  const terms = tagged.terms;
  let all = true;
  for (let k = 0; k < terms.length && all; k++) {
    if (k > 0 && k % TERMS_PER_STEP === 0) yield;
    all = terms[k].end > terms[k].start;
  }
  let words = terms as Term[];
  if (!all) {
    words = [];
    for (let k = 0; k < terms.length; k++) {
      if (k > 0 && k % TERMS_PER_STEP === 0) yield;
      if (terms[k].end > terms[k].start) words.push(terms[k]);
    }
  }
  if (!WORDS.has(tagged)) WORDS.set(tagged, words);
}

/** The first names of runaway sentences, read ahead in steps (firstNameSteps), with the base they are relative to. */
const LONG_FIRST_NAMES = new WeakMap<TaggedSentence, { base: number; names: readonly number[] }>();

/**
 * The male and female first names of a sentence (a function of its text), three numbers
 * each: start and end relative to the sentence's start, and 1 for a man's name or -1 for a
 * woman's. Relative, so that a warm run reads them without making the sentence's terms.
 */
function firstNames(tagged: TaggedSentence | undefined, base: number): readonly number[] {
  const ahead = tagged && LONG_FIRST_NAMES.get(tagged);
  if (ahead && ahead.base === base) return ahead.names;
  const steps = firstNameSteps(tagged, base);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** firstNames step by step: a runaway sentence's terms are read with pauses inside it. */
function* firstNameSteps(tagged: TaggedSentence | undefined, base: number): Generator<void, readonly number[]> {
  const out: number[] = [];
  const terms = tagged?.terms ?? [];
  for (let k = 0; k < terms.length; k++) {
    if (k > 0 && k % TERMS_PER_STEP === 0) yield;
    const t = terms[k];
    if (t.tags.has('FirstName') && (t.tags.has('MaleName') || t.tags.has('FemaleName'))) out.push(t.start - base, t.end - base, t.tags.has('MaleName') ? 1 : -1);
  }
  return out;
}
const FIRST_NAMES = new LocalCache<readonly (readonly number[])[]>();
/** Per paragraph: whether each mention is followed by its verb, by the mention's end in the paragraph (see isSubjectRemembered). */
const SUBJECTS = new LocalCache<Map<number, boolean>>();

/** The questions a credit asks beyond its paragraph (see Attributor.ask). */
const enum Ask { Mention, Person, Organization, NearestPerson, NearestOrganization, Described, Author, Titled, Aged, Group, InMention, Name }

interface Question {
  kind: Ask;
  a: number;
  b: number;
  extra: RegExp | null;
  /** The answer: a mention's start and end relative to the paragraph's start and its entity (-1 for none), or a string. */
  start: number;
  end: number;
  entity: number;
  text: string | null;
}

/** A quote's credit as worked out for its paragraph, with what it asked beyond it. */
interface RememberedCredit {
  /** The paragraph's start when it was worked out. */
  base: number;
  questions: readonly Question[];
  /** The credit's speaker's entity, in the numbers of the run that worked it out. */
  entity: number | null;
  /**
   * What of the document the questions read when last answered, relative to the
   * paragraph's start: the mentions, quotes and text in [readLo, readHi) (see World).
   */
  readLo: number;
  readHi: number;
  /**
   * The run that last found the credit valid, the paragraph's start there (a paragraph's
   * text may stand at two places, where the same credit need not hold), and its speaker's
   * entity's number in that run.
   */
  lastRun: number;
  lastStart: number;
  lastEntity: number | null;
  /**
   * The credit's parts, flat (null when there is none), so that a run makes the quote's
   * speaker and cue from this one object rather than reading the credit's three.
   */
  flat: FlatCredit | null;
}

/** A credit in one object (see RememberedCredit.flat). */
interface FlatCredit {
  speakerStart: number;
  speakerEnd: number;
  speakerText: string;
  speakerName: string;
  cueStart: number;
  cueEnd: number;
  /** Null when the credit has no cue. */
  cueText: string | null;
  status: QuoteStatus;
}

function flatten(credit: Credit | null): FlatCredit | null {
  if (!credit) return null;
  const { speaker, cue } = credit;
  return {
    speakerStart: speaker.start, speakerEnd: speaker.end, speakerText: speaker.text, speakerName: speaker.name,
    cueStart: cue ? cue.start : 0, cueEnd: cue ? cue.end : 0, cueText: cue ? cue.text : null, status: credit.status,
  };
}

/** A new credit from a flat one, moved `by` characters, its speaker's entity `entity`. */
function unflatten(flat: FlatCredit, by: number, entity: number | null): Credit {
  return {
    speaker: { start: flat.speakerStart + by, end: flat.speakerEnd + by, text: flat.speakerText, name: flat.speakerName, entity },
    cue: flat.cueText === null ? null : { start: flat.cueStart + by, end: flat.cueEnd + by, text: flat.cueText },
    status: flat.status,
  };
}

/**
 * The credits remembered for one paragraph (of one kind), by their offset in it, and the
 * characters just before and after the paragraph they were worked out with (some look-ups
 * peek there): when those differ, every entry is dropped. `run` and `at` say which run
 * last compared them, and at which paragraph start, so that a run compares them once per
 * paragraph rather than once per quote (a LocalParagraph may stand for two paragraphs of
 * the same text, hence the start).
 */
interface ParagraphCredits {
  before: string;
  after: string;
  run: number;
  at: number;
  entries: Map<number, RememberedCredit>;
}

/** What a remembered credit is: which question remembered() works out, and under which cache. */
const enum Work { Around, BeatAfter, Sentence }

/** Per paragraph: the credit of each of its quotes, by the quote's offset in the paragraph. */
const CREDITS_AROUND = new LocalCache<ParagraphCredits>();
/** Per paragraph: the credit of each sentence's own reported statement, by the sentence's offset in the paragraph. */
const SENTENCE_CREDITS = new LocalCache<ParagraphCredits>();
/** Verbs of saying (base forms): a sentence after a quote with one of them attributes it, whatever came before. */
const SAYING = new Set(['say', 'add', 'tell', 'ask', 'explain', 'continue', 'write', 'reply', 'answer', 'recall', 'note', 'insist', 'declare', 'state', 'remark', 'conclude', 'concede', 'admit', 'acknowledge', 'announce', 'warn', 'vow', 'promise', 'joke', 'quip', 'tweet', 'post']);

/** Per paragraph: the credit an action beat after a quote gives it, by the quote's offset in the paragraph. */
const BEATS_AFTER = new LocalCache<ParagraphCredits>();

/** The cache of each kind of work. */
const CACHES = [CREDITS_AROUND, BEATS_AFTER, SENTENCE_CREDITS];

/** Characters before and after a paragraph that a remembered credit depends on. */
const BEFORE_PARAGRAPH = 2;
const AFTER_PARAGRAPH = 16;

/** Numbers the Attributors (see ParagraphCredits.run). */
let runs = 0;

/**
 * The quotes the last run returned, and the cache generation they belong to. The quotes
 * stage makes new quotes on every run, for this stage to fill in; a quote that comes out
 * equal in every field to the last run's quote at the same index (nearly every quote
 * before the place of an edit) is replaced by that very object, which nothing changes
 * after the stage, so that two analyses share it and an edit keeps alive new quotes only
 * from its place on.
 */
let lastQuotes: readonly Quote[] = [];
let lastQuotesGeneration = -1;

function sameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  if (a === null || b === null) return a === b;
  return a.start === b.start && a.end === b.end && a.entity === b.entity && a.text === b.text && a.name === b.name;
}

function sameQuote(a: Quote, b: Quote): boolean {
  return (
    a.start === b.start && a.end === b.end && a.kind === b.kind && a.status === b.status && a.closed === b.closed && a.continues === b.continues &&
    a.text === b.text && sameSpeaker(a.speaker, b.speaker) &&
    (a.cue === null || b.cue === null ? a.cue === b.cue : a.cue.start === b.cue.start && a.cue.end === b.cue.end && a.cue.text === b.cue.text)
  );
}

/** Puts the last run's quote in place of each equal one (see lastQuotes), and keeps these for the next run. */
function sameQuotesAsLast(quotes: Quote[]): void {
  const previous = lastQuotesGeneration === cacheGeneration() ? lastQuotes : [];
  const n = Math.min(quotes.length, previous.length);
  for (let q = 0; q < n; q++) if (quotes[q] !== previous[q] && sameQuote(quotes[q], previous[q])) quotes[q] = previous[q];
  lastQuotes = quotes;
  lastQuotesGeneration = cacheGeneration();
}

/** Whether `text` holds `part` at `at` (text.startsWith(part, at) without a runtime call on a concatenated text). */
function holdsAt(text: string, part: string, at: number): boolean {
  if (at < 0 || at + part.length > text.length) return false;
  for (let i = 0; i < part.length; i++) if (text.charCodeAt(at + i) !== part.charCodeAt(i)) return false;
  return true;
}

/** text.slice(from, to) as a string of its own (a slice may keep the whole text alive). */
function ownSlice(text: string, from: number, to: number): string {
  return ownString(text.slice(from, to));
}

/** Titles right before a name: a man's and a woman's. */
const MALE_TITLES = ['Mr', 'Sir', 'Lord', 'King', 'Prince'];
const FEMALE_TITLES = ['Mrs', 'Ms', 'Miss', 'Lady', 'Queen', 'Princess', 'Dame'];
/** How far before a name a title is looked for. */
const TITLE_REACH = 6;

/** Whether a character code is one of \s. */
function isSpaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether a character code is one of \w. */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether `text` holds the title `title` at `at`, a word of its own from `from` on. */
function titleAt(text: string, title: string, at: number, from: number): boolean {
  if (at < from) return false;
  for (let i = 0; i < title.length; i++) if (text.charCodeAt(at + i) !== title.charCodeAt(i)) return false;
  return at === from || !isWordCode(text.charCodeAt(at - 1));
}

/**
 * A title within TITLE_REACH characters before `at`, then an optional full stop and spaces:
 * 1 for a man's, -1 for a woman's, 0 for none. What
 * /(?:\b(Mr|Sir|…)|\b(Mrs|Ms|…))\.?\s*$/ finds in text.slice(at - TITLE_REACH, at), read
 * backwards from `at` without making the slice.
 */
export function titleBefore(text: string, at: number): number {
  const from = Math.max(0, at - TITLE_REACH);
  let end = at;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > from && text.charCodeAt(end - 1) === 46) end--;
  for (const title of MALE_TITLES) if (titleAt(text, title, end - title.length, from)) return 1;
  for (const title of FEMALE_TITLES) if (titleAt(text, title, end - title.length, from)) return -1;
  return 0;
}

/**
 * How far back of its offset a look-up of the mentions before it reads (a bound on the
 * reach in characters of nearestPersonNow, with the 40 characters before a short acronym
 * in brackets, of nearestOrganizationNow and
 * describedOrganizationNow; of documentAuthor in sourcing.ts, with the words it reads
 * before a mention; of describedPersonNow and personAgedNow, with the 50 characters
 * before a mention), plus one.
 */
const REACH_NEAR = 1_561;
const REACH_AUTHOR = 1_601;
const REACH_FAR = 3_051;

/**
 * What a remembered credit's questions may read beyond its paragraph's words, as the last
 * run saw it: the paragraphs, the mentions, the quotes and the entities. The next run
 * compares its own with it, paragraph by paragraph (a few typed arrays, once per run), to
 * find the stretches of the document that differ; a remembered credit found valid in the
 * last run whose questions read nothing in those stretches is valid again without asking
 * them again (see Attributor.untouched). Kept for the next run only.
 *
 * The document is cut into units: the text before the first paragraph, then each
 * paragraph with the text after it up to the next one. The mentions and quotes of a unit
 * are those that start in it (unitMentions[i + 1] is the first of unit i's, unitMentions[0]
 * the first of the paragraphs'; the same for quotes).
 */
interface World {
  id: number;
  generation: number;
  text: string;
  locals: readonly LocalParagraph[];
  paragraphStarts: Float64Array;
  paragraphEnds: Float64Array;
  /** The mentions sorted by start, and their entities. */
  mentionStarts: Int32Array;
  mentionEnds: Int32Array;
  mentionEntities: Int32Array;
  quoteStarts: Float64Array;
  quoteEnds: Float64Array;
  quotations: Uint8Array;
  unitMentions: Int32Array;
  unitQuotes: Int32Array;
  /**
   * Whether the mentions' ends are in order too (else their binary searches depend on
   * more than the mentions around the offset), and every mention and quote ends in its unit.
   */
  tidy: boolean;
  entities: readonly { name: string; type: string; descriptors: readonly string[] }[];
  genders: readonly Gender[];
  /** What each mention adds to its entity's gender score (see guessGenders). */
  mentionVotes: Float64Array;
  /**
   * What a first name that ends its mention adds ("Brooke said"), kept apart: it counts only
   * when the word is not the surname of the person's fuller name (see guessGenders).
   */
  lastWordVotes: Float64Array;
  /**
   * What each paragraph's quotes were given in the run, and what that read, for the next
   * run (see runUnits): nothing it read changed in [unitLo, unitHi) (relative to the
   * paragraph's start; NaN when it cannot be told), and the `unitBack` units before it were
   * given their last results too (its quotes read theirs: the quote a piece continues, the
   * latest credit of the previous paragraph), then its quotes are given the same again.
   */
  unitLo: Float64Array;
  unitHi: Float64Array;
  unitBack: Int32Array;
  /** The paragraph's latest credited quotation (an index among its quotes), or -1; -2 until its quotes are given their results. */
  unitLatest: Int32Array;
  /**
   * UNIT_FIELDS numbers a quote: whether it has a speaker, the speaker's start, end and
   * entity (-1 for none), the cue's start and end (relative to its paragraph's start), the
   * quote's `continues` before and after this stage (relative to its paragraph's first
   * quote; NO_QUOTE for none).
   */
  results: Int32Array;
  /** Four strings a quote: the speaker's text and name, the cue's text (null for none), the status. */
  resultStrings: (string | null)[];
}

const UNIT_FIELDS = 8;
const NO_QUOTE = -0x7fffffff;

/**
 * Whether the quotes [first, first + count) of `now` got the results that those from
 * `from` on got in `was` (`was`'s entities in `now`'s numbers through oldToNew).
 */
function sameResults(was: World, from: number, now: World, first: number, count: number, oldToNew: Int32Array): boolean {
  const a = was.results;
  const b = now.results;
  const shift = UNIT_FIELDS * (first - from);
  for (let i = UNIT_FIELDS * from; i < UNIT_FIELDS * (from + count); i++) {
    const field = i % UNIT_FIELDS;
    if (field === 6) continue;
    if (field === 3) {
      const entity = a[i] >= 0 && a[i] < oldToNew.length ? oldToNew[a[i]] : -1;
      if ((a[i] >= 0 && entity < 0) || entity !== b[i + shift]) return false;
    } else if (a[i] !== b[i + shift]) return false;
  }
  const sa = was.resultStrings;
  const sb = now.resultStrings;
  for (let i = 4 * from; i < 4 * (from + count); i++) if (sa[i] !== sb[i + 4 * (first - from)]) return false;
  return true;
}

let lastWorld: World | null = null;

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether text a[from, to) equals text b[from + shift, to + shift). */
function sameText(a: string, b: string, from: number, to: number, shift: number): boolean {
  if (from < 0 || to > a.length || from + shift < 0 || to + shift > b.length) return false;
  for (let i = from; i < to; i++) if (a.charCodeAt(i) !== b.charCodeAt(i + shift)) return false;
  return true;
}

/** Where unit i (-1 for the text before the first paragraph) starts and ends. */
function unitStart(w: World, i: number): number {
  return i < 0 ? 0 : i < w.paragraphStarts.length ? w.paragraphStarts[i] : w.text.length;
}
function unitEnd(w: World, i: number): number {
  return i + 1 < w.paragraphStarts.length ? w.paragraphStarts[i + 1] : w.text.length;
}


/** Whether none of the stretches (disjoint, in order, two numbers each) meets [from, to). */
function untouchedBy(stretches: Float64Array, from: number, to: number): boolean {
  // the first stretch ending after `from`
  let lo = 0;
  let hi = stretches.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stretches[2 * mid + 1] <= from) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo >= stretches.length || stretches[2 * lo] >= to;
}

/** Where the document of `now` differs from that of `was` (see World): what alignedUnits and withEntities find. */
interface Changes {
  /** Disjoint stretches of `now` in order, two numbers each (start, end). */
  stretches: Float64Array;
  /** The last run's entity numbers in this run's numbers (-1 for none). */
  oldToNew: Int32Array;
  /** Where each paragraph of `now` stood in `was`, when its unit is the same (else NaN). */
  oldStarts: Float64Array;
}

/**
 * The stretches of `now` where it may differ from `was` in anything a question reads:
 * the units that are not the same (same LocalParagraph, same text after it, the same
 * mentions and quotes at the same places in it, the mentions' entities one to one), and
 * the mentions of entities that differ in their name, type, gender or (a person's) descriptors. Null
 * when the two cannot be compared.
 */
interface Aligned extends Changes {
  /** For each unit of `now` (index + 1), the same unit of `was` (index + 1), or -1 when it changed. */
  oldUnits: Int32Array;
}

/**
 * The first half of the comparison, before the genders are known (the gender guesses read
 * it): the units that are the same, their entities paired. Then withEntities.
 */
/** Entities of `was` and `now` paired one to one by alignedUnits, and whether a pairing failed. */
interface Pairs {
  oldToNew: Int32Array;
  newToOld: Int32Array;
  conflict: boolean;
}

function pair(pairs: Pairs, o: number, n: number): boolean {
  const { oldToNew, newToOld } = pairs;
  if (oldToNew[o] === n && newToOld[n] === o) return true;
  if (oldToNew[o] !== -1 || newToOld[n] !== -1) return false;
  oldToNew[o] = n;
  newToOld[n] = o;
  return true;
}

/** Whether unit o of `was` and unit n of `now` are the same (their entities paired if so; see alignedUnits). */
function sameUnit(was: World, now: World, o: number, n: number, pairs: Pairs): boolean {
  const os = unitStart(was, o);
  const ns = unitStart(now, n);
  const length = unitEnd(now, n) - ns;
  if (unitEnd(was, o) - os !== length) return false;
  let textFrom = 0;
  if (n >= 0) {
    if (now.locals[n] !== was.locals[o] || now.paragraphEnds[n] - ns !== was.paragraphEnds[o] - os) return false;
    textFrom = now.paragraphEnds[n] - ns;
  }
  if (!sameText(now.text, was.text, ns + textFrom, ns + length, os - ns)) return false;
  const om = was.unitMentions[o + 1];
  const nm = now.unitMentions[n + 1];
  const count = now.unitMentions[n + 2] - nm;
  if (was.unitMentions[o + 2] - om !== count) return false;
  for (let k = 0; k < count; k++) {
    if (now.mentionStarts[nm + k] - ns !== was.mentionStarts[om + k] - os || now.mentionEnds[nm + k] - ns !== was.mentionEnds[om + k] - os) return false;
  }
  const oq = was.unitQuotes[o + 1];
  const nq = now.unitQuotes[n + 1];
  const quotes = now.unitQuotes[n + 2] - nq;
  if (was.unitQuotes[o + 2] - oq !== quotes) return false;
  for (let k = 0; k < quotes; k++) {
    if (now.quoteStarts[nq + k] - ns !== was.quoteStarts[oq + k] - os || now.quoteEnds[nq + k] - ns !== was.quoteEnds[oq + k] - os || now.quotations[nq + k] !== was.quotations[oq + k]) return false;
  }
  for (let k = 0; k < count; k++) if (!pair(pairs, was.mentionEntities[om + k], now.mentionEntities[nm + k])) pairs.conflict = true;
  return true;
}

function alignedUnits(was: World, now: World): Aligned | null {
  if (was.generation !== now.generation || !was.tidy || !now.tidy) return null;
  const oldToNew = new Int32Array(was.entities.length).fill(-1);
  const newToOld = new Int32Array(now.entities.length).fill(-1);
  const pairs: Pairs = { oldToNew, newToOld, conflict: false };
  const stretches: number[] = [];
  const changed = (from: number, to: number): void => {
    if (stretches.length && stretches[stretches.length - 1] >= from) stretches[stretches.length - 1] = Math.max(to, stretches[stretches.length - 1]);
    else stretches.push(from, to);
  };
  const np = now.paragraphStarts.length;
  const op = was.paragraphStarts.length;
  const oldStarts = new Float64Array(np).fill(NaN);
  const oldUnits = new Int32Array(np + 1).fill(-1);
  const keep = (o: number, n: number): void => {
    oldUnits[n + 1] = o + 1;
    if (n >= 0) oldStarts[n] = was.paragraphStarts[o];
  };
  if (np === op) {
    for (let i = -1; i < np; i++) {
      if (!sameUnit(was, now, i, i, pairs)) changed(unitStart(now, i), unitEnd(now, i));
      else {
        oldUnits[i + 1] = i + 1;
        if (i >= 0) oldStarts[i] = was.paragraphStarts[i];
      }
    }
  } else {
    let pk = -1;
    while (pk < Math.min(np, op) && sameUnit(was, now, pk, pk, pairs)) {
      keep(pk, pk);
      pk++;
    }
    let pj = 0;
    while (np - 1 - pj >= pk && op - 1 - pj >= pk && sameUnit(was, now, op - 1 - pj, np - 1 - pj, pairs)) {
      keep(op - 1 - pj, np - 1 - pj);
      pj++;
    }
    if (pk <= np - 1 - pj) changed(unitStart(now, pk), unitEnd(now, np - 1 - pj));
    else changed(unitStart(now, pk), unitStart(now, pk));
  }
  if (pairs.conflict) return null;
  return { stretches: Float64Array.from(stretches), oldToNew, oldStarts, oldUnits };
}

/** The second half of the comparison (see alignedUnits), once the genders are known: the mentions of entities that differ added to the stretches. */
function withEntities(was: World, now: World, aligned: Aligned): Changes {
  const { stretches, oldToNew, oldStarts } = aligned;
  // the mentions of the entities that remain but differ in what a question reads of them
  const dirty = new Uint8Array(now.entities.length);
  let anyDirty = false;
  for (let o = 0; o < oldToNew.length; o++) {
    const n = oldToNew[o];
    if (n < 0) continue;
    const a = was.entities[o];
    const b = now.entities[n];
    // (only a person's descriptions are read: "the senator" is looked for among the people)
    if (a.name !== b.name || a.type !== b.type || was.genders[o] !== now.genders[n] || (b.type === 'person' && !sameStrings(a.descriptors, b.descriptors))) {
      dirty[n] = 1;
      anyDirty = true;
    }
  }
  if (!anyDirty) return { stretches, oldToNew, oldStarts };
  const merged: number[] = [];
  const add = (from: number, to: number): void => {
    if (merged.length && merged[merged.length - 1] >= from) merged[merged.length - 1] = Math.max(to, merged[merged.length - 1]);
    else merged.push(from, to);
  };
  let k = 0;
  for (let m = 0; m < now.mentionStarts.length; m++) {
    if (!dirty[now.mentionEntities[m]]) continue;
    while (k < stretches.length && stretches[k] <= now.mentionStarts[m]) {
      add(stretches[k], stretches[k + 1]);
      k += 2;
    }
    add(now.mentionStarts[m], now.mentionEnds[m]);
  }
  for (; k < stretches.length; k += 2) add(stretches[k], stretches[k + 1]);
  return { stretches: Float64Array.from(merged), oldToNew, oldStarts };
}

/**
 * How many quotes attributeSteps takes from the last run between two yields. A quote worked
 * out afresh counts as FRESH_QUOTE of them: the first time a session runs this code, 64 fresh
 * quotes made one step of 20-30 ms.
 */
const QUOTES_PER_STEP = 64;
const FRESH_QUOTE = 4;
/** How many sentences the document-wide set-up goes through between two yields. */
const SENTENCES_PER_STEP = 500;
/** How many mentions (or first names) the gender guesses go through between two yields. */
const MENTIONS_PER_STEP = 2_000;

/**
 * The latest credited quotation of each paragraph, with its index and end: what a map by
 * paragraph of small objects would hold, in three arrays made once per run.
 */
export class LatestQuoted {
  private readonly credits: (Credit | undefined)[];
  private readonly quotes: Int32Array;
  private readonly ends: Float64Array;

  constructor(paragraphs: number) {
    this.credits = new Array<Credit | undefined>(paragraphs);
    this.quotes = new Int32Array(paragraphs);
    this.ends = new Float64Array(paragraphs);
  }

  set(paragraph: number, credit: Credit, quote: number, end: number): void {
    if (!(paragraph >= 0 && paragraph < this.credits.length)) return;
    this.credits[paragraph] = credit;
    this.quotes[paragraph] = quote;
    this.ends[paragraph] = end;
  }

  /** The paragraph's latest credited quotation if it ends by `offset`, else null. */
  before(paragraph: number, offset: number): { credit: Credit; quote: number; end: number } | null {
    const credit = paragraph >= 0 && paragraph < this.credits.length ? this.credits[paragraph] : undefined;
    return credit && this.ends[paragraph] <= offset ? { credit, quote: this.quotes[paragraph], end: this.ends[paragraph] } : null;
  }
}

/** Attributes every quote of the analysis at once. */
export function attributeQuotes(ctx: Context): void {
  const steps = attributeSteps(ctx);
  while (!steps.next().done);
}

/**
 * The same work as attributeQuotes, yielding after the set-up and after every few dozen
 * quotes, so a time-sliced run (analyzeAsync) can pause inside a long document. Nothing is
 * read from outside the context between steps: the result is the same either way.
 */
export function* attributeSteps(ctx: Context): Generator<void, void> {
  const attributor = new Attributor(ctx);
  yield;
  yield* attributor.prepare();
  yield* attributor.run();
}

class Attributor {
  private readonly text: string;
  private readonly quotes: Quote[];
  /** Starts of the words compromise tagged as pronouns that were read as speakers. */
  private readonly pronounStarts = new Set<number>();
  /** The terms inside entity mentions (NAME_WORDS while this run is the one running), looked up when asked. */
  private readonly nameWords: { has(t: Term): boolean };
  /** Every mention, sorted by start. */
  private readonly mentions: readonly MentionRef[];
  /** Person mentions only, sorted by start. */
  private readonly people: MentionRef[] = [];
  /** Organisation and place mentions (a country or a city speaks through its government), sorted by start. */
  private readonly organizations: MentionRef[] = [];
  private readonly genders: Gender[];
  /**
   * A surname alone after a title ("Ms Kerr") that the entity stage linked to a person of
   * the other sex, when a person of that surname and the title's sex was named before: the
   * mention as theirs (see retitle). Filled once the genders are guessed.
   */
  private readonly retitled = new Map<MentionRef, MentionRef>();
  /** Surnames alone after a title, as linked and as retitled: their look-ups read back REACH_FAR. */
  private readonly titledSurnames = new Set<MentionRef>();
  /** Each mention's entity (the mentions sorted by start). */
  private readonly mentionEntities: Int32Array;
  /** Each person mention's index among all the mentions. */
  private readonly peopleIndex: Int32Array;
  /** The starts and ends of the three lists above. */
  private readonly mentionsAt: StartsAndEnds;
  private readonly peopleAt: StartsAndEnds;
  private readonly organizationsAt: StartsAndEnds;
  /** The start of every sentence, in order (sentenceAt searches these). */
  private readonly sentenceStarts: Float64Array;
  /** The sentences longer than LONG_SENTENCE characters, in order. */
  private readonly longSentences: number[] = [];

  /** The starts and ends of one of the three lists of mentions. */
  private indexOf(list: readonly MentionRef[]): StartsAndEnds {
    return list === this.people ? this.peopleAt : list === this.organizations ? this.organizationsAt : this.mentionsAt;
  }
  /** The attribution events of each sentence that has a cue outside quotes (memoised). */
  private readonly sentenceCredits = new Map<number, Credit | null>();

  /** This run's number (see ParagraphCredits.run). */
  private readonly id = ++runs;

  constructor(private readonly ctx: Context) {
    this.text = ctx.text;
    this.quotes = ctx.analysis.quotes;
    const entities = ctx.analysis.entities;
    const sorted = mentionsByStart(ctx);
    this.mentions = sorted.list;
    // (the sort is stable: the people and the others keep the order sorting them apart would give)
    const person = new Uint8Array(entities.length);
    for (let e = 0; e < entities.length; e++) person[e] = entities[e].type === 'person' ? 1 : 0;
    const n = this.mentions.length;
    const { starts, ends } = sorted;
    const mentionEntities = new Int32Array(n);
    const peopleIndex = new Int32Array(n);
    const peopleStarts = new Int32Array(n);
    const peopleEnds = new Int32Array(n);
    const otherStarts = new Int32Array(n);
    const otherEnds = new Int32Array(n);
    let people = 0;
    let others = 0;
    for (let i = 0; i < n; i++) {
      const ref = this.mentions[i];
      const entity = ref.entity;
      mentionEntities[i] = entity;
      if (person[entity]) {
        this.people.push(ref);
        peopleIndex[people] = i;
        peopleStarts[people] = starts[i];
        peopleEnds[people++] = ends[i];
      } else {
        this.organizations.push(ref);
        otherStarts[others] = starts[i];
        otherEnds[others++] = ends[i];
      }
    }
    this.mentionEntities = mentionEntities;
    this.peopleIndex = peopleIndex.subarray(0, people);
    this.genders = new Array<Gender>(entities.length).fill(null);
    this.mentionsAt = sorted;
    this.peopleAt = { starts: peopleStarts.subarray(0, people), ends: peopleEnds.subarray(0, people) };
    this.organizationsAt = { starts: otherStarts.subarray(0, others), ends: otherEnds.subarray(0, others) };
    const { sentences } = ctx.analysis;
    this.sentenceStarts = new Float64Array(sentences.length);
    for (let s = 0; s < sentences.length; s++) {
      const { start, end } = sentences[s];
      this.sentenceStarts[s] = start;
      if (end - start > LONG_SENTENCE) this.longSentences.push(s);
    }
    this.nameWords = { has: (t) => this.inMention(t.start, t.end) };
  }

  /** The document-wide indexes, built a few hundred sentences per step. */
  *prepare(): Generator<void, void> {
    yield* this.readLongSentences();
    this.now = this.ctx.locals ? this.world(this.ctx.locals) : null;
    this.was = lastWorld;
    this.aligned = this.now && this.was ? alignedUnits(this.was, this.now) : null;
    yield* this.guessGenders();
  }

  /** This run's World, the last run's, and their units paired (see alignedUnits). */
  private now: World | null = null;
  private was: World | null = null;
  private aligned: Aligned | null = null;

  /**
   * The words and first names of every runaway sentence (more than LONG_SENTENCE
   * characters), read ahead with pauses inside it: the first quote or gender guess to ask
   * for them would otherwise read all its terms in one piece.
   */
  private *readLongSentences(): Generator<void, void> {
    const { sentences } = this.ctx.analysis;
    for (const s of this.longSentences) {
      const tagged = this.ctx.tagged[s];
      if (!tagged) continue;
      yield* wordSteps(tagged);
      if (LONG_FIRST_NAMES.get(tagged)?.base !== sentences[s].start) {
        const names = yield* firstNameSteps(tagged, sentences[s].start);
        LONG_FIRST_NAMES.set(tagged, { base: sentences[s].start, names });
      }
    }
  }

  /**
   * Whether a term lies inside an entity mention: a binary search over the mentions (sorted
   * by start) rather than a set of every name word of the document, built on every run.
   */
  private inMentionNow(start: number, end: number): boolean {
    const { starts, ends } = this.mentionsAt;
    const lo = firstAfter(starts, start);
    // mentions may nest or overlap; a short look-back is enough
    for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
      if (starts[k] <= start && end <= ends[k]) return true;
    }
    return false;
  }

  /** This run's World (see alignedUnits), kept for the next run. */
  private world(locals: readonly LocalParagraph[]): World {
    const { paragraphs, entities } = this.ctx.analysis;
    const np = paragraphs.length;
    const paragraphStarts = new Float64Array(np);
    const paragraphEnds = new Float64Array(np);
    for (let i = 0; i < np; i++) {
      paragraphStarts[i] = paragraphs[i].start;
      paragraphEnds[i] = paragraphs[i].end;
    }
    const { starts: mentionStarts, ends: mentionEnds } = this.mentionsAt;
    const mentionEntities = this.mentionEntities;
    const quotes = this.quotes;
    const quoteStarts = new Float64Array(quotes.length);
    const quoteEnds = new Float64Array(quotes.length);
    const quotations = new Uint8Array(quotes.length);
    for (let q = 0; q < quotes.length; q++) {
      quoteStarts[q] = quotes[q].start;
      quoteEnds[q] = quotes[q].end;
      quotations[q] = quotes[q].kind === 'quotation' ? 1 : 0;
    }
    // the mentions and quotes of each unit; every one must end in its unit
    const unitMentions = new Int32Array(np + 2);
    const unitQuotes = new Int32Array(np + 2);
    let tidy = true;
    for (let i = 1; i < mentionEnds.length && tidy; i++) tidy = mentionEnds[i - 1] <= mentionEnds[i];
    for (let u = 0; u <= np; u++) {
      unitMentions[u + 1] = u < np ? firstAtOrAfter(mentionStarts, paragraphStarts[u], unitMentions[u]) : mentionStarts.length;
      unitQuotes[u + 1] = u < np ? firstAtOrAfter(quoteStarts, paragraphStarts[u], unitQuotes[u]) : quoteStarts.length;
      const end = u < np ? paragraphStarts[u] : this.text.length;
      for (let m = unitMentions[u]; m < unitMentions[u + 1] && tidy; m++) tidy = mentionEnds[m] <= end;
      for (let q = unitQuotes[u]; q < unitQuotes[u + 1] && tidy; q++) tidy = quoteEnds[q] <= end;
    }
    const named = entities.map((e) => ({ name: e.name, type: e.type, descriptors: e.descriptors.slice() }));
    return {
      id: this.id, generation: cacheGeneration(), text: this.text, locals, paragraphStarts, paragraphEnds,
      mentionStarts, mentionEnds, mentionEntities, quoteStarts, quoteEnds, quotations, unitMentions, unitQuotes, tidy,
      entities: named, genders: this.genders, mentionVotes: new Float64Array(this.mentions.length), lastWordVotes: new Float64Array(this.mentions.length),
      unitLo: new Float64Array(np).fill(NaN), unitHi: new Float64Array(np), unitBack: new Int32Array(np), unitLatest: new Int32Array(np).fill(-2),
      results: new Int32Array(UNIT_FIELDS * quotes.length), resultStrings: new Array<string | null>(4 * quotes.length).fill(null),
    };
  }

  /** The run whose World this one compared with its own (-1 for none), and how they differ. */
  private since = -1;
  private changes: Changes | null = null;

  /** Whether nothing in [from, to) differs from the last run (see alignedUnits). */
  private untouched(from: number, to: number): boolean {
    const stretches = this.changes?.stretches;
    return !!stretches && untouchedBy(stretches, from, to);
  }

  /** Where paragraph `paragraph` stood in the last run (NaN when its unit changed). */
  private startBefore(paragraph: number): number {
    const oldStarts = this.changes?.oldStarts;
    return oldStarts && paragraph < oldStarts.length ? oldStarts[paragraph] : NaN;
  }

  /** An entity number of the last run in this one's numbers (undefined when it has none). */
  private renumber(entity: number | null): number | null | undefined {
    if (entity === null) return null;
    const oldToNew = this.changes?.oldToNew;
    const now = oldToNew && entity >= 0 && entity < oldToNew.length ? oldToNew[entity] : -1;
    return now >= 0 ? now : undefined;
  }

  *run(): Generator<void, void> {
    const { now, was, aligned } = this;
    if (now && was && aligned) {
      this.since = was.id;
      this.changes = withEntities(was, now, aligned);
    }
    lastWorld = now;
    NAME_WORDS = this.nameWords;
    const { analysis } = this.ctx;
    const lastCreditOfParagraph = new LatestQuoted(analysis.paragraphs.length);
    if (!now) {
      for (let q = 0; q < this.quotes.length; q++) {
        if (q > 0 && q % (QUOTES_PER_STEP / FRESH_QUOTE) === 0) {
          yield;
          // another analysis may have run in the pause: take this run's name words back
          NAME_WORDS = this.nameWords;
        }
        this.attributeOne(q, lastCreditOfParagraph);
      }
    } else {
      yield* this.runUnits(now, lastCreditOfParagraph);
    }
    this.propagateBackwards();
    sameQuotesAsLast(this.quotes);
    for (let q = 0; q < this.quotes.length; q++) {
      const speaker = this.quotes[q].speaker;
      const entity = speaker ? this.entityOf(speaker) : null;
      if (entity !== null) analysis.entities[entity]?.quotes.push(q);
    }
  }

  /**
   * The quotes unit by unit (see World): a paragraph whose unit is the same as in the last
   * run, whose quotes' results read nothing that changed since (its read range, see
   * World.unitLo) and read the results of no earlier paragraph worked out again in this run, takes
   * the last run's results as they are, moved and renumbered; the others are worked out
   * quote by quote, and what they read recorded for the next run.
   */
  private *runUnits(now: World, latest: LatestQuoted): Generator<void, void> {
    const np = now.paragraphStarts.length;
    const changes = this.changes;
    const was = changes && this.aligned ? this.was : null;
    const oldUnits = this.aligned?.oldUnits;
    // the last unit whose results may differ from the last run's (the text before the first paragraph always may)
    let fresh = -1;
    let sinceYield = 0;
    for (let u = -1; u < np; u++) {
      const first = now.unitQuotes[u + 1];
      const end = now.unitQuotes[u + 2];
      const o = oldUnits ? oldUnits[u + 1] - 1 : -2;
      if (first === end) {
        // no quotes: no results, and the same text and sentences when the unit is the same
        if (o < 0) fresh = u;
        continue;
      }
      const recorded = was && changes && u >= 0 && o >= 0 && !Number.isNaN(was.unitLo[o]);
      if (recorded && u - was.unitBack[o] > fresh && this.reusable(was, o, now, u, first, end, changes.oldToNew)) {
        this.reuse(was, o, now, u, first, end, changes.oldToNew, latest);
        sinceYield += end - first;
        if (sinceYield >= QUOTES_PER_STEP) {
          sinceYield = 0;
          yield;
          NAME_WORDS = this.nameWords;
        }
        continue;
      }
      const previousFresh = fresh;
      fresh = u;
      this.tracking = u >= 0;
      this.unitOk = u >= 0;
      this.unitFirst = first;
      this.unitIndex = u;
      this.unitBack = 0;
      if (u >= 0) {
        const p = this.ctx.analysis.paragraphs[u];
        this.unitLo = now.paragraphStarts[u] - BEFORE_PARAGRAPH;
        this.unitHi = Math.max(unitEnd(now, u), p.end + AFTER_PARAGRAPH);
      }
      for (let q = first; q < end; q++) {
        if ((sinceYield += FRESH_QUOTE) >= QUOTES_PER_STEP) {
          sinceYield = 0;
          yield;
          NAME_WORDS = this.nameWords;
        }
        const continues = this.quotes[q].continues;
        now.results[UNIT_FIELDS * q + 6] = continues === null ? NO_QUOTE : continues - first;
        if (this.attributeOne(q, latest) !== u) this.unitOk = false;
      }
      this.tracking = false;
      if (u < 0) continue;
      this.unitResults(now, u, first, end);
      // worked out again to the same results: the units after it that read them may take theirs
      if (was && changes && o >= 0 && was.unitLatest[o] === now.unitLatest[u] && sameResults(was, was.unitQuotes[o + 1], now, first, end - first, changes.oldToNew)) fresh = previousFresh;
    }
  }

  /** Whether a unit's last results hold in this run (see runUnits): nothing they read changed. */
  private reusable(was: World, o: number, now: World, u: number, first: number, end: number, oldToNew: Int32Array): boolean {
    const start = now.paragraphStarts[u];
    if (!this.untouched(start + was.unitLo[o], start + was.unitHi[o])) return false;
    const oldUnits = this.aligned!.oldUnits;
    const back = was.unitBack[o];
    for (let j = 1; j <= back; j++) if (oldUnits[u + 1 - j] !== o + 1 - j) return false;
    const results = was.results;
    const from = UNIT_FIELDS * was.unitQuotes[o + 1];
    for (let k = 0; k < end - first; k++) {
      const continues = this.quotes[first + k].continues;
      const before = results[from + UNIT_FIELDS * k + 6];
      if (continues === null ? before !== NO_QUOTE : before !== continues - first) return false;
      const entity = results[from + UNIT_FIELDS * k + 3];
      if (entity >= 0 && !(entity < oldToNew.length && oldToNew[entity] >= 0)) return false;
    }
    return true;
  }

  /** Gives a unit's quotes the last run's results (see runUnits), and keeps them for the next run. */
  private reuse(was: World, o: number, now: World, u: number, first: number, end: number, oldToNew: Int32Array, latest: LatestQuoted): void {
    const start = now.paragraphStarts[u];
    const from = was.unitQuotes[o + 1];
    const a = was.results;
    const b = now.results;
    const sa = was.resultStrings;
    const sb = now.resultStrings;
    for (let k = 0; k < end - first; k++) {
      const quote = this.quotes[first + k];
      const at = UNIT_FIELDS * (from + k);
      const to = UNIT_FIELDS * (first + k);
      for (let f = 0; f < UNIT_FIELDS; f++) b[to + f] = a[at + f];
      const st = 4 * (from + k);
      const sto = 4 * (first + k);
      for (let f = 0; f < 4; f++) sb[sto + f] = sa[st + f];
      if (a[at]) {
        let entity = a[at + 3];
        if (entity >= 0) {
          entity = oldToNew[entity];
          b[to + 3] = entity;
        }
        quote.speaker = { start: start + a[at + 1], end: start + a[at + 2], text: sa[st]!, name: sa[st + 1]!, entity: entity >= 0 ? entity : null };
        const cue = sa[st + 2];
        quote.cue = cue === null ? null : { start: start + a[at + 4], end: start + a[at + 5], text: cue };
        quote.status = sa[st + 3] as QuoteStatus;
      }
      const continues = a[at + 7];
      quote.continues = continues === NO_QUOTE ? null : first + continues;
    }
    now.unitLo[u] = was.unitLo[o];
    now.unitHi[u] = was.unitHi[o];
    now.unitBack[u] = was.unitBack[o];
    const last = was.unitLatest[o];
    now.unitLatest[u] = last;
    if (last >= 0) {
      const quote = this.quotes[first + last];
      latest.set(u, { speaker: quote.speaker!, cue: quote.cue, status: quote.status }, first + last, quote.end);
    }
  }

  /** Writes what a unit's quotes were given in this run, and what that read, into the run's World (see runUnits). */
  private unitResults(now: World, u: number, first: number, end: number): void {
    const start = now.paragraphStarts[u];
    const ints = now.results;
    const strings = now.resultStrings;
    let latest = -1;
    for (let q = first; q < end; q++) {
      const quote = this.quotes[q];
      const at = UNIT_FIELDS * q;
      const { speaker, cue } = quote;
      if (speaker) {
        ints[at] = 1;
        ints[at + 1] = speaker.start - start;
        ints[at + 2] = speaker.end - start;
        ints[at + 3] = speaker.entity === null ? -1 : speaker.entity;
        strings[4 * q] = speaker.text;
        strings[4 * q + 1] = speaker.name;
        if (cue) {
          ints[at + 4] = cue.start - start;
          ints[at + 5] = cue.end - start;
          strings[4 * q + 2] = cue.text;
        }
        strings[4 * q + 3] = quote.status;
        if (quote.kind === 'quotation') latest = q - first;
      }
      ints[at + 7] = quote.continues === null ? NO_QUOTE : quote.continues - first;
    }
    now.unitLo[u] = this.unitOk ? this.unitLo - start : NaN;
    now.unitHi[u] = this.unitHi - start;
    now.unitBack[u] = this.unitBack;
    now.unitLatest[u] = latest;
  }

  /** While a unit's quotes are worked out (see runUnits): what they read, and whether it can be told. */
  private tracking = false;
  private unitOk = false;
  private unitLo = 0;
  private unitHi = 0;
  /** How many units back the unit's results read the results of (see World.unitBack). */
  private unitBack = 0;
  private unitFirst = 0;
  private unitIndex = -1;

  /** Notes that the unit being worked out read [lo, hi) (NaN: something that cannot be told). */
  private noteUnitRead(lo: number, hi: number): void {
    if (!this.tracking) return;
    if (Number.isNaN(lo)) this.unitOk = false;
    if (lo < this.unitLo) this.unitLo = lo;
    if (hi > this.unitHi) this.unitHi = hi;
  }

  /** Notes that the unit being worked out read the result of quote `q`. */
  private dependOnQuote(q: number): void {
    if (!this.tracking || q >= this.unitFirst || !this.now) return;
    const unit = firstAfter(this.now.unitQuotes, q) - 2;
    this.unitBack = Math.max(this.unitBack, this.unitIndex - unit);
  }

  /** Attributes one quote, in order; returns the paragraph of its sentence (-1 for none). */
  private attributeOne(q: number, lastCreditOfParagraph: LatestQuoted): number {
    const { analysis } = this.ctx;
    const quote = this.quotes[q];
    this.moved = null;
    const sq = this.sentenceAt(quote.start);
    const paragraph = sq >= 0 ? analysis.sentences[sq].paragraph : -1;
    let credit: Credit | null = null;
    let continues: number | null = quote.continues;
    // a transcript's speaker label inside the marks ("MARLOW: Well, look …) names the
    // speaker of its piece, also of a piece that continues a quotation
    const label = quote.kind === 'quotation' ? this.labelInside(quote) : null;
    if (quote.kind === 'quotation') this.noteUnitRead(quote.start - 9, quote.start + 60);
    // a piece that continues a quotation inherits its credit; when that has none yet (the
    // quotation is credited only at its end: "“… / “…,” Rao said."), its own attribution
    // credits it, and propagateBackwards gives the earlier pieces the same
    let inherited: Credit | null = null;
    if (!label && continues !== null) {
      this.dependOnQuote(continues);
      inherited = this.creditOf(this.quotes[continues]);
    }
    if (label) {
      credit = label;
      continues = null;
    } else if (inherited) {
      credit = inherited;
    } else if (quote.kind === 'quotation' && sq >= 0) {
      credit = this.remembered(Work.Around, paragraph, quote.start, q, sq);
      const previous = q > 0 ? this.quotes[q - 1] : null;
      if (credit && previous) this.dependOnQuote(q - 1);
      if (credit && previous && previous.cue && credit.cue && previous.cue.start === credit.cue.start) {
        // “Q1,” she said, “Q2.”: both halves share the one attribution
        continues = q - 1;
      }
      // "Jurors were told: “…”" / "“…,” she was told.": words put to someone by a teller
      // the sentence does not name are nobody's the context could supply
      if (!credit && !this.putToListener(q, sq)) {
        const latest = this.latestCredit(paragraph, quote.start, lastCreditOfParagraph);
        // a beat after the quote (“Not this year.” Martinez laughed.) credits it when no
        // earlier attribution in the paragraph does: that one's words may go on, and the
        // beat be the reaction to them
        const beat = latest ? null : this.remembered(Work.BeatAfter, paragraph, quote.start, q, sq);
        if (latest) {
          credit = latest.credit;
          continues = latest.quote;
        } else if (beat) {
          credit = beat;
        } else if (paragraph > 0 && this.opensParagraph(quote, paragraph)) {
          if (this.tracking) this.unitBack = Math.max(this.unitBack, 1);
          const before = this.latestCredit(paragraph - 1, Infinity, lastCreditOfParagraph, true);
          if (before) {
            credit = before.credit;
            continues = before.quote;
          }
        }
      }
    }
    if (credit) {
      // a credit remembered() moved for this run is new: the quote takes its parts as
      // they are (whoever reads the credit after it copies them)
      const own = credit === this.moved;
      quote.speaker = own ? credit.speaker : { ...credit.speaker };
      quote.cue = own || !credit.cue ? credit.cue : { ...credit.cue };
      quote.status = credit.status;
      quote.continues = continues;
      if (quote.kind === 'quotation' && paragraph >= 0) {
        lastCreditOfParagraph.set(paragraph, credit, q, quote.end);
      }
    } else if (quote.continues !== null) {
      quote.continues = continues;
    }
    return paragraph;
  }

  /**
   * Whether a quotation is words put to someone by a teller its sentence does not name: the
   * nearest cue verb before it is a passive one with no "by" ("Jurors were told: “…”", "The
   * court was shown a note: “…”"), or one follows a spoken quotation ("“…,” she was told.").
   * Reads the quote's own sentence only.
   */
  private putToListener(q: number, sq: number): boolean {
    const quote = this.quotes[q];
    const { sentences } = this.ctx.analysis;
    const previous = q > 0 ? this.quotes[q - 1] : null;
    const from = Math.max(sentences[sq].start, previous && previous.end <= quote.start ? previous.end : 0);
    const pre = this.outsideQuotes(sq, from, quote.start);
    const agentless = (terms: Term[], i: number) => passiveCue(terms, i) && terms[i + 1]?.normal !== 'by';
    for (let i = pre.length - 1; i >= 0 && pre.length - i <= 12; i--) {
      if (i < pre.length - 1 && /[;()“”"]/.test(this.text.slice(pre[i].end, pre[i + 1].start))) break;
      if (QUOTE_CUE_VERB_FORMS.has(pre[i].normal)) return agentless(pre, i);
    }
    const eq = this.sentenceAt(Math.max(quote.start, quote.end - 1));
    const next = q + 1 < this.quotes.length ? this.quotes[q + 1] : null;
    const post = this.termsBetween(eq, quote.end, Math.min(sentences[eq].end, next && next.start >= quote.end ? next.start : Infinity));
    const spoken = quote.closed && /[,!?…—–:-][\s’'"]*\S$/.test(quote.text);
    return spoken && post.slice(0, 4).some((_, i) => agentless(post, i));
  }

  /** The first piece of a multi-paragraph quotation takes the credit a later piece found. */
  private propagateBackwards(): void {
    for (let q = this.quotes.length - 1; q >= 0; q--) {
      const quote = this.quotes[q];
      if (quote.continues === null || quote.status === 'unattributed' || !quote.speaker) continue;
      const earlier = this.quotes[quote.continues];
      if (earlier && earlier.status === 'unattributed' && earlier.kind === 'quotation') {
        earlier.speaker = { ...quote.speaker };
        earlier.cue = quote.cue ? { ...quote.cue } : null;
        earlier.status = quote.status;
        // the later piece no longer inherits: the credit is its own
        quote.continues = null;
      }
    }
  }

  private cueBase(credit: Credit): string {
    return QUOTE_CUE_VERB_FORMS.get(credit.cue?.text.toLowerCase() ?? '') ?? '';
  }

  private entityOf(speaker: Speaker): number | null {
    return speaker.entity;
  }

  private creditOf(quote: Quote | undefined): Credit | null {
    if (!quote || !quote.speaker) return null;
    return { speaker: quote.speaker, cue: quote.cue, status: quote.status };
  }

  // -------------------------------------------------------------------------------------
  // Sentences and terms

  /** The last sentence starting at or before `offset` (a gap between sentences belongs to the one before), or -1. */
  private sentenceAt(offset: number): number {
    return firstAfter(this.sentenceStarts, offset) - 1;
  }

  /** A sentence's words (compromise's empty contraction halves left out), in order; read-only. */
  private terms(sentence: number): Term[] {
    const tagged = this.ctx.tagged[sentence];
    return tagged ? wordsOf(tagged) : [];
  }

  /**
   * Up to `n` words from the first one starting at or after `offset`, across sentence ends,
   * in document order (what a flat list of every word would give, without building one).
   */
  private wordsFrom(offset: number, n: number): Term[] {
    const out: Term[] = [];
    let s = Math.max(0, this.sentenceAt(offset));
    let terms = this.terms(s);
    let i = firstFrom(terms, offset);
    while (out.length < n && s < this.ctx.tagged.length) {
      if (i < terms.length) {
        out.push(terms[i++]);
        continue;
      }
      terms = this.terms(++s);
      i = 0;
    }
    return out;
  }

  /** Terms of a sentence within [from, to); a binary search, so long sentences cost no rescans. */
  private termsBetween(sentence: number, from: number, to: number): Term[] {
    const terms = this.terms(sentence);
    const lo = firstFrom(terms, from);
    let end = lo;
    while (end < terms.length && terms[end].end <= to) end++;
    return terms.slice(lo, end);
  }

  private opensParagraph(quote: Quote, paragraph: number): boolean {
    return this.ctx.analysis.paragraphs[paragraph]?.start === quote.start;
  }

  /**
   * The latest attribution in a paragraph before `offset`: a credited quote, or a sentence
   * that reports someone's statement ("Kim said the talks failed."), whichever is later.
   */
  private latestCredit(
    paragraph: number,
    offset: number,
    quoted: LatestQuoted,
    previousParagraph = false,
  ): { credit: Credit; quote: number | null } | null {
    const p = this.ctx.analysis.paragraphs[paragraph];
    if (!p) return null;
    const usable = quoted.before(paragraph, offset);
    const sentences = this.ctx.analysis.sentences;
    // an attribution hands over to the next few sentences, not across a whole long paragraph
    let reach = 8;
    if (!p.sentences.length) return usable;
    // start at the sentence around `offset` (sentence indexes of a paragraph are consecutive)
    const first = p.sentences[0];
    const startK = Number.isFinite(offset) ? Math.min(p.sentences.length - 1, Math.max(-1, this.sentenceAt(offset) - first)) : p.sentences.length - 1;
    for (let k = startK; k >= 0; k--) {
      const s = p.sentences[k];
      const sentence = sentences[s];
      if (sentence.start >= offset) continue;
      if (reach-- === 0) break;
      if (usable && usable.end > sentence.start) return usable;
      if (sentence.end > offset) continue;
      const credit = this.indirectCredit(s);
      // "Ode declined to comment.": a sentence that says someone did not speak hands over nothing
      if (credit && this.silent(s)) {
        if (previousParagraph) return null;
        continue;
      }
      // across a paragraph break only the closing statement hands over ("Kim said:" /
      // "Kim said the talks had failed."), and only with a verb of saying; a verb that
      // only credits the words it quotes ("Kim welcomed the visitors", "thanked the crew")
      // reports no statement when it quotes nothing and only sets the scene in a
      // subordinate clause ("The crowd cheered as Kim welcomed the visitors.")
      const cue = credit?.cue?.text.toLowerCase() ?? '';
      const saying = !credit || CUE_VERB_FORMS.has(cue) || !QUOTE_CUE_VERB_FORMS.has(cue) || !this.inSubordinateClause(s, credit);
      if (credit && saying && (!previousParagraph || (credit.cue && CUE_VERB_FORMS.has(cue)))) return { credit, quote: null };
      if (previousParagraph) return null;
    }
    return usable;
  }

  /** Whether a sentence says someone did not speak ("Ode declined to comment."), its quotations left out. */
  private silent(s: number): boolean {
    let silent = this.silences.get(s);
    if (silent === undefined) {
      silent = this.silentNow(s);
      this.silences.set(s, silent);
    }
    return silent;
  }

  /** silent's answers in this run (a long paragraph's quotes look back over the same sentences). */
  private readonly silences = new Map<number, boolean>();

  private silentNow(s: number): boolean {
    const sentence = this.ctx.analysis.sentences[s];
    let text = '';
    let at = sentence.start;
    for (let q = firstEndingAfter(this.quotes, sentence.start); q < this.quotes.length && this.quotes[q].start < sentence.end; q++) {
      text += `${this.text.slice(at, Math.max(at, this.quotes[q].start))} `;
      at = Math.max(at, this.quotes[q].end);
    }
    return SILENCE.test(text + this.text.slice(at, sentence.end));
  }

  /** Whether a credit's speaker opens a clause after "as", "when", "while" … */
  private inSubordinateClause(s: number, credit: Credit): boolean {
    const terms = this.terms(s);
    const at = firstFrom(terms, credit.speaker.start);
    for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
      if (SUBORDINATORS.test(terms[i].normal)) return !this.boundaryBetween(terms[i], terms[i + 1]);
      if (!DETERMINERS.has(terms[i].normal) && !isProper(terms[i])) return false;
    }
    return false;
  }

  /** The cue and speaker of a sentence's own reported statement, outside any quote. */
  private indirectCredit(s: number): Credit | null {
    if (this.sentenceCredits.has(s)) {
      const read = this.sentenceReads.get(s);
      this.noteUnitRead(read ? read.lo : NaN, read ? read.hi : NaN);
      return this.sentenceCredits.get(s) ?? null;
    }
    const sentence = this.ctx.analysis.sentences[s];
    this.gotLo = NaN;
    this.gotHi = NaN;
    const credit = this.remembered(Work.Sentence, sentence.paragraph, sentence.start, -1, s);
    this.sentenceCredits.set(s, credit);
    this.sentenceReads.set(s, { lo: this.gotLo, hi: this.gotHi });
    return credit;
  }

  /** What each sentence's credit in sentenceCredits read (see remembered's gotLo). */
  private readonly sentenceReads = new Map<number, { lo: number; hi: number }>();

  /** A sentence's own reported statement, worked out. */
  private sentenceCredit(s: number): Credit | null {
    const sentence = this.ctx.analysis.sentences[s];
    const terms = this.outsideQuotes(s, sentence.start, sentence.end);
    let found: Credit | null = null;
    for (let v = 0; v < terms.length && !found; v++) found = this.creditAt(terms, v);
    return found;
  }

  /** Terms of a sentence in [from, to) that lie outside every quote. */
  private outsideQuotes(s: number, from: number, to: number): Term[] {
    const terms = this.termsBetween(s, from, to);
    if (!terms.length) return terms;
    const quotes = this.quotes;
    // quotes overlapping the range, from the first quote ending after `from`
    const inside: { start: number; end: number }[] = [];
    for (let q = firstEndingAfter(quotes, from); q < quotes.length && quotes[q].start < to; q++) inside.push(quotes[q]);
    if (!inside.length) return terms;
    // both lists are in document order: one merge walk
    const out: Term[] = [];
    let k = 0;
    for (const t of terms) {
      while (k < inside.length && inside[k].end <= t.start) k++;
      if (k < inside.length && inside[k].start < t.end) continue;
      out.push(t);
    }
    return out;
  }

  // -------------------------------------------------------------------------------------
  // The credit around one quote

  private creditAround(q: number, sq: number, eq: number): Credit | null {
    const quote = this.quotes[q];
    const { sentences } = this.ctx.analysis;
    const next = q + 1 < this.quotes.length ? this.quotes[q + 1] : null;
    // the window around the quote reaches back to the previous quotation (titles and scare
    // quotes in between are skipped, not boundaries)
    let p = q - 1;
    while (p >= 0 && this.quotes[p].kind !== 'quotation' && this.quotes[p].end > sentences[sq].start) p--;
    const previousQuotation = p >= 0 ? this.quotes[p] : null;
    const preFrom = Math.max(sentences[sq].start, previousQuotation && previousQuotation.end <= quote.start ? previousQuotation.end : 0);
    const postTo = Math.min(sentences[eq].end, next && next.start >= quote.end ? next.start : Infinity);
    const post = this.termsBetween(eq, quote.end, postTo);
    const pre = this.outsideQuotes(sq, preFrom, quote.start);

    // 1. right after the quote: “Q” ― Kim / “Q,” Kim said.
    const dash = /^[^\S\r\n]*(?:[―—–]|--)[^\S\r\n]*/.exec(this.text.slice(quote.end, quote.end + 8));
    if (dash && !post.length && sentences[eq + 1] && sentences[eq + 1].paragraph !== sentences[eq].paragraph) this.leavesParagraph = true;
    let dashed = dash ? (post.length ? post : this.termsBetween(eq + 1, quote.end, Math.min(quote.end + 100, next?.start ?? Infinity))) : [];
    // when the dash opens the next sentence, the tagger may keep it as a word of its own
    if (dashed.length && !/[\p{L}\p{N}]/u.test(dashed[0].text)) dashed = dashed.slice(1);
    if (dash && dashed.length && dashed[0].start <= quote.end + dash[0].length) {
      const phrase = this.phraseAfter(dashed, 0, dashed.length);
      const speaker = phrase && this.speakerOf(dashed, phrase.from, phrase.to);
      if (speaker && ((speaker.speaker.entity !== null && !isPronoun(dashed[phrase.from])) || isProper(dashed[0]))) {
        const at = quote.end + dash[0].length - dash[0].trimStart().length;
        return { ...speaker, cue: { start: at, end: at + dash[0].trim().length, text: dash[0].trim() } };
      }
    }
    // speech punctuation before the closing mark (“Q,” / “Q?”) or a comma after it
    // (a nested quote may close inside: “… the ‘worst deal,’”)
    const spoken = quote.closed && (/[,!?…—–:-][\s’'"]*\S$/.test(quote.text) || /^\s*,/.test(this.text.slice(quote.end, quote.end + 3)));
    // the attribution clause starts right after the quote, not after "while", "when", "and" …
    // "“Q,” as Kim put it" / "as one critic called it"
    const asPutIt = post.length > 0 && post[0].normal === 'as' && post.slice(1, 9).some((t, i) => AS_X_PUT_IT.test(t.normal) && post[i + 2]?.normal === 'it');
    const opensClause = post.length > 0 && (post[0].normal === 'according' || post[0].normal === 'per' || asPutIt || !(post[0].tags.has('Conjunction') || post[0].tags.has('Preposition') || /^(?:while|when|after|before|because|as|if|though|although|since|until|than|where|whereas|and|but|or)$/.test(post[0].normal)));
    const tight = opensClause ? this.creditAfter(post, spoken ? this.nameReach(post) : 3, false) : null;
    if (tight) return tight;
    // "Kim hailed Lee as a “true partner,” citing …": a participle after the quote hangs on
    // the clause before it
    if (spoken && pre.length && post.length && /ing$/.test(post[0].normal) && isCueVerb(post[0])) {
      const joined = pre.concat(post);
      const hanging = this.creditForCue(joined, pre.length, 0, joined.length);
      if (hanging) return hanging;
    }
    // 2. before the quote, in its sentence: a cue and a speaker in the quotation's own
    // sentence win over the next sentence ("Kim said staff were “…” She added …")
    const before = this.creditBefore(pre);
    if (before) return before;
    if (!post.length && quote.end >= sentences[eq].end - 1) {
      const following = this.attributionSentence(eq + 1, quote);
      // a beat right before a quote that is a sentence of its own keeps it from a next
      // sentence whose verb is no verb of saying but a reaction ("Nair rejected the
      // criticism. “That is untrue.” The opposition disagreed.")
      // (so does a sentence whose subject takes a stance, or states one: "Nair rejected the
      // criticism. “…” The opposition disagreed." — the quote is Nair's case)
      if (following && !SAYING.has(this.cueBase(following))) {
        const previous = sentences[sq - 1];
        const next = previous && previous.paragraph === sentences[sq].paragraph && this.opensSentence(quote, pre, sentences[sq].start);
        const beat = next ? this.beat(sq - 1) ?? this.stance(sq - 1) : null;
        if (beat) return beat;
      }
      if (following) return following;
    }
    const fronted = this.frontedClause(pre, post, quote, sentences[sq].start);
    if (fronted) return fronted;
    // 3. anywhere later in the sentence
    const later = this.creditAfter(post, post.length, true);
    if (later) return later;
    // 4. a transcript's speaker label opening the paragraph ("KIM: … “Q” …")
    const label = this.labelCredit(quote);
    if (label) return label;
    // 5. an action beat: a person who acts right after the quote in its sentence
    // (“Not this year,” Martinez laughed.), or in the sentence right before it, in the same
    // paragraph (Ode shook his head. “We never saw the money.”)
    if (spoken && post.length) {
      const beat = this.beatAfterComma(post, quote);
      if (beat) return beat;
    }
    // (the quote is what is said, not a noun in a running sentence: “Halverston First” is his slogan)
    const previous = sentences[sq - 1];
    // (nor the words put to someone right after it: “You were poor,” she was told.)
    const putTo = spoken && post.slice(0, 4).some((_, i) => passiveCue(post, i));
    const said = (!post.length || spoken) && !putTo;
    return said && previous && previous.paragraph === sentences[sq].paragraph && this.opensSentence(quote, pre, sentences[sq].start) ? this.beat(sq - 1) : null;
  }

  /**
   * The statement of sentence s when it can stand for the quote after it as a beat does: a
   * sentence with no quotation, not one saying someone did not speak, whose cue verb's
   * subject opens the main clause ("Nair rejected the criticism.", "Ode defended the
   * budget.", "Kim said the talks had failed."), not one set in a clause after "as" or
   * "when" ("The crowd cheered as Kim welcomed the visitors.").
   */
  private stance(s: number): Credit | null {
    const sentence = this.ctx.analysis.sentences[s];
    if (!sentence || this.silent(s)) return null;
    for (let i = firstEndingAfter(this.quotes, sentence.start); i < this.quotes.length && this.quotes[i].start < sentence.end; i++) {
      if (this.quotes[i].kind === 'quotation') return null;
    }
    const credit = this.sentenceCredit(s);
    return credit && !this.inSubordinateClause(s, credit) ? credit : null;
  }

  /** The beat in the sentence right after a quote that makes a sentence of its own. */
  private beatAfter(quote: Quote, sq: number, eq: number): Credit | null {
    const sentences = this.ctx.analysis.sentences;
    const next = sentences[eq + 1];
    if (!quote.closed || !next || next.paragraph !== sentences[eq].paragraph || next.start - quote.end > 3) return null;
    // the quote ends its sentence with a full stop (“… this year.”) and opens it
    if (!/[.!?…][’'"”»]*$/.test(quote.text) || /[\p{L}\p{N}]/u.test(this.text.slice(quote.end, next.start))) return null;
    if (!this.opensSentence(quote, this.outsideQuotes(sq, sentences[sq].start, quote.start), sentences[sq].start)) return null;
    return this.beat(eq + 1);
  }

  /** Whether a quote opens its sentence: no word of the sentence before it. */
  private opensSentence(quote: Quote, pre: Term[], sentenceStart: number): boolean {
    return !pre.length && !/[\p{L}\p{N}]/u.test(this.text.slice(sentenceStart, quote.start));
  }

  /**
   * “Not this year,” Martinez laughed. / “Sure,” the coach shrugged.: a person and a verb
   * right after a spoken quote credit it even when the verb is no verb of saying.
   */
  private beatAfterComma(post: Term[], quote: Quote): Credit | null {
    if (post[0].start - quote.end > 3) return null;
    const phrase = this.phraseAfter(post, 0, post.length);
    if (!phrase || phrase.to >= post.length || this.boundaryBetween(post[phrase.to - 1], post[phrase.to])) return null;
    let v = phrase.to;
    while (v < post.length - 1 && BETWEEN_SUBJECT_AND_VERB.has(post[v].normal) && post[v + 1].tags.has('Verb')) v++;
    const verb = post[v];
    if (!verb.tags.has('Verb') || verb.tags.has('Auxiliary') || verb.tags.has('Gerund') || isProper(verb) || SILENCE.test(this.text.slice(post[0].start, verb.end + 30))) return null;
    // "“You were poor,” she was told.": the words were put to her; the teller said them
    if (passiveCue(post, v)) return null;
    const speaker = this.beatSubject(post, phrase.from, phrase.to);
    return speaker && { ...speaker, cue: { start: verb.start, end: verb.end, text: textAt(this.ctx, verb.start, verb.end) } };
  }

  /**
   * The credit an action beat gives: the sentence `s` (next to a quote) is a short
   * narrative sentence with no quotation and no verb of saying of its own, whose subject is
   * a person (named, titled, an unnamed source, or "he"/"she"): "Ode shook his head.",
   * "Martinez paused, then laughed.", "The mayor turned to the council." The cue is the
   * verb of the sentence. Not a sentence that says the person did not speak ("Ode declined
   * to comment.", "Ruiz did not answer."), nor one about a thing ("Prices rose.").
   */
  private beat(s: number): Credit | null {
    const sentence = this.ctx.analysis.sentences[s];
    if (!sentence) return null;
    for (let i = firstEndingAfter(this.quotes, sentence.start); i < this.quotes.length && this.quotes[i].start < sentence.end; i++) {
      if (this.quotes[i].kind === 'quotation') return null;
    }
    const terms = this.termsBetween(s, sentence.start, sentence.end);
    if (!terms.length || terms.length > BEAT_WORDS) return null;
    // a statement ends with a full stop; a question or a colon leads elsewhere
    if (!/[.!][’'"”)]*\s*$/.test(this.text.slice(sentence.start, sentence.end)) || this.silent(s)) return null;
    // past an opening adverb ("Then Ode …"), and past an opening phrase or clause closed by a
    // comma ("On Monday, Ode …", "Asked about the delay, Ode …", "When the vote came, Ode …")
    let from = 0;
    while (from < terms.length && (terms[from].tags.has('Adverb') || terms[from].tags.has('Conjunction')) && !isProper(terms[from])) from++;
    const opener = terms[from];
    if (opener && (opener.tags.has('Preposition') || opener.tags.has('Date') || opener.tags.has('Value') || SUBORDINATORS.test(opener.normal) || (opener.tags.has('Verb') && /(?:ed|ing)$/.test(opener.normal)))) {
      const comma = terms.findIndex((t, i) => i > from && i <= from + 15 && /,/.test(this.text.slice(terms[i - 1].end, t.start)));
      if (comma < 0) return null;
      from = comma;
    }
    // the main verb: the first verb after the subject, past a participle clause set off by
    // commas that describes it ("Ode, asked whether he would resign, shook his head.")
    let v = from + 1;
    // ("Adebayo pauses.": compromise reads a present-tense verb after a name alone as a plural noun)
    const presentAfterName = (i: number) => i === from + 1 && (isProper(terms[from]) || isPronoun(terms[from])) && /[^s]s$/.test(terms[i].normal) && terms[i].tags.has('Plural') && !isProper(terms[i]) && !this.boundaryBetween(terms[from], terms[i]);
    while (v < terms.length && !presentAfterName(v) && !(terms[v].tags.has('Verb') && !isProper(terms[v]) && !(terms[v].tags.has('Gerund') && !terms[v - 1].tags.has('Auxiliary')))) v++;
    if (v >= terms.length) return null;
    // (or a relative clause: "Brandt, who had won the title three times, was gracious.")
    let aside: { from: number; to: number } | null = null;
    const comma = (after: number, within: number) => terms.findIndex((t, i) => i > after && i <= after + within && /,/.test(this.text.slice(terms[i - 1].end, t.start)));
    const open = comma(from, 6);
    const asideOpener = open > 0 ? terms[open] : null;
    if (asideOpener && open <= v && (/^(?:who|whose|which)$/.test(asideOpener.normal) || (open === v && /(?:ed|ing)$/.test(asideOpener.normal)))) {
      const close = comma(open, 15);
      let w = close;
      while (w > 0 && w < terms.length && !(terms[w].tags.has('Verb') && !isProper(terms[w]))) w++;
      if (close > 0 && w === close) {
        aside = { from: open, to: close };
        v = close;
      }
    }
    // a verb of saying in the main clause makes the sentence an attribution, not a beat
    // (one in a clause after "as", "when" … does not: "Raman smiled as the result was read.")
    for (let i = from; i < terms.length && !(i > from && SUBORDINATORS.test(terms[i].normal)); i++) {
      if (isCueVerb(terms[i]) && !(aside && i >= aside.from && i < aside.to)) return null;
    }
    // past auxiliaries (and "not", "never") to the verb that carries the meaning ("was
    // sitting", "had left", "did not hesitate")
    while (terms[v].tags.has('Auxiliary')) {
      let w = v + 1;
      while (w < terms.length && (terms[w].tags.has('Negative') || terms[w].tags.has('Adverb')) && !terms[w].tags.has('Verb')) w++;
      if (w >= terms.length || !terms[w].tags.has('Verb') || this.boundaryBetween(terms[w - 1], terms[w])) break;
      v = w;
    }
    const k = aside ? aside.from - 1 : this.subjectEnd(terms, v, from);
    if (k < from) return null;
    const closing = this.text.slice(terms[k].end, terms[k + 1].start);
    const end = aside || !this.boundaryBetween(terms[k], terms[k + 1]) ? k : ASIDE.test(closing) ? this.beforeDescription(terms, k, from, DASH.test(closing)) : -1;
    if (end < from) return null;
    const phrase = this.phraseBefore(terms, end + 1, from);
    // the subject opens the clause, or follows a description of it ("The Albion coach, Derek Hale, …")
    if (!phrase || phrase.from < from) return null;
    if (phrase.from > from && !(/^\s*,\s*$/.test(this.text.slice(terms[phrase.from - 1].end, terms[phrase.from].start)) && terms.slice(from, phrase.from).every((t, i) => inPhrase(t) && (i === 0 || !this.boundaryBetween(terms[from + i - 1], t))))) return null;
    const speaker = this.beatSubject(terms, phrase.from, phrase.to) ?? this.possessor(terms, phrase.from, phrase.to);
    const verb = terms[v];
    return speaker && { ...speaker, cue: { start: verb.start, end: verb.end, text: textAt(this.ctx, verb.start, verb.end) } };
  }

  /**
   * "His voice cracked." / "Ode's eyes filled with tears.": a subject that is part of a
   * person stands for the person (its possessor: a name, or "his"/"her" resolved to one).
   */
  private possessor(terms: Term[], from: number, to: number): { speaker: Speaker; status: QuoteStatus } | null {
    if (to - from < 2 || !BODY_NOUNS.has(terms[to - 1].normal)) return null;
    const owner = terms[to - 2];
    if (owner.normal === 'his' || owner.normal === 'her') {
      if (to - 2 !== from) return null;
      const person = this.nearestPerson(owner.start, owner.normal === 'his' ? 'male' : 'female');
      if (!person) return null;
      const speaker: Speaker = { start: owner.start, end: owner.end, text: textAt(this.ctx, owner.start, owner.end), name: this.entityName(person.entity), entity: person.entity };
      return { speaker, status: 'attributed' };
    }
    if (!/['’]s?$/.test(owner.text)) return null;
    // ("Ode’s" is one word: the person's mention covers its name part)
    const nameEnd = owner.end - (/s$/.test(owner.text) ? 2 : 1);
    const person = to - 2 === from ? this.mentionIn(owner.start, nameEnd, this.people) : null;
    if (person && person.start <= owner.start && person.end >= nameEnd) return { speaker: this.speakerFromMention(person), status: 'attributed' };
    return this.beatSubject(terms, from, to - 1);
  }

  /** A beat's subject as a speaker when it is a person: named, titled, unnamed, or "he"/"she" resolved to one. */
  private beatSubject(terms: Term[], from: number, to: number): { speaker: Speaker; status: QuoteStatus } | null {
    const speaker = this.speakerOf(terms, from, to);
    if (!speaker) return null;
    const first = terms[from];
    if (to - from === 1 && isPronoun(first)) {
      const kind = PRONOUNS.get(first.normal);
      return (kind === 'he' || kind === 'she') && speaker.speaker.entity !== null ? speaker : null;
    }
    if (speaker.status === 'anonymous') return speaker;
    const head = terms[this.headOf(terms, from, to)];
    if (!head) return null;
    if (isProper(head)) {
      // a person the name finder found, or a name compromise knows for one
      const person = this.mentionIn(head.start, head.end, this.people);
      return (person && person.end >= head.end) || head.tags.has('Person') ? speaker : null;
    }
    return head.tags.has('Actor') || PERSON_NOUNS.has(head.normal) ? speaker : null;
  }

  /**
   * How far after a quote its cue may sit: ten words, or past a long description after a
   * name (“Q,” Ana Ruiz, the director of the county's housing office since 2019, said).
   */
  private nameReach(post: Term[]): number {
    let n = 0;
    while (n < post.length && isProper(post[n]) && (n === 0 || !this.boundaryBetween(post[n - 1], post[n]))) n++;
    if (n === 0 || n >= post.length || !/^\s*,/.test(this.text.slice(post[n - 1].end, post[n].start))) return 10;
    for (let v = n; v < post.length && v < n + 40; v++) {
      if (/[.;:!?]/.test(this.text.slice(post[v - 1].end, post[v].start))) break;
      if (isCueVerb(post[v]) && /,\s*$/.test(this.text.slice(post[v - 1].end, post[v].start))) return Math.max(10, v + 1);
    }
    return 10;
  }

  /**
   * "After saying the plan was “dead on arrival,” Kim left the room": a participle clause
   * that opens the sentence has the subject of the main clause after it.
   */
  private frontedClause(pre: Term[], post: Term[], quote: Quote, sentenceStart: number): Credit | null {
    if (pre.length < 2 || post.length < 2 || pre[0].start !== sentenceStart) return null;
    // "After saying …," / "Calling the plan “theft,” Kim left"
    const opener = /^(?:after|before|while|since|upon|when|in|by)$/.test(pre[0].normal) ? 1 : 0;
    const verb = pre[opener];
    if (!/ing$/.test(verb.normal) || !QUOTE_CUE_VERB_FORMS.has(verb.normal)) return null;
    // the clause closes with the quote: “…,” or “…”, then the main clause
    if (pre.slice(opener + 1).some((t, i) => /,/.test(this.text.slice(pre[opener + i].end, t.start)))) return null;
    if (!/,[’'"”]*$/.test(quote.text) && !/^\s*,/.test(this.text.slice(quote.end, post[0].start))) return null;
    const phrase = this.phraseAfter(post, 0, post.length);
    if (!phrase || !post[phrase.to]?.tags.has('Verb') || this.boundaryBetween(post[phrase.to - 1], post[phrase.to])) return null;
    const speaker = this.speakerOf(post, phrase.from, phrase.to);
    if (!speaker || (speaker.speaker.entity === null && !isProper(post[phrase.to - 1]) && !isPronoun(post[phrase.from]) && speaker.status !== 'anonymous')) return null;
    return { ...speaker, cue: { start: verb.start, end: verb.end, text: textAt(this.ctx, verb.start, verb.end) } };
  }

  /** "KIM:" or "Sen. Lee:" at the start of the quote's paragraph, before the quote. */
  private labelCredit(quote: Quote): Credit | null {
    const s = this.sentenceAt(quote.start);
    const paragraph = this.ctx.analysis.paragraphs[this.ctx.analysis.sentences[s]?.paragraph ?? -1];
    if (!paragraph || paragraph.start >= quote.start) return null;
    const label = /^((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}):[ \t]/u.exec(this.text.slice(paragraph.start, Math.min(quote.start, paragraph.start + 60)));
    if (!label) return null;
    const first = paragraph.sentences[0];
    const terms = this.termsBetween(first, paragraph.start, paragraph.start + label[1].length);
    if (!terms.length || !terms.every((t) => isProper(t) || /^\p{Lu}+$/u.test(t.text))) return null;
    const speaker = this.namedSpeaker(terms[0].start, terms[terms.length - 1].end);
    const at = paragraph.start + label[1].length;
    return { speaker, status: 'attributed', cue: { start: at, end: at + 1, text: ':' } };
  }

  /**
   * A transcript printed as one quotation, each paragraph reopening it with its speaker's
   * label in capitals: "MARLOW: Well, look … The quotation opens its line and the
   * label is a name in capitals (not "Q:").
   */
  private labelInside(quote: Quote): Credit | null {
    const label = /^\W{1,2}(\p{Lu}[\p{Lu} .'’-]+):[ \t]/u.exec(this.text.slice(quote.start, quote.start + 60));
    if (!label || !/(?:^|\n)[ \t]*$/.test(this.text.slice(Math.max(0, quote.start - 9), quote.start))) return null;
    const at = quote.start + label[0].indexOf(':');
    return { speaker: this.namedSpeaker(at - label[1].length, at), status: 'attributed', cue: { start: at, end: at + 1, text: ':' } };
  }

  /** A short next sentence that is only an attribution ("Kim said.", "said a spokeswoman."). */
  private attributionSentence(s: number, quote: Quote): Credit | null {
    const sentences = this.ctx.analysis.sentences;
    const sentence = sentences[s];
    if (!sentence || sentence.paragraph !== sentences[s - 1]?.paragraph) return null;
    if (sentence.start - quote.end > 3) return null;
    // a quotation of its own makes it another statement; a nickname or a title in quotation
    // marks is part of the speaker's name ('Sen. Ana “Annie” Soto shouted.')
    for (let i = firstFrom(this.quotes, sentence.start); i < this.quotes.length && this.quotes[i].start < sentence.end; i++) {
      if (this.quotes[i].kind === 'quotation') return null;
    }
    if (/["“”«»„]/.test(this.text.slice(sentence.start, Math.min(sentence.end, this.quotes[firstFrom(this.quotes, sentence.start)]?.start ?? Infinity)))) return null;
    const terms = this.termsBetween(s, sentence.start, sentence.end);
    if (!terms.length) return null;
    const short = terms.length <= 12 ? this.creditAfter(terms, 5, false) : null;
    if (short) return short;
    // a longer one only when a name opens it and the cue comes after its description and
    // closes it: 'Kim's niece, state Sen. Ana Soto (D-Ohio), shouted to the crowd.'
    if (!isProper(terms[0])) return null;
    const credit = this.creditAfter(terms, Math.min(terms.length, 24), false);
    const cue = credit?.cue ? terms.findIndex((t) => t.start === credit.cue?.start) : -1;
    return credit && cue >= 0 && terms.length - cue <= 5 && credit.speaker.start < credit.cue!.start ? credit : null;
  }

  /**
   * The first cue within `reach` terms after the quote, with its speaker. When `setOff`,
   * the attribution must be a clause of its own after a comma or dash (“Q” is needed,
   * officials said), not a verb of the sentence's main clause.
   */
  private creditAfter(post: Term[], reach: number, setOff: boolean): Credit | null {
    const limit = Math.min(post.length, reach);
    for (let v = 0; v < limit; v++) {
      const credit = this.creditAt(post, v);
      if (!credit) continue;
      if (setOff) {
        const clauseStart = Math.min(credit.speaker.start, credit.cue?.start ?? Infinity);
        const i = post.findIndex((t) => t.end > clauseStart);
        if (i <= 0 || !/[,—–]/.test(this.text.slice(post[i - 1].end, post[i].start))) continue;
      }
      return credit;
    }
    return null;
  }

  /** The nearest cue before the quote in its sentence, with its speaker; or a name and a colon. */
  private creditBefore(pre: Term[]): Credit | null {
    let nearest: Credit | null = null;
    for (let v = pre.length - 1; v >= 0; v--) {
      const credit = this.creditAt(pre, v);
      if (!credit) continue;
      if (!nearest) {
        // "Critics mocked Ode for his claim that the team would be “…”": a statement noun
        // with its maker, between the cue and the quote, makes the words the maker's, not
        // those of the subject who reacts to them
        const claim = this.claimBefore(pre);
        if (claim?.cue && claim.cue.start >= (credit.cue?.end ?? credit.speaker.end)) return claim;
        nearest = credit;
        continue;
      }
      // "saying anybody who complains “…”": a cue inside a relative clause yields to the one outside
      const relative = pre.findIndex((t) => t.start === nearest?.cue?.start);
      if (relative > 0 && /^(?:who|that|which)$/.test(pre[relative - 1].normal)) return credit;
      // "Mr. Obama said, most Americans believe “…”": a parenthetical attribution governs
      // the sentence; "Kim said he wanted “…”": the pronoun is the earlier subject
      const cueEnd = credit.cue?.end ?? credit.speaker.end;
      const parenthetical = /^\s*,/.test(this.text.slice(cueEnd, cueEnd + 2)) && credit.speaker.start < (credit.cue?.start ?? 0) && this.entityOf(credit.speaker) !== null;
      const nearestIsPronoun = PRONOUNS.has(nearest.speaker.text.toLowerCase().replace('’', "'")) && /^(?:he|she|they)/i.test(nearest.speaker.text);
      if (parenthetical) return credit;
      // "Mook told CBS that Holt would call out Trump's “lies”": a reported characterisation
      // inside someone's statement is credited to the one who made the statement
      // (a name or a described source: "The governor said critics called it “…”")
      const outerIsSource = this.entityOf(credit.speaker) !== null || (credit.status === 'attributed' && !PRONOUNS.has(credit.speaker.text.toLowerCase()) && /^(?:the|a|an)$/i.test(credit.speaker.text.split(/\s+/)[0]));
      // (not across a comma: "Kim said X, and when asked, Lee replied “…”" are two statements)
      // (nor from a subordinate clause: "When Kim noted that …, Lee boasted, “…”")
      const outerAt = pre.findIndex((t) => t.start >= Math.min(credit.speaker.start, credit.cue?.start ?? Infinity));
      const subordinate = outerAt > 0 && SUBORDINATORS.test(pre[outerAt - 1].normal);
      const nested = !subordinate && !/,/.test(this.text.slice(credit.cue?.end ?? credit.speaker.end, Math.min(nearest.speaker.start, nearest.cue?.start ?? Infinity)));
      if (REPORTING.has(this.cueBase(credit)) && !REPORTING.has(this.cueBase(nearest)) && outerIsSource && nested) return credit;
      if (nearestIsPronoun && !PRONOUNS.has(credit.speaker.text.toLowerCase()) && credit.speaker.end <= nearest.speaker.start) {
        const outer = this.entityOf(credit.speaker);
        // ("The report noted they had said “…”": a document stays the speaker, whoever wrote it)
        if (outer === null || SOURCE_DOCUMENTS.has(credit.speaker.text.toLowerCase().split(/\s+/).pop() ?? '')) return credit;
        const tagged = this.pronounStarts.has(nearest.speaker.start);
        const speaker = { ...nearest.speaker, name: tagged ? credit.speaker.name : nearest.speaker.text, entity: tagged ? outer : null };
        return { ...nearest, speaker };
      }
      return nearest;
    }
    if (nearest) return nearest;
    const claim = this.claimBefore(pre);
    if (claim) return claim;
    const last = pre[pre.length - 1];
    if (last) {
      const gap = this.text.slice(last.end, last.end + 4);
      const colon = gap.indexOf(':');
      if (colon >= 0 && /^\s*$/.test(gap.slice(0, colon))) {
        const phrase = this.phraseBefore(pre, pre.length, 0);
        const speaker = phrase && this.speakerOf(pre, phrase.from, phrase.to);
        // "Kim: “…”" credits a name, a pronoun or an unnamed source; "my answer: “…”" credits nobody
        const label = speaker && (speaker.status === 'anonymous' || speaker.speaker.entity !== null || isProper(pre[phrase.to - 1]) || isPronoun(pre[phrase.to - 1]));
        const at = last.end + colon;
        if (speaker && label) return { ...speaker, cue: { start: at, end: at + 1, text: ':' } };
        // "Kim's reply was short: “…”" / "Kim's answer: “…”" / "Her verdict: “…”" / "Kim's
        // message to fans is simple: “…”": the one whose words they are
        for (let j = pre.length - 2; j >= 0 && pre.length - j <= 8; j--) {
          if (this.boundaryBetween(pre[j], pre[j + 1])) break;
          if (!STATEMENT_NOUNS.has(pre[j + 1].normal)) continue;
          const cue = { start: at, end: at + 1, text: ':' };
          const pronoun = POSSESSIVE_PRONOUNS.get(pre[j].normal);
          if (pronoun) return { ...this.pronounSpeaker({ ...pre[j], normal: pronoun }), cue };
          const named = isProper(pre[j]) || this.mentionIn(pre[j].start, pre[j].end, this.mentions)?.start === pre[j].start;
          if (!named || !/['’]s?$/.test(pre[j].text)) continue;
          let k = j;
          while (k > 0 && isProper(pre[k - 1]) && !this.boundaryBetween(pre[k - 1], pre[k])) k--;
          return { speaker: this.namedSpeaker(pre[k].start, pre[j].end), status: 'attributed', cue };
        }
        // "For Amara Obi, the answer is simple: “…”" / "For her, the lesson is clear: “…”": the
        // view the clause announces is that of the one the opening "for" names, whatever its
        // subject ("For Barton, the message is simple: “…”")
        const forWhom = pre[0].normal === 'for' && pre.length > 3 ? this.forWhom(pre) : null;
        if (forWhom) return { ...forWhom, cue: { start: at, end: at + 1, text: ':' } };
        // "The mayor was blunt: “…”" / "Kim put it simply: “…”": the subject of the clause the
        // colon closes, when it is a person, a name, an unnamed source or a document
        const subject = !phrase || phrase.from > 0 ? this.clauseSubject(pre, 0, pre.length) : null;
        const head = subject && pre.find((t) => t.end === subject.speaker.end);
        const speaks = head && (isProper(head) || isPronoun(head) || head.tags.has('Actor') || SOURCE_DOCUMENTS.has(head.normal));
        if (subject && head && (subject.status === 'anonymous' || subject.speaker.entity !== null || speaks)) {
          return { ...subject, cue: { start: at, end: at + 1, text: ':' } };
        }
      }
    }
    return null;
  }

  /**
   * The one an opening "For …," names, when it can speak: a name, an object pronoun standing
   * for a person ("For her,"), or an unnamed source ("For many residents,"); or null.
   */
  private forWhom(pre: Term[]): { speaker: Speaker; status: QuoteStatus } | null {
    const object = OBJECT_PRONOUNS.get(pre[1].normal);
    const phrase = object ? { from: 1, to: 2 } : this.phraseAfter(pre, 1, pre.length);
    if (!phrase || phrase.to >= pre.length || !/^\s*,/.test(this.text.slice(pre[phrase.to - 1].end, pre[phrase.to].start))) return null;
    if (object) return this.pronounSpeaker({ ...pre[1], normal: object });
    const speaker = this.speakerOf(pre, phrase.from, phrase.to);
    return speaker && (speaker.status === 'anonymous' || speaker.speaker.entity !== null || isProper(pre[phrase.to - 1])) ? speaker : null;
  }

  /**
   * "Critics seized on Ruiz's claim that there were “thousands of thefts”" / "his warning
   * that …": the statement's noun is the cue and its possessive the speaker (a pronoun
   * resolved as "he" or "she" would be).
   */
  private claimBefore(pre: Term[]): Credit | null {
    for (let n = pre.length - 2; n >= 1 && pre.length - n <= 25; n--) {
      const noun = pre[n];
      if (!STATEMENT_NOUNS.has(noun.normal) || pre[n + 1].normal !== 'that') continue;
      // ("its hyperbolic prediction that …": adjectives may stand between owner and noun)
      let j = n - 1;
      while (j > 0 && n - j <= 2 && pre[j].tags.has('Adjective') && !pre[j].tags.has('Possessive') && !this.boundaryBetween(pre[j], pre[j + 1])) j--;
      const owner = pre[j];
      if (this.boundaryBetween(owner, pre[j + 1])) continue;
      const cue = { start: noun.start, end: noun.end, text: noun.text };
      if (/^h(?:is|er)$/.test(owner.normal)) return { ...this.pronounSpeaker({ ...owner, normal: owner.normal === 'his' ? 'he' : 'she' }), cue };
      // "The letter was ridiculed for its prediction that …": what "its" stands for is the clause's subject
      if (owner.normal === 'its' || owner.normal === 'their') {
        const subject = j > 0 ? this.clauseSubject(pre, 0, j) : null;
        return subject && { ...subject, cue };
      }
      if (!/['’]s?$/.test(owner.text)) return null;
      // "the union's warning that …": a described maker (a person, an organisation, a
      // document or an unnamed source), read without its possessive ending
      if (!isProper(owner)) {
        const ending = /['’]s?$/.exec(owner.text)?.[0].length ?? 0;
        const bare: Term = { ...owner, text: owner.text.slice(0, -ending), normal: owner.normal.replace(/['’]s?$/, ''), end: owner.end - ending, tags: new Set([...owner.tags].filter((tag) => tag !== 'Possessive')) };
        const terms = [...pre.slice(0, j), bare];
        const phrase = owner.tags.has('Noun') ? this.phraseBefore(terms, j + 1, 0) : null;
        const speaker = phrase && this.speakerOf(terms, phrase.from, phrase.to);
        const described = bare.tags.has('Actor') || ORGANIZATION_NOUNS.has(bare.normal) || SOURCE_DOCUMENTS.has(bare.normal);
        return speaker && (speaker.status === 'anonymous' || speaker.speaker.entity !== null || described) ? { ...speaker, cue } : null;
      }
      let k = j;
      while (k > 0 && isProper(pre[k - 1]) && !this.boundaryBetween(pre[k - 1], pre[k])) k--;
      return { speaker: this.namedSpeaker(pre[k].start, owner.end), status: 'attributed', cue };
    }
    return null;
  }

  /** The credit whose cue is the word at v: a cue verb, "according to", "per", "as … put it". */
  private creditAt(terms: Term[], v: number): Credit | null {
    const t = terms[v];
    // "the so-called pact", "a self-described populist": a participle inside a compound adjective
    if (v > 0 && terms[v - 1].post === '-' && terms[v - 1].end === t.start - 1) return null;
    // "in a statement read to the court", "a letter sent to staff": a participle after the
    // document it describes, before its preposition, is no cue (the cue is the verb before it)
    if (v > 0 && DOCUMENT_HANDLING.has(t.normal) && (SOURCE_DOCUMENTS.has(terms[v - 1].normal) || STATEMENT_NOUNS.has(terms[v - 1].normal)) && terms[v + 1]?.tags.has('Preposition') && !this.boundaryBetween(terms[v - 1], t) && !this.boundaryBetween(t, terms[v + 1])) return null;
    // "the union's warning that …": a gerund after a possessive is a noun, no verb
    if (v > 0 && /ing$/.test(t.normal) && STATEMENT_NOUNS.has(t.normal) && /['’]s?$/.test(terms[v - 1].text) && !this.boundaryBetween(terms[v - 1], t)) return null;
    // "footage of Kim saying …": compromise may read a participle after a name as a noun
    const afterName = v > 0 && /ing$/.test(t.normal) && QUOTE_CUE_VERB_FORMS.has(t.normal) && isProper(terms[v - 1]) && !this.boundaryBetween(terms[v - 1], t);
    // "Ana Ruiz, who chairs the committee, calls the scheme “…”": compromise may read a
    // present-tense cue after a description as a plural noun; its object right after says otherwise
    const next = terms[v + 1];
    const afterAside =
      v > 0 && /[^s]s$/.test(t.normal) && QUOTE_CUE_VERB_FORMS.has(t.normal) && t.tags.has('Plural') && !isProper(t) && ASIDE.test(this.text.slice(terms[v - 1].end, t.start)) &&
      !!next && (next.tags.has('Determiner') || next.tags.has('Possessive') || isPronoun(next)) && !this.boundaryBetween(t, next);
    if (isCueVerb(t) || afterName || afterAside || participleAfterComma(this.text, terms, v)) return this.creditForCue(terms, v, 0, terms.length);
    if (t.normal === 'according' && terms[v + 1]?.normal === 'to') return this.accordingTo(terms, v, 2);
    // "“Q,” per the party's rules": "per" as a source only after a comma or the quote
    // itself and before a determiner or a name, never in a rate ("$5 per person")
    if (t.normal === 'per' && terms[v + 1] && (terms[v + 1].tags.has('Determiner') || isProper(terms[v + 1]))) {
      if (v === 0 || /,/.test(this.text.slice(terms[v - 1].end, t.start))) return this.accordingTo(terms, v, 1);
    }
    // "as a county memo put it": the subject between "as" and "put it" is the source
    // (also past an apposition and an adverb: "as Dana Whitlock, a tax lawyer, recently put it")
    if (/^puts?$/.test(t.normal) && terms[v + 1]?.normal === 'it' && v > 0) {
      let e = v;
      // (and past a modal or a habit: "as Lee would put it", "as Lee likes to put it")
      for (;;) {
        if (e > 1 && (terms[e - 1].tags.has('Adverb') || /^(?:would|might|could|will|may|shall|should|must|can)$/.test(terms[e - 1].normal))) e--;
        else if (e > 2 && terms[e - 1].normal === 'to' && HABITS.test(terms[e - 2].normal)) e -= 2;
        else break;
      }
      for (let i = v - 1; i >= 0 && v - i <= 30; i--) {
        if (terms[i].normal !== 'as') continue;
        const phrase = this.phraseAfter(terms, i + 1, e);
        const set = phrase && phrase.to < e && isProper(terms[phrase.from]) && /,/.test(this.text.slice(terms[phrase.to - 1].end, terms[phrase.to].start));
        const speaker = phrase && (phrase.to === e || set) ? this.speakerOf(terms, phrase.from, phrase.to) : null;
        return speaker && { ...speaker, cue: { start: t.start, end: terms[v + 1].end, text: textAt(this.ctx, t.start, terms[v + 1].end) } };
      }
    }
    // "In Lee's words, “…”" / "in his own words" / "In the words of one nurse, “…”"
    if (t.normal === 'words' && v >= 2) {
      const cue = { start: t.start, end: t.end, text: t.text };
      if (terms[v - 1].normal === 'the' && terms[v - 2].normal === 'in' && terms[v + 1]?.normal === 'of') {
        const phrase = this.phraseAfter(terms, v + 2, terms.length);
        const speaker = phrase && this.speakerOf(terms, phrase.from, phrase.to);
        return speaker && { ...speaker, cue };
      }
      const o = terms[v - 1].normal === 'own' ? v - 2 : v - 1;
      const owner = terms[o];
      if (o < 1 || terms[o - 1].normal !== 'in' || this.boundaryBetween(terms[o - 1], owner)) return null;
      const pronoun = POSSESSIVE_PRONOUNS.get(owner.normal);
      if (pronoun) return { ...this.pronounSpeaker({ ...owner, normal: pronoun }), cue };
      if (!isProper(owner) || !/['’]s?$/.test(owner.text)) return null;
      let k = o;
      while (k > 0 && isProper(terms[k - 1]) && !this.boundaryBetween(terms[k - 1], terms[k])) k--;
      return { speaker: this.namedSpeaker(terms[k].start, owner.end), status: 'attributed', cue };
    }
    return null;
  }

  /** The source phrase after a cue of `words` words ("according to", "per"). */
  private accordingTo(terms: Term[], i: number, words: number): Credit | null {
    const phrase = this.phraseAfter(terms, i + words, terms.length);
    if (!phrase) return null;
    // "according to him": an object pronoun alone stands for whom "he" would
    const object = terms[phrase.from];
    const subject = OBJECT_PRONOUNS.get(object.normal);
    const alone = subject !== undefined && this.boundaryBetween(object, terms[phrase.from + 1]);
    const speaker = alone ? this.pronounSpeaker({ ...object, normal: subject }) : this.speakerOf(terms, phrase.from, phrase.to);
    if (!speaker) return null;
    const last = terms[i + words - 1];
    const cue = { start: terms[i].start, end: last.end, text: textAt(this.ctx, terms[i].start, last.end) };
    return { ...speaker, cue };
  }

  /** The speaker of the cue verb at v: its subject before it, or after it when inverted. */
  private creditForCue(terms: Term[], v: number, from: number, to: number): Credit | null {
    const verb = terms[v];
    const cue: Cue = { start: verb.start, end: verb.end, text: textAt(this.ctx, verb.start, verb.end) };
    const participle = /ing$/.test(verb.normal);
    // "the findings added to “a growing body of evidence”": what is added to is no speech ("she added to applause, “…”" is)
    if (/^add(?:s|ed|ing)?$/.test(verb.normal) && terms[v + 1]?.normal === 'to' && !this.boundaryBetween(verb, terms[v + 1]) && /^\s*["“‘']/.test(this.text.slice(terms[v + 1].end, terms[v + 1].end + 4))) return null;
    // "Reeves was asked about the “black hole”", "was told the plan was “unworkable”": the
    // words are the asker's or teller's, named only after "by" ("was described by critics as “…”")
    if (passiveCue(terms, v)) {
      const by = terms[v + 1]?.normal === 'by' && !this.boundaryBetween(verb, terms[v + 1]) ? this.phraseAfter(terms, v + 2, to) : null;
      const agent = by && this.speakerOf(terms, by.from, by.to);
      return agent ? { ...agent, cue } : null;
    }
    // "the BBC quoted Ode as saying …", "Reuters cited a spokesman as saying …": the words are
    // those of the one quoted, the object before "as" and a cue participle
    if (/^(?:quote|cite)$/.test(QUOTE_CUE_VERB_FORMS.get(verb.normal) ?? '')) {
      // ("quoted him as saying": an object pronoun stands for whom "he" would)
      const object = terms[v + 1] && OBJECT_PRONOUNS.get(terms[v + 1].normal);
      const quoted = object ? { from: v + 1, to: v + 2 } : this.phraseAfter(terms, v + 1, to);
      const as = quoted && terms[quoted.to];
      const saying = as && as.normal === 'as' ? terms[quoted.to + 1] : undefined;
      if (quoted && saying && /ing$/.test(saying.normal) && isCueVerb(saying) && !this.boundaryBetween(verb, terms[quoted.from])) {
        const speaker = object ? this.pronounSpeaker({ ...terms[v + 1], normal: object }) : this.speakerOf(terms, quoted.from, quoted.to);
        if (speaker) return { ...speaker, cue: { start: saying.start, end: saying.end, text: saying.text } };
      }
    }
    const k = this.subjectEnd(terms, v, from);
    const before = k >= from ? terms[k] : null;
    const gap = before ? this.text.slice(before.end, verb.start) : '';
    // ", saying …" / "by announcing …" / "to accuse …" / "and vowed …": the verb hangs on
    // the clause before it, whose subject is the speaker
    const linked = before !== null && HANGING_LINKS.test(before.normal);
    // "the crisis led Ana Ruiz to warn …": a person right after a verb is the subject of the infinitive
    if (before && before.normal === 'to' && k > from) {
      const phrase = this.phraseBefore(terms, k, from);
      const head = phrase && phrase.from > from && terms[phrase.from - 1].tags.has('Verb') && !terms[phrase.from - 1].tags.has('Auxiliary') ? terms[phrase.to - 1] : null;
      const person = head && this.mentionIn(head.start, head.end, this.people);
      if (head && person && person.end >= head.end) return { speaker: this.speakerFromMention(person), status: 'attributed', cue };
    }
    // "Critics mocked Tom Ode for claiming …" / "fans thanked him for saying …": the object of
    // the verb before "for" is the one who spoke (not "Kim apologised to Lee for saying …",
    // where Lee is no object of the verb, nor "was praised by fans for saying …")
    if (participle && before && before.normal === 'for' && k > from && !this.boundaryBetween(terms[k - 1], before)) {
      const object = terms[k - 1];
      const pronoun = OBJECT_PRONOUNS.get(object.normal);
      const phrase = pronoun ? { from: k - 1, to: k } : this.phraseBefore(terms, k, from);
      const verb = phrase && phrase.from > from ? terms[phrase.from - 1] : null;
      if (phrase && verb && verb.tags.has('Verb') && !verb.tags.has('Auxiliary') && !this.boundaryBetween(verb, terms[phrase.from])) {
        const speaker = pronoun ? this.pronounSpeaker({ ...object, normal: pronoun }) : this.speakerOf(terms, phrase.from, phrase.to);
        const named = speaker && (pronoun || speaker.status === 'anonymous' || speaker.speaker.entity !== null || isProper(terms[phrase.to - 1]));
        if (speaker && named) return { ...speaker, cue };
      }
    }
    if (before && ((participle && /,/.test(gap)) || linked)) {
      // "…, saying" / "while chanting" belong to the main clause, not to a clause reported
      // or inserted inside it
      const subject = this.clauseSubject(terms, from, linked ? k : v, participle);
      if (subject) return { ...subject, cue };
      // "Kim, despite admitting …": no verb before; the subject is the name before the comma
      if (linked && participle && k > from && /,/.test(this.text.slice(terms[k - 1].end, before.start))) {
        const phrase = this.phraseBefore(terms, k, from);
        const speaker = phrase && this.speakerOf(terms, phrase.from, phrase.to);
        if (speaker && phrase && (speaker.speaker.entity !== null || isProper(terms[phrase.to - 1]) || isPronoun(terms[phrase.from]))) return { ...speaker, cue };
      }
      return null;
    }
    const attached = before !== null && (!this.boundaryBetween(before, terms[k + 1]) || this.closesParenthesis(terms, k));
    let subjectEnd = attached ? k : -1;
    // "a letter that says …", "Kim, who said …": the relative pronoun stands for the phrase before it
    // (not a name that is the word with its own mark: "The consumer group Which? said")
    if (attached && before && /^(?:that|which|who)$/.test(before.normal) && k > from && !/^[?!]/.test(before.post)) {
      // "an official who asked not to be named told Reuters": a relative clause that asks for
      // anonymity is no statement; the verb of saying after it is the cue
      const request = UNNAMED_BY_REQUEST.exec(this.text.slice(verb.start, verb.start + 60));
      if (request && request.index < 25) {
        const past = verb.start + request.index + request[0].length;
        for (let w = v + 1; w < to && terms[w].start < past + 30; w++) {
          if (terms[w].start < past) continue;
          if (/[;:()“”"]/.test(this.text.slice(terms[w - 1].end, terms[w].start))) break;
          if (isCueVerb(terms[w])) {
            cue.start = terms[w].start;
            cue.end = terms[w].end;
            cue.text = this.text.slice(cue.start, cue.end);
            break;
          }
        }
      }
      subjectEnd = k - 1;
    }
    if (!attached && before && ASIDE.test(gap)) subjectEnd = this.beforeDescription(terms, k, from, DASH.test(gap));
    if (subjectEnd >= from) {
      const phrase = this.relativeHead(terms, this.reducedRelative(terms, this.phraseBefore(terms, subjectEnd + 1, from), from), from, subjectEnd);
      let speaker = phrase && this.speakerOf(terms, phrase.from, phrase.to);
      // "A nurse who has worked there for years said": a person nobody names
      if (speaker && phrase?.person && speaker.status === 'attributed' && /^(?:a|an)$/.test(terms[phrase.from].normal) && speaker.speaker.entity === null) {
        speaker = { ...speaker, status: 'anonymous' };
      }
      // ("Those who know her said": the source is "those" with the clause that says who they are)
      if (speaker && phrase?.person && phrase.to - phrase.from === 1 && terms[phrase.from].normal === 'those') {
        const end = terms[subjectEnd].end;
        const text = this.text.slice(speaker.speaker.start, end);
        speaker = { ...speaker, speaker: { ...speaker.speaker, end, text, name: text } };
      }
      if (speaker && phrase) {
        // "tweets accusing …": a participle right after a plain noun modifies the noun
        const last = terms[phrase.to - 1];
        const modifier = participle && subjectEnd === v - 1 && speaker.status === 'attributed' && !isProper(last) && !isPronoun(last);
        // "footage of Kim saying …": the participle's subject is the name right before it
        if (participle && subjectEnd === v - 1 && isProper(last) && !isProper(terms[phrase.from])) {
          let s = phrase.to - 1;
          while (s > phrase.from && isProper(terms[s - 1])) s--;
          const named = this.speakerOf(terms, s, phrase.to);
          if (named) return { ...named, cue };
        }
        if (!modifier) return { ...speaker, cue };
        const subject = this.clauseSubject(terms, from, phrase.from);
        return subject ? { ...subject, cue } : null;
      }
    }
    // inverted, right after the quote or a comma: “Q,” said Kim / said a spokeswoman
    // (an inverted cue is inflected, "said"/"says": a bare "state" before a name is the
    // adjective of "state Sen. Ana Soto")
    const base = QUOTE_CUE_VERB_FORMS.get(verb.normal) ?? '';
    if (!attached && INVERTIBLE.has(base) && base !== verb.normal && (v === from || /,/.test(gap))) {
      let start = v + 1;
      while (start < to && (TIME_WORDS.test(terms[start].normal) || terms[start].tags.has('Date')) && !isProper(terms[start])) start++;
      if (start > v + 1 && !isProper(terms[start] ?? verb) && !isPronoun(terms[start] ?? verb)) return null;
      const phrase = this.phraseAfter(terms, start, to);
      // "said it was …": a pronoun followed by its verb opens the reported clause
      const reported = phrase && isPronoun(terms[phrase.from]) && terms[phrase.to]?.tags.has('Verb') && !this.boundaryBetween(terms[phrase.from], terms[phrase.to]);
      if (phrase && !reported) {
        const speaker = this.speakerOf(terms, phrase.from, phrase.to);
        // an inverted speaker is a name, a pronoun, an unnamed source or a person, an
        // organisation or a document described ("said the mayor", "reads the letter"),
        // never a plain object; "said the town's mayor, Tom Ode" credits the name
        const nameAfter = () => {
          // (also after "the" and a role: "said her husband, the former rugby international James Brooke")
          const comma = phrase.to < to && /^\s*,/.test(this.text.slice(terms[phrase.to - 1].end, terms[phrase.to].start));
          const role = comma && terms[phrase.to].normal === 'the';
          const name = comma && (isProper(terms[phrase.to]) || role) ? this.phraseAfter(terms, phrase.to, to) : null;
          const last = name && terms[name.to - 1];
          if (role && last && (terms.slice(name.from + 1, name.to).some((t) => PHRASE_LINKS.has(t.normal)) || this.mentionIn(last.start, last.end, this.people)?.end !== last.end)) return null;
          const named = name && this.speakerOf(terms, name.from, name.to);
          return named && named.status === 'attributed' && isProper(terms[name.to - 1]) ? named : null;
        };
        if (speaker && (speaker.status === 'anonymous' || speaker.speaker.entity !== null || isProper(terms[phrase.from]) || isPronoun(terms[phrase.from]))) {
          // ("said a spokesman, Dan Cho", "said the union’s president, Tom Ode": named after all)
          const named = speaker.status === 'anonymous' ? nameAfter() : null;
          return { ...(named ?? speaker), cue };
        }
        const head = terms[this.headOf(terms, phrase.from, phrase.to)];
        if (speaker && head && (personNoun(head) || PERSON_NOUNS.has(head.normal.replace(/s$/, '')) || ORGANIZATION_NOUNS.has(head.normal) || SOURCE_DOCUMENTS.has(head.normal))) {
          return { ...(nameAfter() ?? speaker), cue };
        }
      }
    }
    return null;
  }

  /** The last word of the subject before the verb at v, past adverbs and auxiliaries. */
  private subjectEnd(terms: Term[], v: number, from: number): number {
    let k = v - 1;
    // "Pike used to say", "as Lee likes to put it": the infinitive of a habit is the cue
    if (k - 1 >= from && terms[k].normal === 'to' && HABITS.test(terms[k - 1].normal) && !this.boundaryBetween(terms[k - 1], terms[k]) && !this.boundaryBetween(terms[k], terms[v])) k -= 2;
    while (
      k >= from &&
      (BETWEEN_SUBJECT_AND_VERB.has(terms[k].normal) || (terms[k].tags.has('Adverb') && !isProper(terms[k]))) &&
      !this.boundaryBetween(terms[k], terms[k + 1])
    ) {
      k--;
    }
    // "Kim, who in 2010 said …": step over a short time phrase
    // (not "Kim, who campaigned for Lee in May, said": a comma closes the description)
    if (k - 1 > from && (terms[k].tags.has('Value') || terms[k].tags.has('Date')) && terms[k - 1].tags.has('Preposition') && terms[k - 1].normal !== 'of' && !this.boundaryBetween(terms[k], terms[k + 1])) k -= 2;
    // "Sen. Claire McCaskill (D-Mo.) said": step over a parenthesis before the verb
    if (k >= from && this.text.slice(terms[k].end, terms[k + 1].start).includes(')')) {
      for (let i = k; i > from && k - i < 8; i--) {
        if (this.text.slice(terms[i - 1].end, terms[i].start).includes('(')) return i - 1;
      }
    }
    return k;
  }

  private closesParenthesis(terms: Term[], k: number): boolean {
    const gap = this.text.slice(terms[k].end, terms[k + 1].start);
    return gap.includes('(') && !/[,;:]/.test(gap.slice(0, gap.indexOf('(')));
  }

  /**
   * "Kim, the party leader, said" / "Christie, who has campaigned for Trump since May,
   * blasted": the comma before the verb closes a description; the subject ends before the
   * comma that opens it. Returns -1 when the words before the comma are not a description.
   */
  private beforeDescription(terms: Term[], k: number, from: number, dashed = false): number {
    for (let i = k; i > from && k - i < 30; i--) {
      const gap = this.text.slice(terms[i - 1].end, terms[i].start);
      // a description closed by a dash opens with one, and may hold commas ("Kim -- the firm
      // that owns it, which …, -- said"); one closed by a comma opens with a comma or a dash
      if (dashed ? !DASH.test(gap) : !ASIDE.test(gap)) {
        if (/[;:()“”"]/.test(gap)) return -1;
        continue;
      }
      const opener = terms[i];
      // "Another critic, Laurence Tribe, likened …": the name between the commas is the subject
      if (isProper(opener) && terms.slice(i, k + 1).every((t) => isProper(t) || PHRASE_LINKS.has(t.normal))) return k;
      // "One of them, cafe owner Marco Bellini, was blunt": so is a name after bare role nouns
      // (not "a close ally of Gov. Ana Ruiz", which describes the subject before it)
      // ("retired teacher Ann Bloom": a participle may open them)
      const roleWord = (t: Term) => (t.tags.has('Noun') || t.tags.has('Adjective') || (t === opener && /ed$/.test(t.normal))) && !t.tags.has('Pronoun') && !t.tags.has('Possessive') && !PHRASE_LINKS.has(t.normal) && !DETERMINERS.has(t.normal);
      if (isProper(terms[k]) && !isProper(opener) && k - i <= 6 && terms.slice(i, k + 1).every((t) => isProper(t) || roleWord(t))) return k;
      // "Her husband, the former rugby international James Brooke, said": so is a person's
      // name after "the" and the role (not "Kim, the Labour MP, said": the role alone)
      const person = opener.normal === 'the' && k - i <= 7 && isProper(terms[k]) ? this.mentionIn(terms[k].start, terms[k].end, this.people) : null;
      if (person && person.end === terms[k].end && terms.slice(i + 1, k + 1).every((t) => isProper(t) || roleWord(t))) return k;
      const description =
        /^(?:who|which|whose|a|an|the|one|now|then|also|in|at|on|from|during|after|speaking|himself|herself|itself|themselves)$/.test(opener.normal) ||
        opener.tags.has('Value') || opener.tags.has('Preposition') || (k - i < 6 && !isProper(opener)) ||
        // "China, Pyongyang's only ally, said": a verbless phrase after a name describes it
        ((isProper(terms[i - 1]) || NAME_WORDS.has(terms[i - 1])) && terms.slice(i, k + 1).every((t) => !t.tags.has('Verb')));
      return description ? i - 1 : -1;
    }
    return -1;
  }

  /**
   * The subject of the clause a participle, an infinitive or a second verb hangs on
   * ("Trump attacked Clinton, saying …", "the nominee outlined a plan and vowed …"): the
   * subject of the nearest earlier verb that has one.
   */
  private clauseSubject(terms: Term[], from: number, before: number, mainClause = false): { speaker: Speaker; status: QuoteStatus } | null {
    for (let i = before - 1; i > from && before - i < 40; i--) {
      const t = terms[i];
      // (a participle is no clause's verb, unless after an auxiliary: "Kim is rolling out a message")
      const progressive = terms[i - 1].tags.has('Auxiliary') && !this.boundaryBetween(terms[i - 1], t);
      if (!t.tags.has('Verb') || isProper(t) || t.tags.has('Auxiliary') || (/ing$/.test(t.normal) && !progressive)) continue;
      if (BETWEEN_SUBJECT_AND_VERB.has(t.normal) && terms[i + 1]?.tags.has('Verb')) continue;
      const k = this.subjectEnd(terms, i, from);
      if (k < from) continue;
      // "urged Lee to come … and said" / "appeared on TV and began by saying": an
      // infinitive or a second verb of a pair has the subject of the verb before it
      if (/^(?:to|and|but|or)$/.test(terms[k].normal)) continue;
      // "a series of tweets": a word after a preposition or a determiner is no verb
      if (k === i - 1 && (terms[k].tags.has('Preposition') || terms[k].tags.has('Determiner'))) continue;
      const attached = !this.boundaryBetween(terms[k], terms[k + 1]) || this.closesParenthesis(terms, k);
      const closing = this.text.slice(terms[k].end, t.start);
      const end = attached ? k : ASIDE.test(closing) ? this.beforeDescription(terms, k, from, DASH.test(closing)) : -1;
      if (end < from) continue;
      const phrase = this.phraseBefore(terms, end + 1, from);
      // "Kim told voters that she believes we must act, saying …": the subject of a clause
      // reported after "that" or a cue verb is not the subject of the main clause
      // (nor the subject of a clause opened by "after", "when", "because" …)
      if (mainClause && phrase && phrase.from > from && (terms[phrase.from - 1].normal === 'that' || isCueVerb(terms[phrase.from - 1]) || SUBORDINATORS.test(terms[phrase.from - 1].normal))) continue;
      // "in promoting diet aids on his show": a phrase right after a preposition or a gerund
      // is its object, and the "verb" after it a noun (aids, show)
      const object = phrase && phrase.from > from ? terms[phrase.from - 1] : null;
      if (object && !this.boundaryBetween(object, terms[phrase!.from]) && (object.tags.has('Preposition') || (object.tags.has('Gerund') && !isCueVerb(object)))) continue;
      const speaker = phrase && this.speakerOf(terms, phrase.from, phrase.to);
      if (speaker) return speaker;
    }
    return null;
  }

  private boundaryBetween(a: Term, b: Term | undefined): boolean {
    if (!b) return true;
    const gap = this.text.slice(a.end, b.start);
    // ("The consumer group Which? said …", "Yahoo! said …": a name's own mark, before a word in lower case)
    if (/^[?!][ \t]+$/.test(gap) && /^\p{Lu}/u.test(a.text) && /^\p{Ll}/u.test(b.text)) return false;
    return BOUNDARY.test(gap);
  }

  /**
   * The source phrase that ends right before index `end` (exclusive): the run of
   * phrase words back to a boundary. An appositive between commas right before the cue
   * ("Kim, the party leader, said") is skipped for the name before it.
   */
  private phraseBefore(terms: Term[], end: number, from: number): { from: number; to: number } | null {
    const last = end - 1;
    if (last < from) return null;
    // ("people close to her": an object pronoun after a preposition ends a longer phrase)
    const object = OBJECT_PRONOUNS.has(terms[last].normal) && last > from && PHRASE_LINKS.has(terms[last - 1].normal) && !this.boundaryBetween(terms[last - 1], terms[last]);
    if ((isPronoun(terms[last]) && !object) || (LONE_QUANTIFIERS.test(terms[last].normal) && (last === from || this.boundaryBetween(terms[last - 1], terms[last]) || !inPhrase(terms[last - 1])))) return { from: last, to: end };
    if (!inPhrase(terms[last])) return null;
    const runStart = this.runBack(terms, last, from);
    const f = this.skipLinks(terms, runStart, last);
    if (f > last) return null;
    const headIsName = isProper(terms[last]) || isPronoun(terms[last]);
    const commaAfter = last + 1 < terms.length && ASIDE.test(this.text.slice(terms[last].end, terms[last + 1].start));
    const described = !headIsName || /^(?:a|an|the)$/.test(terms[runStart].normal) || terms[runStart].tags.has('Value');
    // ("Her husband, the former rugby international James Brooke, said": a person's name after
    // "the" and a role is the subject itself, not a description of the one before the comma)
    const rolePerson = headIsName && terms[runStart].normal === 'the' && terms.slice(runStart + 1, last).every((t) => !PHRASE_LINKS.has(t.normal)) && this.mentionIn(terms[last].start, terms[last].end, this.people)?.end === terms[last].end;
    if (commaAfter && described && !rolePerson && runStart > from && this.text.slice(terms[runStart - 1].end, terms[runStart].start).includes(',')) {
      // "Kim, the party leader, said" / "The mayor, a Democrat, said" / "Clinton, at a press
      // event, said": the words between the commas describe the subject before them
      const j = runStart - 1;
      if (isPronoun(terms[j])) return { from: j, to: j + 1 };
      if (inPhrase(terms[j]) && (isProper(terms[j]) || headIsName)) {
        const g = this.skipLinks(terms, this.runBack(terms, j, from), j);
        if (g <= j) return { from: g, to: j + 1 };
      }
    }
    return { from: f, to: end };
  }

  /**
   * "Residents living near the plant said": when the phrase before a verb is the object of
   * a participle that follows a noun, the noun before the participle is the subject.
   */
  private reducedRelative(terms: Term[], phrase: { from: number; to: number } | null, from: number): { from: number; to: number } | null {
    if (!phrase) return phrase;
    // the participle read as a noun, inside the phrase: "Farmers waiting outside the court"
    for (let j = phrase.from + 1; j < phrase.to - 1; j++) {
      const t = terms[j];
      const noun = terms[j - 1];
      if (!/^[a-z]{3,}ing$/.test(t.normal) || isProper(t) || /['’]/.test(noun.text) || compoundModifier(terms, j)) continue;
      if ((noun.tags.has('Plural') || isProper(noun)) && !this.boundaryBetween(noun, t)) return { from: phrase.from, to: j };
    }
    // "Residents of a street flooded three times in five years say": a count of times or a
    // span of time after a past participle is no subject; the phrase before the participle is
    const opening = terms[phrase.from];
    const before = terms[phrase.from - 1];
    if (phrase.from - 1 > from && opening.tags.has('Value') && before.tags.has('PastTense') && !isCueVerb(before) && !this.boundaryBetween(before, opening)) {
      const span = terms.slice(phrase.from, phrase.to);
      if (span.some((t) => /^(?:times|years?|months?|weeks?|days?|hours?|decades?)$/.test(t.normal))) return this.phraseBefore(terms, phrase.from - 1, from) ?? phrase;
    }
    if (phrase.from - 3 < from) return phrase;
    const link = terms[phrase.from - 1];
    const participle = terms[phrase.from - 2];
    // ("A passenger stranded in Oban said", "a woman born in Leeds said": a past participle too)
    const past = participle.normal === 'born' || (participle.tags.has('PastTense') && participle.tags.has('Verb'));
    // ("A statement read to the court said": a document's participle, though "read" is also a cue)
    const documentParticiple = DOCUMENT_HANDLING.has(participle.normal) && link.normal !== 'by';
    if (!(link.tags.has('Preposition') || PHRASE_LINKS.has(link.normal)) || !(/ing$/.test(participle.normal) || past || documentParticiple) || (isCueVerb(participle) && !documentParticiple)) return phrase;
    if (this.boundaryBetween(participle, link) || this.boundaryBetween(link, terms[phrase.from]) || this.boundaryBetween(terms[phrase.from - 3], participle)) return phrase;
    const subject = this.phraseBefore(terms, phrase.from - 2, from);
    const head = subject && terms[subject.to - 1];
    if (!head) return phrase;
    // a past participle follows a person the phrase describes ("a passenger", "residents"),
    // not a name that is the subject of its own verb ("Police arrested in …" is not English)
    // "A statement read to the court said": the document, not its audience (but "a statement
    // released by police" is the police's)
    if (documentParticiple && SOURCE_DOCUMENTS.has(head.normal)) return /^(?:a|an|the)$/.test(terms[subject.from].normal) ? subject : phrase;
    // (and unnamed sources by themselves: "Officials sent to the scene said")
    const counted = /^(?:a|an|one|another|the|two|three|several|some|many)$/.test(terms[subject.from].normal) || (subject.to - subject.from === 1 && head.tags.has('Plural') && ANONYMOUS_NOUNS.has(head.normal));
    if (past) return (personNoun(head) || ANONYMOUS_NOUNS.has(head.normal) || ORGANIZATION_NOUNS.has(head.normal)) && !isProper(head) && counted ? subject : phrase;
    if (documentParticiple && !/ing$/.test(participle.normal)) return phrase;
    return head.tags.has('Plural') || isProper(head) || ANONYMOUS_NOUNS.has(head.normal) ? subject : phrase;
  }

  /**
   * "A nurse who has worked at the hospital for years described …": when the phrase before
   * a verb closes a relative clause (no commas around it), the subject is the noun phrase
   * the clause hangs on, never a phrase inside the clause. `person` when the clause opens
   * with "who".
   */
  private relativeHead(terms: Term[], phrase: { from: number; to: number } | null, from: number, end = -1): { from: number; to: number; person?: boolean } | null {
    // (with no phrase before the verb, a clause after "who" that ends in a verb or an adverb:
    // "An aide who was not authorised to speak publicly said")
    if (!phrase && end < from) return phrase;
    const clauseEnd = phrase ? phrase.from : end + 1;
    for (let r = clauseEnd - 1; r > from && clauseEnd - r <= 15; r--) {
      if (this.boundaryBetween(terms[r], terms[r + 1])) return phrase;
      if (!/^(?:who|that|which)$/.test(terms[r].normal) || (!phrase && terms[r].normal !== 'who')) continue;
      const noun = terms[r - 1];
      // ("Those who know her said": "those" stands for the people the clause describes)
      const those = noun.normal === 'those' && terms[r].normal === 'who';
      if (this.boundaryBetween(noun, terms[r]) || ((!noun.tags.has('Noun') || noun.tags.has('Pronoun') || isCueVerb(noun)) && !those)) return phrase;
      // the clause has a verb of its own before the phrase
      if (!terms.slice(r + 1, clauseEnd).some((t) => t.tags.has('Verb'))) return phrase;
      const head = this.phraseBefore(terms, r, from);
      return head ? { ...head, person: terms[r].normal === 'who' } : phrase;
    }
    return phrase;
  }

  /** Back from `last` over phrase words to a boundary. */
  private runBack(terms: Term[], last: number, from: number): number {
    let f = last;
    while (f > from && (inPhrase(terms[f - 1]) || compoundModifier(terms, f - 1)) && !this.boundaryBetween(terms[f - 1], terms[f])) f--;
    return f;
  }

  /** Past leading prepositions ("at a later event" → "a later event"). */
  private skipLinks(terms: Term[], f: number, last: number): number {
    while (f <= last && PHRASE_LINKS.has(terms[f].normal) && !DETERMINERS.has(terms[f].normal)) f++;
    return f;
  }

  /** The source phrase starting at `start`: phrase words up to a boundary. */
  private phraseAfter(terms: Term[], start: number, to: number): { from: number; to: number } | null {
    if (start >= to) return null;
    if (isPronoun(terms[start])) return { from: start, to: start + 1 };
    if (LONE_QUANTIFIERS.test(terms[start].normal) && (start + 1 >= to || this.boundaryBetween(terms[start], terms[start + 1]) || !inPhrase(terms[start + 1]))) return { from: start, to: start + 1 };
    if (PHRASE_LINKS.has(terms[start].normal) && !DETERMINERS.has(terms[start].normal)) return null;
    let e = start;
    while (e < to && (inPhrase(terms[e]) || (e > start && compoundModifier(terms, e))) && (e === start || !this.boundaryBetween(terms[e - 1], terms[e]))) e++;
    while (e > start && PHRASE_LINKS.has(terms[e - 1].normal)) e--;
    return e > start ? { from: start, to: e } : null;
  }

  /** Turns a phrase into a speaker: a pronoun, a name, an unnamed source or another noun phrase. */
  private speakerOf(terms: Term[], from: number, to: number): { speaker: Speaker; status: QuoteStatus } | null {
    const first = terms[from];
    if (to - from === 1 && isPronoun(first)) return this.pronounSpeaker(first);
    // ("Those close to the minister said", "Those who know her said": people nobody named)
    const those = first.normal === 'those' && (to - from === 1 || PHRASE_LINKS.has(terms[from + 1].normal));
    if (those && to - from > 1) {
      const text = textAt(this.ctx, first.start, terms[to - 1].end);
      return { speaker: { start: first.start, end: terms[to - 1].end, text, name: text, entity: null }, status: 'anonymous' };
    }
    if (to - from === 1 && (LONE_QUANTIFIERS.test(first.normal) || those)) {
      return { speaker: { start: first.start, end: first.end, text: first.text, name: first.text, entity: null }, status: 'anonymous' };
    }
    const headEnd = this.headOf(terms, from, to) + 1;
    const headWord = terms[headEnd - 1];
    if (!headWord) return null;
    // "the Chancellor said": a capitalised title the article gave a person ("The Chancellor,
    // Rachel Reeves, said", "Chancellor Rachel Reeves"), as "the finance minister" would be
    // (a title the name finder took for an organisation, "The Taoiseach", "the IGP" after "The
    // Inspector-General of Police, Kayode Egbetokun,", is looked for by that organisation's name)
    const titled = first.normal === 'the' && to - from <= 3 && headEnd === to && isProper(headWord) ? this.mentionIn(headWord.start, headWord.end, this.mentions) : undefined;
    if (titled !== undefined && (!titled || this.ctx.analysis.entities[titled.entity]?.type !== 'person')) {
      // (as written: the normal form drops accents, "Tánaiste" → "tanaiste")
      const title = titled ? this.entityName(titled.entity) : headWord.text;
      const key = title.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '');
      const person = this.describedPerson(first.start, key);
      // (the title heads the person's description: "a spokesperson for the Federal Reserve" is
      // no "the Federal Reserve", though it ends with the name)
      if (person && this.titleHeads(person, key)) {
        const text = textAt(this.ctx, first.start, headWord.end);
        return { speaker: { start: first.start, end: headWord.end, text, name: this.entityName(person.entity), entity: person.entity }, status: 'attributed' };
      }
    }
    if (isProper(headWord)) {
      let s = headEnd - 1;
      while (s > from && isProper(terms[s - 1]) && !this.boundaryBetween(terms[s - 1], terms[s])) s--;
      const speaker = this.namedSpeaker(terms[s].start, headWord.end);
      // ("the MP said": a capitalised role no name stands for, written with its article)
      if (speaker.entity === null && s === from + 1 && first.normal === 'the' && !this.boundaryBetween(first, terms[s])) {
        const text = textAt(this.ctx, first.start, speaker.end);
        return { speaker: { ...speaker, start: first.start, text, name: text }, status: 'attributed' };
      }
      return { speaker, status: 'attributed' };
    }
    const phraseText = textAt(this.ctx, first.start, terms[to - 1].end);
    // "said one of them", "two of his former teammates said": some of a group, none named
    if (to - from >= 3 && PARTITIVES.test(first.normal) && terms[from + 1].normal === 'of') {
      return { speaker: { start: first.start, end: terms[to - 1].end, text: phraseText, name: phraseText, entity: null }, status: 'anonymous' };
    }
    // "the chief executive said": a person the article described so ("Chief executive Dana
    // Whitcombe"), before "executive" is taken for an unnamed source
    const definite = first.normal === 'the' && to - from <= 3 && headEnd === to;
    if (definite && ANONYMOUS_NOUNS.has(headWord.normal)) {
      const person = this.describedPerson(first.start, headWord.normal);
      if (person) {
        const speaker = { start: first.start, end: terms[to - 1].end, text: phraseText, name: this.entityName(person.entity), entity: person.entity };
        return { speaker, status: 'attributed' };
      }
    }
    // "analysts at Peel Hunt said", "Goldman Sachs economists said": research staff speak for
    // the organisation the phrase names
    if (RESEARCH_STAFF_NOUNS.has(headWord.normal)) {
      const organization = this.mentionIn(first.start, terms[to - 1].end, this.organizations);
      if (organization) return { speaker: { start: first.start, end: terms[to - 1].end, text: phraseText, name: this.entityName(organization.entity), entity: organization.entity }, status: 'attributed' };
    }
    if (ANONYMOUS_NOUNS.has(headWord.normal) || (headWord.tags.has('Plural') && ANONYMOUS_NOUNS.has(headWord.normal.replace(/s$/, '')))) {
      return { speaker: { start: first.start, end: terms[to - 1].end, text: phraseText, name: phraseText, entity: null }, status: 'anonymous' };
    }
    // ("the firm said": compromise reads "firm" before a verb as an adjective)
    const organizationNoun = first.normal === 'the' && ORGANIZATION_NOUNS.has(headWord.normal);
    if ((!headWord.tags.has('Noun') && !organizationNoun) || headWord.tags.has('Pronoun')) return null;
    // "the company said", "the Newcastle-based bakery chain said": a definite description of an organisation named earlier
    if (first.normal === 'the' && to - from <= 6 && headEnd === to && ORGANIZATION_NOUNS.has(headWord.normal) && !terms.slice(from + 1, to).some((t) => PHRASE_LINKS.has(t.normal))) {
      const found = this.describedOrganization(first.start, ORGANIZATION_NOUNS.get(headWord.normal) ?? null);
      // ("the opposition Liberal Democrat group" is no organisation named without those names)
      const names = ownNames(terms.slice(from + 1, to - 1), (w) => this.namesPlace(w as Term));
      const organization = found && bearsNames(this.entityName(found.entity), names) ? found : null;
      if (organization) {
        const speaker = { start: first.start, end: terms[to - 1].end, text: phraseText, name: this.entityName(organization.entity), entity: organization.entity };
        return { speaker, status: 'attributed' };
      }
    }
    // "the manager said": a person the article described so ("Rovers manager Petra Novak")
    if (first.normal === 'the' && to - from <= 3 && headEnd === to && (headWord.tags.has('Actor') || PERSON_NOUNS.has(headWord.normal))) {
      const person = this.describedPerson(first.start, headWord.normal);
      if (person) {
        const speaker = { start: first.start, end: terms[to - 1].end, text: phraseText, name: this.entityName(person.entity), entity: person.entity };
        return { speaker, status: 'attributed' };
      }
    }
    // "the 24-year-old said": the person whose age the article gave as that
    const aged = to - from >= 4 && to - from <= 5 && first.normal === 'the' && /^\d{1,3}$/.test(terms[from + 1].normal) && terms[from + 2].normal === 'year' && terms[from + 3].normal === 'old';
    if (aged && !this.boundaryBetween(terms[from + 1], terms[from + 2])) {
      const person = this.personAged(first.start, terms[from + 1].normal);
      if (person) {
        const speaker = { start: first.start, end: terms[to - 1].end, text: phraseText, name: this.entityName(person.entity), entity: person.entity };
        return { speaker, status: 'attributed' };
      }
    }
    // "the report said": a document whose author the article named ("A report by the
    // Harbour Authority …", "the authority's annual report", "the authority released a report")
    if (first.normal === 'the' && to - from <= 3 && headEnd === to && AUTHORED_DOCUMENTS.has(headWord.normal)) {
      const author = this.documentAuthor(first.start, headWord.normal);
      if (author) {
        const speaker = { start: first.start, end: terms[to - 1].end, text: phraseText, name: this.entityName(author.entity), entity: author.entity };
        return { speaker, status: 'attributed' };
      }
    }
    // "said one freight broker" / "a farmer said": a person nobody names is an unnamed source
    // (so is one named only by whose they are: "Greg Holloway's lawyer", "his driver")
    // (not the writer's own: "my father" in a column is who he is)
    const owned = headEnd - 1 > from && terms.slice(from, headEnd - 1).some((t) => (t.tags.has('Possessive') || /['’]s?$/.test(t.text)) && !/^(?:my|our|your)$/.test(t.normal));
    // ("the country's top auto safety regulator": the one body so described, not someone unnamed)
    const definiteBody = first.normal === 'the' && ORGANIZATION_NOUNS.has(headWord.normal);
    let unnamed = (/^(?:a|an|one|another)$/.test(first.normal) || owned) && personNoun(headWord) && !definiteBody;
    // "the lead detective said, speaking on condition of anonymity": the sentence says so
    if (!unnamed && personNoun(headWord)) {
      const sentence = this.ctx.analysis.sentences[this.sentenceAt(first.start)];
      unnamed = !!sentence && UNNAMED_BY_REQUEST.test(this.text.slice(first.start, sentence.end));
    }
    return { speaker: { start: first.start, end: terms[to - 1].end, text: phraseText, name: phraseText, entity: null }, status: unnamed ? 'anonymous' : 'attributed' };
  }

  /**
   * The organisation or person that wrote the document "the report" at `offset` stands for:
   * the nearest earlier mention named as its author ("a report by X", "a study from X", "X's
   * report", "X released a report"), within a few paragraphs; or null.
   */
  private documentAuthorNow(offset: number, noun: RegExp): MentionRef | null {
    const { starts, ends } = this.mentionsAt;
    const m = documentAuthor(this.text, starts, ends, offset, noun.source, (pos) => this.insideQuote(pos));
    return m >= 0 ? this.mentions[m] : null;
  }

  /** The head of a source phrase: its last word before the first preposition ("a person | familiar with the matter"). */
  private headOf(terms: Term[], from: number, to: number): number {
    let headEnd = from;
    while (
      headEnd < to &&
      !(
        headEnd > from &&
        ((PHRASE_LINKS.has(terms[headEnd].normal) && !DETERMINERS.has(terms[headEnd].normal)) ||
          adjectiveAfterNoun(terms, headEnd))
      )
    )
      headEnd++;
    return headEnd - 1;
  }

  private namedSpeaker(start: number, end: number): Speaker {
    const mention = this.mentionIn(start, end, this.mentions);
    if (mention) return this.speakerFromMention(mention);
    const text = textAt(this.ctx, start, end).replace(/['’]s?$/, '');
    return { start, end: start + text.length, text, name: text, entity: null };
  }

  private speakerFromMention(m: MentionRef): Speaker {
    return { start: m.start, end: m.end, text: m.text, name: this.entityName(m.entity), entity: m.entity };
  }

  // -------------------------------------------------------------------------------------
  // What a credit reads beyond its paragraph's own text. Each goes through ask(), which,
  // while a quote's credit is being worked out for the paragraph cache, writes down the
  // question and its answer (positions relative to the paragraph); a remembered credit is
  // used again only when every one of its questions still gets the same answer.

  private mentionIn(start: number, end: number, list: readonly MentionRef[]): MentionRef | null {
    return this.ask(list === this.people ? Ask.Person : list === this.organizations ? Ask.Organization : Ask.Mention, start, end, null, () => this.mentionInNow(start, end, list));
  }

  private nearestPerson(offset: number, gender: 'male' | 'female'): MentionRef | null {
    return this.ask(Ask.NearestPerson, offset, gender === 'male' ? 1 : 0, null, () => this.nearestPersonNow(offset, gender));
  }

  private nearestOrganization(offset: number, plural: boolean): MentionRef | null {
    return this.ask(Ask.NearestOrganization, offset, plural ? 1 : 0, null, () => this.nearestOrganizationNow(offset, plural));
  }

  private describedOrganization(offset: number, name: RegExp | null): MentionRef | null {
    return this.ask(Ask.Described, offset, 0, name, () => this.describedOrganizationNow(offset, name));
  }

  /** Whether a word is (in) the name of a place: tagged so, or a mention of a place entity. */
  private namesPlace(t: Term): boolean {
    if (t.tags.has('Place')) return true;
    const m = this.mentionIn(t.start, t.end, this.organizations);
    return !!m && this.ctx.analysis.entities[m.entity]?.type === 'place';
  }

  /** Whether one of the person's descriptions, or the title set before the name, opens with `title` (lower case). */
  private titleHeads(m: MentionRef, title: string): boolean {
    const opens = (d: string) => d.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/^\s*(?:(?:a|an|the)\s+)?/, '').startsWith(title);
    if (this.ctx.analysis.entities[m.entity]?.descriptors.some(opens)) return true;
    const apposed = APPOSED_TITLE.exec(this.text.slice(Math.max(0, m.start - 50), m.start));
    return !!apposed && opens(apposed[1]);
  }

  private describedPerson(offset: number, noun: string): MentionRef | null {
    let pattern = DESCRIPTOR_ENDINGS.get(noun);
    if (!pattern) {
      pattern = new RegExp(`\\b${noun}$`, 'i');
      DESCRIPTOR_ENDINGS.set(noun, pattern);
    }
    const ending = pattern;
    return this.ask(Ask.Titled, offset, 0, ending, () => this.describedPersonNow(offset, ending));
  }

  private personAged(offset: number, age: string): MentionRef | null {
    const patterns = agePatterns(age);
    return this.ask(Ask.Aged, offset, 0, patterns.age, () => this.personAgedNow(offset, patterns.age));
  }

  private documentAuthor(offset: number, noun: string): MentionRef | null {
    const patterns = authorPatterns(noun);
    return this.ask(Ask.Author, offset, 0, patterns.noun, () => this.documentAuthorNow(offset, patterns.noun));
  }

  /** Unnamed sources a pronoun stands for: a group for "they" (`one` 0), one person for "he" (1) or "she" (2). */
  private unnamedGroup(offset: number, one = 0): string | null {
    return this.ask(Ask.Group, offset, one, null, () => this.unnamedGroupNow(offset, one));
  }

  private inMention(start: number, end: number): boolean {
    return this.ask(Ask.InMention, start, end, null, () => this.inMentionNow(start, end));
  }

  private entityName(entity: number): string {
    return this.ask(Ask.Name, entity, 0, null, () => this.ctx.analysis.entities[entity].name);
  }

  /** Questions asked while `recording`, with their answers, relative to `base`. */
  private recording: Question[] | null = null;
  private base = 0;

  private ask<T>(kind: Ask, a: number, b: number, extra: RegExp | null, compute: () => T): T {
    const answer = compute();
    if (this.recording) {
      this.noteRead(kind, a, b, answer);
      const absolute = kind === Ask.Name || kind === Ask.NearestPerson || kind === Ask.NearestOrganization || kind === Ask.Described || kind === Ask.Author || kind === Ask.Titled || kind === Ask.Aged || kind === Ask.Group;
      const question: Question = { kind, a: kind === Ask.Name ? a : a - this.base, b: absolute ? b : b - this.base, extra, start: 0, end: 0, entity: -1, text: null };
      this.answer(question, answer);
      this.recording.push(question);
    }
    return answer;
  }

  /**
   * Widens [readLo, readHi) to what a question at `a` (and `b`, absolute) read of the
   * mentions, quotes and text beyond its answer's words: the reach of each look-up below
   * (isSubject notes how far after a mention it read itself).
   */
  private noteRead(kind: Ask, a: number, b: number, answer: unknown): void {
    let lo = a;
    let hi = a;
    switch (kind) {
      case Ask.Mention: case Ask.Person: case Ask.Organization: case Ask.InMention:
        hi = b;
        // ("Ms Kerr": whom a titled surname stands for depends on the full names before it)
        if (this.titledSurnames.has(answer as MentionRef)) lo = a - REACH_FAR;
        break;
      case Ask.NearestPerson:
        // (past the mentions within reach, the last person before: however far, or none)
        lo = answer ? Math.min(a - REACH_NEAR, (answer as MentionRef).start) : -Infinity;
        break;
      case Ask.NearestOrganization: {
        const s = this.sentenceAt(a);
        const previous = this.ctx.analysis.sentences[s - 1];
        lo = Math.min(a - REACH_NEAR, previous ? previous.start : 0);
        break;
      }
      case Ask.Described:
        lo = a - REACH_NEAR;
        break;
      case Ask.Author:
        lo = a - REACH_AUTHOR;
        break;
      case Ask.Titled: case Ask.Aged:
        lo = a - REACH_FAR;
        hi = a + 8;
        break;
      case Ask.Group: {
        const s = this.sentenceAt(a);
        const { sentences } = this.ctx.analysis;
        lo = Math.min(a, (sentences[s - 1] ?? sentences[s])?.start ?? a);
        hi = Math.max(a, sentences[s]?.end ?? a);
        break;
      }
      case Ask.Name:
        return;
    }
    if (lo < this.readLo) this.readLo = lo;
    if (hi > this.readHi) this.readHi = hi;
  }

  /** The read bounds of the credit being worked out or checked (see RememberedCredit). */
  private readLo = 0;
  private readHi = 0;

  /** Writes an answer into a question (positions relative to this.base). */
  private answer(into: Question, answer: unknown): void {
    if (answer === null || answer === undefined) return;
    if (typeof answer === 'object') {
      const m = answer as MentionRef;
      into.start = m.start - this.base;
      into.end = m.end - this.base;
      into.entity = m.entity;
    } else {
      into.text = String(answer);
    }
  }

  private readonly scratch: Question = { kind: Ask.Name, a: 0, b: 0, extra: null, start: 0, end: 0, entity: -1, text: null };

  /** Whether every question a remembered credit asked gets the same answer in this run. */
  private stillHolds(questions: readonly Question[]): boolean {
    const now = this.scratch;
    // entities are numbered in document order, so an edit before the paragraph that adds or
    // drops a name renumbers them: an answer naming the same mention under another number
    // holds, as long as each old number stands for one new number and back
    const renumbered = this.renumbered;
    const back = this.renumberedBack;
    // (clearing an empty map still makes it a new table)
    if (renumbered.size) renumbered.clear();
    if (back.size) back.clear();
    for (const q of questions) {
      let a = q.kind === Ask.Name ? q.a : q.a + this.base;
      if (q.kind === Ask.Name) {
        const mapped = renumbered.get(q.a);
        if (mapped === undefined) return false;
        a = mapped;
      }
      const b = q.kind === Ask.Name || q.kind === Ask.NearestPerson || q.kind === Ask.NearestOrganization || q.kind === Ask.Described || q.kind === Ask.Author || q.kind === Ask.Titled || q.kind === Ask.Aged || q.kind === Ask.Group ? q.b : q.b + this.base;
      let answer: unknown;
      switch (q.kind) {
        case Ask.Mention: answer = this.mentionInNow(a, b, this.mentions); break;
        case Ask.Person: answer = this.mentionInNow(a, b, this.people); break;
        case Ask.Organization: answer = this.mentionInNow(a, b, this.organizations); break;
        case Ask.NearestPerson: answer = this.nearestPersonNow(a, b === 1 ? 'male' : 'female'); break;
        case Ask.NearestOrganization: answer = this.nearestOrganizationNow(a, b === 1); break;
        case Ask.Described: answer = this.describedOrganizationNow(a, q.extra); break;
        case Ask.Author: answer = q.extra && this.documentAuthorNow(a, q.extra); break;
        case Ask.Titled: answer = q.extra && this.describedPersonNow(a, q.extra); break;
        case Ask.Aged: answer = q.extra && this.personAgedNow(a, q.extra); break;
        case Ask.Group: answer = this.unnamedGroupNow(a, b); break;
        case Ask.InMention: answer = this.inMentionNow(a, b); break;
        case Ask.Name: answer = this.ctx.analysis.entities[a]?.name; break;
      }
      this.noteRead(q.kind, a, b, answer);
      now.start = 0;
      now.end = 0;
      now.entity = -1;
      now.text = null;
      this.answer(now, answer);
      if (now.start !== q.start || now.end !== q.end || now.text !== q.text || (now.entity < 0) !== (q.entity < 0)) return false;
      if (q.entity >= 0) {
        const was = renumbered.get(q.entity);
        const from = back.get(now.entity);
        if ((was !== undefined && was !== now.entity) || (from !== undefined && from !== q.entity)) return false;
        renumbered.set(q.entity, now.entity);
        back.set(now.entity, q.entity);
      }
    }
    return true;
  }

  /** Old entity number → new, and back, for the credit stillHolds last checked. */
  private readonly renumbered = new Map<number, number>();
  private readonly renumberedBack = new Map<number, number>();

  /**
   * A credit worked out from one paragraph (a quote's, or a sentence's own statement),
   * remembered under the paragraph by its offset in it: it depends on the paragraph's own
   * words, plus the answers to the questions above (and a few characters after the
   * paragraph, which some look-ups peek at).
   */
  private remembered(work: Work, paragraph: number, offset: number, q: number, sq: number): Credit | null {
    this.moved = null;
    const p = this.ctx.analysis.paragraphs[paragraph];
    if (!p || !this.ctx.locals?.[paragraph] || this.recording) {
      if (!this.recording) this.got(NaN, NaN);
      return this.workOut(work, q, sq);
    }
    const at = offset - p.start;
    const remembered = this.paragraphCredits(work, paragraph);
    if (remembered && (remembered.run !== this.id || remembered.at !== p.start)) {
      // (compared in the last run where the paragraph stood then, and nothing around it changed since: the same)
      const same = remembered.run === this.since && remembered.at === this.startBefore(paragraph) && this.untouched(p.start - BEFORE_PARAGRAPH, p.end + AFTER_PARAGRAPH);
      if (!same && (!holdsAt(this.text, remembered.after, p.end) || !holdsAt(this.text, remembered.before, p.start - remembered.before.length))) {
        remembered.entries.clear();
        remembered.before = ownSlice(this.text, Math.max(0, p.start - BEFORE_PARAGRAPH), p.start);
        remembered.after = ownSlice(this.text, p.end, p.end + AFTER_PARAGRAPH);
      }
      remembered.run = this.id;
      remembered.at = p.start;
    }
    const entry = remembered?.entries.get(at);
    this.base = p.start;
    if (entry) {
      // valid in the last run, and nothing it read has changed since: the speaker's entity renumbered
      let now = entry.lastRun === this.since && entry.lastStart === this.startBefore(paragraph) && this.untouched(p.start + entry.readLo, p.start + entry.readHi) ? this.renumber(entry.lastEntity) : undefined;
      if (now === undefined) {
        this.readLo = p.start - BEFORE_PARAGRAPH;
        this.readHi = p.end + AFTER_PARAGRAPH;
        if (this.stillHolds(entry.questions)) {
          now = entry.entity === null ? null : this.renumbered.get(entry.entity);
          entry.readLo = this.readLo - p.start;
          entry.readHi = this.readHi - p.start;
        }
      }
      if (now !== undefined) {
        this.got(p.start + entry.readLo, p.start + entry.readHi);
        entry.lastRun = this.id;
        entry.lastStart = p.start;
        entry.lastEntity = now;
        const flat = entry.flat;
        if (!flat) return null;
        const moved = unflatten(flat, p.start - entry.base, now);
        // (a sentence's credit is kept for the run and handed to any quote after it: never the quote's own)
        if (work !== Work.Sentence) this.moved = moved;
        return moved;
      }
    }
    const questions: Question[] = [];
    this.recording = questions;
    this.readLo = p.start - BEFORE_PARAGRAPH;
    this.readHi = p.end + AFTER_PARAGRAPH;
    this.leavesParagraph = false;
    let credit: Credit | null;
    try {
      credit = this.workOut(work, q, sq);
    } finally {
      this.recording = null;
    }
    if (this.leavesParagraph) this.got(NaN, NaN);
    else this.got(this.readLo, this.readHi);
    if (!this.leavesParagraph) {
      let into = remembered;
      if (!into) {
        into = {
          before: ownSlice(this.text, Math.max(0, p.start - BEFORE_PARAGRAPH), p.start),
          after: ownSlice(this.text, p.end, p.end + AFTER_PARAGRAPH),
          run: this.id,
          at: p.start,
          entries: new Map(),
        };
        CACHES[work].set(this.ctx, paragraph, into);
        this.memoParagraph[work] = paragraph;
        this.memoCredits[work] = into;
      }
      const entity = credit ? credit.speaker.entity : null;
      into.entries.set(at, { base: p.start, questions, entity, readLo: this.readLo - p.start, readHi: this.readHi - p.start, lastRun: this.id, lastStart: p.start, lastEntity: entity, flat: flatten(credit) });
    }
    return credit;
  }

  /** What the credit remembered() last returned read, [gotLo, gotHi) (NaN: cannot be told); noted for the unit being worked out. */
  private gotLo = NaN;
  private gotHi = NaN;
  private got(lo: number, hi: number): void {
    this.gotLo = lo;
    this.gotHi = hi;
    this.noteUnitRead(lo, hi);
  }

  /**
   * The credit remembered() last returned for a quote when it moved a remembered one for
   * this run (a new object no one else holds yet), else null.
   */
  private moved: Credit | null = null;

  /** The last paragraph whose credits of each kind were looked up, and those credits (quotes come in order). */
  private readonly memoParagraph = [-1, -1, -1];
  private readonly memoCredits: (ParagraphCredits | undefined)[] = [undefined, undefined, undefined];

  /** The credits of one kind remembered for a paragraph, looked up once for a run of look-ups in it. */
  private paragraphCredits(work: Work, paragraph: number): ParagraphCredits | undefined {
    if (this.memoParagraph[work] === paragraph) return this.memoCredits[work];
    const credits = CACHES[work].get(this.ctx, paragraph);
    this.memoParagraph[work] = paragraph;
    this.memoCredits[work] = credits;
    return credits;
  }

  /** Works out a credit remembered() remembers: a quote's (q) or a sentence's (sq). */
  private workOut(work: Work, q: number, sq: number): Credit | null {
    if (work === Work.Sentence) return this.sentenceCredit(sq);
    const quote = this.quotes[q];
    const eq = this.sentenceAt(Math.max(quote.start, quote.end - 1));
    if (work === Work.Around) return this.creditAround(q, sq, eq);
    return this.beatAfter(quote, sq, eq);
  }

  /** Set when a credit being worked out read words of another paragraph (then it is not remembered). */
  private leavesParagraph = false;

  /** The mention overlapping [start, end) the most (a person before others on ties). */
  private mentionInNow(start: number, end: number, list: readonly MentionRef[]): MentionRef | null {
    const { starts, ends } = this.indexOf(list);
    const lo = firstAfter(ends, start);
    // mentions are sorted by start; ends are not, so look back a little for long ones
    let best = -1;
    let bestOverlap = 0;
    for (let i = Math.max(0, lo - 3); i < starts.length && starts[i] < end; i++) {
      const overlap = Math.min(end, ends[i]) - Math.max(start, starts[i]);
      if (overlap > bestOverlap || (overlap === bestOverlap && overlap > 0 && ends[i] > (best >= 0 ? ends[best] : 0))) {
        best = i;
        bestOverlap = overlap;
      }
    }
    const found = best >= 0 ? list[best] : null;
    return found && list !== this.organizations ? this.retitled.get(found) ?? found : found;
  }

  // -------------------------------------------------------------------------------------
  // Pronouns

  private pronounSpeaker(t: Term): { speaker: Speaker; status: QuoteStatus } {
    const kind = PRONOUNS.get(t.normal);
    const text = textAt(this.ctx, t.start, t.end);
    const referent =
      kind === 'he' || kind === 'she'
        ? this.nearestPerson(t.start, kind === 'he' ? 'male' : 'female')
        : kind === 'it' || kind === 'they'
          ? this.nearestOrganization(t.start, kind === 'they')
          : null;
    // the speaker is the pronoun as written (its span), with the name and the entity it
    // resolves to; a word compromise does not tag as a pronoun stays unresolved
    // ("they" is never anything else, whatever the tagger made of it)
    const pronoun = t.tags.has('Pronoun') || kind === 'they';
    if (t.tags.has('Pronoun')) this.pronounStarts.add(t.start);
    const entity = referent && pronoun ? referent.entity : null;
    // "Officials met on Monday. “…,” they said.": a group of unnamed sources stays unnamed
    const group = kind === 'they' && entity === null ? this.unnamedGroup(t.start) : (kind === 'he' || kind === 'she') && pronoun ? this.unnamedGroup(t.start, kind === 'he' ? 1 : 2) : null;
    if (group) return { speaker: { start: t.start, end: t.end, text, name: group, entity: null }, status: 'anonymous' };
    const speaker: Speaker = { start: t.start, end: t.end, text, name: entity !== null ? this.entityName(entity) : text, entity };
    // "“It's over,” she said." with no one named before it: the quotation has a cue and a
    // pronoun, but no speaker a reader could name (the pronoun stays, for the message)
    if ((kind === 'he' || kind === 'she') && pronoun && referent === null) return { speaker, status: 'unattributed' };
    return { speaker, status: 'attributed' };
  }

  /**
   * The unnamed sources a "they" stands for: the nearest plural source noun ("officials",
   * "analysts") that is the subject of a clause in the pronoun's own or the previous
   * sentence, within a few dozen words and outside quotes; its phrase, or null.
   */
  private unnamedGroupNow(offset: number, one = 0): string | null {
    const s = this.sentenceAt(offset);
    const sentences = this.ctx.analysis.sentences;
    // (one person too: "A senior nurse who asked not to be named said …" closing a paragraph,
    // "“…,” she said." opening the next)
    const reach = (sentences[s - 1] ?? sentences[s])?.start ?? offset;
    // the words of this sentence and the one before: all the search below reads
    const terms = s > 0 ? this.terms(s - 1).concat(this.terms(s)) : this.terms(s);
    const at = firstFrom(terms, offset);
    for (let i = at - 1; i >= 0 && at - i <= 40 && terms[i].start >= reach; i--) {
      const noun = terms[i];
      if (one) {
        // "I spoke to a bus driver …. “…,” he told me.": a person met only by what they are,
        // nearer than any name (a name first ends the search)
        if (isProper(noun) || this.insideQuote(noun.start)) {
          if (noun.tags.has('Person')) return null;
          continue;
        }
        // (a spokeswoman too: "A spokeswoman for the operator said …. “…,” she said.")
        if (!(personNoun(noun) || ANONYMOUS_NOUNS.has(noun.normal)) || noun.tags.has('Plural')) continue;
        let d = i - 1;
        // (past a participle that describes the person: "A bereaved mother", "a retired teacher")
        while (d > 0 && i - d < 4 && (inPhrase(terms[d]) || (d < i && terms[d].tags.has('PastTense') && /^(?:a|an|one|another)$/.test(terms[d - 1].normal))) && !PHRASE_LINKS.has(terms[d].normal) && !DETERMINERS.has(terms[d].normal) && !this.boundaryBetween(terms[d], terms[d + 1])) d--;
        // only someone the writer met or who acts in the story: the subject of a sentence ("A
        // nurse stood …"), or whom the writer talked to ("I spoke to a bus driver"); not what
        // someone is ("Dean, a doctor"; "she was a nurse") nor someone wished for ("name a successor")
        const before = d > 0 ? terms[d - 1] : undefined;
        // (by the writer: "I spoke to a bus driver"; "Tom Ode met a nurse" leaves "he" to Ode)
        const met = (t: Term | undefined): boolean => {
          if (!t || !(isCueVerb(t) || MEETING_VERBS.test(t.normal))) return false;
          let k = terms.indexOf(t) - 1;
          while (k >= 0 && (terms[k].tags.has('Adverb') || terms[k].tags.has('Auxiliary')) && !this.boundaryBetween(terms[k], terms[k + 1])) k--;
          return k < 0 || !isProper(terms[k]) || this.boundaryBetween(terms[k], terms[k + 1]);
        };
        const opens = !before || this.sentenceAt(before.start) !== this.sentenceAt(terms[d].start);
        if (!opens && !met(before) && !(/^(?:to|with)$/.test(before.normal) && met(terms[d - 2]))) continue;
        // (a man for "he", a woman for "she": 1 and 2)
        const other = one === 1 ? FEMALE : MALE;
        if (d >= 0 && /^(?:a|an|one|another)$/.test(terms[d].normal) && terms[d].start >= reach && !terms.slice(d, i + 1).some((w) => other.test(w.normal))) {
          return textAt(this.ctx, terms[d].start, noun.end);
        }
        continue;
      }
      if (!ANONYMOUS_NOUNS.has(noun.normal) || !(/s$/.test(noun.normal) || noun.normal === 'people') || this.insideQuote(noun.start)) continue;
      // past a qualifier ("officials at the ministry") and adverbs to the verb
      let e = i + 1;
      if (e < at && PHRASE_LINKS.has(terms[e].normal)) {
        while (e < at && e - i < 8 && inPhrase(terms[e]) && !terms[e].tags.has('Verb') && !this.boundaryBetween(terms[e - 1], terms[e])) e++;
      }
      let v = e;
      while (v < at && !terms[v].tags.has('Verb') && terms[v].tags.has('Adverb') && !this.boundaryBetween(terms[v - 1], terms[v])) v++;
      if (v >= at || !terms[v].tags.has('Verb') || this.boundaryBetween(terms[v - 1], terms[v])) continue;
      const from = firstFrom(terms, reach);
      const phrase = this.phraseBefore(terms, e, from);
      return phrase ? this.text.slice(terms[phrase.from].start, terms[phrase.to - 1].end) : null;
    }
    return null;
  }

  private insideQuote(offset: number): boolean {
    const q = firstFrom(this.quotes, offset + 1) - 1;
    return q >= 0 && this.quotes[q].end > offset;
  }

  /**
   * The organisation an "it" at `offset` stands for: the nearest earlier organisation or
   * place that is the subject of a clause ("China said it …", "Acme said on Monday. It
   * …"), else the nearest organisation within reach. "They" takes only a subject
   * organisation of its own or the previous sentence: it stands for people more often.
   */
  /**
   * The person "the manager" at `offset` stands for: the one mentioned last before it of
   * those the article described with that word ("Rovers manager Petra Novak").
   */
  private describedPersonNow(offset: number, ending: RegExp): MentionRef | null {
    const entities = this.ctx.analysis.entities;
    // (a title of several words is matched whole: "the DPP" for "Director of Public Prosecutions")
    const whole = ending.source.includes(' ');
    const holds = (d: string) => ending.test(d.replace(DESCRIPTION_TAIL, '')) || (whole && ending.test(d));
    const lo = firstAtOrAfter(this.peopleAt.starts, offset);
    for (let i = lo - 1; i >= 0 && lo - i <= 30 && offset - this.people[i].start < 3000; i--) {
      const m = this.people[i];
      if (m.end > offset) continue;
      // (the head of the description, before a phrase after it: "the nurse" is "a nurse at the
      // hospital", "the mother" "the mother of the victim", and "the victim" no "friend of the victim")
      if (entities[m.entity]?.descriptors.some(holds)) return m;
      // (or the title right before the name, between commas: "The Chancellor, Rachel Reeves,")
      const title = APPOSED_TITLE.exec(this.text.slice(Math.max(0, m.start - 50), m.start));
      if (title && holds(title[1]) && /^\s*,/.test(this.text.slice(m.end, m.end + 8))) return m;
    }
    // ("the detective" after "Detective Inspector Jane Hill": a word of a formal title that is
    // not its head, when only one person within reach holds such a title)
    const inside = new RegExp(`${ending.source.replace(/\$$/, '')}\\s`, 'i');
    const titled = (d: string) => FORMAL_TITLE.test(d) && inside.test(d);
    let only: MentionRef | null = null;
    for (let i = lo - 1; i >= 0 && lo - i <= 30 && offset - this.people[i].start < 3000; i--) {
      const m = this.people[i];
      if (m.end > offset || !entities[m.entity]?.descriptors.some(titled)) continue;
      if (only && only.entity !== m.entity) return null;
      only ??= m;
    }
    return only;
  }

  /**
   * The person "the 24-year-old" at `offset` stands for: the one mentioned last before it
   * whose age the article gave as that ("Kofi Mensah, 24,", "24-year-old Kofi Mensah").
   */
  private personAgedNow(offset: number, age: RegExp): MentionRef | null {
    const patterns = agePatterns(age.source);
    const lo = firstAtOrAfter(this.peopleAt.starts, offset);
    for (let i = lo - 1; i >= 0 && lo - i <= 30 && offset - this.people[i].start < 3000; i--) {
      const m = this.people[i];
      if (m.end > offset) continue;
      if (patterns.after.test(this.text.slice(m.end, m.end + 8)) || patterns.before.test(this.text.slice(Math.max(0, m.start - 50), m.start))) return m;
    }
    return null;
  }

  /** The organisation "the agency" / "the company" at `offset` stands for, or null. */
  private describedOrganizationNow(offset: number, name: RegExp | null): MentionRef | null {
    const entities = this.ctx.analysis.entities;
    const lo = firstAtOrAfter(this.organizationsAt.starts, offset);
    // (or, for "the company", the one organisation named within reach)
    let only: MentionRef | null = null;
    let several = false;
    for (let i = lo - 1; i >= 0 && lo - i <= 15 && offset - this.organizations[i].start < 1500; i--) {
      const m = this.organizations[i];
      const entity = entities[m.entity];
      if (entity.type !== 'organization') continue;
      if (name ? name.test(entity.name) : this.isSubject(m)) return m;
      if (only && only.entity !== m.entity) several = true;
      only ??= m;
    }
    return name || several ? null : only;
  }

  private nearestOrganizationNow(offset: number, plural: boolean): MentionRef | null {
    const { entities, sentences } = this.ctx.analysis;
    const s = this.sentenceAt(offset);
    const reach = plural ? (sentences[s - 1] ?? sentences[s])?.start ?? offset : offset - 1500;
    const lo = firstAtOrAfter(this.organizationsAt.starts, offset);
    let nearest: MentionRef | null = null;
    for (let i = lo - 1; i >= 0 && lo - i <= 15 && this.organizations[i].start >= reach; i--) {
      const m = this.organizations[i];
      if (this.isSubject(m)) return m;
      if (!plural && entities[m.entity].type === 'organization') nearest ??= m;
    }
    return nearest;
  }

  /**
   * The person a pronoun at `offset` refers to: the nearest earlier person of compatible
   * gender who is the subject of a clause ("Clinton says she …"), else the nearest earlier
   * compatible person at all. A person named inside a quotation is someone the speaker
   * talks about, not a speaker the narrative introduced: never the antecedent (“Bob
   * knows we will win,” he said).
   */
  private nearestPersonNow(offset: number, gender: 'male' | 'female'): MentionRef | null {
    const lo = firstAtOrAfter(this.peopleAt.starts, offset);
    let nearest: MentionRef | null = null;
    // the nearest person known to be of the pronoun's gender: a subject whose gender is not
    // known does not take the pronoun from one in a later sentence ("Mark Colvin spoke.
    // Bonnie Slone, 67, watched. “…,” she said.")
    let matched: MentionRef | null = null;
    for (let i = lo - 1; i >= 0 && lo - i <= 15 && offset - this.people[i].end < 1500; i--) {
      const m = this.retitled.get(this.people[i]) ?? this.people[i];
      const g = this.genders[m.entity];
      if (g && g !== gender) continue;
      if (this.insideQuote(m.start) || this.bracketedAcronym(m)) continue;
      // (a surname two people share, said of one whose sex is not known, is the one of the
      // pronoun's sex: "Mark Brooke and Helen Brooke … Brooke said … she says")
      const namesake = g === null ? this.namesakeOf(m, gender, lo) : null;
      if (namesake) return namesake;
      if (this.isSubject(m)) {
        // ("Carr told the court Ashworth had … “…,” she said": the one still speaking, not
        // the subject of the words she reported)
        const reporting = this.reporterOf(i, gender, offset);
        if (reporting) return reporting;
        return g === null && matched && this.sentenceAt(matched.start) > this.sentenceAt(m.start) ? matched : m;
      }
      nearest ??= m;
      if (g === gender) matched ??= m;
    }
    if (nearest) return nearest;
    // (past those within reach, the last person before, outside quotations: however far;
    // not one known to be of the other sex, "Michael Osei … A nurse … “…,” she said")
    for (let i = lo - 1; i >= 0 && lo - i <= 15; i--) {
      const m = this.retitled.get(this.people[i]) ?? this.people[i];
      const g = this.genders[m.entity];
      if (!this.insideQuote(m.start) && !(g && g !== gender)) return m;
    }
    return null;
  }

  /**
   * The person who, earlier in the sentence of people[i], is the subject of a verb of saying
   * whose reported words people[i] opens ("Prosecutor Helen Carr told the court Ashworth had
   * …"), when not known to be of the other sex: or null. Reads no further back than a
   * nearest-person look-up from `offset` does.
   */
  private reporterOf(i: number, gender: 'male' | 'female', offset: number): MentionRef | null {
    const m = this.people[i];
    const s = this.sentenceAt(m.start);
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      const p = this.retitled.get(this.people[k]) ?? this.people[k];
      if (offset - p.end >= 1500 || this.sentenceAt(p.start) !== s) break;
      const g = this.genders[p.entity];
      if ((g && g !== gender) || p.entity === m.entity || this.insideQuote(p.start) || !this.isSubject(p)) continue;
      const terms = this.terms(s);
      for (let t = firstFrom(terms, p.end); t < terms.length && terms[t].start < m.start; t++) if (isCueVerb(terms[t]) && !this.insideQuote(terms[t].start)) return p;
    }
    return null;
  }

  /**
   * For a surname alone whose person's sex is not known, the latest earlier mention (before
   * the people index `lo`) of another person of `gender` with that surname, or null.
   */
  private namesakeOf(m: MentionRef, gender: 'male' | 'female', lo: number): MentionRef | null {
    if (/\s/.test(m.text)) return null;
    const { entities } = this.ctx.analysis;
    const ending = ` ${m.text}`;
    for (let i = lo - 1; i >= 0 && lo - i <= 30; i--) {
      const p = this.people[i];
      if (p.entity !== m.entity && this.genders[p.entity] === gender && entities[p.entity]?.name.endsWith(ending) && !this.insideQuote(p.start)) return p;
    }
    return null;
  }

  /**
   * Whether a mention is an acronym in brackets after a capitalised name, "European Digital
   * Rights (EDRi)": the short form of an organisation, whatever type the name finder gave it.
   */
  private bracketedAcronym(m: MentionRef): boolean {
    return m.text.length <= 12 && /^\p{Lu}\S*\p{Lu}\S*$/u.test(m.text) && this.text.charCodeAt(m.end) === 41 && /\p{Lu}[\p{L}\p{N}.&'’-]*\s*\($/u.test(this.text.slice(Math.max(0, m.start - 40), m.start)); // ")"
  }

  /** Whether a mention is followed by its verb ("Kim said", "Kim, 45, has said", "Kim also warned"). */
  private isSubject(m: MentionRef): boolean {
    let known = this.subjects.get(m);
    if (known === undefined) {
      const subject = this.isSubjectRemembered(m);
      known = { subject, until: this.subjectUntil };
      this.subjects.set(m, known);
    }
    // (a check of a remembered credit notes how far after the mention the answer read)
    if (known.until > this.readHi) this.readHi = known.until;
    return known.subject;
  }

  /** How far the last isSubjectRemembered read: the end of the last word it looked at, or beyond. */
  private subjectUntil = 0;

  /**
   * isSubjectNow, remembered under the mention's paragraph by the mention's end in it when
   * every word it read lies in that paragraph: then the answer is a function of the
   * paragraph's text, and an edit elsewhere does not make the words be read again.
   */
  private isSubjectRemembered(m: MentionRef): boolean {
    const s = this.sentenceAt(m.start);
    const paragraph = s >= 0 ? this.ctx.analysis.sentences[s].paragraph : -1;
    const p = this.ctx.analysis.paragraphs[paragraph];
    if (!p || !this.ctx.locals?.[paragraph] || m.start < p.start || m.end + 3 > p.end) {
      const now = this.isSubjectNow(m);
      this.subjectUntil = now.until;
      return now.subject;
    }
    const at = m.end - p.start;
    let known = SUBJECTS.get(this.ctx, paragraph);
    const subject = known?.get(at);
    // (a remembered answer read no further than the paragraph's end)
    this.subjectUntil = p.end;
    if (subject !== undefined) return subject;
    const now = this.isSubjectNow(m);
    this.subjectUntil = now.until;
    if (now.until <= p.end) {
      if (!known) {
        known = new Map();
        SUBJECTS.set(this.ctx, paragraph, known);
      }
      known.set(at, now.subject);
    }
    return now.subject;
  }

  /** isSubject's answers in this run (a pronoun looks back over the same mentions as the one before). */
  private readonly subjects = new Map<MentionRef, { subject: boolean; until: number }>();

  /**
   * Whether the mention is followed by its verb, and how far the answer read: the end of
   * the last word it looked at (Infinity when it ran out of words at the end of the text).
   */
  private isSubjectNow(m: MentionRef): { subject: boolean; until: number } {
    const after = this.text.slice(m.end, m.end + 3);
    if (/^['’]s?\b/.test(after)) return { subject: false, until: m.end + 3 };
    const affiliated = AFFILIATION.test(this.text.slice(m.end, m.end + 6));
    const n = /^\s*,/.test(after) || affiliated ? 16 : 3;
    const terms = this.wordsFrom(m.end, n);
    let read = -1;
    const word = (i: number): Term => {
      if (i > read) read = i;
      return terms[i];
    };
    const answer = (subject: boolean) => ({
      subject,
      until: Math.max(m.end + 3, read >= 0 && read < terms.length ? terms[read].end : -1, terms.length < n ? Infinity : -1),
    });
    // "Kim of the University of Leeds said": the verb comes after where the person is from
    const lo = affiliated ? this.pastAffiliation(terms, word) : 0;
    for (let i = lo; i < terms.length && i < lo + 3; i++) {
      const t = word(i);
      // ("Verhoeven, who is based in Rotterdam, said": a name after a preposition that a comma
      // parts from the verb ends an aside; "The chief executive, Sarah Lindqvist, said" is the subject)
      if (t.tags.has('Verb') || isCueVerb(t)) return answer(!/[.;:!?]/.test(this.text.slice(m.end, t.start)) && !(lo === 0 && this.text.slice(m.end, t.start).includes(',') && ASIDE_PREPOSITION.test(this.text.slice(Math.max(0, m.start - 12), m.start))));
      if (!t.tags.has('Adverb')) break;
    }
    // "Vega, the club's coach, said" / "Vega, who …, said": a description between commas, then the verb
    if (!/^\s*,/.test(after) || lo >= terms.length) return answer(false);
    // (the first word of the description being read: "Kim, 52, a builder, said" has two)
    let open = lo;
    for (let i = lo + 1; i < terms.length && i < lo + 16; i++) {
      const gap = this.text.slice(word(i - 1).end, word(i).start);
      if (/[.;:!?()"“”]/.test(gap)) return answer(false);
      // ("Daniel, 38, runs the ovens": a verb compromise reads as a plural noun, before its object)
      const presentVerb = /[^s]s$/.test(terms[i].normal) && terms[i].tags.has('Plural') && !isProper(terms[i]) && i + 1 < terms.length && !!word(i + 1) && (terms[i + 1].tags.has('Determiner') || terms[i + 1].tags.has('Possessive')) && !this.boundaryBetween(terms[i], terms[i + 1]);
      if (gap.includes(',')) {
        const verb = isCueVerb(terms[i]) || presentVerb || (terms[i].tags.has('Verb') && !terms[i].tags.has('Gerund') && !/ing$/.test(terms[i].normal));
        if (verb || !opensDescription(terms[i])) return answer(verb);
        open = i;
        continue;
      }
      // ("Vega, who coached Lee, said", "Vega, whose side lost, said": the verbs of a relative clause are the description's)
      // ("Ellison, managing director of a firm that took part, said": a relative clause on a noun of the description)
      if (terms[i].normal === 'that' && terms[i - 1].tags.has('Noun') && !terms[i - 1].tags.has('Pronoun') && !/^(?:who|whose|which|that)$/.test(word(open).normal)) {
        open = i;
        continue;
      }
      if (!/^(?:who|whose|which|that)$/.test(word(open).normal) && (RELATIVES.has(terms[i].normal) || (terms[i].tags.has('Verb') && !terms[i].tags.has('Noun')))) return answer(false);
    }
    return answer(false);
  }

  /**
   * Where the words after a name's "of/from/at" and the name of the place or body it opens
   * ("of the University of Leeds", "from Unison (UNI)") end: the index of the next word, or
   * 0 when no capitalised name follows.
   */
  private pastAffiliation(terms: Term[], word: (i: number) => Term): number {
    let i = 1;
    if (i < terms.length && word(i).normal === 'the') i++;
    let named = 0;
    while (i < terms.length) {
      const t = word(i);
      if (i > 1 && /[.;:!?,"“”—–]/.test(this.text.slice(terms[i - 1].end, t.start))) break;
      if (/^\p{Lu}/u.test(t.text) && !isCueVerb(t)) {
        named++;
        i++;
      } else if (named && /^(?:of|for|and|&|de|du|la)$/.test(t.normal) && i + 1 < terms.length && /^\p{Lu}/u.test(word(i + 1).text)) {
        i++;
      } else {
        break;
      }
    }
    return named ? i : 0;
  }

  /**
   * Gender hints per person: honorifics before mentions, then first names compromise knows.
   * What each mention adds is kept in the World: a unit that is the same as in the last run
   * (and after a unit that is: a title is looked for a few characters before a name), whose
   * mentions' entities are of the same types, adds what it added then.
   */
  private *guessGenders(): Generator<void, void> {
    // what each mention adds to its entity's score: positive for a man, negative for a woman
    const mentionVotes = this.now ? this.now.mentionVotes : new Float64Array(this.mentions.length);
    const lastWordVotes = this.now ? this.now.lastWordVotes : new Float64Array(this.mentions.length);
    const known = new Uint8Array(this.mentions.length);
    const { paragraphs, sentences } = this.ctx.analysis;
    const again = new Uint8Array(paragraphs.length).fill(1);
    const { now, was, aligned } = this;
    if (now && was && aligned) {
      const retyped = this.retyped(was, now, aligned.oldToNew);
      const { oldUnits } = aligned;
      for (let n = -1; n < paragraphs.length; n++) {
        const o = oldUnits[n + 1] - 1;
        // (titleBefore reads up to TITLE_REACH characters before a mention)
        if (o < -1 || !untouchedBy(aligned.stretches, unitStart(now, n) - TITLE_REACH, unitEnd(now, n))) continue;
        const nm = now.unitMentions[n + 1];
        const om = was.unitMentions[o + 1];
        const count = now.unitMentions[n + 2] - nm;
        let same = true;
        for (let k = 0; k < count && same; k++) same = !retyped[now.mentionEntities[nm + k]];
        if (!same) continue;
        for (let k = 0; k < count; k++) {
          mentionVotes[nm + k] = was.mentionVotes[om + k];
          lastWordVotes[nm + k] = was.lastWordVotes[om + k];
          known[nm + k] = 1;
        }
        if (n >= 0) again[n] = 0;
      }
    }
    let read = 0;
    for (let i = 0; i < this.people.length; i++) {
      if (++read % MENTIONS_PER_STEP === 0) yield;
      const at = this.peopleIndex[i];
      if (known[at]) continue;
      const m = this.people[i];
      const title = titleBefore(this.text, m.start);
      const inside = m.text.charCodeAt(0) === 77 || m.text.charCodeAt(0) === 83 ? m.text : ''; // "M…", "S…"
      let vote = 0;
      if (title > 0 || /^(?:Mr|Sir)\.?\s/.test(inside)) vote = 1;
      else if (title < 0 || /^(?:Mrs|Ms|Miss)\.?\s/.test(inside)) vote = -1;
      if (vote) mentionVotes[at] += vote * 3;
      // "Mark Brooke and his wife": the possessive right after the coordinated name is that person's
      const possessive = /^[^\S\r\n]+and[^\S\r\n]+(his|her)\s/.exec(this.text.slice(m.end, m.end + 10));
      if (possessive) mentionVotes[at] += possessive[1] === 'his' ? 2 : -2;
    }
    // the first names of each sentence, remembered per paragraph: a warm run reads only those
    const firstNamesOf = perSentence(this.ctx, FIRST_NAMES, (s) => firstNames(this.ctx.tagged[s], sentences[s].start));
    let sinceStep = 0;
    for (let p = 0; p < paragraphs.length; p++) {
      if (!again[p]) continue;
      const indexes = paragraphs[p].sentences;
      for (let j = 0; j < indexes.length; j++) {
        if (++sinceStep % SENTENCES_PER_STEP === 0) yield;
        const s = indexes[j];
        const names = firstNamesOf(s);
        if (!names.length) continue;
        const base = sentences[s].start;
        for (let k = 0; k < names.length; k += 3) {
          // a runaway sentence may hold tens of thousands of first names
          if (k > 0 && k % (3 * MENTIONS_PER_STEP) === 0) yield;
          const start = base + names[k];
          const end = base + names[k + 1];
          const vote = names[k + 2];
          // the first name opens the mention, or follows a title in it ("Mayor Ana Ruiz")
          // (asked of the mentions directly: no credit is being worked out while the genders are)
          const i = this.personIndexIn(start, end);
          const m = i >= 0 ? this.people[i] : null;
          // (one that ends the mention may be a surname that is also a first name: "Brooke
          // said" after "John Brooke"; counted below, once the names are known)
          if (m && (m.start === start || this.onlyTitlesBetween(s, m.start, start))) (m.end === end ? lastWordVotes : mentionVotes)[this.peopleIndex[i]] += vote;
        }
      }
    }
    this.retitle(mentionVotes);
    const votes = new Float64Array(this.genders.length);
    for (let i = 0; i < this.people.length; i++) {
      const at = this.peopleIndex[i];
      const vote = mentionVotes[at] + (lastWordVotes[at] && !this.surnameAlone(this.people[i]) ? lastWordVotes[at] : 0);
      if (vote) votes[(this.retitled.get(this.people[i]) ?? this.people[i]).entity] += vote;
    }
    // "Munro's wife, Catriona", "her father, Sean Kerr", "the club's chairwoman": a role the
    // article gives a person says their sex as a title would (the head noun, before any "of")
    const { entities } = this.ctx.analysis;
    for (let entity = 0; entity < entities.length; entity++) {
      if (entities[entity].type !== 'person') continue;
      for (const descriptor of entities[entity].descriptors) votes[entity] += descriptorVote(descriptor);
    }
    for (let entity = 0; entity < votes.length; entity++) {
      const score = votes[entity];
      this.genders[entity] = score > 0 ? 'male' : score < 0 ? 'female' : null;
    }
  }

  /**
   * Fills `retitled`: "Nina Kerr and her husband, Sean Kerr … Ms Kerr said" — the entity
   * stage links a surname alone to the person of that name it last saw, whatever the title
   * before it says; a title that contradicts what the full names' first names and titles
   * say of that person takes the nearest earlier full name of the title's sex with that
   * surname instead. (Full names only: a titled surname's own vote is what is in question.)
   */
  private retitle(mentionVotes: Float64Array): void {
    const full = new Float64Array(this.genders.length);
    for (let i = 0; i < this.people.length; i++) {
      const m = this.people[i];
      if (/\s/.test(m.text)) full[m.entity] += mentionVotes[this.peopleIndex[i]];
    }
    for (let i = 0; i < this.people.length; i++) {
      const m = this.people[i];
      if (/[\s.]/.test(m.text)) continue;
      const title = titleBefore(this.text, m.start);
      if (!title) continue;
      this.titledSurnames.add(m);
      if (full[m.entity] * title >= 0) continue;
      for (let j = i - 1; j >= 0 && i - j <= 30 && m.start - this.people[j].start < REACH_FAR; j--) {
        const p = this.people[j];
        if (p.entity === m.entity || !p.text.endsWith(m.text) || !/\s$/.test(p.text.slice(0, -m.text.length))) continue;
        if (full[p.entity] * title <= 0) continue;
        const theirs = { ...m, entity: p.entity };
        this.retitled.set(m, theirs);
        this.titledSurnames.add(theirs);
        break;
      }
    }
  }

  /** The entities of `now` whose type is not that of the entity of `was` they are paired with. */
  private retyped(was: World, now: World, oldToNew: Int32Array): Uint8Array {
    const retyped = new Uint8Array(now.entities.length);
    for (let o = 0; o < oldToNew.length; o++) {
      const n = oldToNew[o];
      if (n >= 0 && was.entities[o].type !== now.entities[n].type) retyped[n] = 1;
    }
    return retyped;
  }

  /** mentionInNow over the people, as an index into them (-1 for none). */
  private personIndexIn(start: number, end: number): number {
    const m = this.mentionInNow(start, end, this.people);
    if (!m) return -1;
    // (the mentions are sorted by start: the one found is among those starting where it does)
    let i = firstAtOrAfter(this.peopleAt.starts, m.start);
    while (i < this.people.length && this.people[i] !== m) i++;
    return i < this.people.length ? i : -1;
  }

  /** Whether a mention of one word is the surname of its entity's fuller name ("Brooke" of "John Brooke"). */
  private surnameAlone(m: MentionRef): boolean {
    const name = this.ctx.analysis.entities[m.entity]?.name ?? '';
    return !/\s/.test(m.text) && name.length > m.text.length && name.endsWith(m.text) && /\s$/.test(name.slice(0, -m.text.length));
  }

  /**
   * Whether the words of sentence `s` within [from, to) are titles ("Mayor" in "Mayor Ana
   * Ruiz", "Det Insp"), not a first name the lexicon lacks ("Amira" in "Amira Hussain",
   * whose surname is also a man's first name).
   */
  private onlyTitlesBetween(s: number, from: number, to: number): boolean {
    const terms = this.terms(s);
    for (let i = firstFrom(terms, from); i < terms.length && terms[i].end <= to; i++) {
      const t = terms[i];
      if (t.tags.has('FirstName') || !/^\p{Lu}/u.test(t.text)) return false;
      const w = normalizeName(t.text);
      if (!t.tags.has('Honorific') && !PERSON_TITLES.has(w) && !TITLE_MODIFIERS.has(w)) return false;
    }
    return true;
  }
}
