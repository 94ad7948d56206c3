// Made-up news articles of any length, for the performance benchmark and the fuzz tests.
// Every sentence comes from templates written for Newsdesk (never corpus text) and is
// filled in from a seeded random generator, so the same seed gives the same article.

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'James', 'Amina', 'Tomasz', 'Keiko', 'Rafael', 'Ingrid', 'Samuel', 'Leila', 'Owen', 'Priya', 'Dmitri', 'Grace', 'Kwame', 'Elena', 'Hiroshi'];
const LAST = ['Alvarez', 'Okafor', 'Lindqvist', 'Brennan', 'Nakamura', 'Castellano', 'Haddad', 'Whitfield', 'Kowalski', 'Mensah', 'Duarte', 'Fitzgerald', 'Ibrahim', 'Sorensen'];
const TITLE = ['Mayor', 'Senator', 'Governor', 'Dr.', 'Chief Executive', 'Minister', 'Judge', 'Professor'];
const PLACE = ['Springfield', 'Lagos', 'Gdansk', 'Osaka', 'Valparaiso', 'Tromso', 'Accra', 'Halifax', 'Bristol', 'Cordoba', 'Dundee', 'Perth'];
const ORG = ['the Harbour Authority', 'the Ministry of Transport', 'Northwind Energy', 'the city council', 'the Federal Reserve', 'Atlas Shipping', 'the teachers union', 'the World Bank', 'Bluefield Hospital', 'the state police'];
const THING = ['bridge', 'school', 'pipeline', 'hospital wing', 'rail line', 'housing project', 'water plant', 'stadium', 'ferry terminal', 'wind farm'];
const CUE = ['said', 'told reporters', 'said on Tuesday', 'added', 'wrote in a statement', 'told the council'];
const ANON = ['a person familiar with the matter', 'officials', 'two people briefed on the talks', 'a senior official', 'sources close to the board'];
const OPEN_CLOSE: [string, string][] = [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“']];
const WORDS = ['we', 'will', 'not', 'stop', 'until', 'the', 'work', 'is', 'done', 'this', 'was', 'a', 'hard', 'year', 'for', 'every', 'family', 'in', 'town', 'people', 'deserve', 'better', 'answers', 'and', 'they', 'shall', 'have', 'them', 'soon', 'nobody', 'expected', 'it'];

type Pick = <T>(list: readonly T[]) => T;

function quoteWords(pick: Pick, random: () => number): string {
  const n = 4 + Math.floor(random() * 10);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(pick(WORDS));
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function sentence(pick: Pick, random: () => number): string {
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const [open, close] = pick(OPEN_CLOSE);
  const amount = (1 + random() * 900).toFixed(1);
  const percent = (random() * 40).toFixed(1);
  const count = Math.floor(100 + random() * 90000).toLocaleString('en-US');
  const templates = [
    () => `${open}${quoteWords(pick, random)},${close} ${person} ${pick(CUE)}.`,
    () => `${pick(TITLE)} ${person} said the ${pick(THING)} in ${pick(PLACE)} would cost $${amount} million.`,
    () => `${open}${quoteWords(pick, random)}.${close}`,
    () => `Unemployment in ${pick(PLACE)} rose ${percent}% last year, according to ${pick(ORG)}.`,
    () => `About ${count} people live near the ${pick(THING)}, ${pick(ANON)} said.`,
    () => `${person}, a spokesperson for ${pick(ORG)}, said: ${open}${quoteWords(pick, random)}.${close}`,
    () => `The ${pick(THING)} opened in ${pick(PLACE)} in ${1950 + Math.floor(random() * 75)} and doubled its budget.`,
    () => `Prices rose ${percent}% in ${pick(PLACE)}, the largest rise in a decade.`,
    () => `${pick(ORG)[0].toUpperCase()}${pick(ORG).slice(1)} expects ${count} visitors this summer.`,
    () => `She called the plan ${open}a ${pick(WORDS)} idea${close} and left the meeting.`,
  ];
  return pick(templates)();
}

/** One paragraph of three to five sentences. */
export function paragraph(random: () => number): string {
  const pick: Pick = (list) => list[Math.floor(random() * list.length)];
  const n = 3 + Math.floor(random() * 3);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(sentence(pick, random));
  return sentences.join(' ');
}

/** An article of about `words` words: paragraphs separated by blank lines, with a headline. */
export function article(words: number, seed = 1): string {
  const random = seededRandom(seed);
  const parts = [`${PLACE[seed % PLACE.length]} council approves new ${THING[seed % THING.length]}`];
  let count = 6;
  while (count < words) {
    const p = paragraph(random);
    parts.push(p);
    count += p.split(/\s+/).length;
  }
  return parts.join('\n\n') + '\n';
}
