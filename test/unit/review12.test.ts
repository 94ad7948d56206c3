// Fixes from the session-12 review of articles written for it (an obituary, a live blog):
// each example fails without its fix.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

function speakerOf(text: string): { name: string | null; status: string; entity: string | null } {
  const a = analyze(text, { format: 'plaintext' });
  const quote = a.quotes.find((q) => q.kind === 'quotation');
  assert.ok(quote, `a quotation in ${text}`);
  const entity = quote.speaker?.entity ?? null;
  return { name: quote.speaker?.text ?? null, status: quote.status, entity: entity === null ? null : a.entities[entity].name };
}

function sourceOf(text: string): { source: string | null; anonymous: boolean } {
  const a = analyze(text, { format: 'plaintext' });
  assert.equal(a.figures.length, 1, `one figure in ${text}`);
  const { source } = a.figures[0];
  return { source: source?.text ?? null, anonymous: !!source?.anonymous };
}

describe('session-12 review', () => {
  it('reads a person a past participle describes as the speaker, not the participle’s object', () => {
    assert.deepEqual(speakerOf('A passenger stranded in Oban said: “We have been here since eight.”'), { name: 'A passenger', status: 'anonymous', entity: null });
    assert.deepEqual(
      speakerOf('One passenger stranded in Oban, who gave her name only as Fiona, said: “Nobody has told us anything.”'),
      { name: 'One passenger', status: 'anonymous', entity: null },
    );
    // the -ing participle, as before
    assert.equal(speakerOf('Residents living near the quarry in Oban said: “The dust is everywhere.”').status, 'anonymous');
    // a phrase with no participle is read as before
    assert.equal(speakerOf('Ministers in Oban said: “We will act.”').name, 'Ministers in Oban');
  });

  it('credits a figure to the person a participle describes', () => {
    assert.deepEqual(sourceOf('A passenger stranded in Oban said 40 people slept in the terminal.'), { source: 'A passenger', anonymous: true });
    assert.deepEqual(sourceOf('Teachers working in Leeds told the BBC that 30% of pupils were absent.').source, 'Teachers');
  });

  it('reads “the firm said” as the firm the article named, though compromise tags “firm” an adjective', () => {
    const text = 'Profits at Acme Foods Ltd fell on Monday. The firm said: “It has been a hard year.” “We will recover,” the firm said.';
    const a = analyze(text, { format: 'plaintext' });
    const quotes = a.quotes.filter((q) => q.kind === 'quotation');
    assert.equal(quotes.length, 2);
    for (const q of quotes) assert.equal(q.speaker?.entity === null || q.speaker === null ? null : a.entities[q.speaker.entity].name, 'Acme Foods Ltd');
    assert.deepEqual(speakerOf('Acme Foods Ltd makes pies in Leeds. The firm based in Oban said: “We will recover.”').entity, 'Acme Foods Ltd');
  });
});
