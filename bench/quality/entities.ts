// Quality benchmark section (to be written by the stage's owner).

export function runEntitySection(_conll: string): void {
  console.log('entities: not measured yet');
}
