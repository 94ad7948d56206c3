// Stage 6: figures a reader would want sourced, and whether their sentence gives a source.
// (Walking-skeleton version: none.)

import type { Context } from './context';
import type { Figure } from './model';

export function findFigures(_ctx: Context): Figure[] {
  return [];
}
