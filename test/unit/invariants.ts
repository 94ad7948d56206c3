// What every Analysis must satisfy, whatever the text: the checks the fuzz, pathological
// and incremental tests run on each input. Returns the broken invariants as readable
// lines (empty when all hold), so a failing property names what broke and where.

import type { Analysis, Span } from '../../src/engine';
import { tagSentence } from '../../src/engine/tagging';

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether [span.start, span.end) is exactly one word the tagger tagged as a pronoun. The
 * pronoun spans of each sentence are worked out once per check (`memo`): a 5 MB sentence
 * with thousands of pronoun speakers must not be re-tagged for each of them.
 */
function isPronounAt(text: string, a: Analysis, span: Span, memo: Map<number, Set<string>>): boolean {
  // sentences are in document order: the last one starting at or before the span
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.sentences[mid].start <= span.start) lo = mid;
    else hi = mid - 1;
  }
  const index = lo;
  if (!a.sentences[index] || a.sentences[index].start > span.start || span.end > a.sentences[index].end) return false;
  let pronouns = memo.get(index);
  if (!pronouns) {
    const sentence = a.sentences[index];
    const { terms } = tagSentence(text.slice(sentence.start, sentence.end), sentence.start);
    pronouns = new Set(terms.filter((t) => t.tags.has('Pronoun')).map((t) => `${t.start}:${t.end}`));
    memo.set(index, pronouns);
  }
  return pronouns.has(`${span.start}:${span.end}`);
}

export function violations(text: string, a: Analysis): string[] {
  const out: string[] = [];
  const mentionKeys = new Set(a.entities.flatMap((e, i) => e.mentions.map((m) => `${i}:${m.start}:${m.end}`)));
  const pronounMemo = new Map<number, Set<string>>();
  const offset = (where: string, o: unknown) => {
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || o > text.length) {
      out.push(`${where}: offset ${String(o)} outside [0, ${text.length}]`);
      return;
    }
    if (o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o)))
      out.push(`${where}: offset ${o} splits a surrogate pair`);
  };
  const span = (where: string, s: Span | null | undefined) => {
    if (!s) {
      out.push(`${where}: missing span`);
      return;
    }
    offset(`${where}.start`, s.start);
    offset(`${where}.end`, s.end);
    if (!(s.start < s.end)) out.push(`${where}: empty or reversed range [${s.start}, ${s.end})`);
  };
  const sameText = (where: string, s: Span & { text: string }) => {
    if (s.text !== text.slice(s.start, s.end))
      out.push(`${where}: text ${JSON.stringify(s.text.slice(0, 40))} is not the text at [${s.start}, ${s.end})`);
  };
  const index = (where: string, i: number | null, length: number) => {
    if (i !== null && !(Number.isInteger(i) && i >= 0 && i < length)) out.push(`${where}: index ${i} outside [0, ${length})`);
  };

  if (a.length !== text.length) out.push(`length ${a.length} is not the text length ${text.length}`);
  a.paragraphs.forEach((p, i) => {
    span(`paragraphs[${i}]`, p);
    p.sentences.forEach((s, k) => {
      index(`paragraphs[${i}].sentences[${k}]`, s, a.sentences.length);
      if (a.sentences[s] && a.sentences[s].paragraph !== i) out.push(`paragraphs[${i}] lists sentence ${s} of paragraph ${a.sentences[s].paragraph}`);
    });
  });
  a.sentences.forEach((s, i) => {
    span(`sentences[${i}]`, s);
    index(`sentences[${i}].paragraph`, s.paragraph, a.paragraphs.length);
  });
  a.excluded.forEach((e, i) => span(`excluded[${i}]`, e));

  a.entities.forEach((e, i) => {
    if (!e.name) out.push(`entities[${i}]: empty name`);
    if (e.mentions.length === 0) out.push(`entities[${i}] (${e.name}): no mentions`);
    e.mentions.forEach((m, k) => {
      span(`entities[${i}].mentions[${k}]`, m);
      sameText(`entities[${i}].mentions[${k}]`, m);
      if (m.entity !== i) out.push(`entities[${i}].mentions[${k}]: entity ${m.entity}, not ${i}`);
      if (k > 0 && m.start < e.mentions[k - 1].start) out.push(`entities[${i}].mentions: not in document order at ${k}`);
    });
    e.quotes.forEach((q, k) => index(`entities[${i}].quotes[${k}]`, q, a.quotes.length));
    e.figures.forEach((f, k) => index(`entities[${i}].figures[${k}]`, f, a.figures.length));
    e.claims.forEach((c, k) => index(`entities[${i}].claims[${k}]`, c, a.claims.length));
  });

  a.quotes.forEach((q, i) => {
    span(`quotes[${i}]`, q);
    sameText(`quotes[${i}]`, q);
    if (q.speaker) {
      span(`quotes[${i}].speaker`, q.speaker);
      sameText(`quotes[${i}].speaker`, q.speaker);
      index(`quotes[${i}].speaker.entity`, q.speaker.entity, a.entities.length);
      const entity = q.speaker.entity === null ? undefined : a.entities[q.speaker.entity];
      // a speaker with an entity is a mention of it, or a pronoun that resolves to it
      if (entity && !mentionKeys.has(`${q.speaker.entity}:${q.speaker.start}:${q.speaker.end}`) && !isPronounAt(text, a, q.speaker, pronounMemo))
        out.push(`quotes[${i}].speaker [${q.speaker.start}, ${q.speaker.end}) "${q.speaker.text}" is neither a mention of entity ${q.speaker.entity} (${entity.name}) nor a pronoun`);
    }
    if (q.status === 'attributed' && !q.speaker) out.push(`quotes[${i}]: attributed without a speaker`);
    if (q.cue) span(`quotes[${i}].cue`, q.cue);
    if (q.continues !== null) {
      index(`quotes[${i}].continues`, q.continues, a.quotes.length);
      if (q.continues >= i) out.push(`quotes[${i}].continues ${q.continues} is not an earlier quote`);
    }
    if (i > 0 && q.start < a.quotes[i - 1].start) out.push(`quotes: not in document order at ${i}`);
  });

  a.figures.forEach((f, i) => {
    span(`figures[${i}]`, f);
    sameText(`figures[${i}]`, f);
    index(`figures[${i}].sentence`, f.sentence, a.sentences.length);
    if (f.source) {
      span(`figures[${i}].source`, f.source);
      index(`figures[${i}].source.entity`, f.source.entity, a.entities.length);
    }
  });
  a.claims.forEach((c, i) => {
    span(`claims[${i}]`, c);
    index(`claims[${i}].sentence`, c.sentence, a.sentences.length);
    if (c.source) {
      span(`claims[${i}].source`, c.source);
      index(`claims[${i}].source.entity`, c.source.entity, a.entities.length);
    }
  });

  a.findings.forEach((f, i) => {
    span(`findings[${i}] (${f.code})`, f);
    f.related.forEach((r, k) => span(`findings[${i}].related[${k}]`, r));
    index(`findings[${i}].subject`, f.subject.index, f.subject.type === 'quote' ? a.quotes.length : a.figures.length);
    const previous = a.findings[i - 1];
    if (previous && (previous.start > f.start || (previous.start === f.start && previous.end > f.end)))
      out.push(`findings: not sorted at ${i} ([${previous.start}, ${previous.end}) before [${f.start}, ${f.end}))`);
  });
  return out;
}
