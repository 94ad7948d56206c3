// Quality of quotation spans and their attribution on PolNeAR (development split).
//
// Ground truth, derived from the corpus without reading Newsdesk's own output:
// - Reference quotations: in each paragraph (blank-line separated), a curly “ pairs with the
//   next ”, and straight " marks pair in order (first with second, third with fourth); a
//   pair counts when at least 80% of its inner text lies inside the Content of one
//   annotated attribution (the smallest such Content, for nested attributions). Quotes
//   nobody annotated (titles, scare quotes, missed quotes) are left out.
// - A reference quotation is *attributed* when that attribution has a Source; the Source
//   span is its speaker.
// Spans are compared on their inner text with surrounding spaces, marks and punctuation
// trimmed, so “Yes,” and compromise's `Yes` match. (The reference pairs curly and straight
// marks independently, so a curly quote inside a straight-quoted excerpt is a reference
// quotation that Newsdesk, reading it as a quote within the quote, does not list: a few of
// the recall misses are that.)
//
// Measures:
// 1. quote-span recall: reference quotations Newsdesk finds exactly, beside compromise's
//    `.quotations()` run on each paragraph;
// 2. false alarms: attributed reference quotations that Newsdesk finds but calls
//    unattributed (a quotation that would be flagged);
// 3. speaker accuracy: attributed reference quotations whose speaker overlaps the Source,
//    or resolves to the same entity (Source "he" resolved to the speaker's entity; speaker
//    "he" resolved to an entity the Source names).
//    A second figure leaves out references whose annotated Source is only a cue verb
//    ("said"): annotation slips that no speaker can match. The other misses are counted by
//    kind: credited to another speaker (how many of those a pronoun), left unattributed, or
//    read as a title or scare quote.
// `QUOTES_MISSES=1` prints each miss (to the console only; corpus text never enters the repo).

import { analyze, type Analysis, type Quote } from '../../src/engine';
import { cueVerbBase } from '../../src/engine/lexicon';
import { loadPolnear, type BratSpan, type Relation } from '../polnear';

interface Reference {
  start: number;
  end: number;
  relation: Relation;
}

const TRIM = /[\s"“”'‘’.,!?;:—–-]/;

function trimmed(text: string, start: number, end: number): string {
  while (start < end && TRIM.test(text[start])) start++;
  while (end > start && TRIM.test(text[end - 1])) end--;
  return `${start}:${end}`;
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

function referencePairs(text: string): { start: number; end: number }[] {
  const pairs: { start: number; end: number }[] = [];
  for (const p of paragraphsOf(text)) {
    let curly = -1;
    let straight = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === '“') curly = i;
      else if (c === '”' && curly >= 0) {
        pairs.push({ start: curly, end: i + 1 });
        curly = -1;
      } else if (c === '"') {
        if (straight < 0) straight = i;
        else {
          pairs.push({ start: straight, end: i + 1 });
          straight = -1;
        }
      }
    }
  }
  return pairs;
}

function covered(span: BratSpan | null, start: number, end: number): number {
  if (!span) return 0;
  let n = 0;
  for (const f of span.fragments) n += Math.max(0, Math.min(end, f.end) - Math.max(start, f.start));
  return n;
}

function size(span: BratSpan | null): number {
  return span ? span.fragments.reduce((n, f) => n + f.end - f.start, 0) : 0;
}

function references(text: string, relations: Relation[]): Reference[] {
  const out: Reference[] = [];
  for (const pair of referencePairs(text)) {
    const inner = pair.end - pair.start - 2;
    if (inner <= 0) continue;
    let best: Relation | null = null;
    for (const r of relations) {
      if (covered(r.content, pair.start + 1, pair.end - 1) >= 0.8 * inner && (!best || size(r.content) < size(best.content))) best = r;
    }
    if (best) out.push({ ...pair, relation: best });
  }
  return out;
}

function overlapsSpan(span: BratSpan | null, start: number, end: number): boolean {
  return covered(span, start, end) > 0;
}

const PRONOUN = /^(he|she|him|her|they|it|i|we)$/i;

/** The entity a Source span stands for: a mention inside it, or, for a pronoun, the nearest earlier person. */
function sourceEntities(analysis: Analysis, source: BratSpan): Set<number> {
  const out = new Set<number>();
  let nearest: { start: number; entity: number } | null = null;
  const first = source.fragments[0].start;
  analysis.entities.forEach((entity, index) => {
    for (const m of entity.mentions) {
      if (overlapsSpan(source, m.start, m.end)) out.add(index);
      if (entity.type === 'person' && m.start < first && (!nearest || m.start > nearest.start)) nearest = { start: m.start, entity: index };
    }
  });
  if (!out.size && PRONOUN.test(source.text.trim()) && nearest) out.add((nearest as { entity: number }).entity);
  return out;
}

function speakerMatches(analysis: Analysis, quote: Quote, source: BratSpan): boolean {
  const speaker = quote.speaker;
  if (!speaker) return false;
  if (overlapsSpan(source, speaker.start, speaker.end)) return true;
  // a pronoun speaker is no mention: it resolves to the entity its name is the name of
  const index = speaker.entity ?? analysis.entities.findIndex((e) => e.name === speaker.name);
  if (index < 0) return false;
  if (sourceEntities(analysis, source).has(index)) return true;
  const entity = analysis.entities[index];
  const last = entity.name.split(/\s+/).pop() ?? '';
  return last.length > 2 && new RegExp(`\\b${last.replace(/[^\p{L}\p{N}]/gu, '.')}\\b`, 'iu').test(source.text);
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

interface JsonPhrase {
  offset?: { start: number; length: number };
}

export function runQuoteSections(polnearDir: string): void {
  const articles = loadPolnear(polnearDir);
  // stock compromise, with every plugin (.quotations() is in its default "three" build; the engine loads "two")
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as typeof import('compromise');
  const showMisses = process.env.QUOTES_MISSES === '1';
  let total = 0;
  let found = 0;
  let baseline = 0;
  let attributed = 0;
  let attributedFound = 0;
  let falseAlarms = 0;
  let speakersRight = 0;
  let cueOnlySources = 0;
  let speakersRightOfNamed = 0;
  let anonymousCalls = 0;
  // why speakers were missed (references whose Source is more than a cue verb)
  const missedAs = { wrongSpeaker: 0, titleOrScare: 0, unattributed: 0, pronoun: 0 };
  let flaggedOutside = 0;
  let newsdeskQuotes = 0;
  const miss = (kind: string, article: string, text: string, detail: string) => {
    if (showMisses) console.log(`  [${kind}] ${article}: ${text.replace(/\s+/g, ' ').slice(0, 300)} ${detail}`);
  };
  for (const article of articles) {
    const { text } = article;
    const analysis = analyze(text, { format: 'plaintext' });
    newsdeskQuotes += analysis.quotes.length;
    const byKey = new Map<string, Quote>();
    for (const q of analysis.quotes) byKey.set(trimmed(text, q.start, q.end), q);
    const compromiseKeys = new Set<string>();
    for (const p of paragraphsOf(text)) {
      const doc = nlp(text.slice(p.start, p.end));
      for (const phrase of doc.quotations().json({ offset: true }) as JsonPhrase[]) {
        if (phrase.offset) compromiseKeys.add(trimmed(text, p.start + phrase.offset.start, p.start + phrase.offset.start + phrase.offset.length));
      }
    }
    const refs = references(text, article.relations);
    const refKeys = new Set(refs.map((r) => trimmed(text, r.start, r.end)));
    for (const ref of refs) {
      total++;
      const key = trimmed(text, ref.start, ref.end);
      if (compromiseKeys.has(key)) baseline++;
      const quote = byKey.get(key);
      if (quote) found++;
      else miss('span', article.name, text.slice(ref.start, ref.end), '');
      const source = ref.relation.source;
      if (!source) continue;
      attributed++;
      if (!quote) continue;
      attributedFound++;
      if (quote.status === 'anonymous') anonymousCalls++;
      if (quote.status === 'unattributed' && quote.kind === 'quotation') {
        falseAlarms++;
        const context = text.slice(Math.max(0, ref.start - 150), Math.min(text.length, ref.end + 80));
        miss('false-alarm', article.name, context, `| quote=${quote.text.slice(0, 40)} source=${source.text}`);
      }
      const right = speakerMatches(analysis, quote, source);
      if (right) speakersRight++;
      // an annotation slip: the Source span is only the cue verb ("said"), which no speaker can match
      const cueOnly = cueVerbBase(source.text.trim()) !== undefined;
      if (cueOnly) cueOnlySources++;
      else if (right) speakersRightOfNamed++;
      else {
        if (quote.kind !== 'quotation') missedAs.titleOrScare++;
        else if (quote.status === 'unattributed') missedAs.unattributed++;
        else missedAs.wrongSpeaker++;
        if (quote.kind === 'quotation' && quote.speaker && PRONOUN.test(quote.speaker.text)) missedAs.pronoun++;
        if (quote.status !== 'unattributed' || quote.kind !== 'quotation') {
          const context = text.slice(Math.max(0, Math.min(ref.start, source.fragments[0].start) - 60), Math.min(text.length, ref.end + 80));
          miss('speaker', article.name, context, `| ours=${quote.speaker?.text ?? '-'}→${quote.speaker?.name ?? '-'} (${quote.status}/${quote.kind}) gold=${source.text}`);
        }
      }
    }
    for (const finding of analysis.findings) {
      if (finding.code === 'unattributed-quote' && !refKeys.has(trimmed(text, finding.start, finding.end))) {
        flaggedOutside++;
        miss('outside', article.name, text.slice(Math.max(0, finding.start - 120), Math.min(text.length, finding.end + 60)), `| quote=${text.slice(finding.start, finding.end)}`);
      }
    }
  }
  console.log('quotes (PolNeAR dev):');
  console.log(`  reference quotations: ${total} (${attributed} attributed) in ${articles.length} articles; Newsdesk found ${newsdeskQuotes} quotes in all`);
  console.log(`  quote-span recall: Newsdesk ${pct(found, total)} (${found}/${total}); compromise .quotations() ${pct(baseline, total)} (${baseline}/${total})`);
  console.log(`  false alarms (attributed, called unattributed): ${pct(falseAlarms, attributedFound)} (${falseAlarms}/${attributedFound})`);
  console.log(`  speaker accuracy: ${pct(speakersRight, attributedFound)} (${speakersRight}/${attributedFound}); called anonymous: ${anonymousCalls}`);
  const named = attributedFound - cueOnlySources;
  console.log(`  speaker accuracy leaving out ${cueOnlySources} references whose annotated Source is only a cue verb: ${pct(speakersRightOfNamed, named)} (${speakersRightOfNamed}/${named})`);
  console.log(
    `  speaker misses by kind: ${missedAs.wrongSpeaker} credited to another speaker (${missedAs.pronoun} of them a pronoun), ` +
      `${missedAs.unattributed} unattributed quotations, ${missedAs.titleOrScare} read as a title or scare quote`,
  );
  console.log(`  unattributed-quote findings on quotes outside any annotated Content: ${flaggedOutside}`);
}
