// Test helper: the speaker of the first quotation of a text, as the review tests compare it.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

/** The first quotation's speaker text, status and the name of the entity it credits. */
export function speakerOf(text: string): { name: string | null; status: string; entity: string | null } {
  const a = analyze(text, { format: 'plaintext' });
  const quote = a.quotes.find((q) => q.kind === 'quotation');
  assert.ok(quote, `a quotation in ${text}`);
  const entity = quote.speaker?.entity ?? null;
  return { name: quote.speaker?.text ?? null, status: quote.status, entity: entity === null ? null : a.entities[entity].name };
}
