// sweep.ts replaces the step of compromise's tagger that picks, for each sentence, which of
// its tagging patterns to try. It must pick the same patterns in the same order, or the tags
// (and everything the engine reads from them) would change. Compare it with compromise's own.

import * as assert from 'node:assert/strict';
import { loadNlp, originalBulkMatch } from '../../src/engine/nlp';
import { bulkMatch } from '../../src/engine/sweep';

type Doc = {
  json: (o: object) => { terms: { text: string; normal: string; tags: string[] }[] }[];
  match: (pattern: string) => Doc;
  text: () => string;
};
type Plugin = ((text: string) => Doc) & { extend: (plugin: object) => void; methods: () => { one: { bulkMatch: unknown } } };

const ARTICLE = [
  'HARBOUR STRIKE ENTERS THIRD WEEK',
  'About 1,200 dock workers at Port Vesna stopped work on Monday, the Harbour Workers’ Union said.',
  '“We didn’t want this,” said Marta Okonkwo, the union’s chair. “They’ve left us no choice, and we’re not going back.”',
  'Gov. Lena Park, D-Vesna, said the U.S. Coast Guard had been told; the port’s owner, Vesna Holdings Inc., said it was losing $3.4m a day.',
  'Freight rates rose 12% in the first quarter, according to the shipping ministry, the fastest rise since 2009.',
  'Crane drivers and/or riggers can’t work 24/7, said a union steward who asked not to be named. #VesnaStrike',
  'Running, walking and waiting: the pickets have been standing outside the gate since 5 a.m., cold but cheerful.',
  'Would the talks resume? Nobody at the ministry would say when, or whether, they might.',
  'Dr. Ana Ruiz of St. Mary’s Hospital said she had treated three workers for exposure.',
].join('\n');

function tagsWith(nlp: Plugin, matcher: unknown, text: string): string {
  nlp.extend({ methods: { one: { bulkMatch: matcher } } });
  return JSON.stringify(nlp(text).json({ terms: { normal: true, tags: true } }).map((s) => s.terms.map((t) => [t.text, t.normal, [...t.tags]])));
}

describe('the pattern sweep (sweep.ts)', () => {
  const nlp = loadNlp() as unknown as Plugin;
  const theirs = originalBulkMatch();

  afterEach(() => nlp.extend({ methods: { one: { bulkMatch } } }));

  it('is what the engine\'s compromise uses', () => {
    assert.equal(nlp.methods().one.bulkMatch, bulkMatch);
    assert.notEqual(theirs, bulkMatch);
    assert.equal(typeof theirs, 'function');
  });

  it('tags every word of an article exactly as compromise\'s own sweep does', () => {
    const ours = tagsWith(nlp, bulkMatch, ARTICLE);
    const expected = tagsWith(nlp, theirs, ARTICLE);
    assert.equal(ours, expected);
    // and the article exercises the tagger: the patterns changed some tags
    assert.match(ours, /"Okonkwo","okonkwo",\[[^\]]*"Person"/);
  });

  it('tags each sentence alone as compromise\'s own sweep does', () => {
    for (const sentence of ARTICLE.split('\n')) assert.equal(tagsWith(nlp, bulkMatch, sentence), tagsWith(nlp, theirs, sentence), sentence);
  });

  it('finds what a one-off match finds, as compromise\'s own sweep does', () => {
    const found = (matcher: unknown, pattern: string) => {
      nlp.extend({ methods: { one: { bulkMatch: matcher } } });
      return nlp(ARTICLE).match(pattern).text();
    };
    for (const pattern of ['#Person+', '#Money', '(said|told) #Person', '#Value #Noun']) {
      assert.equal(found(bulkMatch, pattern), found(theirs, pattern), pattern);
    }
    assert.notEqual(found(bulkMatch, '#Money'), '');
  });

  it('does not try a pattern whose opening words stand nowhere side by side in the sentence', () => {
    type Methods = { one: { buildNet: (matches: object[], world: unknown) => unknown; match: (docs: unknown[], pattern: { match: string }) => { ptrs: unknown[] } } };
    const world = (nlp as unknown as { world: () => { methods: Methods } }).world();
    const { one } = world.methods;
    const net = one.buildNet(
      [
        { match: 'quick fox', tag: 'Adjective' }, // both words there, apart: cannot match
        { match: 'lazy #Noun', tag: 'Adjective' }, // "lazy dog": matches
        { match: '^over the', tag: 'Adjective' }, // the words are there, not at the start
        { match: 'brown fox?', tag: 'Adjective' }, // "brown" then an optional word: matches
      ],
      world,
    );
    const doc = (nlp as unknown as (text: string) => { document: unknown[][] })('the quick brown fox jumped over the lazy dog');
    const tried: string[] = [];
    const spy = { one: { ...one, match: (docs: unknown[], pattern: { match: string }) => (tried.push(pattern.match), one.match(docs, pattern)) } };
    const found = (bulkMatch as unknown as (document: unknown[][], net: unknown, methods: unknown) => { match: string }[])(doc.document, net, spy);
    assert.deepEqual(tried.sort(), ['brown fox?', 'lazy #Noun']);
    assert.deepEqual(found.map((f) => f.match).sort(), ['brown fox?', 'lazy #Noun']);
    // compromise's own sweep tries them all, and finds the same
    tried.length = 0;
    const theirsFound = (theirs as (document: unknown[][], net: unknown, methods: unknown) => { match: string }[])(doc.document, net, spy);
    assert.equal(tried.length, 4);
    assert.deepEqual(theirsFound.map((f) => f.match).sort(), ['brown fox?', 'lazy #Noun']);
  });
});
