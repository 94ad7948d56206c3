// The tagging worker: in the editor, compromise loads and tags in a worker thread
// (src/worker/tagger.ts) and the engine reads its taggings. The Analysis must be the one
// analyze() gives; a worker that cannot start, dies or throws must lose nothing; and the
// thread that asks must never load compromise itself.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze, analyzeAsync, clearTaggingCache, setEngineHooks, setTaggingService, type StageName, type TaggingService } from '../../src/engine';
import { fromWire, remoteTaggedCount, tagForWire, taggerCallCount, tagSentence } from '../../src/engine/tagging';
import { IDLE_MS, STALLED_PIECE, taggerWorker, type TaggerWorker } from '../../src/vscode/taggerWorker';

const SCRIPT = join(__dirname, '..', '..', 'src', 'worker', 'tagger.js');
const STALLING = join(__dirname, 'fixtures', 'stallingTagger.js');

const STORY = [
  '# Ferry fares to rise 12% in spring',
  '',
  'The Harbour Authority will raise ferry fares by 12% in April, its chief executive, Marta Lindqvist, said on Monday.',
  '',
  '“Fuel has cost us $3 million more than we planned,” Lindqvist told reporters in Bergen. “We cannot carry that alone.”',
  '',
  'About 9,000 commuters cross the fjord every day. A spokesman for the Commuters’ Union said it would fight the rise.',
  '',
  '“This is a tax on people who have no other way to work,” one commuter said.',
  '',
  'Officials said the new timetable would add 40 sailings a week.',
  '',
].join('\n');

/** Edits a reporter might make, applied in turn. */
const EDITS: [find: string, replace: string][] = [
  ['12% in April', '14% in April'],
  ['Marta Lindqvist', 'Marta Lindqvist-Berg'],
  ['one commuter said', 'said Ola Hansen, a nurse from Askøy'],
  ['Officials said', 'Officials'],
  ['every day.', 'every day, according to the authority.'],
];

describe('the tagging worker', function () {
  // starting a worker thread loads compromise in it: a few hundred milliseconds
  this.timeout(60_000);
  let worker: TaggerWorker | undefined;
  let previousHooks: ReturnType<typeof setEngineHooks>;

  beforeEach(() => {
    previousHooks = setEngineHooks({ rethrow: true });
  });

  afterEach(() => {
    setTaggingService(undefined);
    worker?.dispose();
    worker = undefined;
    setEngineHooks(previousHooks);
  });

  it('tags a time-sliced analysis, which comes out as analyze() gives it, edit after edit', async () => {
    worker = taggerWorker(SCRIPT);
    assert.ok(worker, 'Node has worker threads');
    const failures: unknown[] = [];
    setTaggingService(worker, (error) => failures.push(error));
    const texts = [STORY];
    for (const [find, replace] of EDITS) {
      assert.ok(texts[texts.length - 1].includes(find), find);
      texts.push(texts[texts.length - 1].replace(find, replace));
    }
    // what tagging here gives, each from a cold cache (the worker's taggings go in the same cache)
    const expected = texts.map((text) => {
      clearTaggingCache();
      return analyze(text, { format: 'markdown' });
    });
    clearTaggingCache();
    for (let step = 0; step < texts.length; step++) {
      const remote = remoteTaggedCount();
      const local = taggerCallCount();
      const sliced = await analyzeAsync(texts[step], { format: 'markdown' }, { yieldEvery: 0 });
      assert.ok(remoteTaggedCount() > remote, `step ${step}: the worker tagged the new sentences`);
      assert.equal(taggerCallCount(), local, `step ${step}: nothing was tagged in this thread`);
      assert.deepEqual(sliced, expected[step], `step ${step}`);
    }
    assert.ok(worker.started);
    assert.deepEqual(failures, []);
  });

  it('sends each term and name compromise found, as tagging here finds them', () => {
    const pieces = ['Marta Lindqvist, the chief executive of the Harbour Authority, flew to Bergen on Monday.', 'Fares rose 12% — to $3.40 — in April.'];
    const received = tagForWire(pieces).map(fromWire);
    pieces.forEach((piece, k) => {
      clearTaggingCache();
      const here = tagSentence(piece, 0);
      const plain = (terms: readonly { tags: ReadonlySet<string> }[]) => terms.map((t) => ({ ...t, tags: [...t.tags] }));
      assert.deepEqual(plain(received[k].terms), plain(here.terms));
      assert.deepEqual(received[k].candidates, here.candidates);
      assert.ok(here.candidates.length > 0 || k > 0);
    });
  });

  it('never loads compromise in the thread that asks, and still reads its lexicon', () => {
    // compromise is loaded once per process, and this one has loaded it: watch a fresh one
    const out = JSON.stringify(join(__dirname, '..', '..', 'src'));
    const script = `const engine = require(${out} + '/engine/index.js'); const nlp = require(${out} + '/engine/nlp.js');
const worker = require(${out} + '/vscode/taggerWorker.js').taggerWorker(${JSON.stringify(SCRIPT)});
engine.setTaggingService(worker, (e) => { console.error(String(e)); process.exit(2); });
engine.analyzeAsync(${JSON.stringify(STORY)}, { format: 'markdown' }).then((a) => {
  console.log(JSON.stringify({ loaded: nlp.isNlpLoaded(), lexicon: nlp.hasLexicon(), analysis: a })); worker.dispose(); });`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
    assert.equal(child.status, 0, child.stderr);
    const seen = JSON.parse(child.stdout) as { loaded: boolean; lexicon: boolean; analysis: unknown };
    assert.equal(seen.loaded, false, 'compromise stayed in the worker');
    assert.equal(seen.lexicon, true, 'its lexicon came from the worker');
    assert.deepEqual(seen.analysis, JSON.parse(JSON.stringify(analyze(STORY, { format: 'markdown' }))));
  });

  it('falls back to tagging here, and says so once, when the worker cannot be used', async () => {
    const failures: unknown[] = [];
    let calls = 0;
    const broken: TaggingService = {
      tag: () => {
        calls++;
        return Promise.reject(new Error('no threads here'));
      },
      lexicon: () => Promise.reject(new Error('no threads here')),
    };
    setTaggingService(broken, (error) => failures.push(error));
    clearTaggingCache();
    const first = await analyzeAsync(STORY, { format: 'markdown' }, { yieldEvery: 0 });
    const edited = STORY.replace('40 sailings', '44 sailings');
    const second = await analyzeAsync(edited, { format: 'markdown' }, { yieldEvery: 0 });
    assert.equal(calls, 1, 'a failed service is not asked again');
    assert.equal(failures.length, 1);
    assert.match(String(failures[0]), /no threads here/);
    assert.deepEqual(first, analyze(STORY, { format: 'markdown' }));
    assert.deepEqual(second, analyze(edited, { format: 'markdown' }));
  });

  it('loses nothing when the worker stops in the middle of a run', async () => {
    worker = taggerWorker(SCRIPT);
    assert.ok(worker);
    const real = worker;
    const failures: unknown[] = [];
    // the worker is stopped as the first batch is sent: its reply never comes
    const dying: TaggingService = {
      tag: (pieces) => {
        const reply = real.tag(pieces);
        real.dispose();
        return reply;
      },
      lexicon: () => real.lexicon(),
    };
    setTaggingService(dying, (error) => failures.push(error));
    clearTaggingCache();
    const sliced = await analyzeAsync(STORY, { format: 'markdown' }, { yieldEvery: 0 });
    assert.equal(failures.length, 1);
    assert.deepEqual(sliced, analyze(STORY, { format: 'markdown' }));
  });

  it('reports a piece compromise threw on as a tagging error, as tagging here does', async () => {
    setEngineHooks({});
    const errors: [StageName, unknown][] = [];
    setEngineHooks({ onError: (stage, error) => errors.push([stage, error]) });
    const throwing: TaggingService = {
      tag: (pieces) => Promise.resolve(pieces.map(() => ({ terms: [], candidates: [], error: 'compromise threw' }))),
      lexicon: () => Promise.reject(new Error('not needed')),
    };
    setTaggingService(throwing);
    clearTaggingCache();
    const sliced = await analyzeAsync(STORY, { format: 'markdown' }, { yieldEvery: 0 });
    assert.ok(errors.length > 0);
    assert.ok(errors.every(([stage, error]) => stage === 'tagging' && /compromise threw/.test(String(error))));
    // no terms: no names, but the segmentation and the quotes are there
    assert.equal(sliced.entities.length, 0);
    assert.ok(sliced.quotes.length >= 3);
    clearTaggingCache();
  });

  it('stops the worker when it has been idle a while, and starts another when asked again', async () => {
    worker = taggerWorker(SCRIPT, 100);
    assert.ok(worker);
    const failures: unknown[] = [];
    setTaggingService(worker, (error) => failures.push(error));
    clearTaggingCache();
    await analyzeAsync(STORY, { format: 'markdown' }, { yieldEvery: 0 });
    assert.equal(worker.started, true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(worker.started, false, 'stopped after 100 ms with nothing to do');
    const edited = STORY.replace('40 sailings', '44 sailings');
    const remote = remoteTaggedCount();
    const again = await analyzeAsync(edited, { format: 'markdown' }, { yieldEvery: 0 });
    assert.equal(worker.started, true);
    assert.ok(remoteTaggedCount() > remote, 'the new worker tagged the edited sentence');
    assert.deepEqual(failures, [], 'an idle stop is no failure');
    clearTaggingCache();
    assert.deepEqual(again, analyze(edited, { format: 'markdown' }));
  });

  it('drops a stale run at once, and keeps what the worker sends back for the next', async () => {
    worker = taggerWorker(SCRIPT);
    assert.ok(worker);
    const real = worker;
    let sent = 0;
    let replied: Promise<unknown> = Promise.resolve();
    const counting: TaggingService = {
      tag: (pieces) => {
        sent += pieces.length;
        const reply = real.tag(pieces);
        replied = reply;
        return reply;
      },
      lexicon: () => real.lexicon(),
    };
    setTaggingService(counting);
    clearTaggingCache();
    const controller = new AbortController();
    const stale = analyzeAsync(STORY, { format: 'markdown' }, { signal: controller.signal, yieldEvery: 0 });
    // abort once the pieces are on their way to the worker, before its reply
    while (sent === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await assert.rejects(stale);
    const first = sent;
    await replied;
    const fresh = await analyzeAsync(STORY, { format: 'markdown' }, { yieldEvery: 0 });
    assert.equal(sent, first, 'nothing sent again: the stale run’s taggings were kept');
    clearTaggingCache();
    assert.deepEqual(fresh, analyze(STORY, { format: 'markdown' }));
  });

  it('does not wait for what a replaced service still owes', async () => {
    // a service that never answers, replaced while a run waits on it
    const silent: TaggingService = { tag: () => new Promise<never>(() => undefined), lexicon: () => new Promise<never>(() => undefined) };
    setTaggingService(silent);
    clearTaggingCache();
    const controller = new AbortController();
    const stale = analyzeAsync(STORY, { format: 'markdown' }, { signal: controller.signal, yieldEvery: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await assert.rejects(stale);
    worker = taggerWorker(SCRIPT);
    assert.ok(worker);
    const failures: unknown[] = [];
    setTaggingService(worker, (error) => failures.push(error));
    const fresh = await analyzeAsync(STORY, { format: 'markdown' }, { yieldEvery: 0 });
    assert.deepEqual(failures, []);
    assert.ok(worker.started, 'the new service tagged');
    clearTaggingCache();
    assert.deepEqual(fresh, analyze(STORY, { format: 'markdown' }));
  });

  describe('when compromise never finishes a sentence', () => {
    // twice the service's batch (8,000 characters), so that a batch waits behind the stalled one
    const ferries = Array.from({ length: 240 }, (_, k) => `Ferry ${k + 1} left Bergen at ${k % 12} o’clock with ${20 + k} passengers, the harbour office said.`);
    const STALLING_SENTENCE = 'The STALL keeper on the quay would not comment.';
    const ARTICLE = [STORY, ferries.slice(0, 20).join(' '), STALLING_SENTENCE, ferries.slice(20).join(' '), ''].join('\n\n');

    /** What the engine gives when that one sentence gets a tagging error and every other is tagged. */
    async function withStalledSentenceUntagged(text: string): Promise<unknown> {
      const stub: TaggingService = {
        tag: (pieces) => Promise.resolve(pieces.map((piece) => (piece.includes('STALL') ? { terms: [], candidates: [], error: STALLED_PIECE } : tagForWire([piece])[0]))),
        lexicon: () => Promise.reject(new Error('not needed')),
      };
      setTaggingService(stub);
      clearTaggingCache();
      const expected = await analyzeAsync(text, { format: 'markdown' }, { yieldEvery: 0 });
      setTaggingService(undefined);
      clearTaggingCache();
      return expected;
    }

    it('restarts the worker, leaves that sentence untagged and checks the rest, without tagging here', async () => {
      assert.ok(ARTICLE.length > 16_000);
      const errors: unknown[] = [];
      setEngineHooks({ onError: (_, error) => errors.push(error) });
      const expected = await withStalledSentenceUntagged(ARTICLE);
      const stalledPieces: string[] = [];
      // long enough for the worker started after a stall to load compromise and tag the probe
      // (a few hundred milliseconds; over 2 s on a machine loaded by other test runs, where 2,000
      // failed): a stall is a worker that answers nothing for this long
      worker = taggerWorker(STALLING, IDLE_MS, { stallMs: 4_000, onStalledPiece: (piece) => stalledPieces.push(piece) });
      assert.ok(worker);
      const failures: unknown[] = [];
      setTaggingService(worker, (error) => failures.push(error));
      errors.length = 0;
      const local = taggerCallCount();
      const sliced = await analyzeAsync(ARTICLE, { format: 'markdown' }, { yieldEvery: 0 });
      assert.deepEqual(failures, [], 'the worker is still used: no fallback to tagging here');
      assert.equal(taggerCallCount(), local, 'nothing was tagged in this thread');
      assert.equal(worker.stalls, 2, 'one stall on the batch, then one on the sentence by itself');
      assert.deepEqual(stalledPieces, [STALLING_SENTENCE]);
      assert.deepEqual(errors.map(String), [`Error: ${STALLED_PIECE}`]);
      assert.deepEqual(sliced, expected);
      assert.ok((sliced as { figures: unknown[] }).figures.length > 200, 'the sentences after it were tagged');

      // the next run does not wait on it again: the worker is not asked for it
      const edited = ARTICLE.replace('40 sailings', '44 sailings');
      const again = await analyzeAsync(edited, { format: 'markdown' }, { yieldEvery: 0 });
      assert.equal(worker.stalls, 2);
      assert.deepEqual(stalledPieces, [STALLING_SENTENCE]);
      assert.equal(errors.length, 2, 'still a tagging error, reported again');
      assert.deepEqual(failures, []);
      setTaggingService(undefined);
      assert.deepEqual(again, await withStalledSentenceUntagged(edited));
    });

    it('gives up on a worker that never answers anything, and tags here instead', async () => {
      // The worker starts on the first request, and takes the environment of that moment:
      // the variable stays set until every worker has been started (not only while
      // taggerWorker is called), so that the silence, not a slow compromise load, is the stall.
      const before = process.env.NEWSDESK_TEST_STALL;
      process.env.NEWSDESK_TEST_STALL = 'all';
      const failures: unknown[] = [];
      let sliced: unknown;
      try {
        worker = taggerWorker(STALLING, IDLE_MS, { stallMs: 200 });
        assert.ok(worker);
        setTaggingService(worker, (error) => failures.push(error));
        clearTaggingCache();
        sliced = await analyzeAsync(STORY, { format: 'markdown' }, { yieldEvery: 0 });
      } finally {
        if (before === undefined) delete process.env.NEWSDESK_TEST_STALL;
        else process.env.NEWSDESK_TEST_STALL = before;
      }
      assert.equal(failures.length, 1);
      assert.match(String(failures[0]), /did not answer/);
      assert.equal(worker.stalls, 1, 'stopped once, and the worker started after it was silent too');
      assert.equal(worker.started, false, 'the silent workers were stopped');
      clearTaggingCache();
      assert.deepEqual(sliced, analyze(STORY, { format: 'markdown' }));
    });
  });

  it('answers every request even when the thread asks for many runs at once', async () => {
    worker = taggerWorker(SCRIPT);
    assert.ok(worker);
    setTaggingService(worker);
    const texts = EDITS.map(([find, replace]) => STORY.replace(find, replace));
    const expected = texts.map((text) => {
      clearTaggingCache();
      return analyze(text, { format: 'markdown' });
    });
    clearTaggingCache();
    const remote = remoteTaggedCount();
    const results = await Promise.all(texts.map((text) => analyzeAsync(text, { format: 'markdown' }, { yieldEvery: 0 })));
    assert.ok(remoteTaggedCount() > remote);
    results.forEach((result, k) => assert.deepEqual(result, expected[k], EDITS[k][0]));
  });
});
