// The entity stage's case statistics are counted by difference from one run to the next
// (entities/caseCounts.ts): they must always equal a fresh count, and remembered names are
// trusted without asking again only when no word they asked about changed.

import * as assert from 'node:assert/strict';
import { clearTaggingCache } from '../../src/engine';
import { caseStatsOf, caseStatsSteps, namesHold, type CaseState } from '../../src/engine/entities/caseCounts';
import { Pace } from '../../src/engine/entities/names';
import { runToEnd } from '../../src/engine/slicing';
import type { RememberedNames, SentenceMemo } from '../../src/engine/entities/memo';

const memo = (capitalised: string[], lower: string[], headline = false): SentenceMemo => ({ headline, capitalised, lower });

// the words of a few sentences of a harbour story, as the entity stage would note them
const FERRY = memo(['harbour', 'authority'], ['the', 'ferry', 'runs']);
const COUNCIL = memo(['council'], ['the', 'met', 'on']);
const HEADLINE = memo(['ferry', 'strike'], [], true);
const TICKETS = memo([], ['tickets', 'cost', 'more', 'harbour']);

function freshCount(paragraphs: readonly (readonly SentenceMemo[])[]): { capitalised: string[]; lower: string[] } {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const memos of paragraphs) for (const m of memos) if (!m.headline) {
    m.capitalised.forEach((w) => capitalised.add(w));
    m.lower.forEach((w) => lower.add(w));
  }
  return { capitalised: [...capitalised].sort(), lower: [...lower].sort() };
}

const sorted = (state: CaseState) => ({ capitalised: [...state.stats.capitalised].sort(), lower: [...state.stats.lower].sort() });

describe('case statistics counted by difference', () => {
  it('equal a fresh count after paragraphs come, go, repeat and move', () => {
    clearTaggingCache();
    const a = [FERRY, HEADLINE];
    const b = [COUNCIL];
    const c = [TICKETS, FERRY];
    const documents = [[a, b], [a, b, c], [b, c], [c, c, b], [a], [], [b, a, c, a]];
    for (const paragraphs of documents) assert.deepEqual(sorted(caseStatsOf(paragraphs)), freshCount(paragraphs));
  });

  it('count no word again when a paragraph is cut and pasted elsewhere, however many paragraphs it passed', () => {
    clearTaggingCache();
    const words = (k: number) => Array.from({ length: 40 }, (_, i) => `w${k}x${i}`);
    const paragraphs = Array.from({ length: 200 }, (_, k) => [memo(words(k), words(k + 1000))]);
    const moved = [...paragraphs.slice(0, 10), ...paragraphs.slice(11, 150), paragraphs[10], ...paragraphs.slice(150)];
    caseStatsOf(paragraphs);
    let walked = 0;
    const pace = new (class extends Pace {
      walked(terms: number): boolean {
        walked += terms;
        return super.walked(terms);
      }
    })(1_000_000);
    const state = runToEnd(caseStatsSteps(moved, pace));
    assert.deepEqual(sorted(state), freshCount(moved));
    // (a walk over the paragraphs between, and the sets copied: not the 80 words of each)
    assert.ok(walked < 2_000, `walked ${walked}`);
  });

  it('lists the words that came or went, and names that asked about none of them still hold', () => {
    clearTaggingCache();
    caseStatsOf([[FERRY], [COUNCIL]]);
    const before = caseStatsOf([[FERRY], [COUNCIL]]);
    assert.deepEqual([...(before.flipped ?? ['?'])], []);
    const asking = (word: string, answer: boolean): RememberedNames => ({
      spans: [],
      questions: [{ set: 1, word, answer }],
      asked: new Set([word]),
      checkedAt: before.version,
    });
    const aboutTickets = asking('tickets', false);
    const aboutFerry = asking('ferry', true);
    // a paragraph that says "tickets" in lower case arrives; "harbour" is now seen in lower case too
    const after = caseStatsOf([[FERRY], [COUNCIL], [TICKETS]]);
    assert.deepEqual([...(after.flipped ?? [])].sort(), ['cost', 'harbour', 'more', 'tickets']);
    assert.equal(namesHold(aboutTickets, after), false, 'the answer about "tickets" changed');
    assert.equal(namesHold(aboutFerry, after), true);
    assert.equal(aboutFerry.checkedAt, after.version);
    // names not checked in the version before are asked again, question by question
    const stale = asking('tickets', false);
    stale.checkedAt = before.version - 5;
    assert.equal(namesHold(stale, after), false);
    const staleButTrue = asking('tickets', true);
    staleButTrue.checkedAt = before.version - 5;
    assert.equal(namesHold(staleButTrue, after), true);
  });

  it('counts from nothing after the tagging cache is cleared', () => {
    caseStatsOf([[FERRY]]);
    clearTaggingCache();
    const state = caseStatsOf([[COUNCIL]]);
    assert.equal(state.flipped, null);
    assert.deepEqual(sorted(state), freshCount([[COUNCIL]]));
  });

  it('equal a fresh count after a run is abandoned half way, or another runs meanwhile', () => {
    clearTaggingCache();
    caseStatsOf([[FERRY], [COUNCIL]]);
    // a run that pauses after every step, left after a few of them (a newer edit came)
    const abandoned = caseStatsSteps([[TICKETS], [COUNCIL]], new Pace(1));
    for (let k = 0; k < 6; k++) abandoned.next();
    const after = caseStatsOf([[FERRY], [TICKETS]]);
    assert.equal(after.flipped, null, 'counted from nothing');
    assert.deepEqual(sorted(after), freshCount([[FERRY], [TICKETS]]));
    // two runs at once: each counts its own document, and the next one is still right
    const first = caseStatsSteps([[COUNCIL]], new Pace(1));
    first.next();
    const second = caseStatsOf([[FERRY], [HEADLINE]]);
    assert.deepEqual(sorted(second), freshCount([[FERRY], [HEADLINE]]));
    const done = runToEnd(first);
    assert.deepEqual(sorted(done), freshCount([[COUNCIL]]));
    const next = caseStatsOf([[COUNCIL], [TICKETS]]);
    assert.deepEqual(sorted(next), freshCount([[COUNCIL], [TICKETS]]));
    // names last checked by the run in between are asked again, not trusted on the list
    const asked: RememberedNames = { spans: [], questions: [{ set: 1, word: 'tickets', answer: false }], asked: new Set(['tickets']), checkedAt: second.version };
    assert.equal(namesHold(asked, next), false);
  });
});
