// Stage 5: who said each quote: the speaker mention, the cue, and the quote's status.
// (Walking-skeleton version: nothing is attributed.)

import type { Context } from './context';

export function attributeQuotes(_ctx: Context): void {
  // filled in by the attribution stage
}
