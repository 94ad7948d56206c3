// Names in wire, council, company and sports copy: datelines, names after prepositions,
// organisations whose names hold function words or lists of places, and clubs named after
// towns. Each test is a few sentences of invented news copy.

import * as assert from 'node:assert/strict';
import { entitiesOf, summary, find } from './entitySummary';


describe('names4: datelines', () => {
  it('reads the country after a dateline’s city as a place of its own, which describes the city', () => {
    const entities = entitiesOf('TARVOSK, Veldonia (Reuters) — The central bank raised its main rate on Tuesday.');
    assert.deepEqual(summary(entities), ['Tarvosk/place: TARVOSK', 'Veldonia/place: Veldonia', 'Reuters/organization: Reuters']);
    assert.deepEqual(find(entities, 'Tarvosk').descriptors, ['Veldonia']);
  });

  it('reads a dateline with a date, or with an agency and no region, as the place and its agency', () => {
    assert.deepEqual(summary(entitiesOf('MERIDAN, Dec 1 (Reuters) - Inflation slowed in November.')), [
      'Meridan/place: MERIDAN',
      'Reuters/organization: Reuters',
    ]);
    assert.deepEqual(summary(entitiesOf('TARVOSK, Veldonia, March 3 (AP) — Drones struck the port overnight.')), [
      'Tarvosk/place: TARVOSK',
      'Veldonia/place: Veldonia',
      'AP/organization: AP',
    ]);
    assert.deepEqual(summary(entitiesOf('NEW MERIDAN (AP) — The council met on Tuesday.')), ['New Meridan/place: NEW MERIDAN', 'AP/organization: AP']);
    assert.deepEqual(summary(entitiesOf('ST. BRENDAL — Talks resumed on Monday.')), ['St. Brendal/place: ST. BRENDAL']);
  });

  it('takes no label before a dash for a dateline’s place, nor a hyphen for a dateline’s dash', () => {
    assert.deepEqual(summary(entitiesOf('NOTE - Velmar Corp is the full company name.')), ['Velmar Corp/organization: Velmar Corp']);
    assert.ok(!entitiesOf('AL-RAMIS , Velmar 1996-08-30').some((e) => e.name === 'Al-Ramis'));
  });
});

describe('names4: bodies named by ordinary words', () => {
  it('reads a name of ordinary words as a body where it acts after a preposition: a passive’s agent, “according to”', () => {
    assert.deepEqual(summary(entitiesOf('Fares were frozen by Harbour Ferries on Monday.')), ['Harbour Ferries/organization: Harbour Ferries']);
    assert.deepEqual(summary(entitiesOf('Letters were held back by Royal Mail.')), ['Royal Mail/organization: Royal Mail']);
    assert.deepEqual(summary(entitiesOf('Trains were delayed, according to Network Rail.')), ['Network Rail/organization: Network Rail']);
  });

  it('reads the network a utility or an operator runs as the last word of a body’s name', () => {
    assert.deepEqual(summary(entitiesOf('Bills will rise in April, Brenmoor Grid said.')), ['Brenmoor Grid/organization: Brenmoor Grid']);
    assert.deepEqual(summary(entitiesOf('Services were cut by Valley Rail.')), ['Valley Rail/organization: Valley Rail']);
    assert.deepEqual(summary(entitiesOf('Leaks fell by a fifth, Kessford Water said.')), ['Kessford Water/organization: Kessford Water']);
    // a surname that is such a word stays a person's
    assert.equal(find(entitiesOf('The ambassador, Samantha Power, said the talks had failed.'), 'Samantha Power').type, 'person');
  });

  it('reads a name with “for” inside as a body’s, not a place’s: “Transport for Wessex”', () => {
    assert.deepEqual(summary(entitiesOf('Fares were set by Transport for Wessex.')), ['Transport for Wessex/organization: Transport for Wessex']);
    assert.deepEqual(summary(entitiesOf('The report came from the Centre for Coastal Towns in Dunmore.')), [
      'Centre for Coastal Towns/organization: Centre for Coastal Towns',
      'Dunmore/place: Dunmore',
    ]);
  });
});
