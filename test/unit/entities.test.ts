import * as assert from 'node:assert/strict';
import { resolveOptions, type Context } from '../../src/engine/context';
import { segment } from '../../src/engine/document';
import { findEntities } from '../../src/engine/entities';
import type { Analysis, Entity, Excluded } from '../../src/engine/model';
import { tagSentence } from '../../src/engine/tagging';

/** Runs the entity stage alone on an article (optionally with regions that are not prose). */
function entitiesOf(text: string, excluded: Excluded[] = []): Entity[] {
  const { paragraphs, sentences } = segment(text, 'plaintext');
  const analysis: Analysis = {
    length: text.length,
    paragraphs,
    sentences,
    excluded,
    entities: [],
    quotes: [],
    figures: [],
    claims: [],
    findings: [],
  };
  const tagged = sentences.map((s) => tagSentence(text.slice(s.start, s.end), s.start));
  const ctx: Context = { text, options: resolveOptions(undefined), analysis, tagged };
  const entities = findEntities(ctx);
  checkInvariants(text, entities);
  return entities;
}

/** What every result must satisfy: spans match text, indexes, order, no overlaps. */
function checkInvariants(text: string, entities: Entity[]): void {
  const all: { start: number; end: number }[] = [];
  entities.forEach((entity, index) => {
    assert.ok(entity.mentions.length > 0, `${entity.name} has no mention`);
    assert.deepEqual([entity.quotes, entity.figures, entity.claims], [[], [], []]);
    let previous = -1;
    for (const m of entity.mentions) {
      assert.equal(m.entity, index);
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(m.start > previous, 'mentions in document order');
      previous = m.start;
      all.push(m);
    }
    if (index > 0) assert.ok(entities[index - 1].mentions[0].start < entity.mentions[0].start, 'entities by first mention');
  });
  all.sort((a, b) => a.start - b.start);
  for (let k = 1; k < all.length; k++) assert.ok(all[k].start >= all[k - 1].end, 'mentions never overlap');
}

function find(entities: Entity[], name: string): Entity {
  const entity = entities.find((e) => e.name === name);
  assert.ok(entity, `no entity named ${name}; got ${entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
  return entity;
}

function mentionTexts(entity: Entity): string[] {
  return entity.mentions.map((m) => m.text);
}

describe('entities', () => {
  describe('people', () => {
    const article =
      'North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday.\n\n' +
      'Kim’s visit was his first abroad this year. Mr. Kim, the North Korean leader, praised the talks, ' +
      'and Xi said the two countries were close.';

    it('links surname, title-prefixed and possessive mentions to the fullest name', () => {
      const kim = find(entitiesOf(article), 'Kim Jong Un');
      assert.equal(kim.type, 'person');
      assert.deepEqual(mentionTexts(kim), ['Kim Jong Un', 'Kim', 'Kim']);
      const possessive = article.indexOf('Kim’s');
      assert.deepEqual([kim.mentions[1].start, kim.mentions[1].end], [possessive, possessive + 3]);
      const titled = article.indexOf('Mr. Kim') + 4;
      assert.deepEqual([kim.mentions[2].start, kim.mentions[2].end], [titled, titled + 3]);
    });

    it('reads an appositive through an abbreviation’s full stop: “an analyst at Brandt & Co. in Frankfurt”', () => {
      const entities = entitiesOf('“It is too high,” said Marcus Feld, an analyst at Brandt & Co. in Frankfurt.');
      assert.deepEqual(find(entities, 'Marcus Feld').descriptors, ['an analyst at Brandt & Co. in Frankfurt']);
    });

    it('splits “Chair” and a place’s party or nationality off the front of a name as its description', () => {
      const entities = entitiesOf('FTC Chair Lina Khan spoke. Texas Republican Ted Cruz and Ohio Democrat Sherrod Brown voted no.');
      assert.deepEqual(
        entities.map((e) => `${e.name}:${e.type}:${e.descriptors.join('/')}`),
        ['FTC:organization:', 'Lina Khan:person:FTC Chair', 'Ted Cruz:person:Texas Republican', 'Sherrod Brown:person:Ohio Democrat'],
      );
    });

    it('keeps a nickname in quotation marks inside the name', () => {
      const entities = entitiesOf('Walter “Wally” Brennan, a jazz pianist, died on Sunday. Brennan was 88. Substitute Kieran \'Chopper\' Mensah scored.');
      assert.deepEqual(
        entities.map((e) => `${e.name}:${e.type}:${mentionTexts(e).join('/')}`),
        ['Walter “Wally” Brennan:person:Walter “Wally” Brennan/Brennan', "Kieran 'Chopper' Mensah:person:Kieran 'Chopper' Mensah"],
      );
    });

    it('reads the head of a name “X of Y” that opens a sentence as part of the name', () => {
      const entities = entitiesOf('Bank of England officials met. University of Leeds researchers found it. Gulf of Mexico storms are rising.');
      assert.deepEqual(entities.map((e) => `${e.name}:${e.type}`), ['Bank of England:organization', 'University of Leeds:organization', 'Gulf of Mexico:place']);
    });

    it('takes a role that opens a sentence before a given name for a title, not the first word of the name', () => {
      const entities = entitiesOf('Striker Leon Abara scored twice. Defender Tom Price was sent off. Singer Amy Lowe watched. Abara is 23, and Price is 31.');
      assert.deepEqual(
        entities.map((e) => `${e.name}:${e.type}:${e.descriptors.join('/')}`),
        ['Leon Abara:person:Striker', 'Tom Price:person:Defender', 'Amy Lowe:person:Singer'],
      );
      assert.deepEqual(mentionTexts(find(entities, 'Leon Abara')), ['Leon Abara', 'Abara']);
      // a given name that opens the sentence stays the name's first word
      assert.deepEqual(entitiesOf('Porter Wagoner sang. Taylor Swift sang too.').map((e) => e.name), ['Porter Wagoner', 'Taylor Swift']);
    });

    it('keeps titles and appositives as descriptors, without bare courtesy titles', () => {
      const entities = entitiesOf(article);
      assert.deepEqual(find(entities, 'Kim Jong Un').descriptors, ['North Korean leader', 'the North Korean leader']);
      const xi = find(entities, 'Xi Jinping');
      assert.equal(xi.type, 'person');
      assert.deepEqual(mentionTexts(xi), ['Xi Jinping', 'Xi']);
      assert.deepEqual(xi.descriptors, ['Chinese President']);
    });

    it('does not make nationality words, months or weekdays into entities', () => {
      const entities = entitiesOf(article);
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}`),
        ['Kim Jong Un/person', 'Xi Jinping/person', 'Beijing/place'],
      );
      assert.deepEqual(entitiesOf('Russian and American diplomats met in May, and again on Friday.'), []);
    });

    it('does not make holidays and festivals into entities, but keeps a place named after one', () => {
      const entities = entitiesOf(
        'Shops in Hexley stayed open over Christmas and on Easter Sunday. Families gathered for Eid al-Fitr, Diwali and ' +
          'Hanukkah, and the council lit a tree on Christmas Eve. A ship reached Christmas Island in time for Thanksgiving.',
      );
      assert.deepEqual(entities.map((e) => `${e.name}/${e.type}`), ['Hexley/place', 'Christmas Island/place']);
    });

    it('reads one word that "his" after it refers to as a person, when no one before it could be meant', () => {
      const entities = entitiesOf('Critics mocked Tavener for his claim that the club would be top by spring.');
      assert.equal(find(entities, 'Tavener').type, 'person');
      // "his" is Ruiz's here: the company stays a company
      const sued = entitiesOf('Tom Ruiz sued Velmar over his dismissal.');
      assert.notEqual(find(sued, 'Velmar').type, 'person');
    });

    it('gives a surname shared by two people to the one mentioned last', () => {
      const text =
        'Bill Clinton campaigned in Ohio on Monday. Hillary Clinton spoke to voters in Iowa. ' +
        'Clinton said the race was close.\n\n' +
        'Later, Bill Clinton returned to Arkansas, where Clinton told supporters to vote early.';
      const entities = entitiesOf(text);
      const bill = find(entities, 'Bill Clinton');
      const hillary = find(entities, 'Hillary Clinton');
      assert.deepEqual(mentionTexts(hillary), ['Hillary Clinton', 'Clinton']);
      assert.equal(hillary.mentions[1].start, text.indexOf('Clinton said'));
      assert.deepEqual(mentionTexts(bill), ['Bill Clinton', 'Bill Clinton', 'Clinton']);
      assert.equal(bill.mentions[2].start, text.indexOf('Clinton told'));
      assert.deepEqual(
        entities.filter((e) => e.type === 'place').map((e) => e.name),
        ['Ohio', 'Iowa', 'Arkansas'],
      );
    });

    it('splits a multi-word title off the name: "Secretary of State John Kerry"', () => {
      const text =
        'Secretary of State John Kerry arrived in Paris on Sunday. Kerry’s aides said Sen. Elizabeth Warren ' +
        'would join him. Warren declined to comment.';
      const entities = entitiesOf(text);
      const kerry = find(entities, 'John Kerry');
      assert.equal(kerry.mentions[0].start, text.indexOf('John Kerry'));
      assert.deepEqual(mentionTexts(kerry), ['John Kerry', 'Kerry']);
      assert.deepEqual(kerry.descriptors, ['Secretary of State']);
      const warren = find(entities, 'Elizabeth Warren');
      assert.deepEqual(mentionTexts(warren), ['Elizabeth Warren', 'Warren']);
      assert.deepEqual(warren.descriptors, ['Sen.']);
      assert.equal(find(entities, 'Paris').type, 'place');
    });

    it('takes a title alone before a surname: "President Obama"', () => {
      const text = 'The bill reached President Obama on Friday, and Obama signed it.';
      const obama = find(entitiesOf(text), 'Obama');
      assert.equal(obama.type, 'person');
      assert.deepEqual(mentionTexts(obama), ['Obama', 'Obama']);
      assert.equal(obama.mentions[0].start, text.indexOf('Obama'));
      assert.deepEqual(obama.descriptors, ['President']);
    });

    it('does not count pronouns as mentions', () => {
      const text = 'Mayor Ana Ruiz said she would run again. She said it twice.';
      const entities = entitiesOf(text);
      assert.deepEqual(entities.map((e) => e.name), ['Ana Ruiz']);
      assert.deepEqual(mentionTexts(entities[0]), ['Ana Ruiz']);
      assert.deepEqual(entities[0].descriptors, ['Mayor']);
    });
  });

  describe('organisations', () => {
    it('links an acronym introduced in parentheses to its full name', () => {
      const text =
        'The report came from the Korean Central News Agency (KCNA) early on Wednesday. ' +
        'KCNA did not say where the meeting took place.';
      const kcna = find(entitiesOf(text), 'Korean Central News Agency');
      assert.equal(kcna.type, 'organization');
      assert.deepEqual(mentionTexts(kcna), ['Korean Central News Agency', 'KCNA', 'KCNA']);
    });

    it('links an acronym whose initials match a name the article uses', () => {
      const text =
        'Inspectors from the International Atomic Energy Agency arrived on Monday. ' +
        'The IAEA said its team would stay a week.';
      const agency = find(entitiesOf(text), 'International Atomic Energy Agency');
      assert.deepEqual(mentionTexts(agency), ['International Atomic Energy Agency', 'IAEA']);
      assert.equal(agency.mentions[1].start, text.indexOf('IAEA'));
    });

    it('recognises organisation endings, appositives and the company’s short name', () => {
      const text =
        'Acme Corp., a Dallas-based chipmaker, said profits rose. Shares of Acme fell in New York ' +
        'after the Federal Reserve Bank of Dallas published its survey.';
      const entities = entitiesOf(text);
      const acme = find(entities, 'Acme Corp.');
      assert.equal(acme.type, 'organization');
      assert.deepEqual(mentionTexts(acme), ['Acme Corp.', 'Acme']);
      assert.deepEqual(acme.descriptors, ['a Dallas-based chipmaker']);
      assert.equal(find(entities, 'New York').type, 'place');
      assert.equal(find(entities, 'Federal Reserve Bank of Dallas').type, 'organization');
      // "Dallas" inside "Dallas-based" is a modifier, not a mention of its own
      assert.ok(!entities.some((e) => e.mentions.some((m) => m.start === text.indexOf('Dallas-based'))));
    });

    it('links a well-known short form to the full name the article uses: “the Fed”, “the Met”', () => {
      const text =
        'The Federal Reserve left its main rate unchanged on Wednesday. Economists had expected the Fed to wait. ' +
        'Officers of the Metropolitan Police closed the road, and the Met said it would reopen at noon.';
      const entities = entitiesOf(text);
      assert.deepEqual(mentionTexts(find(entities, 'Federal Reserve')), ['Federal Reserve', 'Fed']);
      assert.deepEqual(mentionTexts(find(entities, 'Metropolitan Police')), ['Metropolitan Police', 'Met']);
    });

    it('links an acronym written with its connector in lower case: “BoE”, “DoJ”', () => {
      const text =
        'The Bank of England held rates on Thursday, and the Department of Justice opened an inquiry. ' +
        'The BoE said prices would ease. The DoJ declined to comment.';
      const entities = entitiesOf(text);
      assert.deepEqual(mentionTexts(find(entities, 'Bank of England')), ['Bank of England', 'BoE']);
      assert.deepEqual(mentionTexts(find(entities, 'Department of Justice')), ['Department of Justice', 'DoJ']);
    });

    it('links a later mention by the last word of an organisation’s name to it: “Dunmore Rovers … Rovers”', () => {
      const text =
        'Dunmore Rovers beat Kelby Town 2-1 on Saturday. Rovers are now third in the table.\n\n' +
        'The board of Harlow United met on Monday, and the manager said United would appeal the fine.';
      const entities = entitiesOf(text);
      assert.deepEqual(mentionTexts(find(entities, 'Dunmore Rovers')), ['Dunmore Rovers', 'Rovers']);
      assert.deepEqual(mentionTexts(find(entities, 'Harlow United')), ['Harlow United', 'United']);
    });

    it('leaves a last word two organisations share, and a place, unlinked', () => {
      const text =
        'Dunmore Rovers drew with Kelby Rovers on Saturday, and Rovers fans left early. ' +
        'Real Madrid lost in Madrid on Sunday.';
      const entities = entitiesOf(text);
      assert.deepEqual(mentionTexts(find(entities, 'Dunmore Rovers')), ['Dunmore Rovers']);
      assert.deepEqual(mentionTexts(find(entities, 'Real Madrid')), ['Real Madrid']);
      assert.equal(find(entities, 'Madrid').type, 'place');
    });

    it('keeps a company named as a possessive whole where the article uses it as a name: “Moody’s downgraded”', () => {
      const text =
        "Moody’s downgraded the city’s bonds on Friday. Analysts at Moody's said the deficit had doubled. " +
        "Shoppers at Harrod’s, Jarvey's and Dolland's spent less, and McKellan's said its sales fell.\n\n" +
        "McKellan's restaurants will close early.";
      const entities = entitiesOf(text);
      const moodys = find(entities, 'Moody’s');
      assert.equal(moodys.type, 'organization');
      assert.deepEqual(mentionTexts(moodys), ['Moody’s', "Moody's"]);
      for (const name of ['Harrod’s', "Jarvey's", "Dolland's"]) assert.equal(find(entities, name).type, 'organization', name);
      const mckellans = find(entities, "McKellan's");
      assert.equal(mckellans.type, 'organization');
      assert.deepEqual(mentionTexts(mckellans), ["McKellan's", 'McKellan']);
    });

    it('keeps a person’s possessive a possessive: “Smith’s car”, “a friend of Kim’s”', () => {
      const text =
        'Police found Dana Smith’s car near the river. The idea was Smith’s, a friend of Kim’s said. ' +
        'Smith’s lawyer declined to comment.';
      const entities = entitiesOf(text);
      const smith = find(entities, 'Dana Smith');
      assert.equal(smith.type, 'person');
      assert.deepEqual(mentionTexts(smith), ['Dana Smith', 'Smith', 'Smith']);
      assert.deepEqual(mentionTexts(find(entities, 'Kim')), ['Kim']);
    });

    it('runs a name back to where its acronym’s letters begin', () => {
      const text =
        'Observers from the Organization for Security and Cooperation in Europe (OSCE) arrived in Vienna. ' +
        'Later the Securities and Exchange Commission opened an inquiry.';
      const entities = entitiesOf(text);
      const osce = find(entities, 'Organization for Security and Cooperation in Europe');
      assert.equal(osce.type, 'organization');
      assert.deepEqual(mentionTexts(osce), ['Organization for Security and Cooperation in Europe', 'OSCE']);
      assert.equal(find(entities, 'Securities and Exchange Commission').type, 'organization');
      assert.ok(!entities.some((e) => e.name === 'Europe'));
    });

    it('runs a name back to its acronym also when the brackets are spaced, as in a tokenised wire text', () => {
      const text = 'Boats of the Council for Trade and Fisheries in Valdoria ( CTFV ) sailed . Later the CTFV met .';
      const entities = entitiesOf(text);
      const council = find(entities, 'Council for Trade and Fisheries in Valdoria');
      assert.equal(council.type, 'organization');
      assert.deepEqual(mentionTexts(council), ['Council for Trade and Fisheries in Valdoria', 'CTFV', 'CTFV']);
      assert.ok(!entities.some((e) => e.name === 'Valdoria'));
    });

    it('reads an unknown one-word name as an organisation, and a party-state tag as nothing', () => {
      const text = 'Sen. Jon Tester (D-Mont.) asked Kelvara about its plans, and Kelvara declined to comment.';
      const entities = entitiesOf(text);
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}:${mentionTexts(e).length}`),
        ['Jon Tester/person:1', 'Kelvara/organization:2'],
      );
    });

    it('reads a city that wins or loses a match as its team', () => {
      const entities = entitiesOf('Chicago beat Boston 5-3 on Sunday in front of a sold-out crowd.');
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}`),
        ['Chicago/organization', 'Boston/organization'],
      );
    });

    it('reads cities in a results line as teams, and leaves currencies out', () => {
      const text = 'In the late games on Saturday it ended Denver 3 Seattle 1, Toronto 2 Montreal 2.\n\nThe Euro fell against the dollar in London.';
      const entities = entitiesOf(text);
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}`),
        ['Denver/organization', 'Seattle/organization', 'Toronto/organization', 'Montreal/organization', 'London/place'],
      );
    });

    it('reads a city as its club where the article shows it playing, and as the city where something happens in it', () => {
      const text =
        'Leeds beat Bristol 2-1 on Saturday. Leeds striker Tomas Vell scored twice, and the win over Bristol lifts Leeds to third. Fans sang in Leeds until late.';
      const entities = entitiesOf(text);
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}:${mentionTexts(e).length}`),
        ['Leeds/organization:3', 'Bristol/organization:2', 'Tomas Vell/person:1', 'Leeds/place:1'],
      );
    });

    it('keeps a city the place it is when one mention plays and more say where', () => {
      const text = "Denver's lead over Seattle grew to six games. It rained at Seattle and in Denver, and snow fell in Denver.";
      const entities = entitiesOf(text);
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}:${mentionTexts(e).length}`),
        ['Denver/place:3', 'Seattle/organization:1', 'Seattle/place:1'],
      );
    });

    it('keeps a country the country when its national side plays, and a nationality in brackets the place', () => {
      assert.deepEqual(
        entitiesOf('France beat Mexico 2-0 in a friendly on Saturday.').map((e) => `${e.name}/${e.type}`),
        ['France/place', 'Mexico/place'],
      );
      const text = 'Leading scores:\n\nDEBRA KANE (Peru) 69 71 70\n\nAna Ruiz (Chile) 70 70 72';
      assert.deepEqual(
        entitiesOf(text).filter((e) => e.type !== 'person').map((e) => `${e.name}/${e.type}`),
        ['Peru/place', 'Chile/place'],
      );
    });

    it('reads the cities of a standings table in capitals, and a surname-shaped word heading a row, as clubs', () => {
      const text = 'DENVER 71 64 .526 -\n\nSEATTLE 70 63 .526 5\n\nHamilton 4 3 1 0 8 2 10\n\nDENVER 1996-08-30';
      assert.deepEqual(
        entitiesOf(text).map((e) => `${e.name}/${e.type}:${mentionTexts(e).length}`),
        ['DENVER/organization:1', 'SEATTLE/organization:1', 'Hamilton/organization:1', 'DENVER/place:1'],
      );
    });

    it('reads an unknown word that a dateline places as a place, and a newsroom as an organisation', () => {
      const text = 'VOSTRALA 2024-05-03\n\nFirefighters said Vostrala had no water left. Corrections go to the Lisbon Newsroom.';
      assert.deepEqual(
        entitiesOf(text).map((e) => `${e.name}/${e.type}:${mentionTexts(e).length}`),
        ['Vostrala/place:2', 'Lisbon Newsroom/organization:1'],
      );
    });

    it('reads a name of two unknown words heading a results row as a club, not a person', () => {
      const text = 'Results on Saturday:\n\nVardo Kellen 2 Dunmore 0\n\nVardo Kellen 4 3 1 0 8 2 10';
      assert.equal(find(entitiesOf(text), 'Vardo Kellen').type, 'organization');
    });

    it('reads a name after a role noun the tagger does not know as a person\'s ("news agency Korvak") as an organisation, but not after "rival"', () => {
      const text = 'The state news agency Korvak reported the closure on Friday. The works will last a week, Korvak said. She beat her rival Dalia Venn by a stride.';
      assert.deepEqual(
        entitiesOf(text).map((e) => `${e.name}/${e.type}`),
        ['Korvak/organization', 'Dalia Venn/person'],
      );
    });

    it('takes a role noun before a name as a descriptor: "automaker Tesla"', () => {
      const text = 'The deal was announced by automaker Tesla on Monday in California.';
      const entities = entitiesOf(text);
      const tesla = entities.find((e) => e.mentions.some((m) => m.text === 'Tesla'));
      assert.ok(tesla);
      assert.deepEqual(tesla.descriptors, ['automaker']);
      assert.equal(find(entities, 'California').type, 'place');
    });
  });

  describe('the document as a whole', () => {
    it('reads names in a capitals headline by what the article says about them', () => {
      const text = 'KIM ARRIVES IN BEIJING FOR TALKS\n\nKim Jong Un arrived in Beijing by train on Tuesday.';
      const entities = entitiesOf(text);
      const kim = find(entities, 'Kim Jong Un');
      assert.deepEqual(mentionTexts(kim), ['KIM', 'Kim Jong Un']);
      assert.deepEqual(mentionTexts(find(entities, 'Beijing')), ['BEIJING', 'Beijing']);
      assert.equal(entities.length, 2);
    });

    it('keeps one type for a name across the article', () => {
      const text =
        'Gov. Tom Hadley signed the budget in Springfield. Opponents said Hadley had ignored them. ' +
        'Hadley said he had listened.';
      const entities = entitiesOf(text);
      const hadley = find(entities, 'Tom Hadley');
      assert.equal(hadley.type, 'person');
      assert.deepEqual(mentionTexts(hadley), ['Tom Hadley', 'Hadley', 'Hadley']);
      assert.deepEqual(hadley.descriptors, ['Gov.']);
    });

    it('reads a title-case headline by the names in the story, not by its capitals', () => {
      const text =
        'Ruiz Vows To Rebuild Flint Bridge Before Winter\n\n' +
        'Mayor Ana Ruiz of Flint, Mich., said on Monday that the bridge would reopen in November.';
      const entities = entitiesOf(text);
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}:${mentionTexts(e).join(',')}`),
        ['Ana Ruiz/person:Ruiz,Ana Ruiz', 'Flint/place:Flint,Flint', 'Michigan/place:Mich.'],
      );
    });

    it('keeps a list of names apart from a headline', () => {
      const text = 'The panel heard Maria Okafor, Tomas Lindqvist, Priya Raman and Jonas Weber.';
      assert.deepEqual(
        entitiesOf(text).map((e) => `${e.name}/${e.type}`),
        ['Maria Okafor/person', 'Tomas Lindqvist/person', 'Priya Raman/person', 'Jonas Weber/person'],
      );
    });

    it('reads the name after "of" as where a person is from, and links a surname forward', () => {
      const text =
        'Mr. Okafor arrived first. Later, Mayor Ana Ruiz of Springfield said the budget had passed, ' +
        'and council member David Okafor agreed.';
      const entities = entitiesOf(text);
      assert.deepEqual(
        entities.map((e) => `${e.name}/${e.type}:${mentionTexts(e).join(',')}`),
        ['David Okafor/person:Okafor,David Okafor', 'Ana Ruiz/person:Ana Ruiz', 'Springfield/place:Springfield'],
      );
      assert.deepEqual(find(entities, 'Ana Ruiz').descriptors, ['Mayor']);
    });

    it('never puts a mention inside text that is not prose', () => {
      const text = 'Angela Merkel spoke in Berlin.\n\nAngela Merkel visited Paris.';
      const second = text.indexOf('Angela Merkel visited');
      const entities = entitiesOf(text, [{ start: second, end: text.length, kind: 'code' }]);
      assert.deepEqual(
        entities.map((e) => `${e.name}:${mentionTexts(e).length}`),
        ['Angela Merkel:1', 'Berlin:1'],
      );
    });

    it('reads a dateline as the place the story was filed from and the agency that filed it', () => {
      const entities = entitiesOf(
        'HARBORVIEW, Ore. (Reuters) — The Harborview City Council voted on Tuesday to close the pier.\n\n' +
          'The Harborview Port Authority said it would appeal.',
      );
      assert.deepEqual(
        entities.map((e) => `${e.name}:${e.type}`),
        ['Harborview:place', 'Oregon:place', 'Reuters:organization', 'Harborview City Council:organization', 'Harborview Port Authority:organization'],
      );
      // written in capitals there and in ordinary case on the card, and described by its state
      const town = find(entities, 'Harborview');
      assert.deepEqual(mentionTexts(town), ['HARBORVIEW']);
      assert.deepEqual(town.descriptors, ['Oregon']);
    });

    it('keeps a place and its country two places outside a dateline', () => {
      const entities = entitiesOf('PELLA, Iowa — Officials in Rennes, France, and Lyon wrote. Pella was calm.');
      assert.deepEqual(
        entities.map((e) => `${e.name}:${e.type}:${mentionTexts(e).length}`),
        ['Pella:place:2', 'Iowa:place:1', 'Rennes:place:1', 'France:place:1', 'Lyon:place:1'],
      );
      assert.deepEqual(find(entities, 'Pella').descriptors, ['Iowa']);
    });

    it('links a company’s short name to the full one that says what it makes', () => {
      const entities = entitiesOf(
        'Chipmaker Velorin to cut jobs\n\nVelorin Semiconductor will cut 900 jobs, the company said. ' +
          'Shares of Velorin fell. Velorin is the largest employer in the town of Dunmore.',
      );
      const company = find(entities, 'Velorin Semiconductor');
      assert.equal(company.type, 'organization');
      assert.deepEqual(mentionTexts(company), ['Velorin', 'Velorin Semiconductor', 'Velorin', 'Velorin']);
      assert.ok(!entities.some((e) => e.name.startsWith('Chipmaker')), entities.map((e) => e.name).join(', '));
    });

    it('takes the firm a person works at for an organisation, and a state after a city for no description', () => {
      const entities = entitiesOf(
        '“Demand will recover,” said Tom Reyes, an analyst at Harlow Fenwick. The firm, based in Austin, Texas, employs about 900 people.',
      );
      assert.equal(find(entities, 'Harlow Fenwick').type, 'organization');
      assert.deepEqual(find(entities, 'Texas').descriptors, []);
      assert.deepEqual(find(entities, 'Tom Reyes').descriptors, ['an analyst at Harlow Fenwick']);
    });

    it('keeps only the title, not the noun before it, and reads a lower-case role at the start', () => {
      const entities = entitiesOf(
        'The council closed two libraries, a decision Mayor Dana Whitfield called painful. Chief executive Priya Raman told analysts the cuts were hard.',
      );
      assert.deepEqual(find(entities, 'Dana Whitfield').descriptors, ['Mayor']);
      assert.deepEqual(find(entities, 'Priya Raman').descriptors, ['Chief executive']);
    });

    it('types a team named by an ordinary word, and a player known only by the shape of the name', () => {
      const entities = entitiesOf(
        'Harbour City beat Arsenal 2-0 on Sunday, with Erling Vestrum scoring twice. Arsenal had led through a Bukayo Tenga penalty. Tenga, 24, limped off and Vestrum scored again.',
      );
      assert.equal(find(entities, 'Arsenal').type, 'organization');
      assert.deepEqual(mentionTexts(find(entities, 'Arsenal')), ['Arsenal', 'Arsenal']);
      const player = find(entities, 'Bukayo Tenga');
      assert.equal(player.type, 'person');
      assert.deepEqual(mentionTexts(player), ['Bukayo Tenga', 'Tenga']);
      const scorer = find(entities, 'Erling Vestrum');
      assert.equal(scorer.type, 'person');
      assert.deepEqual(mentionTexts(scorer), ['Erling Vestrum', 'Vestrum']);
    });

    it('keeps the nouns of a lower-case role together: “press secretary”, “union chief”', () => {
      const entities = entitiesOf('The union chief Karl Ode met press secretary Alana Brooks on Monday.');
      assert.deepEqual(find(entities, 'Karl Ode').descriptors, ['union chief']);
      assert.deepEqual(find(entities, 'Alana Brooks').descriptors, ['press secretary']);
    });

    it('names a place by the article’s own case, not its dateline’s capitals: “SINGAPORE (Reuters) - … Singapore’s”', () => {
      const entities = entitiesOf("KELVARO (Reuters) - Kelvaro's port reopened on Monday. Kelvaro is busy again.");
      assert.ok(entities.some((e) => e.name === 'Kelvaro'), entities.map((e) => e.name).join(' | '));
      assert.ok(!entities.some((e) => e.name === 'KELVARO'), entities.map((e) => e.name).join(' | '));
    });

    it('keeps a description with a role the tagger does not know, and where the person works: “a lecturer at Yale”', () => {
      const entities = entitiesOf('Rhys Ellery, a lecturer at Yale, said the data were thin. Ola Brandt, a statistician at Harvard, agreed.');
      assert.deepEqual(find(entities, 'Rhys Ellery').descriptors, ['a lecturer at Yale']);
      assert.deepEqual(find(entities, 'Ola Brandt').descriptors, ['a statistician at Harvard']);
      assert.equal(find(entities, 'Yale').type, 'organization');
      assert.equal(find(entities, 'Harvard').type, 'organization');
    });

    it('ends a description before its relative clause: “an epidemiologist at Yale who led the research”', () => {
      const entities = entitiesOf('Dr Vera Kolle, an epidemiologist at Yale who led the research, said the results were clear.');
      assert.ok(find(entities, 'Vera Kolle').descriptors.includes('an epidemiologist at Yale'), find(entities, 'Vera Kolle').descriptors.join(' | '));
    });

    it('gives the description after “Name of Body,” to the person: “Professor Ian Sole of SUSS, a former Nominated MP,”', () => {
      const entities = entitiesOf('Professor Ian Sole of SUSS, a former Nominated MP, said the plan was sound.');
      assert.ok(find(entities, 'Ian Sole').descriptors.includes('a former Nominated MP'), find(entities, 'Ian Sole').descriptors.join(' | '));
      assert.deepEqual(find(entities, 'SUSS').descriptors, []);
      assert.equal(find(entities, 'SUSS').type, 'organization');
      // a body's own description stays the body's
      assert.deepEqual(find(entitiesOf('Ana Ruiz of Velmar, the chipmaker, said sales fell.'), 'Velmar').descriptors, ['the chipmaker']);
    });

    it('keeps a lawmaker’s description: “the Labour MP”, “a Fine Gael TD”, “an SNP MSP”, “a Romanian MEP”', () => {
      const entities = entitiesOf(
        '"The rules are unfair," said Nia Rowe, the Labour MP. "We will vote," said Cathal Brennan, a Fine Gael TD. ' +
          '"It is late," said Isla Baird, an SNP MSP. "No," said Dan Popa, a Romanian MEP. "Yes," said Ann Carr, the local MP.',
      );
      assert.deepEqual(find(entities, 'Nia Rowe').descriptors, ['the Labour MP']);
      assert.deepEqual(find(entities, 'Cathal Brennan').descriptors, ['a Fine Gael TD']);
      assert.deepEqual(find(entities, 'Isla Baird').descriptors, ['an SNP MSP']);
      assert.deepEqual(find(entities, 'Dan Popa').descriptors, ['a Romanian MEP']);
      assert.deepEqual(find(entities, 'Ann Carr').descriptors, ['the local MP']);
      assert.deepEqual(find(entitiesOf('Labour MP Nia Rowe voted against.'), 'Nia Rowe').descriptors, ['Labour MP']);
      assert.deepEqual(find(entitiesOf('MSP Isla Baird voted against.'), 'Isla Baird').descriptors, ['MSP']);
      assert.ok(!entities.some((e) => /\b(?:MSP|MEP)\b/.test(e.name)), entities.map((e) => e.name).join(' | '));
    });

    it('takes a title set off before the name: “The Minister of Police Affairs, Ibrahim Geidam,”', () => {
      const entities = entitiesOf(
        'The Minister of Coastal Affairs, Idris Bakare, said the harbour was ready. ' +
          'The Chairman of the NRC, Tolu Adeyemi, said the board agreed. The finance chief, Maura Lint, said costs rose.',
      );
      assert.deepEqual(find(entities, 'Idris Bakare').descriptors, ['Minister of Coastal Affairs']);
      assert.deepEqual(find(entities, 'Tolu Adeyemi').descriptors, ['Chairman of the NRC']);
      assert.deepEqual(find(entities, 'Maura Lint').descriptors, ['finance chief']);
      assert.equal(find(entities, 'NRC').type, 'organization');
      assert.ok(!entities.some((e) => /Minister|Chairman/.test(e.name)), entities.map((e) => e.name).join(' | '));
    });

    it('reads police and council ranks as titles: “Det Insp”, “Garda Superintendent”, “Detective Constable”, “Cllr”', () => {
      const entities = entitiesOf(
        'Det Insp Rona Vale said the search would go on. Garda Superintendent Tom Keane said the road was shut. ' +
          'Detective Constable Owen Pryce said the van was found. Cllr Mark Tolland said the vote was close.',
      );
      assert.deepEqual(find(entities, 'Rona Vale').descriptors, ['Det Insp']);
      assert.deepEqual(find(entities, 'Tom Keane').descriptors, ['Garda Superintendent']);
      assert.deepEqual(find(entities, 'Owen Pryce').descriptors, ['Detective Constable']);
      assert.deepEqual(find(entities, 'Mark Tolland').descriptors, ['Cllr']);
      for (const name of ['Rona Vale', 'Tom Keane', 'Owen Pryce', 'Mark Tolland']) assert.equal(find(entities, name).type, 'person');
    });

    it('keeps a role the tagger does not know as a person’s: “Nurse Ada Quinn”, “forecaster Gerry Doyle”', () => {
      const entities = entitiesOf('Nurse Ada Quinn said the ward was full. Rain will spread east, forecaster Gerry Doyle said.');
      assert.deepEqual(find(entities, 'Ada Quinn').descriptors, ['Nurse']);
      assert.deepEqual(find(entities, 'Gerry Doyle').descriptors, ['forecaster']);
    });

    it('keeps the whole title when its first word also reads as a verb: “Board Chair”, “Harbour Authority spokeswoman”', () => {
      const entities = entitiesOf('Board Chair Wenna Lisk opened the meeting. Harbour Authority spokeswoman Dana Quill declined to comment.');
      assert.deepEqual(find(entities, 'Wenna Lisk').descriptors, ['Board Chair']);
      assert.deepEqual(find(entities, 'Dana Quill').descriptors, ['Harbour Authority spokeswoman']);
      // and the organisation is named whole, though its first word opens the sentence
      assert.equal(find(entities, 'Harbour Authority').type, 'organization');
      assert.ok(!entities.some((e) => e.name === 'Authority'));
      assert.equal(find(entitiesOf('Call Velmar Corporation today.'), 'Velmar Corporation').type, 'organization');
      // a verb that takes a person is no part of the title
      assert.deepEqual(find(entitiesOf('Ask Mayor Ana Ruiz about the road.'), 'Ana Ruiz').descriptors, ['Mayor']);
    });

    it('takes an appositive that names a title for a person: “the union’s chair”, “a spokesman for the ministry”', () => {
      const entities = entitiesOf(
        'Ana Kello, the union’s chair, spoke first. Bram Ould, a spokesman for the ministry, declined to comment. Lorna Vetch, chief executive of Tarrow Mills, said profits fell.',
      );
      assert.deepEqual(find(entities, 'Ana Kello').descriptors, ['the union’s chair']);
      assert.deepEqual(find(entities, 'Bram Ould').descriptors, ['a spokesman for the ministry']);
      assert.deepEqual(find(entities, 'Lorna Vetch').descriptors, ['chief executive of Tarrow Mills']);
    });

    it('takes a plural subject at the start of a sentence for no name', () => {
      const entities = entitiesOf('Corridors have become wards at Dunmore General Hospital. Stoves are rare there. Estes was the last doctor to leave.');
      assert.deepEqual(entities.map((e) => e.name), ['Dunmore General Hospital', 'Estes']);
    });

    it('reads British spellings and a force’s last word as ordinary words when they open a sentence', () => {
      const entities = entitiesOf('A man was held, Humberside Police said. Neighbours said they heard shouting. Police said it was the third call.');
      assert.deepEqual(entities.map((e) => `${e.name}:${e.type}`), ['Humberside Police:organization']);
    });

    it('keeps a possessive inside an institution’s name', () => {
      const entities = entitiesOf("Professor Ada Quist of King's College London said so. She trained at St. Bride's Hospital in Leeds.");
      assert.deepEqual(
        entities.map((e) => `${e.name}:${e.type}`),
        ['Ada Quist:person', "King's College London:organization", "St. Bride's Hospital:organization", 'Leeds:place'],
      );
    });

    it('gives a shared surname in a new paragraph to the subject the article named first', () => {
      const text =
        'Rosa Ekwueme, who ran the bakery on Mill Lane, died on Sunday.\n\n' +
        'Her death was confirmed by her son, Tobi Ekwueme.\n\n' +
        'Born in Enugu, Ekwueme moved to Leeds in 1962. Her son said Tobi Ekwueme would keep the shop, and Ekwueme agreed.';
      const entities = entitiesOf(text);
      const rosa = find(entities, 'Rosa Ekwueme');
      assert.deepEqual(mentionTexts(rosa), ['Rosa Ekwueme', 'Ekwueme']);
      assert.equal(rosa.mentions[1].start, text.indexOf('Ekwueme moved'));
      assert.deepEqual(mentionTexts(find(entities, 'Tobi Ekwueme')), ['Tobi Ekwueme', 'Tobi Ekwueme', 'Ekwueme']);
    });

    it('links every shorter form of a company’s name, and types a brand written with an inner capital', () => {
      const entities = entitiesOf('Vantor Motors Inc. reported a profit, according to FactSet. Vantor Motors said Vantor would hire.');
      assert.deepEqual(mentionTexts(find(entities, 'Vantor Motors Inc.')), ['Vantor Motors Inc.', 'Vantor Motors', 'Vantor']);
      assert.equal(find(entities, 'FactSet').type, 'organization');
    });

    it('returns nothing for an empty text', () => {
      assert.deepEqual(entitiesOf(''), []);
    });
  });

  describe('firms whose names read like people’s', () => {
    it('reads a name after “the daily” as a newspaper, and one with a head office as a firm', () => {
      const entities = entitiesOf(
        'The remarks were quoted by the daily Nowy Kurier on Saturday. Brava Lind’s head office in Tarsk was closed.',
      );
      assert.equal(find(entities, 'Nowy Kurier').type, 'organization');
      assert.equal(find(entities, 'Brava Lind').type, 'organization');
    });
    const typed = (text: string) => entitiesOf(text).map((e) => `${e.name}:${e.type}`);

    it('reads a name as a firm when analysts work at it, however often it is written alone', () => {
      const text =
        'Halvorsen Pike said profit rose. Halvorsen Pike added that it would hire. Halvorsen Pike also cut bonuses. ' +
        '"We are cautious," said Ana Ruiz, an economist at Halvorsen Pike.';
      assert.deepEqual(typed(text), ['Halvorsen Pike:organization', 'Ana Ruiz:person']);
    });

    it('reads shares, a chief executive and results as a company’s', () => {
      assert.deepEqual(typed('Shares of Edwin Talbot rose 3%. Edwin Talbot shares have doubled this year.'), ['Edwin Talbot:organization']);
      assert.deepEqual(typed("Ruth Carver's chief executive resigned on Monday, and Ruth Carver shares fell."), ['Ruth Carver:organization']);
      assert.deepEqual(typed('Oliver Grange reported a net loss of $40 million for the quarter.'), ['Oliver Grange:organization']);
      assert.deepEqual(typed('Pension funds bought a stake in Mattias Lund last year.'), ['Mattias Lund:organization']);
    });

    it('reads an appositive that calls the name a firm, and "said it would"', () => {
      assert.deepEqual(typed('Carter Bellweather, the law firm, advised the buyers.'), ['Carter Bellweather:organization']);
      assert.deepEqual(typed('Brannocks said it would close 40 branches.'), ['Brannocks:organization']);
    });

    it('joins two names with "&" into one firm, also when the first word opens the sentence', () => {
      assert.deepEqual(typed('Marks & Spencer said sales rose. Suppliers to Crane & Oduya were paid late.'), [
        'Marks & Spencer:organization',
        'Crane & Oduya:organization',
      ]);
    });

    it('knows a few famous firms named after their founders, unless the article says otherwise', () => {
      assert.deepEqual(typed('Morgan Stanley said profit rose. Lloyds cut jobs.'), ['Morgan Stanley:organization', 'Lloyds:organization']);
    });

    it('keeps a person a person when the sentence only says it of a person', () => {
      assert.deepEqual(typed('Maria Okafor said it was a mistake. Maria Okafor, the club’s captain, scored twice.'), ['Maria Okafor:person']);
    });

    it('reads "Former" before a country as no part of its name', () => {
      assert.deepEqual(typed('Former England captain Will Carling was there.'), ['England:place', 'Will Carling:person']);
    });

    it('reads a company form used abroad, and an appositive led by a country’s possessive', () => {
      const text = "Vestby Mat ASA, Norway's largest frozen-food maker, cut 300 jobs. Vestby Mat said demand was weak.";
      const entities = entitiesOf(text);
      assert.deepEqual(entities.map((e) => `${e.name}:${e.type}`), ['Vestby Mat ASA:organization', 'Norway:place']);
      assert.deepEqual(mentionTexts(find(entities, 'Vestby Mat ASA')), ['Vestby Mat ASA', 'Vestby Mat']);
    });

    it('keeps a common noun’s possessive inside an organisation’s name', () => {
      const entities = entitiesOf("The United Nations Children's Fund (UNICEF) sent water. The Farmers' Alliance and the People's Party met.");
      assert.deepEqual(mentionTexts(find(entities, "United Nations Children's Fund")), ["United Nations Children's Fund", 'UNICEF']);
      assert.equal(find(entities, "People's Party").type, 'organization');
      assert.equal(find(entities, "Farmers' Alliance").type, 'organization');
    });

    it('takes a word the article writes in lower case for no name when it opens a sentence, whatever the tagger says', () => {
      assert.deepEqual(entitiesOf('People who work night shifts are tired. Night workers slept less, the Lund Institute found.').map((e) => e.name), ['Lund Institute']);
    });

    it('takes common abbreviations and a role opening a headline for no names', () => {
      const entities = entitiesOf('Chipmaker’s profit doubles on AI demand\n\nSemora sells AI chips and EV batteries. Its LNG arm grew. Semora said so.');
      assert.deepEqual(entities.map((e) => e.name), ['Semora']);
    });

    it('keeps a plural’s possessive inside the name of a body of members, whatever the plural', () => {
      const entities = entitiesOf("The Oxley Readers' Association will march. The Pensioners’ Union and the Veterans' Affairs Committee backed it. The Lakers' Bank of America deal fell through.");
      assert.deepEqual(
        entities.map((e) => `${e.name}:${e.type}`),
        ["Oxley Readers' Association:organization", 'Pensioners’ Union:organization', "Veterans' Affairs Committee:organization", 'Lakers:organization', 'Bank of America:organization'],
      );
    });

    it('reads housebuilders and programmes by their last word', () => {
      assert.deepEqual(typed('Arden Homes said in a statement it had cooperated. The World Food Programme sent rice.'), [
        'Arden Homes:organization',
        'World Food Programme:organization',
      ]);
    });

    it('links a club’s short name to its full name', () => {
      const text = 'Marlow Athletic beat Kingsbridge United 2-1. Kingsbridge had led, but Marlow scored twice. Kingsbridge coach Ian Moss was angry.';
      const entities = entitiesOf(text);
      assert.deepEqual(mentionTexts(find(entities, 'Marlow Athletic')), ['Marlow Athletic', 'Marlow']);
      assert.deepEqual(mentionTexts(find(entities, 'Kingsbridge United')), ['Kingsbridge United', 'Kingsbridge', 'Kingsbridge']);
    });

    it('reads a name that ends like an organisation as one, unless the ending is also a surname', () => {
      assert.deepEqual(typed('The Sierra Club sued the county. Emily Post wrote about manners.'), [
        'Sierra Club:organization',
        'Emily Post:person',
      ]);
    });

    it('reads a board or bank "of" something inside a longer name as an organisation', () => {
      assert.deepEqual(typed('Results came from the Valdora County Board of Elections on Tuesday.'), [
        'Valdora County Board of Elections:organization',
      ]);
    });

    it('takes "Grand" and "District" for titles only before a title', () => {
      assert.deepEqual(typed('Supporters gathered at the Grand Hotel. U.S. District Judge Naomi Feld set a date.'), [
        'Grand Hotel:organization',
        'U.S.:place',
        'Naomi Feld:person',
      ]);
      assert.deepEqual(find(entitiesOf('U.S. District Judge Naomi Feld set a date.'), 'Naomi Feld').descriptors, ['U.S. District Judge']);
    });

    it('links a finance firm’s short name, and reads what its chief financial officer did', () => {
      const text = "Douglas Pryce ran Harmon Capital. Harmon's former chief financial officer, Lena Hart, testified. Harmon denied it.";
      assert.deepEqual(mentionTexts(find(entitiesOf(text), 'Harmon Capital')), ['Harmon Capital', 'Harmon', 'Harmon']);
    });

    it('does not take the agency in a dateline for an acronym of the place', () => {
      const entities = entitiesOf('NEW YORK (AP) - A jury in Manhattan convicted him on Wednesday.');
      assert.deepEqual(entities.map((e) => `${e.name}:${e.type}`), ['New York:place', 'AP:organization', 'Manhattan:place']);
    });

    it('splits a title ending in "-designate" off the name', () => {
      const entities = entitiesOf('Prime Minister-designate Helena Matos met the president. Matos later left.');
      assert.deepEqual(mentionTexts(find(entities, 'Helena Matos')), ['Helena Matos', 'Matos']);
      assert.deepEqual(find(entities, 'Helena Matos').descriptors, ['Prime Minister-designate']);
    });

    it('keeps "of the" and "and" inside the long names of bodies, but not between two bodies', () => {
      const text =
        'The Democratic Alliance won 91 seats in the Assembly of the Republic. Data from the Centers for Disease Control and ' +
        'Prevention were cited by the Bank of England and Barclays.';
      assert.deepEqual(typed(text), [
        'Democratic Alliance:organization',
        'Assembly of the Republic:organization',
        'Centers for Disease Control and Prevention:organization',
        'Bank of England:organization',
        'Barclays:organization',
      ]);
    });

    it('keeps a saint’s possessive inside a hospital’s name', () => {
      assert.deepEqual(typed("Two children are at St. Luke's Medical Center in Denby."), [
        "St. Luke's Medical Center:organization",
        'Denby:place',
      ]);
    });

    it('reads a rating agency and a firm that writes notes to clients as organisations', () => {
      assert.deepEqual(typed('Fitch Ratings upgraded the bonds. Halvorsen Pike said in a note to clients that rates would fall.'), [
        'Fitch Ratings:organization',
        'Halvorsen Pike:organization',
      ]);
    });

    it('leaves a month that puts a name in time out of the name, but keeps a given name that is a month', () => {
      const entities = entitiesOf('From January to June Halvex exported more than planned. The singer met June Carter in Nashville.');
      assert.deepEqual(mentionTexts(find(entities, 'Halvex')), ['Halvex']);
      assert.equal(find(entities, 'June Carter').type, 'person');
    });

    it('does not take a plain sentence that ends at a stock exchange for a title-case headline', () => {
      assert.deepEqual(typed('Vardell was up 2% on the New York Stock Exchange.').slice(-1), ['New York Stock Exchange:organization']);
    });
  });

  describe('ordinary words that open a sentence', () => {
    it('reads news nouns the tagger’s dictionary lacks as words, not companies', () => {
      const text =
        'Revenue fell 4% to $2.1 billion, Talvik Foods said on Tuesday. Profit rose. Output was flat at the Corran plant. ' +
        'Turnout was low in the northern wards. Sales of frozen meals slipped. Data from the census office showed a slump.';
      const entities = entitiesOf(text);
      assert.deepEqual(entities.map((e) => `${e.name}:${e.type}`), ['Talvik Foods:organization']);
    });

    it('reads a plural the dictionary lacks, capitalised only where it opens a sentence, as no name', () => {
      const entities = entitiesOf('Gusts reached 90 km/h on the coast. Tremors were felt in Dunmore overnight.');
      assert.deepEqual(entities.map((e) => `${e.name}:${e.type}`), ['Dunmore:place']);
    });
  });
});
