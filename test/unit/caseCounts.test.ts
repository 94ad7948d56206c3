// The entity stage's case statistics are counted by difference from one run to the next
// (entities/caseCounts.ts): they must always equal a fresh count, and remembered names are
// trusted without asking again only when no word they asked about changed.

import * as assert from 'node:assert/strict';
import { clearTaggingCache } from '../../src/engine';
import { caseStatsOf, namesHold, type CaseState } from '../../src/engine/entities/caseCounts';
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
});
