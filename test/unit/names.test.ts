// Names written with connectors ("Chamber of Commerce", "Office for the Coordination of …",
// "Doctors Without Borders") and the evidence that types a name: the word that heads an
// organisation's name, a given name, an age or a role in apposition, and one word where a
// place is expected. Each test is a few sentences of invented news copy.

import * as assert from 'node:assert/strict';
import type { Entity } from '../../src/engine/model';
import { entitiesOf, summary, find } from './entitySummary';

function typeOf(entities: Entity[], name: string): string {
  return find(entities, name).type;
}

describe('names with connectors', () => {
  it('runs a name on across "of" after an ordinary noun: "Bulletin of Coastal Ecology"', () => {
    const entities = entitiesOf(
      'The findings were published on Thursday in the Bulletin of Coastal Ecology, a peer-reviewed quarterly. ' +
        'The authors sampled 40 beaches.',
    );
    assert.equal(typeOf(entities, 'Bulletin of Coastal Ecology'), 'organization');
    assert.ok(!entities.some((e) => e.name === 'Coastal Ecology'), summary(entities).join(' | '));
  });

  it('runs a name on across "for the", and across the connectors after it', () => {
    const entities = entitiesOf(
      'The European Office for the Protection of Lakes and Wetlands said on Monday that two dams would be removed.',
    );
    assert.deepEqual(summary(entities), [
      'European Office for the Protection of Lakes and Wetlands/organization: European Office for the Protection of Lakes and Wetlands',
    ]);
  });

  it('runs a name on across "of the" after an ordinary noun: "Keepers of the Old Mill"', () => {
    const entities = entitiesOf('A volunteer with Keepers of the Old Mill said the repairs would cost more than planned.');
    assert.deepEqual(summary(entities), ['Keepers of the Old Mill/organization: Keepers of the Old Mill']);
  });

  it('keeps the words before "Republic of" and an event word after an organisation’s head', () => {
    const entities = entitiesOf(
      'The Democratic Republic of Kelvania closed its border on Sunday. ' +
        'Members of the Society for the Lantern Festival voted to cancel the parade.',
    );
    assert.equal(typeOf(entities, 'Democratic Republic of Kelvania'), 'place');
    assert.equal(typeOf(entities, 'Society for the Lantern Festival'), 'organization');
  });

  it('runs a name on across "on" after a word that heads an organisation: "Commission on Rural Broadband"', () => {
    const entities = entitiesOf(
      'A report by the Commission on Rural Broadband found that one farm in four has no fixed line. ' +
        'The Bureau of Statistics on Harbor Street published the same figure.',
    );
    assert.deepEqual(summary(entities).slice(0, 2), [
      'Commission on Rural Broadband/organization: Commission on Rural Broadband',
      'Bureau of Statistics/organization: Bureau of Statistics',
    ]);
  });

  it('stops at a weekday, a place after a name of its own, and a person before "of"', () => {
    const entities = entitiesOf(
      'The Harbor Authority on Tuesday approved the lease. The striker Tomas Berg of Valdoria scored twice, ' +
        'and Kelbridge United of Valdoria lost at home.',
    );
    assert.equal(typeOf(entities, 'Harbor Authority'), 'organization');
    assert.equal(typeOf(entities, 'Tomas Berg'), 'person');
    assert.equal(typeOf(entities, 'Valdoria'), 'place');
    assert.ok(entities.some((e) => e.name === 'Kelbridge United'), summary(entities).join(' | '));
  });

  it('keeps a surname and the place after "of" apart: "Okafor of Kelbridge"', () => {
    const entities = entitiesOf('The goal came from Okafor of Kelbridge after ten minutes.');
    assert.ok(entities.some((e) => e.name === 'Okafor'), summary(entities).join(' | '));
    assert.ok(entities.some((e) => e.name === 'Kelbridge'), summary(entities).join(' | '));
  });

  it('takes no event, treaty or competition for an organisation: "Festival of Lanterns"', () => {
    const entities = entitiesOf('Crowds gathered in Mareno for the Festival of Lanterns, which the Mareno Arts Council organises.');
    assert.ok(!entities.some((e) => /Festival|Lanterns/.test(e.name)), summary(entities).join(' | '));
    assert.equal(typeOf(entities, 'Mareno Arts Council'), 'organization');
  });
});

describe('typing names by evidence', () => {
  it('reads a word that heads an organisation before "of" as an organisation, not a person', () => {
    const entities = entitiesOf(
      'A spokeswoman for the Dunmore Chamber of Commerce said members had not been consulted.',
    );
    assert.equal(typeOf(entities, 'Dunmore Chamber of Commerce'), 'organization');
  });

  it('reads a word that heads a place before "of" as a place wherever it stands: "Federal Republic of …"', () => {
    const entities = entitiesOf('Troops of the Federal Republic of Kelvania crossed the river on Sunday.');
    assert.equal(typeOf(entities, 'Federal Republic of Kelvania'), 'place');
  });

  it('reads "de" after a head as "of": "Banco de Kelvania", "Puerto de Mareno", but "Joaquin del Olmo"', () => {
    const entities = entitiesOf(
      'Shares of Banco de Kelvania fell 3% on Monday. The ferry left Puerto de Mareno at dawn. ' +
        'Joaquin del Olmo, the bank’s chairman, did not comment.',
    );
    assert.equal(typeOf(entities, 'Banco de Kelvania'), 'organization');
    assert.equal(typeOf(entities, 'Puerto de Mareno'), 'place');
    assert.equal(typeOf(entities, 'Joaquin del Olmo'), 'person');
  });

  it('reads an office written without a name as the person who holds it: "the Secretary of Defense said"', () => {
    const entities = entitiesOf('The Minister for Coastal Affairs said on Monday that the ferry would run again.');
    assert.equal(typeOf(entities, 'Minister for Coastal Affairs'), 'person');
  });

  it('reads a connector inside a name as evidence against a person: "Teachers Without Frontiers"', () => {
    const entities = entitiesOf('Teachers Without Frontiers said it had sent 40 volunteers to the camps.');
    assert.equal(typeOf(entities, 'Teachers Without Frontiers'), 'organization');
  });

  it('reads a name opened by a known given name as a person, and the surname alone joins it', () => {
    const entities = entitiesOf(
      'The jury heard a second day of testimony in the trial of Martin Ridge on Wednesday.\n\n' +
        'Prosecutors say Ridge moved the money in 2021.',
    );
    assert.deepEqual(summary(entities), ['Martin Ridge/person: Martin Ridge, Ridge']);
  });

  it('reads a role in apposition as a person’s', () => {
    const entities = entitiesOf('Brunswald, the club’s former president, denied the charges on Tuesday.');
    assert.equal(typeOf(entities, 'Brunswald'), 'person');
  });

  it('reads an age in apposition as a person’s', () => {
    const entities = entitiesOf('Brunswald, 47, was arrested at the airport. Officers searched the house on Friday.');
    assert.equal(typeOf(entities, 'Brunswald'), 'person');
  });

  it('reads one word where a place is expected as a place, even a given name', () => {
    const entities = entitiesOf(
      'The governor spoke at a briefing in Helena on Sunday. Tolls are lower in neighboring Marlow, ' +
        'and the road to the border with Castevia stayed shut.',
    );
    assert.equal(typeOf(entities, 'Helena'), 'place');
    assert.equal(typeOf(entities, 'Marlow'), 'place');
    assert.equal(typeOf(entities, 'Castevia'), 'place');
  });

  it('keeps a given name a person after "believe in", "faith in"', () => {
    const entities = entitiesOf('Her coach said the whole team still believed in Helena after the defeat.');
    assert.equal(typeOf(entities, 'Helena'), 'person');
  });

  it('keeps a given name a person where the article says so elsewhere', () => {
    const entities = entitiesOf('Helena, 19, lost in straight sets on Saturday. "We all still believe in Helena," her coach said.');
    assert.ok(entities.some((e) => e.type === 'person' && e.name === 'Helena'), summary(entities).join(' | '));
  });
});

describe('an organisation’s name that opens a sentence', () => {
  it('keeps an ordinary first word of an organisation’s name: "Reserve Bank of …", "Central Bank of …"', () => {
    const entities = entitiesOf(
      'Reserve Bank of Kelvania raised its main rate to 6% on Friday. ' +
        'Central Bank of Mareno left its own unchanged. National Bank said it would follow.',
    );
    assert.equal(typeOf(entities, 'Reserve Bank of Kelvania'), 'organization');
    assert.equal(typeOf(entities, 'Central Bank of Mareno'), 'organization');
    assert.equal(typeOf(entities, 'National Bank'), 'organization');
    assert.ok(!entities.some((e) => e.name === 'Bank of Kelvania' || e.name === 'Bank'), summary(entities).join(' | '));
  });

  it('keeps a known short organisation’s name whole: "Federal Reserve officials"', () => {
    const entities = entitiesOf('Federal Reserve officials met on Tuesday.');
    assert.equal(typeOf(entities, 'Federal Reserve'), 'organization');
  });

  it('keeps a company named with a common noun whole: "Royal Mail said", "Standard Chartered said", "National Grid"', () => {
    const entities = entitiesOf(
      'Royal Mail said: "Parcels will arrive late this week." ' +
        'Standard Chartered said its profit rose. National Grid warned of tight supply. ' +
        'Sorting offices were busy, Royal Mail said.',
    );
    assert.equal(typeOf(entities, 'Royal Mail'), 'organization');
    assert.equal(typeOf(entities, 'Standard Chartered'), 'organization');
    assert.equal(typeOf(entities, 'National Grid'), 'organization');
    assert.ok(!entities.some((e) => e.name === 'Mail' || e.name === 'Chartered' || e.name === 'Grid'), summary(entities).join(' | '));
  });

  it('keeps a name whole that opens with a word the tagger reads only as a verb: "Network Rail said", "Met Éireann has"', () => {
    const entities = entitiesOf('Network Rail said the line would reopen on Sunday.\n\nMet Éireann has issued a wind warning for six counties.');
    assert.equal(typeOf(entities, 'Network Rail'), 'organization');
    assert.equal(typeOf(entities, 'Met Éireann'), 'organization');
    assert.ok(!entities.some((e) => e.name === 'Rail' || e.name === 'Éireann'), summary(entities).join(' | '));
    // a verb whose object is the name or a clause stays outside it
    const others = entitiesOf('Suppose Velmar wins the contract. Let Velmar decide.');
    assert.ok(!others.some((e) => /Suppose|Let/.test(e.name)), summary(others).join(' | '));
  });

  it('types a place’s name with nouns for what a body does as that body: "Police Scotland", "Export Development Canada"', () => {
    const entities = entitiesOf(
      'Police Scotland said 40 officers were hurt. Export Development Canada lends money to exporters, and Health Canada ' +
        'approved the drug. Traffic on London Bridge was stopped. Canada and New South Wales sent aid.',
    );
    assert.equal(typeOf(entities, 'Police Scotland'), 'organization');
    assert.equal(typeOf(entities, 'Export Development Canada'), 'organization');
    assert.equal(typeOf(entities, 'Health Canada'), 'organization');
    assert.equal(typeOf(entities, 'London Bridge'), 'place');
    assert.equal(typeOf(entities, 'Canada'), 'place');
    assert.equal(typeOf(entities, 'New South Wales'), 'place');
  });

  it('reads a given name and a landform surname that acts as a person as a person: "Faith Hill sang"', () => {
    const entities = entitiesOf('Faith Hill sang at the opening. Ana Wood said she would stand again. Crowds filled Castle Hill.');
    assert.equal(typeOf(entities, 'Faith Hill'), 'person');
    // a role in apposition says as much
    assert.equal(typeOf(entitiesOf('The first to sign was Faith Marsh, a retired teacher, on Monday.'), 'Faith Marsh'), 'person');
    assert.equal(typeOf(entities, 'Ana Wood'), 'person');
    assert.equal(typeOf(entities, 'Castle Hill'), 'place');
  });

  it('types a name by its last word when that ends an organisation’s: "Thames Valley Police", "Hexley Borough Council"', () => {
    const entities = entitiesOf(
      'Thames Valley Police said officers would attend. Hexley Borough Council voted to close Riverside Library. ' +
        'Crowds gathered in Hexley and on the West Bank.',
    );
    assert.equal(typeOf(entities, 'Thames Valley Police'), 'organization');
    assert.equal(typeOf(entities, 'Hexley Borough Council'), 'organization');
    assert.equal(typeOf(entities, 'Riverside Library'), 'organization');
    assert.equal(typeOf(entities, 'Hexley'), 'place');
    assert.equal(typeOf(entities, 'West Bank'), 'place');
  });

  it('keeps a place whole that opens a sentence with a compass word or "Greater": "Central Asia", "Greater London"', () => {
    const entities = entitiesOf('Central Asia had its warmest winter. Greater London saw record rain. Southeast Asia was spared.');
    assert.deepEqual(summary(entities), [
      'Central Asia/place: Central Asia',
      'Greater London/place: Greater London',
      'Southeast Asia/place: Southeast Asia',
    ]);
  });

  it('reads a name ending in "International" as a body’s: "Amnesty International criticised"', () => {
    const entities = entitiesOf('Amnesty International criticised the police. Transparency International said so too.');
    assert.equal(typeOf(entities, 'Amnesty International'), 'organization');
    assert.equal(typeOf(entities, 'Transparency International'), 'organization');
  });

  it('reads a road named with a place’s name as a place: "Dunmore Expressway", "Nairobi Expressway"', () => {
    const entities = entitiesOf('Traffic on the Dunmore Expressway rose by a fifth. The Nairobi Expressway was closed.');
    assert.equal(typeOf(entities, 'Dunmore Expressway'), 'place');
    assert.equal(typeOf(entities, 'Nairobi Expressway'), 'place');
  });

  it('reads a storm’s name as no person, and keeps "ten" inside a Dutch surname: "Hurricane Milton", "Erik ten Hag"', () => {
    const entities = entitiesOf(
      'Hurricane Delia hit Florida on Wednesday. Storm Ciarán brought gusts of 100 mph to Cornwall, and Tropical Storm Ana ' +
        'weakened. The club sacked Erik ten Broek on Sunday.',
    );
    assert.deepEqual(
      entities.map((e) => `${e.name}/${e.type}`),
      ['Florida/place', 'Cornwall/place', 'Erik ten Broek/person'],
    );
  });

  it('keeps a person whose surname is a common word a person: "Grant Hill said", "Bill Gates said"', () => {
    const entities = entitiesOf('Grant Hill said the plan would work. Bill Gates said it would not.');
    assert.equal(typeOf(entities, 'Grant Hill'), 'person');
    assert.equal(typeOf(entities, 'Bill Gates'), 'person');
  });

  it('does not take a describing word for part of the name: "Angry Police officers"', () => {
    const entities = entitiesOf('Angry Police officers marched to the Interior Ministry on Monday.');
    assert.ok(!entities.some((e) => /Angry/.test(e.name)), summary(entities).join(' | '));
  });
});

describe('names that contain "and"', () => {
  it('keeps a place named with "and" whole: "Jammu and Kashmir", "Antigua and Barbuda", "St Kitts and Nevis"', () => {
    const entities = entitiesOf(
      'Schools in Jammu and Kashmir reopened on Monday. Ministers from Antigua and Barbuda and from St Kitts and Nevis ' +
        'flew in for the talks, and Saint Vincent and the Grenadines sent an envoy.',
    );
    assert.equal(typeOf(entities, 'Jammu and Kashmir'), 'place');
    assert.equal(typeOf(entities, 'Antigua and Barbuda'), 'place');
    assert.equal(typeOf(entities, 'St Kitts and Nevis'), 'place');
    assert.equal(typeOf(entities, 'Saint Vincent and the Grenadines'), 'place');
    assert.ok(!entities.some((e) => ['Jammu', 'Kashmir', 'Barbuda', 'Nevis'].includes(e.name)), summary(entities).join(' | '));
  });

  it('keeps a body named for two subjects whole, but not two bodies or two countries', () => {
    const entities = entitiesOf(
      'The Ministry of Petroleum and Natural Gas raised prices. The Ministry of Finance and Bank of England disagreed, ' +
        'and France and Germany said nothing.',
    );
    assert.equal(typeOf(entities, 'Ministry of Petroleum and Natural Gas'), 'organization');
    assert.equal(typeOf(entities, 'Ministry of Finance'), 'organization');
    assert.equal(typeOf(entities, 'Bank of England'), 'organization');
    assert.equal(typeOf(entities, 'France'), 'place');
    assert.equal(typeOf(entities, 'Germany'), 'place');
  });
});

describe('a body named by its country and what it runs', () => {
  it('reads a place’s name with a sport or a service as an organisation: "UK Athletics", "Statistics Canada"', () => {
    const entities = entitiesOf(
      'UK Athletics named its squad on Tuesday. The selectors at Kenya Rugby disagreed, and ' +
        'Statistics Canada said the cost had doubled. The loan came from UK Export Finance, not from Sport England.',
    );
    for (const name of ['UK Athletics', 'Kenya Rugby', 'Statistics Canada', 'UK Export Finance', 'Sport England']) {
      assert.equal(typeOf(entities, name), 'organization', name);
    }
  });

  it('reads a nationality with a sport as an organisation, opening a sentence too: "British Cycling"', () => {
    const entities = entitiesOf('British Cycling suspended the rider. A week later Cycling Australia did the same.');
    assert.equal(typeOf(entities, 'British Cycling'), 'organization');
    assert.equal(typeOf(entities, 'Cycling Australia'), 'organization');
  });

  it('keeps the country alone a place: "UK athletes", "in Kenya"', () => {
    const entities = entitiesOf('UK athletes trained in Kenya for a month before the trials.');
    assert.equal(typeOf(entities, 'Kenya'), 'place');
  });
});

describe('a surname alone', () => {
  it('reads a lone unknown name as a person when it acts as one: a verb only people do', () => {
    const entities = entitiesOf('Brannock responded on Tuesday with a long post. Vesselin smiled and waved to the crowd.');
    assert.equal(typeOf(entities, 'Brannock'), 'person');
    assert.equal(typeOf(entities, 'Vesselin'), 'person');
  });

  it('reads a lone unknown name as a person when "who", "he" or "she" refers to it', () => {
    const entities = entitiesOf(
      'Ortwell, who founded the charity, declined to comment. Dunphy rejected the plan because she thought it too costly.\n\n' +
        'Kessane stayed away from the vote. He later called it a farce.',
    );
    assert.equal(typeOf(entities, 'Ortwell'), 'person');
    assert.equal(typeOf(entities, 'Dunphy'), 'person');
    assert.equal(typeOf(entities, 'Kessane'), 'person');
  });

  it('still reads a lone unknown name as a company when the article says what a company does', () => {
    const entities = entitiesOf('Talvik said it would cut 200 jobs. Pirelli shares fell 4%.');
    assert.equal(typeOf(entities, 'Talvik'), 'organization');
    assert.equal(typeOf(entities, 'Pirelli'), 'organization');
  });
});

describe('words that look like names and are not', () => {
  it('reads money with its currency’s prefix, units after a number and postcodes as no names', () => {
    const entities = entitiesOf(
      'The county budget is Sh412 billion and the road cost KSh800 million. The port lost N40bn; tickets cost Rs300. ' +
        'The wind farm makes 400 MW, the dam 3 GW, and the battery stores 250 MWh. The depot in NN4 shut.',
    );
    assert.deepEqual(summary(entities), []);
  });

  it('reads a plural subject with a plural verb and a line’s label as no names: "Households pay", "Explainer:"', () => {
    const entities = entitiesOf('Explainer: Why the rates rose\n\nHouseholds pay more this winter. Opinion | Farmers face a hard year.');
    assert.deepEqual(summary(entities), []);
  });

  it('keeps a station’s number in its name and reads a numbered part as no name: "Radio 4", "Chapter 11"', () => {
    const entities = entitiesOf('She spoke on Channel 4 and Radio 4. The firm filed for Chapter 11 under Article 50 rules at a Grade II hall.');
    assert.equal(typeOf(entities, 'Channel 4'), 'organization');
    assert.equal(typeOf(entities, 'Radio 4'), 'organization');
    assert.ok(!entities.some((e) => /^(?:Radio|Channel|Chapter|Article|Grade)$/.test(e.name)), summary(entities).join(' | '));
  });

  it('reads a name after a preposition as no subject of the verb after it: "a spokesperson for Acme said"', () => {
    const entities = entitiesOf('A spokesperson for Velmora said 40 jobs would go. A lawyer for Brannock said he would appeal.');
    assert.equal(typeOf(entities, 'Velmora'), 'organization');
    // the verb is the spokesperson's; a person's name keeps what else says it is a person
    assert.equal(typeOf(entities, 'Brannock'), 'person');
  });

  it('keeps a nationality that opens a body’s name in it: "the British Retail Consortium"', () => {
    const entities = entitiesOf('The British Retail Consortium estimates sales fell 3%. The Scottish Wildlife Partnership said 40 birds died.');
    assert.equal(typeOf(entities, 'British Retail Consortium'), 'organization');
    assert.equal(typeOf(entities, 'Scottish Wildlife Partnership'), 'organization');
  });
});
