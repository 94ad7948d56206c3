// Quality benchmark section (to be written by the stage's owner).

export function runQuoteSections(_polnear: string): void {
  console.log('quotes: not measured yet');
}
