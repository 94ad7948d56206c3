// Fixes from the session-13 review: speakers the attribution stage missed, and claims kept
// from one analysis to the next. Each example fails without its fix.
import * as assert from 'node:assert/strict';
import { speakerOf } from './firstSpeaker';
import { analyze, clearTaggingCache } from '../../src/engine';

describe('session-13 review', () => {
  it('credits an inverted cue to a person noun compromise does not tag as one (“said the prosecutor”)', () => {
    assert.deepEqual(speakerOf('“This was a planned attack,” said the prosecutor.'), { name: 'the prosecutor', status: 'attributed', entity: null });
    assert.deepEqual(speakerOf('“We lost our shape,” said the goalkeeper.'), { name: 'the goalkeeper', status: 'attributed', entity: null });
    // and the name after it, past a time
    assert.deepEqual(speakerOf('“This was a planned attack,” said the prosecutor, Tom Reed, on Monday.'), { name: 'Tom Reed', status: 'attributed', entity: 'Tom Reed' });
    // a plain object after an inverted verb is still no speaker
    assert.equal(speakerOf('“It is late,” said the clock.').status, 'unattributed');
  });

  it('reads “as Lee likes to put it” and “as Lee would put it” as Lee’s words', () => {
    const intro = 'Ann Lee has run the bakery on Mill Street for thirty years. ';
    for (const cue of ['As Lee likes to put it,', 'As Lee would put it,', 'As Lee likes to put it:']) {
      assert.deepEqual(speakerOf(`${intro}${cue} “Bread is a promise you keep every morning.”`), { name: 'Lee', status: 'attributed', entity: 'Ann Lee' }, cue);
    }
    assert.deepEqual(speakerOf(`${intro}“Bread is a promise,” as Lee likes to put it.`).entity, 'Ann Lee');
  });

  it('keeps “No” of “No 10” in the speaker', () => {
    assert.equal(speakerOf('A No 10 spokesperson said: “The prime minister has full confidence in her.”').name, 'A No 10 spokesperson');
    // an answer "No" is no part of the speaker
    assert.equal(speakerOf('“No,” the minister said.').name, 'the minister');
  });

  it('reads “Staff at the hospital” opening a sentence as the unnamed speakers, not the hospital', () => {
    assert.deepEqual(speakerOf('Staff at the hospital said: “We have never been this busy.”'), { name: 'Staff at the hospital', status: 'anonymous', entity: null });
  });

  it('gives the claims before an edit as the very objects of the last analysis, equal to a fresh one', () => {
    clearTaggingCache();
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `The council said rents in ward ${i + 1} rose ${i + 3}% last year. Officials expect more homes to be built in ward ${i + 1} by 2030.`,
    );
    const text = paragraphs.join('\n\n');
    const before = analyze(text, { format: 'plaintext' });
    // an edit in the fifteenth paragraph
    const at = text.indexOf('homes', text.indexOf('ward 15 by'));
    const paragraphStart = text.lastIndexOf('\n\n', at);
    const edited = `${text.slice(0, at)}new ${text.slice(at)}`;
    const after = analyze(edited, { format: 'plaintext' });
    const fresh = (clearTaggingCache(), analyze(edited, { format: 'plaintext' }));
    assert.deepEqual(JSON.parse(JSON.stringify(after.claims)), JSON.parse(JSON.stringify(fresh.claims)));
    const early = after.claims.filter((c) => c.end < paragraphStart);
    assert.ok(early.length >= 20, `claims before the edit: ${early.length}`);
    for (const claim of early) assert.ok(before.claims.includes(claim), `the same object: ${claim.text}`);
    // the claims after the edit moved: new objects
    const late = after.claims.filter((c) => c.start > at);
    assert.ok(late.length >= 20 && late.every((c) => !before.claims.includes(c)));
  });
});
