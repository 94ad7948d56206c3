// What the article says a named entity is: the title or role written before the name
// ("North Korean leader Kim Jong Un", "Secretary of State John Kerry", "chipmaker Acme")
// and the appositive after it ("Kim Jong Un, the North Korean leader,").

import { ownString } from '../ownString';
import type { EntityType } from '../model';
import type { Term } from '../tagging';
import { LAWMAKERS, OBJECT_VERBS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import { hasTag, isPersonRole, isRoleWord, type NameSpan } from './names';

const MAX_BEFORE = 6;
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx|Messrs)\.?$/i;
const MAX_APPOSITIVE = 12;
const STOP_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Verb', 'Adverb', 'QuestionWord', 'Value', 'Date'];
/** Prepositions, whatever the tagger reads them as. */
const PREPOSITIONS = new Set(['under', 'over', 'after', 'before', 'with', 'without', 'from', 'since', 'during', 'for', 'by', 'at', 'in', 'on', 'to', 'against', 'among', 'between', 'behind', 'despite', 'like', 'near', 'through', 'until', 'upon', 'within', 'via', 'unlike']);

function plainSpace(post: string): boolean {
  return /^[ \t]*$/.test(post);
}

/**
 * A word that names what someone does: an actor ("teacher"), a title ("chair", "spokesman"), or
 * a noun for a person the tagger does not know as one ("nurse", "lecturer", "forecaster", "MP").
 */
function namesRole(t: Term): boolean {
  return isPersonRole(t) || PERSON_TITLES.has(t.normal) || LAWMAKERS.has(t.normal) || t.normal === 'executive';
}

function isRoleNoun(t: Term): boolean {
  // ("Labour MP Nia Rowe": a lawmaker's abbreviation is written in capitals)
  if (!/^\p{Ll}/u.test(t.text)) return LAWMAKERS.has(t.normal) && /^\p{Lu}+s?$/u.test(t.text);
  if (hasTag(t, ['Pronoun', 'Possessive', 'Date', 'Value', 'Verb', 'Plural'])) return false;
  return t.tags.has('Noun') && (namesRole(t) || ROLE_NOUNS.has(t.normal));
}

/** A verb in its bare form, which English nouns share ("board", "harbour"); not "said", "seeking", "ask". */
function isBareVerb(t: Term): boolean {
  return !OBJECT_VERBS.has(t.normal) && t.tags.has('Verb') && hasTag(t, ['Infinitive', 'Imperative']) && !hasTag(t, ['PastTense', 'Gerund', 'Auxiliary', 'Modal', 'Copula']);
}

/** The title or role written just before the name, or null. */
export function descriptorBefore(terms: readonly Term[], name: NameSpan, text: string): string | null {
  let first: number;
  let end: number;
  if (name.title) {
    first = name.title.first;
    end = name.title.end;
  } else {
    const k = name.first - 1;
    if (k >= 0 && /^,\s+$/.test(terms[k].post)) return roleSetOff(terms, name, text);
    if (k < 0 || !plainSpace(terms[k].post) || !isRoleNoun(terms[k])) return null;
    // ("A senior NATO diplomat": a name modifying the noun after it; the role word describes that noun)
    if (name.modifier) return null;
    first = k;
    end = terms[k].end;
  }
  while (first > 0 && name.first - first < MAX_BEFORE) {
    const p = terms[first - 1];
    if (!plainSpace(p.post)) break;
    // a capitalised bare verb before a capitalised title is the noun it also is: "Board Chair",
    // "Harbour Authority spokeswoman" (the tagger reads a sentence's first word as an imperative)
    const nounVerb = /^\p{Lu}\p{Ll}/u.test(p.text) && /^\p{Lu}/u.test(terms[first].text) && isBareVerb(p);
    if (hasTag(p, STOP_TAGS) && !p.tags.has('Possessive') && !nounVerb) break;
    // ("Under Chair Lina Park, …": a preposition opening the sentence, which the tagger may read as an adjective)
    if (PREPOSITIONS.has(p.normal)) break;
    // modifiers of the title: "former", "North Korean", "Apple chief"; not any noun ("network")
    const capitalised = /^\p{Lu}/u.test(p.text);
    // a noun before a lower-case role is part of it: "press secretary", "union chief"
    const nounModifier = !name.title && p.tags.has('Noun') && !hasTag(p, ['Plural', 'Pronoun', 'Date', 'Value']);
    if (!capitalised && !nounModifier && !hasTag(p, ['Adjective', 'Possessive', 'Actor'])) break;
    // before a written title ("a decision Mayor Ana Ruiz called") only adjectives belong to it
    if (!capitalised && name.title && !hasTag(p, ['Adjective', 'Possessive'])) break;
    if (capitalised && !nounVerb && !hasTag(p, ['Adjective', 'Noun', 'Possessive'])) break;
    first--;
  }
  const descriptor = text.slice(terms[first].start, end).trim();
  // a bare courtesy title says nothing about the person
  if (!descriptor || COURTESY.test(descriptor)) return null;
  return ownString(descriptor);
}

/** Possessives that say only whose the role is: "Its mayor, Ana Ruiz,". */
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/**
 * "The Minister of Coastal Affairs, Idris Bakare, said", "The finance chief, Maura Lint,": a
 * role that opens the sentence, set off by commas before the name, is the name's title (its
 * article dropped). Only a noun phrase with no verb that names a role, and only when a comma
 * (or the sentence's end) closes the name.
 */
function roleSetOff(terms: readonly Term[], name: NameSpan, text: string): string | null {
  const k = name.first - 1;
  const after = terms[name.last].post;
  if (name.last + 1 < terms.length && !/^,/.test(after.trim())) return null;
  let first = 0;
  if (/[\p{L}\p{N}]/u.test(terms[0].pre)) return null;
  if (hasTag(terms[0], ['Determiner']) || POSSESSIVE_PRONOUNS.has(terms[0].normal)) first = 1;
  if (first > k) return null;
  let role = false;
  for (let m = first; m <= k; m++) {
    const t = terms[m];
    if (m < k && !plainSpace(t.post)) return null;
    if (t.tags.has('Verb') && !hasTag(t, ['Noun', 'Adjective'])) return null;
    if (hasTag(t, ['Pronoun', 'QuestionWord', 'Value', 'Date']) && !t.tags.has('Possessive')) return null;
    // ("Oxfam's head of policy, Daniel Kemp,", "His Ashcombe counterpart, Lee Dawson,")
    if (namesRole(t) || PERSON_TITLES.has(t.normal) || t.normal === 'counterpart' || (t.normal === 'head' && terms[m + 1]?.normal === 'of')) role = true;
  }
  if (!role) return null;
  return ownString(text.slice(terms[first].start, terms[k].end).trim()) || null;
}

const RELATIVES = new Set(['who', 'whose', 'whom']);
const WORKS_AT = new Set(['of', 'at', 'from']);
const MAX_BODY = 6;

/**
 * "Ian Sole of SUSS, …": the last term of the capitalised name after "of", "at" or "from" right
 * after the name ending at terms[j], when a comma follows it; else -1.
 */
function whereAfter(terms: readonly Term[], j: number): number {
  if (j + 2 >= terms.length || !plainSpace(terms[j].post) || !WORKS_AT.has(terms[j + 1].normal) || !plainSpace(terms[j + 1].post)) return -1;
  for (let k = j + 2; k < terms.length && k - j <= MAX_BODY; k++) {
    const t = terms[k];
    if (!/^\p{Lu}/u.test(t.text) && !(k > j + 2 && /^(?:of|for|and|the)$/.test(t.normal))) return -1;
    if (/^,\s+$/.test(t.post)) return /^\p{Lu}/u.test(t.text) ? k : -1;
    if (!plainSpace(t.post)) return -1;
  }
  return -1;
}

/** The name starting at terms[i] follows "Name of", "Name at": where a person works. */
function bodyOfSomeone(terms: readonly Term[], i: number): boolean {
  return i >= 2 && WORKS_AT.has(terms[i - 1].normal) && plainSpace(terms[i - 1].post) && plainSpace(terms[i - 2].post) && /^\p{Lu}/u.test(terms[i - 2].text);
}

/** The appositive after "Name," up to the next comma or the end of the sentence, or null. */
export function appositive(terms: readonly Term[], name: NameSpan, text: string, type: EntityType): string | null {
  let last = terms[name.last];
  let lastIndex = name.last;
  // "Professor Ian Sole of SUSS, a former MP,": a person's description reaches back over where
  // the person works (the body gets no person's role below)
  if (type === 'person' && name.end === last.end) {
    const body = whereAfter(terms, name.last);
    if (body > 0) {
      lastIndex = body;
      last = terms[body];
    }
  }
  // "Acme Corp., a Dallas-based chipmaker,": the name may have taken the abbreviation's full stop
  const post = lastIndex === name.last && name.end === last.end + 1 ? last.post.slice(1) : last.post;
  if ((lastIndex === name.last && name.end < last.end) || !/^,\s+$/.test(post)) return null;
  const body = lastIndex === name.last && bodyOfSomeone(terms, name.first);
  let first = lastIndex + 1;
  if (first >= terms.length) return null;
  // an age: "Smith, 45, a teacher"
  if (terms[first].tags.has('Value') && /^,\s+$/.test(terms[first].post)) first++;
  if (first >= terms.length) return null;
  const lead = terms[first];
  const opens =
    lead.tags.has('Determiner') ||
    lead.tags.has('Possessive') ||
    (/^\p{Ll}/u.test(lead.text) && hasTag(lead, ['Noun', 'Adjective']) && !hasTag(lead, ['Pronoun', 'Verb']));
  if (!opens || (lead.tags.has('Pronoun') && !lead.tags.has('Possessive'))) return null;
  // a place or an organisation is described by a noun phrase ("Acme Corp., a Dallas-based
  // chipmaker,"), never by what follows "Austin, Texas, employs…"
  if (type !== 'person' && !hasTag(lead, ['Determiner', 'Possessive'])) return null;
  // what describes a person names a role ("the party leader", "a teacher"); a person's role
  // after "Name of Body," is the person's, not the body's (its own, "the chipmaker", stays)
  // (after another's possessive, a body or a place is described by what it is to them, "its
  // main rivals"; "…fell 13% in Dublin, their biggest drop since …" says what happened there)
  const whose = type !== 'person' && POSSESSIVE_PRONOUNS.has(lead.normal);
  const described = (k: number): boolean => {
    const role = terms.slice(first, k + 1).some((t) => namesRole(t) && !isRoleWord(t.normal));
    if (whose && !terms.slice(first + 1, k + 1).some((t) => isRoleWord(t.normal) || isRoleWord(t.normal.replace(/s$/, '')) || namesRole(t))) return false;
    return type === 'person' ? role && !body : !(body && role);
  };
  for (let k = first; k < terms.length && k - first < MAX_APPOSITIVE; k++) {
    const t = terms[k];
    // "an epidemiologist at Yale who led the research": the description ends at its clause
    if (RELATIVES.has(t.normal) && k > first + 1 && plainSpace(terms[k - 1].post)) return described(k - 1) ? ownString(text.slice(terms[first].start, terms[k - 1].end)) : null;
    if (t.tags.has('Verb') && !t.tags.has('Adjective')) return null;
    if (hasTag(t, ['QuestionWord', 'Conjunction'])) return null;
    if (t.tags.has('Pronoun') && !t.tags.has('Possessive')) return null;
    const post = t.post.trim();
    if (post.startsWith(',') || k === terms.length - 1) {
      if (k === terms.length - 1 && post && !/^[.!?]/.test(post)) return null;
      if (post && !/^[,.!?]/.test(post)) return null;
      if (!described(k)) return null;
      return ownString(text.slice(terms[first].start, t.end));
    }
    // ("an analyst at Brandt & Co. in Frankfurt": an abbreviation's full stop goes on)
    if (post && !/^[-–]$/.test(post) && !(post === '.' && t.tags.has('Abbreviation'))) return null;
  }
  return null;
}
