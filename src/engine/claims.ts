// Stage 7: claims, sentences that assert a checkable fact, with their source or none.
// (Walking-skeleton version: none.)

import type { Context } from './context';
import type { Claim } from './model';

export function findClaims(_ctx: Context): Claim[] {
  return [];
}
