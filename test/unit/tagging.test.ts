// The batch tagger: sentences tagged together in one compromise call must come out exactly
// as they do when each is tagged alone, or incremental analysis (which tags only what an
// edit changed, in whatever batch it falls) would differ from a fresh analysis.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze, clearTaggingCache } from '../../src/engine';
import { tagSentences } from '../../src/engine/incremental';
import { MAX_BATCH, MAX_CHUNK, tagSentence, taggerBatchCount, taggerCallCount, type TaggedSentence } from '../../src/engine/tagging';
import { runToEnd } from '../../src/engine/slicing';
import { segment } from '../../src/engine/document';

const ARTICLE = [
  'Dock workers walk out at Port Vesna',
  '',
  'About 1,200 dock workers at Port Vesna stopped work on Monday, the Harbour Workers’ Union said.',
  '',
  '“We didn’t want this,” said Marta Okonkwo, the union’s chair. “They left us no choice.”',
  '',
  'Gov. Lena Park said the U.S. Coast Guard had been told. The port’s owner, Vesna Holdings Inc., said it lost $3.4 million a day.',
  '',
  'Mr. Okonkwo’s brother, a crane driver since the ’90s, said he’d rock ’n’ roll all night if the strike won. It isn’t over!',
  '',
  `A list that never ends: ${'crates, cranes and containers, '.repeat(60)}and more.`,
  '',
].join('\n');

/** Each sentence tagged on its own, with an empty cache each time. */
function alone(text: string): TaggedSentence[] {
  return analyze(text).sentences.map((s) => {
    clearTaggingCache();
    return tagSentence(text.slice(s.start, s.end), s.start);
  });
}

const plain = (tagged: readonly TaggedSentence[]) =>
  tagged.map((t) => ({ terms: t.terms.map((term) => ({ ...term, tags: [...term.tags] })), candidates: t.candidates.map((c) => ({ ...c })) }));

describe('batch tagging', () => {
  it('tags sentences together exactly as it tags each alone', () => {
    const expected = alone(ARTICLE);
    clearTaggingCache();
    const sentences = analyze(ARTICLE).sentences;
    clearTaggingCache();
    const together = runToEnd(tagSentences(ARTICLE, sentences, (error) => { throw error; }));
    assert.ok(sentences.some((s) => s.end - s.start > MAX_CHUNK), 'the article has an over-long sentence');
    assert.deepEqual(plain(together), plain(expected));
    // and the names compromise found are there, with offsets into the article
    const names = together.flatMap((t) => t.candidates).map((c) => [c.type, ARTICLE.slice(c.start, c.end)]);
    assert.ok(names.some(([type, text]) => type === 'person' && text === 'Marta Okonkwo'), JSON.stringify(names));
  });

  it('tags every word, and finds every name, as compromise\'s default build does', () => {
    // the engine loads compromise's "two" build and does people(), places() and organizations()
    // itself: check both against the default build, with all its plugins
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const stock = require('compromise') as (text: string) => Stock;
    type Phrase = { offset?: { start: number; length: number } };
    type Stock = {
      json: (o: object) => { terms: { text: string; tags: string[] }[] }[];
      people: () => { json: (o: object) => Phrase[] };
      places: () => { json: (o: object) => Phrase[] };
      organizations: () => { json: (o: object) => Phrase[] };
    };
    const text = `${ARTICLE}\nSpencer’s King met Paris, France and Lagos, Nigeria officials. Asia, Africa and Europe agreed. Dr. Ana Ruiz, Mr. Lee and the Tokyo Stock Exchange said so at 10 Downing Street.`;
    const { sentences } = analyze(text);
    let names = 0;
    for (const s of sentences.filter((x) => x.end - x.start <= MAX_CHUNK)) {
      const piece = text.slice(s.start, s.end);
      clearTaggingCache();
      const ours = tagSentence(piece, 0);
      const doc = stock(piece);
      const tags = (list: { text: string; tags: Iterable<string> }[]) => list.map((t) => [t.text, [...t.tags].sort()]);
      assert.deepEqual(tags(ours.terms), tags(doc.json({ terms: { tags: true } }).flatMap((x) => x.terms)), piece);
      const spans = (type: string, view: { json: (o: object) => Phrase[] }) =>
        view.json({ offset: true }).map((p) => [type, p.offset?.start, p.offset?.length]);
      const theirs = [...spans('person', doc.people()), ...spans('place', doc.places()), ...spans('organization', doc.organizations())];
      // ours are trimmed of punctuation and quotation marks: compare where each starts, and how many
      assert.equal(ours.candidates.length, theirs.length, `${piece}: ${JSON.stringify(ours.candidates)} / ${JSON.stringify(theirs)}`);
      for (const [type, start] of theirs) assert.ok(ours.candidates.some((c) => c.type === type && Math.abs(c.start - (start as number)) <= 1), `${piece}: ${type} at ${start}`);
      names += theirs.length;
    }
    assert.ok(names >= 10, `${names} names compared`);
  });

  it('loads compromise, and makes its first call, each in a step of its own', () => {
    // compromise is loaded once per process: watch a fresh one
    const nlpModule = JSON.stringify(join(__dirname, '..', '..', 'src', 'engine', 'nlp.js'));
    const script = `const n = require(${nlpModule}); const steps = n.readyNlpSteps(); const seen = [];
for (let s = steps.next(); !s.done; s = steps.next()) seen.push(n.isNlpLoaded());
seen.push(n.isNlpLoaded(), [...n.readyNlpSteps()].length); console.log(JSON.stringify(seen));`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    // not loaded at the first pause, loaded at the next two (before and after the first call),
    // and nothing left to do the second time
    assert.deepEqual(JSON.parse(child.stdout), [false, true, true, true, 0]);
  });

  it('calls compromise once per batch of new sentences, not once per sentence', () => {
    clearTaggingCache();
    const pieces = taggerCallCount();
    const calls = taggerBatchCount();
    const { sentences } = analyze(ARTICLE);
    const tagged = taggerCallCount() - pieces;
    const batches = taggerBatchCount() - calls;
    assert.ok(tagged >= sentences.length, `${tagged} pieces for ${sentences.length} sentences`);
    assert.ok(batches <= Math.ceil(ARTICLE.length / MAX_BATCH) + 1, `${batches} calls for ${ARTICLE.length} characters`);
    assert.ok(batches < sentences.length / 2, `${batches} calls for ${sentences.length} sentences`);
  });

  it('places the remembered taggings of a paragraph wherever the paragraph moves', () => {
    const tagAll = (text: string) => {
      const { paragraphs, sentences, locals } = segment(text, 'plaintext');
      return runToEnd(tagSentences(text, sentences, (error) => { throw error; }, undefined, paragraphs, locals));
    };
    clearTaggingCache();
    tagAll(ARTICLE);
    // every paragraph moves down, then back up, then the text is cut short; nothing is tagged afresh
    const calls = taggerCallCount();
    for (const text of ['Update: the strike ended.\n\n' + ARTICLE, ARTICLE.slice(1), ARTICLE]) {
      const placed = tagAll(text);
      const expected = analyze(text).sentences.map((s) => tagSentence(text.slice(s.start, s.end), s.start));
      assert.deepEqual(plain(placed), plain(expected));
      for (const t of placed) for (const term of t.terms) assert.equal(text.slice(term.start, term.end).length, term.end - term.start);
    }
    assert.equal(taggerCallCount() - calls, 2, 'only the new first sentence and the cut one are tagged');
  });

  it('tags nothing again when nothing changed', () => {
    analyze(ARTICLE);
    const calls = taggerBatchCount();
    analyze(ARTICLE);
    assert.equal(taggerBatchCount(), calls);
  });
});
