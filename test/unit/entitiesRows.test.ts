// The entity stage keeps the document's names end to end from one run to the next
// (entities/paragraphs.ts NameRows) and trusts the last run's paragraphs while no word
// they asked the case statistics about changed (entities.ts). Each edit below must give
// exactly what a cold run gives: a word's case changing elsewhere, paragraphs coming and
// going, names, descriptors, acronyms and headlines changing, repeated paragraphs, and runs
// that pause and interleave. An analysis returned earlier must never change afterwards.

import * as assert from 'node:assert/strict';
import { analyze, analyzeAsync, clearTaggingCache, type Analysis, type DocumentFormat } from '../../src/engine';

function cold(text: string, format: DocumentFormat): Analysis['entities'] {
  clearTaggingCache();
  return analyze(text, { format }).entities;
}

/** Analyses each text in turn, warm, checking it against a cold analysis and that earlier results stay as they were. */
function chain(texts: readonly string[], format: DocumentFormat = 'plaintext'): void {
  clearTaggingCache();
  const kept: { analysis: Analysis; json: string }[] = [];
  for (const text of texts) {
    const analysis = analyze(text, { format });
    const json = JSON.stringify(analysis.entities);
    kept.push({ analysis, json });
    // warm again (the state is now this text's), then cold
    assert.deepEqual(analyze(text, { format }).entities, analysis.entities, text.slice(0, 60));
    const expected = cold(text, format);
    assert.deepEqual(analysis.entities, expected, text.slice(0, 60));
    // back to the state of this text for the next warm step
    analyze(text, { format });
  }
  for (const { analysis, json } of kept) assert.equal(JSON.stringify(analysis.entities), json);
}

/** Every text of a chain of edits, analysed one after the other without a cold run between. */
function warmChain(texts: readonly string[], format: DocumentFormat = 'plaintext'): void {
  clearTaggingCache();
  const results = texts.map((text) => analyze(text, { format }));
  const snapshots = results.map((r) => JSON.stringify(r.entities));
  texts.forEach((text, i) => assert.deepEqual(results[i].entities, cold(text, format), `step ${i}: ${text.slice(0, 60)}`));
  results.forEach((r, i) => assert.equal(JSON.stringify(r.entities), snapshots[i], `step ${i} changed afterwards`));
}

const BODY = [
  'Leeson said the harbour plan would work. Mayor Ana Ruiz agreed on Tuesday.',
  'The Korean Central News Agency (KCNA) reported the talks. Officials at Morgan Stanley said little.',
  'Ruiz met teacher Tomas Berg, a local councillor, in Riverton. Berg said the ferry would run.',
  'SPRINGFIELD, Ill. (AP) — Acme Corp. said it would hire 40 people. Acme shares rose.',
  'KCNA said Ruiz would visit Springfield. Leeson and Berg declined to comment.',
];

const story = (paragraphs: readonly string[]) => paragraphs.join('\n\n') + '\n';

describe('entity stage: the document kept from run to run', () => {
  it('finds a name again when a word it asked about is written in lower case elsewhere', () => {
    // "Leeson" opening a sentence is a name while the article never writes "leeson" in lower case
    const lower = [...BODY];
    lower[2] = lower[2].replace('the ferry would run', 'the leeson would run');
    warmChain([story(BODY), story(lower), story(BODY), story(lower)]);
    chain([story(BODY), story(lower), story(BODY)]);
  });

  it('gives a cold run\'s entities after edits in two paragraphs at once, as typing elsewhere does', () => {
    const texts: string[] = [];
    const base = story(BODY);
    for (const word of ['harbour', 'Ruiz', 'teacher', 'Acme', 'KCNA', 'Riverton', 'Berg', 'Korean', 'Springfield', 'Stanley']) {
      const at = base.indexOf(word) + 2;
      texts.push(base.slice(0, at) + 'x' + base.slice(at));
    }
    warmChain(texts);
  });

  it('follows paragraphs that come, go, repeat and change places', () => {
    const [a, b, c, d, e] = BODY;
    warmChain([
      story(BODY),
      story([a, b, c, 'A new paragraph names Lena Okafor of the Riverton Harbour Authority.', d, e]),
      story([a, c, d, e]),
      story([a, b, a, b, c, d, e]),
      story([e, d, c, b, a]),
      story([a]),
      story([]),
      story([c, c, c]),
      story(BODY),
    ]);
  });

  it('changes a name, a descriptor, an acronym and a dateline the way a cold run does', () => {
    const edits = [
      (t: string) => t.replace('teacher Tomas Berg', 'teacher Tomas Bergman'),
      (t: string) => t.replace('teacher Tomas', 'lawyer Tomas'),
      (t: string) => t.replace('(KCNA)', '(KCN)'),
      (t: string) => t.replace('SPRINGFIELD, Ill. (AP) —', 'Springfield, Ill., said'),
      (t: string) => t.replace('a local councillor', 'the local councillor'),
      (t: string) => t.replace('Mayor Ana Ruiz', 'Ana'),
    ];
    const texts = [story(BODY)];
    for (const edit of edits) texts.push(edit(texts[texts.length - 1]));
    warmChain(texts);
    chain(texts);
  });

  it('matches headline names against the body as it changes', () => {
    const doc = (body: readonly string[]) => '# RUIZ VISITS RIVERTON\n\n' + story(body) + '\n## ACME SHARES RISE IN SPRINGFIELD\n\nMore to come.\n';
    const without = BODY.map((p) => p.replace(/Riverton/g, 'Oslo'));
    warmChain([doc(BODY), doc(without), doc(BODY), doc(BODY.slice(0, 2)), doc(BODY)], 'markdown');
  });

  it('gives the same entities when runs pause and interleave', async () => {
    clearTaggingCache();
    const one = story(BODY);
    const two = story([...BODY.slice(0, 3), BODY[3].replace('Acme', 'Acmx'), BODY[4].replace('Leeson', 'leeson')]);
    analyze(one);
    // a run that pauses after every step, with plain runs of the other text between its steps
    let done = false;
    const sliced = analyzeAsync(two, undefined, { yieldEvery: 0 }).finally(() => (done = true));
    const others: Analysis[] = [];
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      others.push(analyze(others.length % 2 ? one : two));
    }
    const expectedTwo = cold(two, 'plaintext');
    const expectedOne = cold(one, 'plaintext');
    assert.deepEqual((await sliced).entities, expectedTwo);
    others.forEach((a, i) => assert.deepEqual(a.entities, i % 2 ? expectedOne : expectedTwo));
    assert.ok(others.length > 3, `${others.length} runs between`);
  });
});

describe('entity names after many paragraphs move at once', () => {
  it('gives the cold result when one paragraph is deleted and then another, far from it, instead', () => {
    // the same number of paragraphs both times, but every paragraph between the two places
    // holds another paragraph's names: replaced in one stretch, not paragraph by paragraph
    const people = ['Ana Ruiz', 'Tomas Berg', 'Lena Okafor', 'Omar Haddad', 'Ines Duarte', 'Kwame Mensah', 'Greta Lind', 'Pavel Novak', 'Sara Kim', 'Rui Costa', 'Mia Holm', 'Dev Patel'];
    const paragraphs = people.map((name, i) => `${name} of the Harbour Authority spoke in Marlow on day ${i + 1}. ${name.split(' ')[1]} said the ferry would sail.`);
    const without = (k: number) => `${paragraphs.filter((_, i) => i !== k).join('\n\n')}\n`;
    warmChain([`${paragraphs.join('\n\n')}\n`, without(1), without(11), without(0), without(10)]);
  });
});
