// Quality benchmark section (to be written by the stage's owner).

export function runFigureSection(_polnear: string): void {
  console.log('figures: not measured yet');
}
