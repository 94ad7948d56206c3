// A remembered credit is used again without asking its questions again when the last run
// found it valid and nothing it read has changed since (attribution.ts, changedParts): these
// edits change what a remembered credit read, far from the credit's own paragraph, and the
// warm analysis must still equal a cold one.
import * as assert from 'node:assert/strict';
import { analyze, analyzeAsync, clearTaggingCache, setEngineHooks, type Analysis } from '../../src/engine';

/** Analyses every text in turn, warm, and checks each against a cold analysis of it. */
function chain(texts: readonly string[], label: string): void {
  clearTaggingCache();
  const warm: Analysis[] = [];
  for (const text of texts) warm.push(analyze(text, { format: 'markdown' }));
  for (let i = 0; i < texts.length; i++) {
    clearTaggingCache();
    assert.deepEqual(warm[i], analyze(texts[i], { format: 'markdown' }), `${label}, step ${i}`);
  }
}

/** Filler paragraphs with no person in them: `n` of them, about 300 characters each. */
function filler(n: number, seed = 0): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`The harbour budget for year ${2000 + seed + i} covered dredging, lighting and the repair of the old sea wall along the northern quay. Tickets for the ferry cost more than they did, and the queues at the terminal grew longer through the summer months of that year. Nobody expected the work to finish early.`);
  }
  return out;
}

const QUOTES = [
  '“We will reopen the pier by June,” he said.',
  '“It is done,” she said. “It is paid for.”',
  '“The company will not comment,” it said.',
  '“Not this year.” The manager laughed.',
  '“We never saw the money,” the 52-year-old said.',
  '“The plan is sound,” the report said.',
];

describe('attribution: remembered credits reused across edits elsewhere', () => {
  it('credits a titled surname again when the full names before it change in another paragraph', () => {
    const quote = '“We open at five,” Ms Kerr said. “It took years,” she added.';
    const leads = [
      'Nina Kerr and her husband, Sean Kerr, run the bakery.',
      'Sean Kerr runs the bakery.',
      'Nina Kerr and her husband, Sean Kerr, run the bakery.',
      'Dora Kerr and her husband, Sean Kerr, run the bakery.',
    ];
    chain(leads.map((lead) => [lead, ...filler(2), quote].join('\n\n')), 'titled surname');
  });

  it('resolves a pronoun again when the person it stood for changes in another paragraph', () => {
    const people = ['Tom Ode runs the harbour.', 'Mr. Tom Ode runs the harbour.', 'Mrs. Tom Ode runs the harbour.', 'Ana Ruiz runs the harbour.', 'Harbour boss Tom Ode, 52, runs the port.', 'A report by the Harbour Authority is out.', 'Acme Shipping runs the harbour.'];
    const tail = [...filler(3), ...QUOTES, ...filler(2, 7), ...QUOTES].join('\n\n');
    const texts = people.map((lead) => `${lead}\n\n${tail}\n`);
    chain(texts, 'lead');
    chain([...texts].reverse(), 'lead reversed');
  });

  it('notices a person named between a pronoun and its far referent', () => {
    const base = ['Tom Ode runs the harbour.', ...filler(8), ...QUOTES].join('\n\n');
    const paragraphs = base.split('\n\n');
    const texts = [base];
    // a person in each filler paragraph in turn (so near and far from the quotes), then back
    for (const at of [1, 4, 6, 8]) {
      const edited = paragraphs.slice();
      edited[at] = `Mrs. Ana Ruiz said so. ${edited[at]}`;
      texts.push(edited.join('\n\n'), base);
    }
    chain(texts, 'insert');
  });

  it('looks again when a mention before the one a pronoun took becomes a subject', () => {
    // "he" takes the nearest person who is the subject of a clause, else the nearest person:
    // Sam Reyes, until Tom Ode, further back, becomes a subject
    const quote = ['They met Sam Reyes at the quay.', '“We will reopen the pier by June,” he said.', '“The firm will not comment,” it said.'].join('\n\n');
    const leads = ['They thanked Tom Ode and the Acme Shipping crew.', 'Tom Ode spoke and Acme Shipping said so.', 'They thanked Tom Ode and the Acme Shipping crew.'];
    chain(leads.map((lead) => `${lead}\n\n${filler(1)[0]}\n\n${quote}\n`), 'subject');
  });

  it('gives the cold result when edits elsewhere alternate, as keystrokes at two places do', () => {
    const base = ['Tom Ode runs the harbour. Ana Ruiz chairs the board.', ...filler(2), ...QUOTES, ...filler(2, 3), 'Ode said: “We will rebuild.”', ...QUOTES].join('\n\n');
    const texts: string[] = [base];
    const places = [5, base.indexOf('Ana'), base.indexOf('Tom') + 1, Math.floor(base.length / 2), base.indexOf('Ode said'), base.length - 3];
    for (const a of places) {
      for (const b of places) {
        texts.push(base.slice(0, a) + 'x' + base.slice(a));
        texts.push(base.slice(0, b) + 'Mrs.' + base.slice(b));
      }
    }
    chain(texts, 'alternating');
  });

  it('follows a change of an entity that is read far from where it changed (its gender, its descriptors)', () => {
    const body = ['Tom Ode runs the harbour.', ...filler(2), ...QUOTES, ...filler(3, 4)].join('\n\n');
    const endings = ['\n\nTom Ode left.', '\n\nMr. Tom Ode left.', '\n\nMrs. Tom Ode left.', '\n\nHarbour manager Tom Ode left.', '\n\nTom Ode, 52, left.', '', '\n\nMr. Tom Ode left.'];
    chain(endings.map((end) => body + end + '\n'), 'endings');
  });

  it('guesses a gender again when a title just before a paragraph changes', () => {
    // a title read before a name may end the paragraph before it ("… Mr.", then "Tom Ode …")
    // ("she" takes Tom Ode when he is no man, else the nearest person, Sam Reyes)
    const rest = ['Tom Ode runs the harbour. Mr. Sam Reyes chairs the board.', ...filler(1), ...QUOTES].join('\n\n');
    const leads = ['The harbour board thanked Mr.', 'The harbour board thanked Mrs.', 'The harbour board thanked Mrs.x', 'The harbour board thanked Mr.'];
    chain(leads.map((lead) => `${lead}\n\n${rest}\n`), 'title');
  });

  it('gives the cold result when paragraphs are added and removed between the quotes', () => {
    const parts = ['Tom Ode runs the harbour. Ana Ruiz chairs the board.', ...QUOTES, ...filler(2), ...QUOTES];
    const texts = [parts.join('\n\n')];
    for (const at of [1, 3, 7, 9]) {
      texts.push([...parts.slice(0, at), 'Mr. Kim Park spoke.', ...parts.slice(at)].join('\n\n'));
      texts.push(parts.join('\n\n'));
      texts.push([...parts.slice(0, at), ...parts.slice(at + 1)].join('\n\n'));
    }
    chain(texts, 'paragraphs');
  });
});

describe('attribution: a paragraph given its quotes\' last results whole', () => {
  it('follows a quotation continued from a paragraph whose attribution changed', () => {
    // the second and third pieces continue the first: their paragraphs are the same, what they read is not
    const speakers = ['Ode said:', 'Ruiz said:', 'Officials said:', 'She said:', 'The report said:', 'Ode said:'];
    const texts = speakers.map((who) =>
      ['Tom Ode runs the harbour. Ana Ruiz chairs the board.', ...filler(2), `${who} “We will rebuild the quay this year`, '“and the money for it is there', '“and the ferries will run again.”', ...filler(2, 5), ...QUOTES].join('\n\n') + '\n',
    );
    chain(texts, 'continued');
    chain([...texts].reverse(), 'continued reversed');
  });

  it('follows the attribution a paragraph opening with a quote takes from the paragraph before', () => {
    const leads = ['Tom Ode said: “The pier will reopen.”', 'Ana Ruiz said: “The pier will reopen.”', '“The pier will reopen.”', 'Officials said: “The pier will reopen.”', 'Tom Ode said: “The pier will reopen.”'];
    const texts = leads.map((lead) => ['Tom Ode runs the harbour. Ana Ruiz chairs the board.', ...filler(3), lead, '“We will find the money.”', '“And we will pay for it.”', ...filler(2, 9), ...QUOTES].join('\n\n') + '\n');
    chain(texts, 'opening');
    chain([...texts].reverse(), 'opening reversed');
  });

  it('renumbers the speakers of paragraphs far from a name added or removed near the top', () => {
    const tail = [...filler(12), '“We will rebuild,” Ode said.', '“Not this year,” Ruiz said.', '“It is paid for,” he said.', ...filler(2, 20), 'Lee said: “We agree.”', '“We always did.”'].join('\n\n');
    const leads = ['Tom Ode met Ana Ruiz and Kim Lee.', 'Ben Cole met Tom Ode, Ana Ruiz and Kim Lee.', 'Tom Ode met Ana Ruiz and Kim Lee.', 'Tom Ode and Kim Lee met Ana Ruiz.', 'Ana Ruiz met Tom Ode and Kim Lee.', 'Ben Cole met Tom Ode, Ana Ruiz and Kim Lee.'];
    chain(leads.map((lead) => `${lead}\n\n${tail}\n`), 'renumbered');
  });

  it('gives the cold result when a paragraph a continued quotation runs through comes and goes', () => {
    const parts = ['Tom Ode runs the harbour. Ana Ruiz chairs the board.', 'Ode said: “We will rebuild the quay this year', '“and the money for it is there', '“and the ferries will run again.”', ...filler(2), ...QUOTES];
    const texts = [parts.join('\n\n')];
    for (const at of [1, 2, 3, 4]) {
      texts.push([...parts.slice(0, at), ...parts.slice(at + 1)].join('\n\n'));
      texts.push(parts.join('\n\n'));
      texts.push([...parts.slice(0, at), 'Ruiz said: “No.”', ...parts.slice(at)].join('\n\n'));
    }
    chain(texts, 'pieces');
  });

  it('gives the cold result after an analysis cancelled midway through the quotes', async () => {
    // more than a step's worth of quotes, so that the stage pauses between paragraphs
    const body = (lead: string) => [lead, ...filler(1), ...Array.from({ length: 30 }, (_, i) => [...QUOTES, i % 3 ? 'Ode said: “We will rebuild.”' : '“And pay for it.”']).flat()].join('\n\n') + '\n';
    const leads = ['Tom Ode runs the harbour. Ana Ruiz chairs the board.', 'Ben Cole met Tom Ode and Ana Ruiz.', 'Ana Ruiz runs the harbour.', 'Tom Ode runs the harbour. Ana Ruiz chairs the board.'];
    for (const pauses of [1, 3, 6]) {
      clearTaggingCache();
      analyze(body(leads[0]), { format: 'markdown' });
      for (let i = 1; i < leads.length; i++) {
        const controller = new AbortController();
        let left = -1;
        const previous = setEngineHooks({ onStage: (stage, phase) => { if (stage === 'attribution' && phase === 'start') left = pauses; } });
        const tick = (): void => {
          if (left > 0 && --left === 0) controller.abort();
          if (!controller.signal.aborted) setImmediate(tick);
        };
        setImmediate(tick);
        await analyzeAsync(body(leads[i]), { format: 'markdown' }, { signal: controller.signal, yieldEvery: 0 }).catch(() => undefined);
        controller.abort();
        setEngineHooks(previous);
        const text = body(leads[(i + 1) % leads.length]);
        const warm = analyze(text, { format: 'markdown' });
        clearTaggingCache();
        assert.deepEqual(warm, analyze(text, { format: 'markdown' }), `pauses ${pauses}, step ${i}`);
        analyze(body(leads[i]), { format: 'markdown' });
      }
    }
  });
});
