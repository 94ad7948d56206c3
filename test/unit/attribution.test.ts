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

  it('“Q,” Kim — the party leader — said, and Kim -- who … -- said “Q”: a description between dashes', () => {
    const dashes = 'Maria Lopez — who has led the party for months — said she would “fight on”.';
    assert.deepEqual(credit(dashes, attribute(dashes, [LOPEZ]).quotes[0]).speaker, { text: 'Maria Lopez', name: 'Maria Lopez', start: 0, entity: 0 });
    const hyphens = 'Lopez -- under fire for months -- said she would "fight on".';
    assert.deepEqual(credit(hyphens, attribute(hyphens, [LOPEZ]).quotes[0]).speaker, { text: 'Lopez', name: 'Maria Lopez', start: 0, entity: 0 });
    const nested = 'Maria Lopez, the chief executive of Ora Films -- the studio that owns the show, which also streams online -- told me, “We are a content provider.”';
    assert.deepEqual(credit(nested, attribute(nested, [LOPEZ]).quotes[0]).speaker, { text: 'Maria Lopez', name: 'Maria Lopez', start: 0, entity: 0 });
    const after = '“We will win,” Lopez – the party leader – said.';
    assert.deepEqual(credit(after, attribute(after, [LOPEZ]).quotes[0]).speaker, { text: 'Lopez', name: 'Maria Lopez', start: after.indexOf('Lopez'), entity: 0 });
  });

  it('a quotation credited only at the end of its last paragraph credits every paragraph of it, in double and single marks', () => {
    for (const [open, close] of [['“', '”'], ["'", "'"]]) {
      const text = `${open}We had a difficult year.\n\n${open}We lost money.\n\n${open}But we are stronger now,${close} Maria Lopez said.`;
      const a = attribute(text, [LOPEZ]);
      assert.equal(a.quotes.length, 3, text);
      for (const quote of a.quotes) assert.deepEqual([quote.status, quote.speaker?.name], ['attributed', 'Maria Lopez'], text);
    }
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
    ['a person present at the meeting', '“The talks have stalled,” a person present at the meeting said.'],
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

  it('a pronoun goes to a person known to be of its gender in a later sentence before a subject whose gender is unknown', () => {
    const speakerOf = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(speakerOf('Mark Colvin spoke. Bonnie Slone, 67, watched. “It rose fast,” she said.'), ['Bonnie Slone']);
    assert.deepEqual(speakerOf('Andrea Colvin spoke. The river rose fast, said Dale Pruitt. “We were ready,” he said.'), ['Dale Pruitt']);
    // in the same sentence the subject keeps it
    assert.deepEqual(speakerOf('Taylor Reed praised Maria Lopez. “It was good,” she said.'), ['Taylor Reed']);
  });

  it('“People close to the minister said …” and “People close to her said …” are unnamed sources, not the minister nor nobody', () => {
    const credits = (text: string) => attribute(text).quotes.map((q) => [q.status, q.speaker?.text]);
    assert.deepEqual(credits('The talks stalled. People close to the minister said she was “furious”.'), [['anonymous', 'People close to the minister']]);
    assert.deepEqual(credits('The talks stalled. People close to her said she was “furious”.'), [['anonymous', 'People close to her']]);
    assert.deepEqual(credits('The talks stalled. Those close to the minister said she was “furious”.'), [['anonymous', 'Those close to the minister']]);
    assert.deepEqual(credits('The talks stalled. “She is furious,” said those close to the minister.'), [['anonymous', 'those close to the minister']]);
  });

  it('a quantifier standing alone for people nobody named (“One told me”, “said another”, “Others said”) is an unnamed source', () => {
    const credits = (text: string) => analyze(text).quotes.map((q) => [q.status, q.speaker?.text, q.cue?.text]);
    assert.deepEqual(credits('Farmers laughed at us. One told me, “Come back when you have a lorry.”'), [['anonymous', 'One', 'told']]);
    assert.deepEqual(credits('Farmers laughed at us. “Come back later,” said another.'), [['anonymous', 'another', 'said']]);
    assert.deepEqual(credits('Residents were angry. Another, who did not want to be named, said the smell was “unbearable”.'), [['anonymous', 'Another', 'said']]);
    assert.deepEqual(credits('Farmers laughed at us. Others said the plan was “a joke”.'), [['anonymous', 'Others', 'said']]);
    // (not a quantifier with its noun: "one farmer", "one of them")
    assert.deepEqual(credits('Farmers laughed at us. “Go,” said one of them.'), [['anonymous', 'one of them', 'said']]);
  });

  it('“the nurse said” is the person described by the head noun of “a nurse at the hospital”, not by the noun after “of”', () => {
    const speakerOf = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name ?? null);
    assert.deepEqual(speakerOf('Ann Lee, a nurse at the county hospital, treated the boy. “He was lucky,” the nurse said.'), ['Ann Lee']);
    assert.deepEqual(speakerOf('Ann Lee, the mother of the victim, spoke first. “He was kind,” the mother said.'), ['Ann Lee']);
    assert.deepEqual(speakerOf('Ann Lee, a friend of the victim, spoke first. “He was kind,” the victim said.'), ['the victim']);
  });

  it('a role the article gives a person (“Munro’s wife, Catriona”, “her husband, Kit Ambry”) says their sex for a later “he” or “she”', () => {
    const speakerOf = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(speakerOf('Alasdair Munro rows the ferry.\n\nMunro’s wife, Catriona, who died in 2019, sold tea on the jetty. He keeps her kettle.\n\n“She would have laughed,” he says.'), ['Alasdair Munro']);
    assert.deepEqual(speakerOf('Ines Lauder runs the bakery.\n\nHer husband, Kit Ambry, who died in 2019, built the ovens. She keeps his apron.\n\n“He would have laughed,” she says.'), ['Ines Lauder']);
  });

  it('a quotation credited to “she” or “he” with no one named before it is unattributed, the pronoun and cue kept', () => {
    const story = analyze('“We lost everything in one night,” she said. The river rose after dark.');
    assert.deepEqual(story.quotes.map((q) => [q.status, q.speaker?.text, q.speaker?.entity, q.cue?.text]), [['unattributed', 'she', null, 'said']]);
    assert.deepEqual(story.findings.map((f) => f.code), ['unattributed-quote']);
    // someone named before it, of either sex, is still who it is
    assert.deepEqual(analyze('Tom Hale spoke. “It is over,” he said.').quotes.map((q) => [q.status, q.speaker?.name]), [['attributed', 'Tom Hale']]);
    // unnamed people the pronoun may mean are an unnamed source, as before
    assert.deepEqual(analyze('I spoke to a bus driver. “It is over,” he told me.').quotes.map((q) => q.status), ['anonymous']);
  });

  it('a name inside the quotation is never the antecedent of the pronoun that credits it', () => {
    const credits = (text: string, named: Named[]) => attribute(text, named).quotes.map((q) => `${q.status}:${q.speaker?.name}`);
    const people: Named[] = [{ name: 'Dan Mercer' }, { name: 'Paul Okafor' }];
    assert.deepEqual(credits('Dan Mercer took the stage. “Paul Okafor thinks we are finished,” he said.', people), ['attributed:Dan Mercer']);
    assert.deepEqual(credits('Dan Mercer took the stage. ‘Paul Okafor thinks we are finished,’ he said.', people), ['attributed:Dan Mercer']);
    assert.deepEqual(credits('Dan Mercer took the stage. "Paul Okafor thinks we are finished," he said.', people), ['attributed:Dan Mercer']);
    const women: Named[] = [{ name: 'Helen Marsh' }, { name: 'Jane Cole' }];
    assert.deepEqual(credits('Helen Marsh took the stage. “We are ready, and Jane Cole knows it,” she added.', women), ['attributed:Helen Marsh']);
    // nor the last person before when nobody outside the quotation is within reach
    assert.notEqual(credits('“Paul Okafor thinks we are finished,” he said.', people)[0], 'attributed:Paul Okafor');
  });

  it('“Name of ORG said …” makes that person the subject a later pronoun refers to', () => {
    const credits = (text: string, named: Named[]) => attribute(text, named).quotes.map((q) => `${q.status}:${q.speaker?.name}`);
    for (const [affiliation, organization] of [
      ['of Harbor Freight', 'Harbor Freight'],
      ['from Unison', 'Unison'],
      ['of the University of Leeds', 'University of Leeds'],
      ['at KPMG', 'KPMG'],
    ]) {
      const text = `Dan Mercer spoke first. Paul Okafor ${affiliation} said the plan would help. “It is good news,” he said.`;
      assert.deepEqual(credits(text, [{ name: 'Dan Mercer' }, { name: 'Paul Okafor' }, { name: organization, type: 'organization' }]), ['attributed:Paul Okafor'], text);
    }
  });

  it('“Name, AGE, a DESCRIPTION, said …” makes that person the subject a later pronoun refers to', () => {
    const credits = (text: string, named: Named[]) => attribute(text, named).quotes.map((q) => `${q.status}:${q.speaker?.name}`);
    for (const description of ['41, a plumber', '41, a plumber from Leeds', '41, who runs a bakery', 'a plumber, 41']) {
      const text = `Dan Mercer spoke first. Paul Okafor, ${description}, said the work had dried up. “I learned my trade there,” he said.`;
      assert.deepEqual(credits(text, [{ name: 'Dan Mercer' }, { name: 'Paul Okafor' }]), ['attributed:Paul Okafor'], text);
    }
  });

  it('“According to him, “Q”” credits the person the pronoun refers to', () => {
    const credit = (text: string, named: Named[]) => attribute(text, named).quotes.map((q) => [q.status, q.speaker?.name, q.speaker?.text, q.cue?.text]);
    assert.deepEqual(credit('Dan Mercer runs the depot. According to him, “the new rota cannot work.”', [{ name: 'Dan Mercer' }]), [['attributed', 'Dan Mercer', 'him', 'According to']]);
    assert.deepEqual(credit('Helen Marsh runs the depot. “The new rota cannot work,” according to her.', [{ name: 'Helen Marsh' }]), [['attributed', 'Helen Marsh', 'her', 'according to']]);
    assert.deepEqual(credit('Harbor Freight runs the depot. According to them, “the new rota cannot work.”', [{ name: 'Harbor Freight', type: 'organization' }]), [['attributed', 'Harbor Freight', 'them', 'According to']]);
    // "her" owning a noun is no pronoun speaker
    assert.deepEqual(credit('Helen Marsh runs the depot. According to her lawyer, “the new rota cannot work.”', [{ name: 'Helen Marsh' }]), [['anonymous', 'her lawyer', 'her lawyer', 'According to']]);
  });

  it('“Ms Lee said” credits the woman of that surname, “Mr Lee said” the man, whichever the surname was linked to', () => {
    const credits = (text: string, named: Named[]) => attribute(text, named).quotes.map((q) => `${q.speaker?.text}:${q.speaker?.name}`);
    const text = 'Nina Kerr and her husband, Sean Kerr, run the bakery. “We open at five,” Ms Kerr said. “It took years,” she added.';
    assert.deepEqual(credits(text, [{ name: 'Nina Kerr' }, { name: 'Sean Kerr', forms: ['Sean Kerr', 'Kerr'] }]), ['Kerr:Nina Kerr', 'she:Nina Kerr']);
    const his = 'Sean Kerr and his wife, Nina Kerr, run the bakery. “We open at five,” Mr. Kerr said.';
    assert.deepEqual(credits(his, [{ name: 'Sean Kerr' }, { name: 'Nina Kerr', forms: ['Nina Kerr', 'Kerr'] }]), ['Kerr:Sean Kerr']);
    // a title that agrees with the person the surname was linked to keeps them
    const agrees = 'Nina Kerr and her husband, Sean Kerr, run the bakery. “We open at five,” Mr Kerr said.';
    assert.deepEqual(credits(agrees, [{ name: 'Nina Kerr' }, { name: 'Sean Kerr', forms: ['Sean Kerr', 'Kerr'] }]), ['Kerr:Sean Kerr']);
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker?.name), ['Nina Kerr', 'Nina Kerr']);
  });

  it('“the Treasurer said” credits the person the article gave that capitalised title', () => {
    const credits = (text: string, named: Named[]) => attribute(text, named).quotes.map((q) => `${q.status}:${q.speaker?.text}:${q.speaker?.name}`);
    const text = 'The Treasurer, Jim Chalmers, said the budget was sound. “It is a careful budget,” the Treasurer said.';
    assert.deepEqual(credits(text, [{ name: 'Jim Chalmers' }]), ['attributed:the Treasurer:Jim Chalmers']);
    const tanaiste = 'The Tánaiste, Simon Harris, spoke on Monday. “We will not wait,” the Tánaiste said.';
    assert.deepEqual(credits(tanaiste, [{ name: 'Simon Harris' }]), ['attributed:the Tánaiste:Simon Harris']);
    assert.deepEqual(analyze('Treasurer Jim Chalmers said the budget was sound. “It is a careful budget,” the Treasurer said.').quotes.map((q) => q.speaker?.name), ['Jim Chalmers']);
    // also a title the name finder took for an organisation, or its acronym
    assert.deepEqual(credits(tanaiste, [{ name: 'Tánaiste', type: 'organization' }, { name: 'Simon Harris' }]), ['attributed:the Tánaiste:Simon Harris']);
    const dpp = 'The Director of Public Prosecutions, Nora Quill, said the case would go ahead. “The evidence is clear,” the DPP said.';
    assert.deepEqual(credits(dpp, [{ name: 'Director of Public Prosecutions', type: 'organization', forms: ['Director of Public Prosecutions', 'DPP'] }, { name: 'Nora Quill' }]), ['attributed:the DPP:Nora Quill']);
    // a title nobody was given stays as written
    assert.deepEqual(credits('Jim Chalmers spoke. “It is a careful budget,” the Treasurer said.', [{ name: 'Jim Chalmers' }]), ['attributed:the Treasurer:the Treasurer']);
  });

  it('an organisation’s acronym in brackets is no antecedent of a later pronoun, whatever type it was given', () => {
    const text = 'Marta Nowak of Open Net Watch (ONeW) said the bill was flawed. She added: “We will keep watching.”';
    const a = attribute(text, [{ name: 'Marta Nowak' }, { name: 'Open Net Watch', type: 'organization' }, { name: 'ONeW' }]);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Marta Nowak']);
  });

  it('an unnamed person is an unnamed source, also one named only by whose they are; a role the article gave a name is that name', () => {
    const credits = (text: string) => analyze(text).quotes.map((q) => `${q.status}:${q.speaker?.name}`);
    assert.deepEqual(credits('“It was a mess,” one steward said. “We will appeal,” said Greg Holloway’s lawyer. “Not now,” his driver said.'), [
      'anonymous:one steward',
      'anonymous:Greg Holloway’s lawyer',
      'anonymous:his driver',
    ]);
    assert.deepEqual(credits('Chief executive Dana Whitcombe spoke on Thursday. “We saw demand rise,” the chief executive said.'), ['attributed:Dana Whitcombe']);
    assert.deepEqual(credits('“No,” the executive said.'), ['anonymous:the executive']);
    // a columnist’s own relation is who he is
    assert.deepEqual(credits('“We live in hope,” my father said.'), ['attributed:my father']);
  });

  it('an action beat before a quote that is a sentence of its own keeps it from a reaction after it, not from a verb of saying', () => {
    const credits = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(credits('Priya Nair shook her head. “That is simply untrue.” The opposition disagreed.'), ['Priya Nair']);
    assert.deepEqual(credits('Priya Nair shook her head. “That is simply untrue.” Tom Ode said later.'), ['Tom Ode']);
  });

  it('the subject of a passive cue (“was asked about”, “was told”) is whom the words were put to, not their speaker', () => {
    const quotes = (text: string) => analyze(text).quotes.map((q) => [q.kind, q.status, q.speaker?.name ?? null]);
    // a short phrase the asker used is a scare quote; nobody in the sentence said it
    assert.deepEqual(quotes('Okoro was asked about the “funding gap” in the plan.'), [['scare', 'unattributed', null]]);
    assert.deepEqual(quotes('Okoro was repeatedly told the scheme was “unworkable”.'), [['scare', 'unattributed', null]]);
    // "by" names who put them; "was quoted as saying" names the speaker
    assert.deepEqual(quotes('Okoro was described by her rivals as “reckless”.'), [['quotation', 'attributed', 'her rivals']]);
    assert.deepEqual(quotes('Okoro was quoted as saying the scheme was “unworkable”.'), [['quotation', 'attributed', 'Okoro']]);
    // the answer is the one asked
    assert.deepEqual(quotes('Lena Okoro was asked about the plan. “There is no gap,” she said.'), [['quotation', 'attributed', 'Lena Okoro']]);
    // after the quotation too: the words were put to her, by someone the article does not name
    assert.deepEqual(quotes('Lena Okoro waited at the desk. “You were poor,” she was told.'), [['quotation', 'unattributed', null]]);
    assert.deepEqual(quotes('“You were poor,” Okoro was told by a clerk.'), [['quotation', 'anonymous', 'a clerk']]);
  });

  it('a sentence whose subject takes a stance before a quote keeps it from a reaction after it, as a beat does', () => {
    const credits = (text: string) => analyze(text).quotes.map((q) => [q.speaker?.name ?? null, q.cue?.text ?? null]);
    assert.deepEqual(credits('Lena Okoro rejected the findings. “We broke no rules.” The inspectors disagreed.'), [['Lena Okoro', 'rejected']]);
    assert.deepEqual(credits('Lena Okoro defended the budget. “It balances.” Her rivals scoffed.'), [['Lena Okoro', 'defended']]);
    assert.deepEqual(credits('Lena Okoro denied the claims. “We broke no rules.” The inspectors were unmoved.'), [['Lena Okoro', 'denied']]);
    // a verb of saying after the quote still credits it
    assert.deepEqual(credits('Lena Okoro rejected the findings. “They are wrong.” Tom Ode said later.'), [['Tom Ode', 'said']]);
  });

  it('a document named by a cue’s form is a source: “the ruling said”', () => {
    const credits = (text: string) => analyze(text).quotes.map((q) => `${q.status}:${q.speaker?.name}`);
    assert.deepEqual(credits('The ruling said the merger would “substantially lessen competition.” “The deal fails,” her ruling said.'), ['attributed:The ruling', 'attributed:her ruling']);
  });

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

  /** The speaker of the first quote that contains `words`: its text and the name it resolves to. */
  function speakerOf(a: Analysis, text: string, words: string) {
    const quote = a.quotes.find((q) => text.slice(q.start, q.end).includes(words));
    assert.ok(quote, `no quote with ${words}`);
    return { text: quote.speaker?.text ?? null, name: quote.speaker?.name ?? null, start: quote.speaker?.start ?? null, status: quote.status, cue: quote.cue?.text ?? null };
  }

  const RUIZ: Named = { name: 'Ana Ruiz', forms: ['Ana Ruiz', 'Ruiz'] };
  const ODE: Named = { name: 'Tom Ode', forms: ['Tom Ode', 'Ode'] };

  it('reader comments signed “Q” ― Name, one a line, each credit the name after it (also after a no-break space)', () => {
    const text = 'Readers wrote in about the bridge.\n\n“Will it ever reopen?”\u00a0― Ana Ruiz\n“We need it before winter.”\u00a0― Tom Ode\n';
    const a = attribute(text, [RUIZ, ODE]);
    assert.deepEqual(speakerOf(a, text, 'reopen'), { text: 'Ana Ruiz', name: 'Ana Ruiz', start: text.indexOf('Ana'), status: 'attributed', cue: '―' });
    assert.deepEqual(speakerOf(a, text, 'winter'), { text: 'Tom Ode', name: 'Tom Ode', start: text.indexOf('Tom'), status: 'attributed', cue: '―' });
    assert.equal(a.quotes[1].continues, null);
  });

  it('a description ending in a time phrase and a comma is skipped for the name before it', () => {
    const text = 'Ruiz, who has run the housing office since an election in May, hailed the plan as “overdue” on Monday.';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'overdue'), { text: 'Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'hailed' });
  });

  it('“…, saying” belongs to the main clause, not to a clause reported inside it', () => {
    const text = 'Ruiz told the council that she believes the town must rebuild the bridge, saying that “nobody should have to wait.”';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'nobody'), { text: 'Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'saying' });
  });

  it('“…, saying” skips the subjects of relative and subordinate clauses', () => {
    const text = 'Ode was calm when asked about an engineer who said the deck was weak after he inspected it, saying, “We did everything right.”';
    const a = attribute(text, [ODE, { name: 'Carl Berg' }]);
    assert.deepEqual(speakerOf(a, text, 'everything'), { text: 'Ode', name: 'Tom Ode', start: 0, status: 'attributed', cue: 'saying' });
  });

  for (const [text, cue] of [
    ['Ruiz urged her deputy to visit the site and later said, “It is worse than we feared.”', 'said'],
    ['Ruiz appeared on the radio on Tuesday and began by saying the bridge was “beyond repair.”', 'saying'],
  ]) {
    it(`a second verb or an infinitive takes the subject of the clause before it: ${cue}`, () => {
      const a = attribute(text, [RUIZ]);
      assert.deepEqual(speakerOf(a, text, '”'), { text: 'Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue });
    });
  }

  it('“Name, despite admitting …” credits the name before the comma', () => {
    const text = 'Council member Tom Ode, despite admitting that the plan had “serious gaps,” voted for it.';
    const a = attribute(text, [ODE]);
    assert.deepEqual(speakerOf(a, text, 'gaps'), { text: 'Tom Ode', name: 'Tom Ode', start: text.indexOf('Tom'), status: 'attributed', cue: 'admitting' });
  });

  it('“X, a description, said it was …” credits X, not an inverted “said it”', () => {
    const text = 'Harbor Corp, Ruiz\'s biggest client and the main taxpayer of the town, said it was “deeply concerned” by the closure.';
    const a = attribute(text, [{ name: 'Harbor Corp', type: 'organization' }, RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'concerned'), { text: 'Harbor Corp', name: 'Harbor Corp', start: 0, status: 'attributed', cue: 'said' });
  });

  it('“Q,” per the rules: “per” credits a source after a quote, never inside a rate', () => {
    const text = 'Meetings end at nine, “to spare the neighbours,” per the town charter. Tickets are “cheap” at $5 per visit.';
    const a = attribute(text);
    assert.deepEqual(speakerOf(a, text, 'neighbours'), { text: 'the town charter', name: 'the town charter', start: text.indexOf('the town'), status: 'attributed', cue: 'per' });
    assert.equal(a.quotes.find((q) => q.text.includes('cheap'))?.status, 'unattributed');
  });

  for (const [text, source] of [
    ['The repair was “a patch on a patch,” as one engineer put it.', 'one engineer'],
    ['As the county memo put it in May, “the bridge is unsafe.”', 'the county memo'],
    ['The “deal of the century,” as one engineer called it, fell apart.', 'one engineer'],
  ]) {
    it(`“as X put it” credits X: ${source}`, () => {
      const a = attribute(text);
      assert.deepEqual(speakerOf(a, text, '”'), { text: source, name: source, start: text.indexOf(source), status: source.startsWith('one ') ? 'anonymous' : 'attributed', cue: /called/.test(text) ? 'called' : 'put it' });
    });
  }

  it('“As X, a description, recently put it, Q” credits X past the apposition and the adverb', () => {
    const text = 'As Dana Whitlock, a tax lawyer at the Orchard Institute, recently put it, “Did the firm lower its taxes legally or not?” The firm did not respond.';
    const a = attribute(text, [{ name: 'Dana Whitlock' }]);
    assert.deepEqual(speakerOf(a, text, 'firm lower'), { text: 'Dana Whitlock', name: 'Dana Whitlock', start: text.indexOf('Dana'), status: 'attributed', cue: 'put it' });
  });

  it('“X’s claim that …” credits a partial quotation in the claim to X, also “his claim that”', () => {
    const named = 'Police reported a rise in thefts. Critics seized on Ruiz’s claim that there have been “thousands of thefts” in the city this year.';
    const a = attribute(named, [RUIZ]);
    assert.equal(a.quotes[0].kind, 'quotation');
    assert.deepEqual(speakerOf(a, named, 'thefts”'), { text: 'Ruiz', name: 'Ana Ruiz', start: named.indexOf('Ruiz'), status: 'attributed', cue: 'claim' });
    const pronoun = 'Tom Ode should release his files. Contrary to his claim that voters would “learn nothing,” there is much to learn.';
    const b = attribute(pronoun, [ODE]);
    assert.deepEqual(speakerOf(b, pronoun, 'nothing'), { text: 'his', name: 'Tom Ode', start: pronoun.indexOf('his claim'), status: 'attributed', cue: 'claim' });
    // the same statement nouns as the source of a figure reads ("Lund's prediction that …")
    const predicted = 'Police reported a rise in thefts. Critics seized on Ruiz’s prediction that there would be “thousands of thefts” this year.';
    assert.deepEqual(speakerOf(attribute(predicted, [RUIZ]), predicted, 'thefts”'), { text: 'Ruiz', name: 'Ana Ruiz', start: predicted.indexOf('Ruiz'), status: 'attributed', cue: 'prediction' });
    // adjectives between owner and noun, and "its" for the subject of the clause ("its bold prediction that …")
    const owned = 'Ruiz’s annual report was mocked for its bold prediction that crime would “vanish within a decade.”';
    assert.deepEqual(speakerOf(attribute(owned, [RUIZ]), owned, 'vanish').cue, 'prediction');
    assert.match(String(speakerOf(attribute(owned, [RUIZ]), owned, 'vanish').text), /^Ruiz’s annual report/);
  });

  it('“X mocked Y for his claim that …” credits the quotation to Y, whose claim it is, not to X who reacts to it', () => {
    const mocked = 'Critics mocked Tom Ode for his bold claim that the team would be “champions by Christmas”.';
    assert.deepEqual(speakerOf(attribute(mocked, [ODE]), mocked, 'champions'), { text: 'his', name: 'Tom Ode', start: mocked.indexOf('his'), status: 'attributed', cue: 'claim' });
    const named = 'The minister dismissed Ruiz’s promise that the hospital would “never close”.';
    assert.deepEqual(speakerOf(attribute(named, [RUIZ]), named, 'never'), { text: 'Ruiz', name: 'Ana Ruiz', start: named.indexOf('Ruiz'), status: 'attributed', cue: 'promise' });
    // a described maker, read without its possessive ("the union's warning")
    const described = 'The minister dismissed the union’s warning that schools would “fall apart”.';
    assert.deepEqual(speakerOf(attribute(described), described, 'fall'), { text: 'the union', name: 'the union', start: described.indexOf('the union'), status: 'attributed', cue: 'warning' });
    // a participle after "for": the verb's object is the one who spoke
    const claiming = 'Critics mocked Tom Ode for claiming that the team would be “champions by Christmas”.';
    assert.deepEqual(speakerOf(attribute(claiming, [ODE]), claiming, 'champions'), { text: 'Tom Ode', name: 'Tom Ode', start: claiming.indexOf('Tom'), status: 'attributed', cue: 'claiming' });
    const thanked = 'Tom Ode scored twice. Fans thanked him for saying the club would “never be sold”.';
    assert.deepEqual(speakerOf(attribute(thanked, [ODE]), thanked, 'never'), { text: 'him', name: 'Tom Ode', start: thanked.indexOf('him'), status: 'attributed', cue: 'saying' });
    // (not an object of a preposition: the one who apologised said it)
    const apologised = 'Tom Ode apologised to Ana Ruiz for saying her staff were “lazy”.';
    assert.equal(speakerOf(attribute(apologised, [ODE, RUIZ]), apologised, 'lazy').name, 'Tom Ode');
    // (a cue after the claim is the later statement's: "…, saying it was “…”")
    const saying = 'Ruiz rejected Ode’s claim that wages rose, saying it was “nonsense”.';
    assert.equal(speakerOf(attribute(saying, [ODE, RUIZ]), saying, 'nonsense').name, 'Ana Ruiz');
  });

  it('a colon closing a clause whose verb is progressive (“Ruiz is rolling out a message: Q”) credits its subject', () => {
    const text = 'Worried about turnout, Ruiz is rolling out a new and more personal campaign message: “It is about me.”';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'about me'), { text: 'Ruiz', name: 'Ana Ruiz', start: text.indexOf('Ruiz'), status: 'attributed', cue: ':' });
  });

  it('a participle in a compound adjective (“the so-called pact”) is no cue', () => {
    const text = 'Ruiz said during a Friday rally in Westmoor that Ode once described the so-called Harbour Pact as “the gold standard” of trade deals.';
    const a = attribute(text, [RUIZ, ODE]);
    assert.deepEqual(speakerOf(a, text, 'gold'), { text: 'Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'said' });
  });

  it('“for saying …” hangs on the clause’s subject, not on the object of a preposition or a gerund', () => {
    const text = 'Ruiz faced questions for her role in promoting diet aids on her show and for saying that a tea was a “miracle cure.”';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'miracle'), { text: 'Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'saying' });
  });

  it('a participle right after the quote hangs on the clause before it', () => {
    const text = 'Ruiz praised Ode as a “tireless partner,” citing his work on the budget.';
    const a = attribute(text, [RUIZ, ODE]);
    assert.deepEqual(speakerOf(a, text, 'tireless'), { text: 'Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'citing' });
  });

  it('“Name tells X that …” credits the name', () => {
    const text = 'Ode tells NBC’s “Today” that “the money is there.”';
    const a = attribute(text, [ODE]);
    assert.deepEqual(speakerOf(a, text, 'money'), { text: 'Ode', name: 'Tom Ode', start: 0, status: 'attributed', cue: 'tells' });
  });

  it('finds the cue past a long description after the name, also when a nested quote closes the quote', () => {
    const text = 'The vote was close. “Nobody listens to the ‘small towns,’” Ana Ruiz, the director of the county housing office and a member of the planning board, said on Monday.';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'Nobody'), { text: 'Ana Ruiz', name: 'Ana Ruiz', start: text.indexOf('Ana'), status: 'attributed', cue: 'said' });
  });

  it('two statements joined by “and” after a comma are not one nested report', () => {
    const text = 'Ruiz said the plan was late, and when pressed on the cost, the 40-year-old engineer snapped, “It will cost what it costs.”';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'cost what'), {
      text: 'the 40-year-old engineer', name: 'the 40-year-old engineer', start: text.indexOf('the 40'), status: 'attributed', cue: 'snapped',
    });
  });

  it('a statement in a “when” clause does not govern the main clause’s quote', () => {
    const text = 'When Ruiz noted that the budget had doubled ― twice in four years ― Ode boasted, “That is good management.”';
    const a = attribute(text, [RUIZ, ODE]);
    assert.deepEqual(speakerOf(a, text, 'management'), { text: 'Ode', name: 'Tom Ode', start: text.indexOf('Ode'), status: 'attributed', cue: 'boasted' });
  });

  it('“footage of Name saying …” credits the name', () => {
    const text = 'The advert ends with footage of Ode saying during the debate, “We built this.”';
    const a = attribute(text, [ODE]);
    assert.deepEqual(speakerOf(a, text, 'built'), { text: 'Ode', name: 'Tom Ode', start: text.indexOf('Ode'), status: 'attributed', cue: 'saying' });
  });

  it('“Name fired off a burst of tweets late Sunday saying …” credits the name, not the tweets', () => {
    const text = 'Ode fired off a burst of tweets late Sunday saying the count was “rigged from the start.”';
    const a = attribute(text, [ODE]);
    assert.deepEqual(speakerOf(a, text, 'rigged'), { text: 'Ode', name: 'Tom Ode', start: 0, status: 'attributed', cue: 'saying' });
  });

  it('“led Name to warn …”: the person after the verb is the subject of the infinitive', () => {
    const text = 'The closure has led Ana Ruiz to warn of “a lost decade.”';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'decade'), { text: 'Ana Ruiz', name: 'Ana Ruiz', start: text.indexOf('Ana'), status: 'attributed', cue: 'warn' });
    // a place after the verb is no speaker
    const trip = 'Ode visited Lisbon to praise the port as “a model.”';
    const b = attribute(trip, [ODE, { name: 'Lisbon', type: 'place' }]);
    assert.deepEqual(speakerOf(b, trip, 'model'), { text: 'Ode', name: 'Tom Ode', start: 0, status: 'attributed', cue: 'praise' });
  });

  it('a hyphenated number stays inside an “according to” source', () => {
    const text = 'According to a 30-count federal indictment, the firm “hid the losses.”';
    const a = attribute(text);
    assert.deepEqual(speakerOf(a, text, 'losses'), {
      text: 'a 30-count federal indictment', name: 'a 30-count federal indictment', start: text.indexOf('a 30'), status: 'attributed', cue: 'According to',
    });
  });

  it('a fronted “After saying …” clause has the subject of the main clause after the quote', () => {
    const text = 'Ruiz chairs the board. After saying the budget was “a house of cards,” she left the meeting early.';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'house of cards'), { text: 'she', name: 'Ana Ruiz', start: text.indexOf('she'), status: 'attributed', cue: 'saying' });
  });

  for (const [text, subject] of [
    ['Farmers waiting outside the court chanted “Open the gates!” until noon.', 'Farmers'],
    ['Cyclists riding through the old town chanted “Open the gates!” until noon.', 'Cyclists'],
    ['Farmers living near the port chanted “Open the gates!” until noon.', 'Farmers'],
  ]) {
    it(`“Residents living near the plant said …”: the noun before the participle is the subject: ${text}`, () => {
      const a = attribute(text);
      assert.deepEqual(speakerOf(a, text, 'gates'), { text: subject, name: subject, start: 0, status: 'attributed', cue: 'chanted' });
    });
  }

  it('“referenced” is a cue: the quoted words are a quotation credited to its subject', () => {
    const text = 'The council did not name the developer, but it referenced “broken promises” in its report.';
    const ctx = prepare(text, [{ name: 'Harbor Council', type: 'organization', forms: ['The council'] }]);
    assert.equal(ctx.analysis.quotes[0].kind, 'quotation');
    attributeQuotes(ctx);
    assert.deepEqual(speakerOf(ctx.analysis, text, 'broken'), { text: 'it', name: 'Harbor Council', start: text.indexOf('it ref'), status: 'attributed', cue: 'referenced' });
  });

  it('a first name after a title inside a mention tells the person’s gender (“Mayor Ana Ruiz”)', () => {
    const text = 'Mayor Ana Ruiz spoke after Lee Berg. “The numbers do not add up,” he said.';
    const a = attribute(text, [{ name: 'Mayor Ana Ruiz' }, { name: 'Lee Berg' }]);
    assert.deepEqual(speakerOf(a, text, 'numbers'), { text: 'he', name: 'Lee Berg', start: text.indexOf('he said'), status: 'attributed', cue: 'said' });
  });

  it('“it said” resolves to the organisation or place that was the subject of a clause before it', () => {
    const text = 'Portugal rejected the plan on Monday. “The terms are unfair,” it said in a statement.';
    const a = attribute(text, [{ name: 'Portugal', type: 'place' }]);
    assert.deepEqual(speakerOf(a, text, 'unfair'), { text: 'it', name: 'Portugal', start: text.indexOf('it said'), status: 'attributed', cue: 'said' });
    assert.deepEqual(a.entities[0].quotes, [0]);
  });

  it('“they said” resolves only to an organisation that is the subject of its own or the previous sentence', () => {
    const union: Named = { name: 'Harbor Union', type: 'organization', forms: ['The Harbor Union'] };
    const text = 'The Harbor Union voted to strike. “We are ready,” they said.';
    const a = attribute(text, [union]);
    assert.deepEqual(speakerOf(a, text, 'ready'), { text: 'they', name: 'Harbor Union', start: text.indexOf('they'), status: 'attributed', cue: 'said' });
    const later = 'The Harbor Union met on Monday. Dozens of dock workers gathered outside. “We are ready,” they said.';
    const b = attribute(later, [union]);
    assert.deepEqual(speakerOf(b, later, 'ready'), { text: 'they', name: 'they', start: later.indexOf('they'), status: 'attributed', cue: 'said' });
    assert.equal(b.quotes[0].speaker?.entity, null);
  });

  it('“the company said” resolves to the organisation named as a subject before it, or to the only one named', () => {
    const acme: Named = { name: 'Acme Foods', type: 'organization' };
    const bank: Named = { name: 'Harbor Bank', type: 'organization' };
    const text = 'Harbor Bank lent money to Acme Foods. Acme Foods announced 200 job cuts at its bakery. “The decision was painful,” the company said.';
    const a = attribute(text, [acme, bank]);
    assert.deepEqual(speakerOf(a, text, 'painful'), { text: 'the company', name: 'Acme Foods', start: text.indexOf('the company'), status: 'attributed', cue: 'said' });
    assert.equal(a.quotes[0].speaker?.entity, 0);
    const only = 'Job cuts at the bakery of Acme Foods. “The decision was painful,” the company said.';
    assert.equal(speakerOf(attribute(only, [acme]), only, 'painful').name, 'Acme Foods');
    // two organisations and neither the subject of a clause: no guess
    const two = 'Job cuts at Acme Foods and at Harbor Bank. “The decision was painful,” the company said.';
    assert.equal(speakerOf(attribute(two, [acme, bank]), two, 'painful').name, 'the company');
  });

  it('“the agency said” resolves to the nearest organisation whose name fits the noun', () => {
    const text = 'The Food Safety Agency wrote to the Harbor Council on Friday. “The rules stand,” the agency said.';
    const a = attribute(text, [
      { name: 'Food Safety Agency', type: 'organization' },
      { name: 'Harbor Council', type: 'organization' },
    ]);
    assert.deepEqual(speakerOf(a, text, 'rules'), { text: 'the agency', name: 'Food Safety Agency', start: text.indexOf('the agency'), status: 'attributed', cue: 'said' });
  });

  it('“while chanting …” hangs on the main clause, past a clause inserted between dashes', () => {
    const text = 'Dozens of nurses marched past City Hall - where the council met on Monday - while chanting “Fair pay now.”';
    const a = attribute(text);
    assert.deepEqual(speakerOf(a, text, 'Fair pay'), { text: 'Dozens of nurses', name: 'Dozens of nurses', start: 0, status: 'attributed', cue: 'chanting' });
  });

  for (const [text, source] of [
    ['“The bridge is closed,” said the mayor.', 'the mayor'],
    ['“The bridge is closed,” said a police officer at the scene.', 'a police officer at the scene'],
    ['“Keep out,” reads the sign on the gate.', 'the sign on the gate'],
    ['“We will not give up,” said the union’s president, Tom Ode.', 'Tom Ode'],
    ['“We will not give up,” said a union spokesman, Tom Ode.', 'Tom Ode'],
  ]) {
    it(`an inverted cue credits a described person, organisation or document: ${source}`, () => {
      const a = attribute(text, source === 'Tom Ode' ? [ODE] : []);
      const speaker = speakerOf(a, text, '”');
      // (a person described but not named is an unnamed source)
      assert.deepEqual([speaker.text, speaker.start, speaker.status], [source, text.indexOf(source), source.startsWith('a ') ? 'anonymous' : 'attributed']);
    });
  }

  it('a person named after “the” and a role, between commas, is the speaker (“Her husband, the former rugby international James Brooke, said”)', () => {
    const BROOKE: Named = { name: 'James Brooke' };
    const before = 'Her husband, the former rugby international James Brooke, said she had been “impossible to live with”.';
    assert.deepEqual(speakerOf(attribute(before, [BROOKE]), before, 'impossible'), { text: 'James Brooke', name: 'James Brooke', start: before.indexOf('James'), status: 'attributed', cue: 'said' });
    const inverted = '“She was impossible,” said her husband, the former rugby international James Brooke.';
    assert.deepEqual(speakerOf(attribute(inverted, [BROOKE]), inverted, 'impossible'), { text: 'James Brooke', name: 'James Brooke', start: inverted.indexOf('James'), status: 'attributed', cue: 'said' });
    // (a role alone still describes the subject before it; so does a role "of" a person)
    const role = 'Tom Ode, the Labour MP, said it was “a disgrace”.';
    assert.equal(speakerOf(attribute(role, [ODE]), role, 'disgrace').name, 'Tom Ode');
    const of = 'Tom Ode, the husband of Ana Ruiz, said it was “a disgrace”.';
    assert.equal(speakerOf(attribute(of, [ODE, RUIZ]), of, 'disgrace').name, 'Tom Ode');
    const inverseOf = '“It is over,” said a neighbour, the sister of Ana Ruiz.';
    assert.equal(speakerOf(attribute(inverseOf, [RUIZ]), inverseOf, 'over').status, 'anonymous');
  });

  it('“the BBC quoted Ode as saying …” credits the one quoted, not the outlet that quotes', () => {
    const after = 'Tom Ode is the club captain. “We were poor,” the BBC quoted Ode as saying.';
    assert.deepEqual(speakerOf(attribute(after, [ODE]), after, 'poor'), { text: 'Ode', name: 'Tom Ode', start: after.lastIndexOf('Ode'), status: 'attributed', cue: 'saying' });
    const before = 'Tom Ode is the club captain. The Post quoted him as saying the team was “finished”.';
    assert.deepEqual(speakerOf(attribute(before, [ODE]), before, 'finished'), { text: 'him', name: 'Tom Ode', start: before.indexOf('him'), status: 'attributed', cue: 'saying' });
    const unnamed = 'Reuters cited a senior official as saying the deal was “close”.';
    assert.deepEqual(speakerOf(attribute(unnamed), unnamed, 'close'), { text: 'a senior official', name: 'a senior official', start: unnamed.indexOf('a senior'), status: 'anonymous', cue: 'saying' });
  });

  it('an inverted cue before a plain object credits nobody', () => {
    const text = 'The council met. “It is over,” explained the plan.';
    assert.equal(attribute(text).quotes[0].status, 'unattributed');
  });

  it('a colon closing a clause about a person credits its subject; about a thing, nobody', () => {
    const text = 'The mayor was blunt: “We are ready.”\n\nRuiz put it simply: “Stay home.”\n\nThe rule is simple: “No phones.”';
    const a = attribute(text, [RUIZ]);
    assert.deepEqual(speakerOf(a, text, 'ready'), { text: 'The mayor', name: 'The mayor', start: 0, status: 'attributed', cue: ':' });
    assert.deepEqual(speakerOf(a, text, 'Stay'), { text: 'Ruiz', name: 'Ana Ruiz', start: text.indexOf('Ruiz'), status: 'attributed', cue: ':' });
    assert.equal(speakerOf(a, text, 'phones').status, 'unattributed');
    const doc = 'The report opens with a line from one resident: “Nobody came.”';
    assert.deepEqual(speakerOf(attribute(doc), doc, 'Nobody'), { text: 'The report', name: 'The report', start: 0, status: 'attributed', cue: ':' });
  });

  it('“they said” after unnamed sources stays anonymous, named by the group it stands for', () => {
    const text = 'Senior officials at the ministry were blunt on Monday. “The plan is dead,” they said.';
    const a = attribute(text);
    assert.deepEqual(speakerOf(a, text, 'dead'), { text: 'they', name: 'Senior officials at the ministry', start: text.indexOf('they'), status: 'anonymous', cue: 'said' });
    // the group must be the subject of a clause, not an object, and not inside a quote
    for (const other of ['Ruiz thanked the officials. “You saved us,” they said.', '“Officials lie,” they said.']) {
      assert.deepEqual([speakerOf(attribute(other, [RUIZ]), other, '”').name, speakerOf(attribute(other, [RUIZ]), other, '”').status], ['they', 'attributed']);
    }
  });

  it('a name after bare role nouns between commas is the subject; a description that mentions a name is not', () => {
    const text =
      'One of them, cafe owner Maria Lopez, was blunt: “This will kill Market Street.”\n\n' +
      'Another resident, retired teacher Maria Lopez, said the plan “will ruin the street.”\n\n' +
      'The mayor, a close ally of Maria Lopez, said: “No deal.”';
    assert.deepEqual(attribute(text, [LOPEZ]).quotes.map((q) => [q.speaker?.text, q.status]), [
      ['Maria Lopez', 'attributed'],
      ['Maria Lopez', 'attributed'],
      ['The mayor', 'attributed'],
    ]);
  });

  it('“the authority said”, “the board said” resolve to the organisation whose name fits the noun', () => {
    const text =
      'The Halverston Port Authority called the strike illegal. In a statement, the authority said it would seek “an injunction to protect the economy.”\n\n' +
      'The Eastfield Planning Board met on Monday. “The permit is refused,” the board said.';
    const a = attribute(text, [{ name: 'Halverston Port Authority', type: 'organization' }, { name: 'Eastfield Planning Board', type: 'organization' }]);
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name, q.speaker?.entity]), [
      ['the authority', 'Halverston Port Authority', 0],
      ['the board', 'Eastfield Planning Board', 1],
    ]);
  });

  it('a person described but not named (“a farmer said”, “said one freight broker”) is an unnamed source', () => {
    const text = '“Prices keep rising,” a farmer said.\n\n“Somebody pays,” said one freight broker, who asked not to be named.';
    assert.deepEqual(attribute(text).quotes.map((q) => [q.speaker?.text, q.status]), [
      ['a farmer', 'anonymous'],
      ['one freight broker', 'anonymous'],
    ]);
  });

  it('some of a group (“said one of them”, “two of her old classmates said”) is an unnamed source', () => {
    const text = 'Two of the miners sat at the back.\n\n“We were lucky,” said one of them.\n\n“Nobody listened,” two of her old classmates said.';
    assert.deepEqual(attribute(text).quotes.map((q) => [q.speaker?.text, q.status]), [
      ['one of them', 'anonymous'],
      ['two of her old classmates', 'anonymous'],
    ]);
  });

  it('a person described by an agent noun the tagger does not know (“one longtime ticket holder”) is an unnamed source', () => {
    const text = '“Best side in years,” one longtime ticket holder said.\n\n“The buses never come,” said a commuter.';
    assert.deepEqual(attribute(text).quotes.map((q) => [q.speaker?.text, q.status]), [
      ['one longtime ticket holder', 'anonymous'],
      ['a commuter', 'anonymous'],
    ]);
  });

  it('“he” for a person the writer met and did not name is an unnamed source; not for a named one, nor for what someone is', () => {
    const met = 'Tomas Brel runs the depot. Later I spoke to a tram driver on the platform. “Nobody warned us,” he told me.';
    const a = attribute(met, [{ name: 'Tomas Brel' }]);
    assert.deepEqual([a.quotes[0].status, a.quotes[0].speaker?.name], ['anonymous', 'a tram driver']);
    const appositive = 'Yaw Mensah, a retired engineer, spoke first. “The bridge will hold,” he said.';
    assert.equal(attribute(appositive, [{ name: 'Yaw Mensah' }]).quotes[0].speaker?.name, 'Yaw Mensah');
    const wished = 'Yaw Mensah said the board should name a successor soon. “We cannot wait,” he said.';
    assert.equal(attribute(wished, [{ name: 'Yaw Mensah' }]).quotes[0].speaker?.name, 'Yaw Mensah');
  });

  it('a described speaker the sentence says asked not to be named (“speaking on condition of anonymity”) is an unnamed source', () => {
    const text =
      '“The files were moved,” the night clerk said, speaking on condition of anonymity.\n\n' +
      '“It is a mess,” said the site engineer, who declined to be identified.\n\n' +
      '“It is fine,” the site engineer said.\n\n' +
      '“Nobody checked,” said the duty manager, who is not authorized to speak publicly.';
    assert.deepEqual(attribute(text).quotes.map((q) => q.status), ['anonymous', 'anonymous', 'attributed', 'anonymous']);
  });

  it('a name with its age between commas and a verb the tagger reads as a plural noun (“runs the ovens”) is a subject for “he”', () => {
    const text = 'Luis Vega has offered Ana Ruiz millions. Her son, Tom Ruiz, 38, runs the ovens now. “Mum thinks money is a trick,” he said.';
    const a = attribute(text, [{ name: 'Luis Vega' }, { name: 'Ana Ruiz' }, { name: 'Tom Ruiz' }]);
    assert.equal(a.quotes[0].speaker?.name, 'Tom Ruiz');
  });

  it('“the manager said” resolves to the person the article last described as its manager', () => {
    const text =
      'Rovers manager Petra Novak sent on two teenagers.\n\n“They were fearless,” the manager said.\n\n' +
      'Albion manager Derek Hale was furious. “A disgrace,” the manager said.\n\n“Not now,” the striker said.';
    const ctx = prepare(text, [{ name: 'Petra Novak' }, { name: 'Derek Hale' }]);
    ctx.analysis.entities[0].descriptors.push('Rovers manager');
    ctx.analysis.entities[1].descriptors.push('Albion manager');
    attributeQuotes(ctx);
    assert.deepEqual(ctx.analysis.quotes.map((q) => [q.speaker?.text, q.speaker?.name, q.speaker?.entity]), [
      ['the manager', 'Petra Novak', 0],
      ['the manager', 'Derek Hale', 1],
      ['the striker', 'the striker', null],
    ]);
    // a remembered credit follows an edit to the paragraph that describes the person
    const credits = (article: string) => analyze(article).quotes.map((q) => q.speaker?.name);
    const quote = '\n\n“They were fearless,” the manager said.';
    assert.deepEqual(credits(`Rovers manager Petra Novak sent on two teenagers.${quote}`), ['Petra Novak']);
    assert.deepEqual(credits(`Rovers captain Petra Novak sent on two teenagers.${quote}`), ['the manager']);
  });

  it('“the 24-year-old said” resolves to the person whose age the article gave as that', () => {
    const text =
      'Chidi Okafor won her first title, beating Lena Brandt, 29, in the final.\n\n“I dreamed about this,” the 22-year-old said.\n\n' +
      'Brandt was gracious. “She was better,” the 29-year-old said.\n\n' +
      '22-year-old Chidi Okafor plays again on Monday. “Sleep first,” the 22-year-old said.';
    const a = attribute(text, [{ name: 'Chidi Okafor' }, { name: 'Lena Brandt', forms: ['Lena Brandt', 'Brandt'] }]);
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [
      ['the 22-year-old', 'the 22-year-old'],
      ['the 29-year-old', 'Lena Brandt'],
      ['the 22-year-old', 'Chidi Okafor'],
    ]);
    // a remembered credit follows an edit to the paragraph that gives the age
    const credits = (article: string) => analyze(article).quotes.map((q) => q.speaker?.name);
    const quote = '\n\n“She was better,” the 29-year-old said.';
    assert.deepEqual(credits(`Chidi Okafor beat Lena Brandt, 29, in the final.${quote}`), ['Lena Brandt']);
    assert.deepEqual(credits(`Chidi Okafor beat Lena Brandt, 31, in the final.${quote}`), ['the 29-year-old']);
  });

  it('“Name, who …, calls the plan “…”” credits the name past the relative clause, however the tagger reads “calls” or “now”', () => {
    const chairs = 'Ana Ruiz, who chairs the housing committee, calls the scheme “a betrayal of tenants”.';
    assert.deepEqual(speakerOf(attribute(chairs, [RUIZ]), chairs, 'betrayal'), { text: 'Ana Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'calls' });
    const now = 'Ana Ruiz, who backed the scheme in May, now calls it “a mistake”.';
    assert.deepEqual(speakerOf(attribute(now, [RUIZ]), now, 'mistake'), { text: 'Ana Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'calls' });
  });

  it('“Name has long argued that …” credits the name', () => {
    const text = 'Ruiz has long argued that the port is “in trouble.”';
    assert.deepEqual(speakerOf(attribute(text, [RUIZ]), text, 'trouble'), { text: 'Ruiz', name: 'Ana Ruiz', start: 0, status: 'attributed', cue: 'argued' });
  });

  it('a sentence that opens with a participle and the quote credits the subject after it', () => {
    const text = 'Calling the plan “theft,” Ruiz walked out of the meeting.';
    assert.deepEqual(speakerOf(attribute(text, [RUIZ]), text, 'theft'), { text: 'Ruiz', name: 'Ana Ruiz', start: text.indexOf('Ruiz'), status: 'attributed', cue: 'Calling' });
  });

  it('“Name’s reply was short: “…”” credits the name', () => {
    const text = 'The council voted. Ode’s reply was short: “We will appeal.”';
    assert.deepEqual(speakerOf(attribute(text, [ODE]), text, 'appeal'), { text: 'Ode', name: 'Tom Ode', start: text.indexOf('Ode'), status: 'attributed', cue: ':' });
    // a possessive pronoun stands for its person ("Her verdict: “…”"), and the statement
    // noun names the words even when the clause's subject is longer ("Ode’s message to fans is simple:")
    const verdict = 'Ana Ruiz runs the bakery. Her verdict: “It was a disaster.”';
    assert.deepEqual(speakerOf(attribute(verdict, [RUIZ]), verdict, 'disaster'), { text: 'Her', name: 'Ana Ruiz', start: verdict.indexOf('Her'), status: 'attributed', cue: ':' });
    const message = 'The council voted. Ode’s message to fans is simple: “Come back.”';
    assert.deepEqual(speakerOf(attribute(message, [ODE]), message, 'Come'), { text: 'Ode', name: 'Tom Ode', start: message.indexOf('Ode'), status: 'attributed', cue: ':' });
  });

  it('“As Ruiz puts it: “…”” and “In Ruiz’s words, “…”” credit Ruiz', () => {
    const puts = 'The bakery shut in May. As Ruiz puts it: “It was a disaster.”';
    assert.deepEqual(speakerOf(attribute(puts, [RUIZ]), puts, 'disaster'), { text: 'Ruiz', name: 'Ana Ruiz', start: puts.indexOf('Ruiz'), status: 'attributed', cue: 'puts it' });
    const words = 'The bakery shut in May. In Ruiz’s words, the day was “a disaster”.';
    assert.deepEqual(speakerOf(attribute(words, [RUIZ]), words, 'disaster'), { text: 'Ruiz', name: 'Ana Ruiz', start: words.indexOf('Ruiz'), status: 'attributed', cue: 'words' });
    const own = 'Ana Ruiz ran the bakery. In her own words, she was “a hopeless baker”.';
    assert.deepEqual(speakerOf(attribute(own, [RUIZ]), own, 'hopeless'), { text: 'her', name: 'Ana Ruiz', start: own.indexOf('her own'), status: 'attributed', cue: 'words' });
    const of = 'The bakery shut in May. In the words of one customer, it was “a disaster”.';
    assert.deepEqual(speakerOf(attribute(of), of, 'disaster'), { text: 'one customer', name: 'one customer', start: of.indexOf('one customer'), status: 'anonymous', cue: 'words' });
    // (not "in other words")
    const other = 'The bakery shut in May. In other words, it was “a disaster”.';
    assert.equal(speakerOf(attribute(other), other, 'disaster').status, 'unattributed');
  });

  it('“disagreed” is a cue: the next quote in the paragraph is the one who disagreed', () => {
    const text = '“We will rebuild,” Ruiz said. Ode disagreed. “It is too late.”';
    const a = attribute(text, [RUIZ, ODE]);
    assert.deepEqual(speakerOf(a, text, 'too late'), { text: 'Ode', name: 'Tom Ode', start: text.indexOf('Ode'), status: 'attributed', cue: 'disagreed' });
  });

  it('a partial quote in an indirect statement keeps its own sentence’s speaker, not the next sentence’s pronoun', () => {
    const FINCH: Named = { name: 'Laura Finch', forms: ['Laura Finch', 'Finch'] };
    const text = 'The head teacher, Dr. Laura Finch, said pupils were “coping remarkably well.” But she cautioned:\n\nFinance chief Omar Haddad told investors that the losses were “the worst quarter we have had.” He said sales would pick up.';
    const a = attribute(text, [FINCH, { name: 'Omar Haddad', forms: ['Omar Haddad', 'Haddad'] }]);
    assert.deepEqual(speakerOf(a, text, 'coping'), { text: 'Laura Finch', name: 'Laura Finch', start: text.indexOf('Laura'), status: 'attributed', cue: 'said' });
    assert.deepEqual(speakerOf(a, text, 'worst quarter'), { text: 'Omar Haddad', name: 'Omar Haddad', start: text.indexOf('Omar'), status: 'attributed', cue: 'told' });
  });

  it('“He said” after “Name, a description, said” resolves to that subject, not to an older person', () => {
    const text = 'Rovers led early. Jonas Berg scored and Tomas Lind added another late on.\n\nCarlos Vega, the Rovers coach, said his players had “switched off.” He said the result was “hard to take.”';
    const people: Named[] = [
      { name: 'Jonas Berg', forms: ['Jonas Berg'] }, { name: 'Tomas Lind', forms: ['Tomas Lind'] }, { name: 'Carlos Vega', forms: ['Carlos Vega'] },
    ];
    const a = attribute(text, people);
    assert.deepEqual(speakerOf(a, text, 'hard to take'), { text: 'He', name: 'Carlos Vega', start: text.indexOf('He said'), status: 'attributed', cue: 'said' });
  });

  it('the subject of a cue is the noun phrase a relative clause hangs on, and a person nobody names is anonymous', () => {
    const text = 'A firefighter who has served in the district for 20 years described the blaze as “the fiercest I have fought.”';
    assert.deepEqual(speakerOf(attribute(text), text, 'fiercest'), { text: 'A firefighter', name: 'A firefighter', start: 0, status: 'anonymous', cue: 'described' });
    const other = 'A neighbour who knows Ana Ruiz said she was “heartbroken.”';
    assert.deepEqual(speakerOf(attribute(other, [RUIZ]), other, 'heartbroken'), { text: 'A neighbour', name: 'A neighbour', start: 0, status: 'anonymous', cue: 'said' });
  });

  it('“Q!” then a sentence naming the speaker (a nickname in quotes, a party in parentheses) credits that speaker, not a verb before the quote', () => {
    const text = 'The crowd cheered as he welcomed the visitors. “What a night for our village!” Diaz’s cousin, state Sen. Marta “Tita” Ruiz (R-Ohio), shouted to the crowd.';
    const a = attribute(text, [{ name: 'Marta Ruiz', forms: ['Ruiz'] }]);
    assert.deepEqual(speakerOf(a, text, 'village'), { text: 'Ruiz', name: 'Marta Ruiz', start: text.indexOf('Ruiz'), status: 'attributed', cue: 'shouted' });
  });

  it('a scene-setting “as Name welcomed …” hands no credit to the next quote', () => {
    const text = 'The band played as Ode welcomed the visitors. “What a night!”';
    assert.deepEqual(speakerOf(attribute(text, [ODE]), text, 'night'), { text: null, name: null, start: null, status: 'unattributed', cue: null });
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

  it('a credit remembered for an unchanged paragraph follows edits elsewhere that change who its pronoun or name stands for', () => {
    const quote = '“We will reopen the pier by June,” she said. Ruiz added that “the money is there.”';
    const first = `Tom Ode runs the harbour. Ana Ruiz chairs the port board.\n\n${quote}`;
    const credits = (text: string) => analyze(text).quotes.map((q) => ({ speaker: q.speaker?.text, name: q.speaker?.name, start: q.speaker?.start, cue: q.cue?.text }));
    assert.deepEqual(credits(first), [
      { speaker: 'she', name: 'Ana Ruiz', start: first.indexOf('she'), cue: 'said' },
      { speaker: 'Ruiz', name: 'Ana Ruiz', start: first.lastIndexOf('Ruiz'), cue: 'added' },
    ]);
    // the quote paragraph is the same text; the person before it is another woman, and the
    // surname now belongs to someone else
    const second = `Luis Ruiz runs the harbour. Maria Lopez chairs the port board.\n\n${quote}`;
    assert.deepEqual(credits(second), [
      { speaker: 'she', name: 'Maria Lopez', start: second.indexOf('she'), cue: 'said' },
      { speaker: 'Ruiz', name: 'Luis Ruiz', start: second.lastIndexOf('Ruiz'), cue: 'added' },
    ]);
    // a name added before renumbers the entities: the remembered credits point at the same people
    const third = `Kim Park, Luis Ruiz and Maria Lopez met.\n\n${second}`;
    analyze(second);
    const a = analyze(third);
    assert.deepEqual(a.quotes.map((q) => q.speaker && q.speaker.entity !== null && a.entities[q.speaker.entity].name), ['Maria Lopez', 'Luis Ruiz']);
    assert.deepEqual(a.entities.filter((e) => e.quotes.length).map((e) => [e.name, e.quotes]), [['Luis Ruiz', [1]], ['Maria Lopez', [0]]]);
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

describe('attribution: action beats', () => {
  const ODE: Named = { name: 'Tom Ode', forms: ['Tom Ode', 'Ode'] };
  const MARTINEZ: Named = { name: 'Ana Martinez', forms: ['Ana Martinez', 'Martinez'] };
  /** Each quote's speaker as written, the name it resolves to, and its cue. */
  const speakers = (text: string, named: Named[]) =>
    attribute(text, named).quotes.map((q) => [q.text, q.status, q.speaker?.text ?? null, q.speaker?.name ?? null, q.cue?.text ?? null]);

  it('a short sentence about a person right before a quote credits that person, its verb the cue', () => {
    const text = 'The fund was meant for the harbour. Ode shook his head. “We never saw the money.”';
    const a = attribute(text, [ODE]);
    assert.deepEqual(credit(text, a.quotes[0]), {
      quote: '“We never saw the money.”',
      status: 'attributed',
      speaker: { text: 'Ode', name: 'Tom Ode', start: text.indexOf('Ode'), entity: 0 },
      cue: { text: 'shook', start: text.indexOf('shook') },
      continues: null,
    });
    assert.deepEqual(a.entities[0].quotes, [0]);
  });

  it('a beat may open with an adverb or a time phrase, have two verbs, a described or titled subject, or a pronoun', () => {
    const text =
      'Martinez paused, then laughed. “Not this year.”\n\n' +
      'On Tuesday, Ana Martinez, the club’s coach, was sitting on the bench. “We are too young.”\n\n' +
      'Then the coach turned to her players. “Run it again.”\n\n' +
      'She shrugged. “They will learn.”';
    assert.deepEqual(speakers(text, [MARTINEZ]), [
      ['“Not this year.”', 'attributed', 'Martinez', 'Ana Martinez', 'paused'],
      ['“We are too young.”', 'attributed', 'Ana Martinez', 'Ana Martinez', 'sitting'],
      ['“Run it again.”', 'attributed', 'the coach', 'the coach', 'turned'],
      ['“They will learn.”', 'attributed', 'She', 'Ana Martinez', 'shrugged'],
    ]);
  });

  it('a beat may follow an opening clause, a description of its subject, a negation that is no silence, or end in a clause with a verb of saying', () => {
    const text =
      'Asked whether the strike could last into next week, Martinez did not hesitate. “As long as it takes.”\n\n' +
      'The Albion coach, Tom Ode, shook his head. “We defended like schoolboys.”\n\n' +
      'Martinez smiled as the result was read. “We did it.”';
    assert.deepEqual(speakers(text, [ODE, MARTINEZ]), [
      ['“As long as it takes.”', 'attributed', 'Martinez', 'Ana Martinez', 'hesitate'],
      ['“We defended like schoolboys.”', 'attributed', 'Tom Ode', 'Tom Ode', 'shook'],
      ['“We did it.”', 'attributed', 'Martinez', 'Ana Martinez', 'smiled'],
    ]);
  });

  it('a beat may set off a participle or relative clause after its subject, or have a part of the person as its subject', () => {
    const text =
      'Ode, asked whether he would resign, shook his head. “Not today.”\n\n' +
      'His voice cracked. “I gave this town everything.”\n\n' +
      'Ode’s eyes filled with tears. “Everything.”\n\n' +
      'The bakery’s windows were dark. “Closed.”\n\n' +
      'Ode, whose father founded the bakery in 1931, smiled. “We stay.”';
    assert.deepEqual(speakers(text, [ODE]), [
      ['“Not today.”', 'attributed', 'Ode', 'Tom Ode', 'shook'],
      ['“I gave this town everything.”', 'attributed', 'His', 'Tom Ode', 'cracked'],
      ['“Everything.”', 'attributed', 'Ode', 'Tom Ode', 'filled'],
      ['“Closed.”', 'unattributed', null, null, null],
      ['“We stay.”', 'attributed', 'Ode', 'Tom Ode', 'smiled'],
    ]);
  });

  it('a beat right after a quote that is a sentence of its own credits it, as does a person and a verb after a spoken quote', () => {
    const text =
      '“Not this year.” Martinez laughed.\n\n' +
      '“Not this year,” Martinez laughed. “We are too young,” she sighed.';
    assert.deepEqual(speakers(text, [MARTINEZ]), [
      ['“Not this year.”', 'attributed', 'Martinez', 'Ana Martinez', 'laughed'],
      ['“Not this year,”', 'attributed', 'Martinez', 'Ana Martinez', 'laughed'],
      ['“We are too young,”', 'attributed', 'she', 'Ana Martinez', 'sighed'],
    ]);
  });

  it('a beat about a thing, a beat saying the person did not speak, a beat before a quote used as a noun, or a beat in another paragraph credits nobody', () => {
    const text =
      'The report was released on Monday. “Nothing has changed.”\n\n' +
      'Prices rose again. “It is hard to keep up.”\n\n' +
      'Ode did not respond to messages. “The council has failed us.”\n\n' +
      'Ode declined to comment. “The council has failed us.”\n\n' +
      'Ode launched his campaign on Monday. “Halverston First” is his slogan.\n\n' +
      'Ode shook his head.\n\n' +
      '“We never saw the money.”\n\n' +
      'Who signed the order? “It was never signed.”';
    assert.deepEqual(speakers(text, [ODE]).map((s) => s[1]), new Array(7).fill('unattributed'));
  });

  it('a sentence saying someone did not speak hands no credit on, in its paragraph or to the next', () => {
    const text =
      'Martinez could not be reached for comment.\n\n“We never saw the money.”\n\n' +
      '“We tried,” Martinez said. Ode declined to comment. “Nobody listened.”';
    assert.deepEqual(speakers(text, [ODE, MARTINEZ]).map((s) => [s[0], s[1], s[2]]), [
      ['“We never saw the money.”', 'unattributed', null],
      ['“We tried,”', 'attributed', 'Martinez'],
      ['“Nobody listened.”', 'attributed', 'Martinez'],
    ]);
  });

  it('an explicit cue wins over a beat, and a beat before a quote is nearer than an earlier attribution', () => {
    const text =
      'Ode shook his head. “We never saw the money,” Martinez said.\n\n' +
      '“We tried,” Martinez said. “Nobody listened.” Ode laughed.\n\n' +
      '“We tried,” Martinez said. Ode shook his head. “Nobody tried.”';
    assert.deepEqual(speakers(text, [ODE, MARTINEZ]).map((s) => [s[0], s[2], s[4]]), [
      ['“We never saw the money,”', 'Martinez', 'said'],
      ['“We tried,”', 'Martinez', 'said'],
      ['“Nobody listened.”', 'Martinez', 'said'],
      ['“We tried,”', 'Martinez', 'said'],
      ['“Nobody tried.”', 'Ode', 'shook'],
    ]);
  });

  it('a quotation credited by a beat is not reported as unattributed', () => {
    const text = 'Tom Ode has run the bakery on Main Street since 1998.\n\nOde shook his head. “We never saw the money.”\n';
    const a = analyze(text);
    assert.equal(a.quotes[0].status, 'attributed');
    assert.equal(a.quotes[0].speaker?.name, 'Tom Ode');
    assert.deepEqual(a.findings.filter((f) => f.code === 'unattributed-quote'), []);
  });
});

describe('attribution: documents with a named author', () => {
  const AUTHORITY: Named = { name: 'Harbour Authority', type: 'organization' };
  const UNIVERSITY: Named = { name: 'Lakeview University', type: 'organization' };
  /** Each quote's speaker as written and the name it resolves to. */
  const speakers = (text: string, named: Named[]) => attribute(text, named).quotes.map((q) => [q.speaker?.text ?? null, q.speaker?.name ?? null]);

  it('“the report said” credits the organisation the article named as the report’s author', () => {
    const text =
      'A report by the Harbour Authority found the pier unsafe. “The structure has reached the end of its life,” the report said.\n\n' +
      'A study from Lakeview University tracked 400 patients.\n\n“Outcomes improved in every group,” the study found.\n\n' +
      'The Harbour Authority on Monday released its annual survey. According to the survey, “repairs cannot wait.”\n\n' +
      'The Harbour Authority’s annual audit was blunt. “Oversight failed,” the audit said.';
    const a = attribute(text, [AUTHORITY, UNIVERSITY]);
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name, q.speaker?.entity, q.status]), [
      ['the report', 'Harbour Authority', 0, 'attributed'],
      ['the study', 'Lakeview University', 1, 'attributed'],
      ['the survey', 'Harbour Authority', 0, 'attributed'],
      ['the audit', 'Harbour Authority', 0, 'attributed'],
    ]);
    assert.deepEqual(a.entities.map((e) => e.quotes), [[0, 2, 3], [1]]);
  });

  it('a document about an organisation, or written by someone else, keeps its own words as the speaker', () => {
    const text =
      'Critics of the Harbour Authority wrote a letter. “We are ignored,” the letter said.\n\n' +
      'A review of the Harbour Authority was published. “Oversight failed,” the review said.\n\n' +
      'A report by the Harbour Authority came out in May. “Nothing works,” the letter said.';
    assert.deepEqual(speakers(text, [AUTHORITY]), [
      ['the letter', 'the letter'],
      ['the review', 'the review'],
      ['the letter', 'the letter'],
    ]);
  });

  it('a document with a named author stays the speaker of a quote it reports “they” said', () => {
    const text = 'The Harbour Authority released a statement on Monday. The statement noted they had said they would take “further steps” if the pier failed.';
    assert.deepEqual(speakers(text, [AUTHORITY]), [['The statement', 'Harbour Authority']]);
  });

  it('a remembered “the report said” follows an edit to the paragraph that names the author', () => {
    const quote = '“The pier must close,” the report said.';
    const credits = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(credits(`A report by the Harbour Authority came out on Monday.\n\n${quote}`), ['Harbour Authority']);
    assert.deepEqual(credits(`A report by the Lakeview Port Commission came out on Monday.\n\n${quote}`), ['Lakeview Port Commission']);
    assert.deepEqual(credits(`A report came out on Monday.\n\n${quote}`), ['the report']);
  });

  it('a transcript printed as one quotation credits each paragraph to the speaker its label names', () => {
    const text =
      'Governor Ed Marlow spoke to Tess Ravel on Sunday. A partial transcript follows.\n\n' +
      '"RAVEL: Let us start with the bridge. Why would the council close it?\n\n' +
      '"MARLOW: Well, look, the council thinks this is a game show. It is serious business.\n\n' +
      '"(CROSSTALK.)\n\n' +
      '"RAVEL: If I may, sir, we have limited time."\n';
    const a = attribute(text, [
      { name: 'Ed Marlow', forms: ['Ed Marlow', 'MARLOW'] },
      { name: 'Tess Ravel', forms: ['Tess Ravel', 'RAVEL'] },
    ]);
    assert.deepEqual(
      a.quotes.map((q) => [q.text.slice(0, 9), q.status, q.speaker?.name, q.cue?.text]),
      [
        ['"RAVEL: L', 'attributed', 'Tess Ravel', ':'],
        ['"MARLOW: ', 'attributed', 'Ed Marlow', ':'],
        // a piece with no label of its own goes on with the speaker before it
        ['"(CROSSTA', 'attributed', 'Ed Marlow', ':'],
        ['"RAVEL: I', 'attributed', 'Tess Ravel', ':'],
      ],
    );
    // a word in capitals inside a running quotation is no label
    const running = 'The sign at the gate was plain.\n\n“Come in. NOTE: the pier is closed,” the guard said.';
    assert.equal(attribute(running).quotes[0].speaker?.text, 'the guard');
  });
});
