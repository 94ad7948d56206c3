// Stage 1: the document model. Splits the text into paragraphs and sentences with offsets,
// and marks what is not prose (Markdown front matter, code, link targets).
// (Walking-skeleton version: blank-line paragraphs and a naive sentence split.)

import type { DocumentFormat, Excluded, Paragraph, Sentence } from './model';

export interface Segmented {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  excluded: Excluded[];
}

export function segment(text: string, _format: DocumentFormat): Segmented {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (end <= start || !m[0].trim()) continue;
    const index = paragraphs.length;
    const paragraph: Paragraph = { start, end, kind: 'prose', sentences: [] };
    const sre = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    const body = text.slice(start, end);
    for (let s = sre.exec(body); s; s = sre.exec(body)) {
      if (!s[0]) break;
      const lead = s[0].length - s[0].trimStart().length;
      const sStart = start + s.index + lead;
      const sEnd = start + s.index + s[0].trimEnd().length;
      if (sEnd > sStart) {
        paragraph.sentences.push(sentences.length);
        sentences.push({ start: sStart, end: sEnd, paragraph: index });
      }
    }
    paragraphs.push(paragraph);
  }
  return { paragraphs, sentences, excluded: [] };
}
