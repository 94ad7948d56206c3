import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { attributeQuotes, attributeSteps } from '../../src/engine/attribution';
import { resolveOptions, type Context } from '../../src/engine/context';
import { segment } from '../../src/engine/document';
import type { Analysis, Entity, EntityType, Quote } from '../../src/engine/model';
import { findQuotes } from '../../src/engine/quotes';
import { tagSentence } from '../../src/engine/tagging';

interface Named {
  name: string;
  type?: EntityType;
  /** The forms the article uses, longest first; the name itself by default. */
  forms?: string[];
}

/**
 * Runs the stages up to attribution with the entities given here, so that these examples
 * test attribution alone, whatever the name finder makes of them.
 */
function attribute(text: string, named: Named[] = []): Analysis {
  const ctx = prepare(text, named);
  attributeQuotes(ctx);
  return ctx.analysis;
}

/** The context attribution starts from: quotes found, the given entities, nothing credited yet. */
function prepare(text: string, named: Named[] = []): Context {
  const { paragraphs, sentences, excluded } = segment(text, 'plaintext');
  const analysis: Analysis = {
    length: text.length, paragraphs, sentences, excluded,
    entities: [], quotes: [], figures: [], claims: [], findings: [],
  };
  const tagged = sentences.map((s) => tagSentence(text.slice(s.start, s.end), s.start));
  const ctx: Context = { text, options: resolveOptions(undefined), analysis, tagged };
  analysis.quotes = findQuotes(ctx);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  analysis.entities = named.map((n, index): Entity => {
    const mentions = [];
    for (const form of n.forms ?? [n.name]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (taken.slice(at, at + form.length).some(Boolean)) continue;
        taken.fill(true, at, at + form.length);
        mentions.push({ start: at, end: at + form.length, text: form, entity: index });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { name: n.name, type: n.type ?? 'person', descriptors: [], mentions, quotes: [], figures: [], claims: [] };
  });
  return ctx;
}

const LOPEZ: Named = { name: 'Maria Lopez', forms: ['Maria Lopez', 'Lopez'] };

/** The quote's attribution in one comparable line. */
function credit(text: string, quote: Quote) {
  return {
    quote: text.slice(quote.start, quote.end),
    status: quote.status,
    speaker: quote.speaker && { text: quote.speaker.text, name: quote.speaker.name, start: quote.speaker.start, entity: quote.speaker.entity },
    cue: quote.cue && { text: quote.cue.text, start: quote.cue.start },
    continues: quote.continues,
  };
}

describe('attribution', () => {
  it('“Q,” Kim said.', () => {
    const text = 'The bridge closed on Monday. “We will rebuild it,” Lopez said.';
    const a = attribute(text, [LOPEZ]);
    assert.deepEqual(credit(text, a.quotes[0]), {
      quote: '“We will rebuild it,”',
      status: 'attributed',
      speaker: { text: 'Lopez', name: 'Maria Lopez', start: text.indexOf('Lopez'), entity: 0 },
      cue: { text: 'said', start: text.indexOf('said') },
      continues: null,
    });
    assert.equal(a.quotes[0].speaker?.end, text.indexOf('Lopez') + 'Lopez'.length);
    assert.deepEqual(a.entities[0].quotes, [0]);
  });

  it('“Q,” said Kim, the party leader.', () => {
    const text = '“We will rebuild it,” said Maria Lopez, the party leader.';
    const a = attribute(text, [LOPEZ]);
    assert.deepEqual(credit(text, a.quotes[0]).speaker, { text: 'Maria Lopez', name: 'Maria Lopez', start: text.indexOf('Maria'), entity: 0 });
    assert.deepEqual(credit(text, a.quotes[0]).cue, { text: 'said', start: text.indexOf('said') });
  });

  it('“Q,” Kim, the party leader, said.', () => {
    const text = '“We will rebuild it,” Lopez, the party leader, said on Monday.';
    const a = attribute(text, [LOPEZ]);
    assert.deepEqual(credit(text, a.quotes[0]).speaker, { text: 'Lopez', name: 'Maria Lopez', start: text.indexOf('Lopez'), entity: 0 });
  });

  it('Kim said: “Q”', () => {
    const text = 'Maria Lopez said: “The bridge will reopen in May.”';
    const a = attribute(text, [LOPEZ]);
    assert.deepEqual(credit(text, a.quotes[0]), {
      quote: '“The bridge will reopen in May.”',
      status: 'attributed',
      speaker: { text: 'Maria Lopez', name: 'Maria Lopez', start: 0, entity: 0 },
      cue: { text: 'said', start: text.indexOf('said') },
      continues: null,
    });
  });

  it('Kim said the plan “fell far short.” (a partial quote in an indirect statement)', () => {
    const text = 'Lopez said the repair plan “fell far short” of what the town needs.';
    const a = attribute(text, [LOPEZ]);
    assert.deepEqual(credit(text, a.quotes[0]).speaker, { text: 'Lopez', name: 'Maria Lopez', start: 0, entity: 0 });
    assert.equal(a.quotes[0].kind, 'quotation');
  });

  it('According to KCNA, “Q”', () => {
    const text = 'According to Reuters, “the bridge was never safe.”';
    const a = attribute(text, [{ name: 'Reuters', type: 'organization' }]);
    assert.deepEqual(credit(text, a.quotes[0]), {
      quote: '“the bridge was never safe.”',
      status: 'attributed',
      speaker: { text: 'Reuters', name: 'Reuters', start: text.indexOf('Reuters'), entity: 0 },
      cue: { text: 'According to', start: 0 },
      continues: null,
    });
  });

  it('“Q1,” she said. “Q2.” (the second half continues the first)', () => {
    const text = 'Maria Lopez chairs the council. “We tried,” she said. “Nobody listened.”';
    const a = attribute(text, [LOPEZ]);
    const she = { text: 'she', name: 'Maria Lopez', start: text.indexOf('she'), entity: 0 };
    assert.deepEqual(credit(text, a.quotes[0]).speaker, she);
    assert.deepEqual(credit(text, a.quotes[1]), {
      quote: '“Nobody listened.”',
      status: 'attributed',
      speaker: she,
      cue: { text: 'said', start: text.indexOf('said') },
      continues: 0,
    });
    assert.deepEqual(a.entities[0].quotes, [0, 1]);
  });

  it('“Q1,” she said, “Q2.”', () => {
    const text = 'Maria Lopez chairs the council. “We tried,” she said, “but nobody listened.”';
    const a = attribute(text, [LOPEZ]);
    assert.equal(a.quotes[1].continues, 0);
    assert.equal(a.quotes[1].status, 'attributed');
    assert.equal(a.quotes[1].speaker?.start, text.indexOf('she'));
    assert.equal(a.quotes[1].cue?.start, text.indexOf('said'));
  });

  it('a quote-only paragraph continues the previous paragraph’s speaker', () => {
    const text = '“We will rebuild the bridge,” Lopez said.\n\n“It will take two years, maybe three.”\n\nThe council adjourned.';
    const a = attribute(text, [LOPEZ]);
    assert.deepEqual(credit(text, a.quotes[1]), {
      quote: '“It will take two years, maybe three.”',
      status: 'attributed',
      speaker: { text: 'Lopez', name: 'Maria Lopez', start: text.indexOf('Lopez'), entity: 0 },
      cue: { text: 'said', start: text.indexOf('said') },
      continues: 0,
    });
  });

  it('a pronoun speaker resolves to the nearest earlier person of the same gender', () => {
    const text = 'Ms. Ana Ruiz called Mr. Tom Ode on Monday. “The deal is done,” she told reporters.';
    const a = attribute(text, [{ name: 'Ana Ruiz' }, { name: 'Tom Ode' }]);
    assert.deepEqual(credit(text, a.quotes[0]), {
      quote: '“The deal is done,”',
      status: 'attributed',
      speaker: { text: 'she', name: 'Ana Ruiz', start: text.indexOf('she'), entity: 0 },
      cue: { text: 'told', start: text.indexOf('told') },
      continues: null,
    });
    assert.deepEqual(a.entities[0].quotes, [0]);
    assert.deepEqual(a.entities[1].quotes, []);
  });

  for (const [source, sentence] of [
    ['a person familiar with the matter', '“The talks have stalled,” a person familiar with the matter said.'],
    ['officials', 'Officials said: “The talks have stalled.”'],
    ['a spokeswoman', '“The talks have stalled,” a spokeswoman said.'],
    ['people briefed on the talks', 'People briefed on the talks said the plan was “dead on arrival.”'],
    ['a senior administration official', '“The talks have stalled,” said a senior administration official.'],
  ]) {
    it(`an unnamed source is anonymous: ${source}`, () => {
      const a = attribute(sentence);
      const quote = a.quotes[0];
      assert.equal(quote.status, 'anonymous');
      assert.equal(quote.speaker?.text.toLowerCase(), source);
      assert.equal(quote.speaker?.entity, null);
      assert.equal(quote.speaker && sentence.slice(quote.speaker.start, quote.speaker.end), quote.speaker?.text);
      assert.deepEqual(quote.cue && [quote.cue.text, quote.cue.start], ['said', sentence.indexOf('said')]);
    });
  }

  it('credits a named speaker the name finder missed to the proper-noun words', () => {
    const text = 'The ferry stopped. “We are stranded,” Tomasz Wieczorek said.';
    const a = attribute(text);
    assert.deepEqual(credit(text, a.quotes[0]).speaker, { text: 'Tomasz Wieczorek', name: 'Tomasz Wieczorek', start: text.indexOf('Tomasz'), entity: null });
    assert.equal(a.quotes[0].status, 'attributed');
  });

  it('credits “Q” ― Name, the signature of a reader’s comment', () => {
    const text = '“The bridge matters to all of us.” ― Ana Ruiz';
    const a = attribute(text, [{ name: 'Ana Ruiz' }]);
    assert.deepEqual(credit(text, a.quotes[0]).speaker, { text: 'Ana Ruiz', name: 'Ana Ruiz', start: text.indexOf('Ana'), entity: 0 });
    assert.deepEqual(credit(text, a.quotes[0]).cue, { text: '―', start: text.indexOf('―') });
  });

  it('leaves a quotation unattributed when nothing credits it', () => {
    const text = 'The mayor spoke.\n\n“We will rebuild the bridge.”\n';
    const a = attribute(text);
    assert.deepEqual(credit(text, a.quotes[0]), { quote: '“We will rebuild the bridge.”', status: 'unattributed', speaker: null, cue: null, continues: null });
    const findings = analyze(text).findings.filter((f) => f.code === 'unattributed-quote');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['“We will rebuild the bridge.”']);
  });

  for (const [sentence, speaker] of [
    ['The council moved at a pace that critics called “far too slow.”', 'critics'],
    ['The mayor defended the levy, which opponents have called “a tax on renters.”', 'opponents'],
    ['Several experts described the bridge as “unsafe for heavy trucks.”', 'Several experts'],
  ]) {
    it(`an unnamed group that characterises something is an anonymous source: ${speaker}`, () => {
      const a = attribute(sentence);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].status, 'anonymous');
      assert.deepEqual(a.quotes[0].speaker && { text: a.quotes[0].speaker.text, start: a.quotes[0].speaker.start, entity: a.quotes[0].speaker.entity }, {
        text: speaker,
        start: sentence.indexOf(speaker),
        entity: null,
      });
      assert.equal(a.quotes[0].cue?.text, /described/.test(sentence) ? 'described' : 'called');
    });
  }

  it('a characterisation reported in a described source’s statement is credited to that source', () => {
    const text = 'The county auditor said council members described the budget as “a fantasy.”';
    const a = attribute(text);
    assert.deepEqual(credit(text, a.quotes[0]), {
      quote: '“a fantasy.”',
      status: 'attributed',
      speaker: { text: 'The county auditor', name: 'The county auditor', start: 0, entity: null },
      cue: { text: 'said', start: text.indexOf('said') },
      continues: null,
    });
  });

  /** A long article: many paragraphs, each a quote credited to one of two people. */
  function longArticle(paragraphs: number): string {
    const parts = ['Maria Lopez chairs the council. Tom Ode runs the port.'];
    for (let i = 0; i < paragraphs; i++) {
      parts.push(i % 3 === 0 ? `“Item ${i} passed,” Lopez said.` : i % 3 === 1 ? `Ode said the vote on item ${i} was “a fair result.”` : `“We will see about item ${i},” she said.`);
    }
    return parts.join('\n\n');
  }
  const PEOPLE: Named[] = [LOPEZ, { name: 'Tom Ode', forms: ['Tom Ode', 'Ode'] }];

  it('attributeSteps yields part-way through a long article and credits exactly what attributeQuotes does', () => {
    const text = longArticle(300);
    const whole = attribute(text, PEOPLE);
    const ctx = prepare(text, PEOPLE);
    const steps = attributeSteps(ctx);
    let yields = 0;
    while (!steps.next().done) yields++;
    assert.ok(yields >= 4, `only ${yields} yields for ${ctx.analysis.quotes.length} quotes`);
    assert.equal(ctx.analysis.quotes.length, 300);
    assert.deepEqual(ctx.analysis, whole);
    assert.deepEqual(whole.entities[0].quotes.length, 200);
  });

  it('two attribution runs interleaved step by step give the same results as each run alone', () => {
    const first = longArticle(200);
    const second = `Tom Ode runs the port.\n\n${longArticle(150).replace(/Lopez/g, 'Ruiz').replace('Maria Ruiz', 'Ana Ruiz')}`;
    const secondPeople: Named[] = [{ name: 'Ana Ruiz', forms: ['Ana Ruiz', 'Ruiz'] }, { name: 'Tom Ode', forms: ['Tom Ode', 'Ode'] }];
    const a = prepare(first, PEOPLE);
    const b = prepare(second, secondPeople);
    const stepsA = attributeSteps(a);
    const stepsB = attributeSteps(b);
    let doneA = false;
    let doneB = false;
    while (!doneA || !doneB) {
      if (!doneA) doneA = !!stepsA.next().done;
      if (!doneB) doneB = !!stepsB.next().done;
    }
    assert.deepEqual(a.analysis, attribute(first, PEOPLE));
    assert.deepEqual(b.analysis, attribute(second, secondPeople));
  });

  it('never throws on odd inputs', () => {
    const odd = ['', '"', '“”', '“,” said', 'said “', '“a” ― ', 'According to “x”', ':“', '“x,” he said.\r\n\r\n“y”', '“Q” said he she they it.'];
    for (const text of odd) {
      const a = analyze(text, { format: 'news' });
      for (const q of a.quotes) {
        if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
        if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
        if (q.continues !== null) assert.ok(q.continues >= 0 && q.continues < a.quotes.indexOf(q));
      }
    }
  });
});
