// `npm run bench:quality -- --polnear DIR --conll FILE`: measures the engine on the
// development corpora, each figure beside a compromise-only or naive baseline.
// Each section lives in its own file under bench/quality/ and prints its own lines.

import { argValue } from './polnear';
import { runQuoteSections } from './quality/quotes';
import { runFigureSection } from './quality/figures';
import { runEntitySection } from './quality/entities';

function main(): void {
  const argv = process.argv.slice(2);
  const polnear = argValue(argv, '--polnear') ?? '../shared/corpus/polnear-dev';
  const conll = argValue(argv, '--conll') ?? '../shared/corpus/conll2003-dev.txt';
  runQuoteSections(polnear);
  runFigureSection(polnear);
  runEntitySection(conll);
}

main();
