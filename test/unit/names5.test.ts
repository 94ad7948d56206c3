// Names in honours, council, charity, union and sports copy: honours after a name, the place
// an elected office serves, names made of a call to act, bodies named after two places or a
// list of subjects, clubs named after towns, and firms and unions known by one word.
// Each test is a few sentences of invented news copy.

import * as assert from 'node:assert/strict';
import { entitiesOf, summary, find } from './entitySummary';


describe('names5: honours', () => {
  it('reads an honour after “appointed” or “made” as no organisation', () => {
    assert.deepEqual(summary(entitiesOf('The headteacher was appointed CBE in the new year list.')), []);
    assert.deepEqual(summary(entitiesOf('Marta Quill, who runs the food bank, was made an MBE last year.')), ['Marta Quill/person: Marta Quill']);
  });

  it('leaves the honour after a name out of the person’s name', () => {
    assert.deepEqual(summary(entitiesOf('Dr Priya Lanner OBE, the trust’s medical director, said beds were full.')), ['Priya Lanner/person: Priya Lanner']);
    assert.deepEqual(summary(entitiesOf('Sir Alan Brisket KBE and Dame Ruth Owlen DBE opened the wing.')), [
      'Alan Brisket/person: Alan Brisket',
      'Ruth Owlen/person: Ruth Owlen',
    ]);
  });
});

describe('names5: the place an office serves', () => {
  it('reads the name after “mayor of” as a place', () => {
    assert.equal(find(entitiesOf('The mayor of Kettlewick, Joan Barrow, said the budget was tight.'), 'Kettlewick').type, 'place');
    assert.equal(find(entitiesOf('He was elected mayor of Branscombe in May.'), 'Branscombe').type, 'place');
  });

  it('reads the seat after “MP for”, “MSP for” or “member for” as a place, not part of a title', () => {
    assert.deepEqual(summary(entitiesOf('Fenella Drury, the MP for Ashcombe, said the bypass was overdue.')), [
      'Fenella Drury/person: Fenella Drury',
      'Ashcombe/place: Ashcombe',
    ]);
    assert.deepEqual(summary(entitiesOf('Tam Baird, the Scottish Labour MSP for Glenmorrow East, backed the bill.')), [
      'Tam Baird/person: Tam Baird',
      'Scottish Labour/organization: Scottish Labour',
      'Glenmorrow East/place: Glenmorrow East',
    ]);
    assert.equal(find(entitiesOf('The member for Wexcombe asked about the closure.'), 'Wexcombe').type, 'place');
  });

  it('reads the name after “council leader in” as a place', () => {
    assert.equal(find(entitiesOf('The council leader in Dunharrow, Ewan Patel, resigned.'), 'Dunharrow').type, 'place');
  });

  it('reads both places of a seat named “<A> and <B>” as places', () => {
    const entities = entitiesOf('Speaking on Monday, the MP for Ashcombe and Dunmere, Liz Carter, said the closure was wrong.');
    assert.equal(find(entities, 'Ashcombe').type, 'place');
    assert.equal(find(entities, 'Dunmere').type, 'place');
  });
});

describe('names5: names made of a call to act', () => {
  it('reads “Save the Children” and “Unite the Union” as one organisation each, mid-sentence or opening one', () => {
    assert.deepEqual(summary(entitiesOf('A report by Save the Children found that hunger was rising.')), ['Save the Children/organization: Save the Children']);
    assert.deepEqual(summary(entitiesOf('Save the Children said the convoy had been stopped at the border.')), [
      'Save the Children/organization: Save the Children',
    ]);
    assert.deepEqual(summary(entitiesOf('Bus drivers in Unite the Union voted to strike.')), ['Unite the Union/organization: Unite the Union']);
    assert.deepEqual(summary(entitiesOf('Unite the Union general secretary Sharon Graham said the offer was poor.')), [
      'Unite the Union/organization: Unite the Union',
      'Sharon Graham/person: Sharon Graham',
    ]);
    assert.deepEqual(summary(entitiesOf('The march was organised by Stop the War Coalition.')), ['Stop the War Coalition/organization: Stop the War Coalition']);
  });

  it('reads the call to act after a noun for what it is, which the tagger may take for a person', () => {
    assert.deepEqual(summary(entitiesOf('The charity Save the Children said its convoy had been stopped.')), ['Save the Children/organization: Save the Children']);
    // a given name before "the" is a person's, however like a verb
    assert.ok(!entitiesOf('He told Mark the Treasury would pay.').some((e) => e.name.includes(' the ')));
  });

  it('does not read a month before “the” as a call to act', () => {
    assert.deepEqual(summary(entitiesOf('In March the Government announced a review of the rules.')), ['Government/organization: Government']);
    assert.deepEqual(summary(entitiesOf('Figures published by Save the Children International showed hunger rising.')), [
      'Save the Children International/organization: Save the Children International',
    ]);
  });

  it('does not join an imperative that opens a sentence to the name after it', () => {
    assert.ok(!entitiesOf('Visit the Tower of London on a weekday.').some((e) => e.name.startsWith('Visit')));
    assert.ok(!entitiesOf('He told Reuters the European Commission had erred.').some((e) => e.name.includes(' the ')));
  });
});

describe('names5: bodies named after two places', () => {
  it('reads a force named after two places joined by “and” as one body, though the first is also a given name', () => {
    assert.deepEqual(summary(entitiesOf('Devon and Cornwall Police said a man had been arrested near the harbour.')), [
      'Devon and Cornwall Police/organization: Devon and Cornwall Police',
    ]);
    assert.deepEqual(summary(entitiesOf('A spokeswoman for Avon and Somerset Constabulary said the road was shut.')), [
      'Avon and Somerset Constabulary/organization: Avon and Somerset Constabulary',
    ]);
    assert.deepEqual(summary(entitiesOf('Crews from Kent and Essex Fire and Rescue Service were called at noon.')), [
      'Kent and Essex Fire and Rescue Service/organization: Kent and Essex Fire and Rescue Service',
    ]);
    assert.deepEqual(summary(entitiesOf('Hereford and Worcester Fire and Rescue Service sent four engines to the blaze.')), [
      'Hereford and Worcester Fire and Rescue Service/organization: Hereford and Worcester Fire and Rescue Service',
    ]);
  });

  it('names the force after an office that is set off before its holder', () => {
    assert.deepEqual(summary(entitiesOf('The Chief Constable of Devon and Cornwall Police, Will Kerr, said crime had fallen.')), [
      'Devon and Cornwall Police/organization: Devon and Cornwall Police',
      'Will Kerr/person: Will Kerr',
    ]);
  });

  it('keeps a surname alone before “and” apart from the force after it, and a country apart from a company', () => {
    assert.deepEqual(summary(entitiesOf('Officers said Jones and Sussex Police had both been sued.')).slice(-1), ['Sussex Police/organization: Sussex Police']);
    assert.deepEqual(summary(entitiesOf('The deal between Britain and Thames Water collapsed on Friday.')), [
      'Britain/place: Britain',
      'Thames Water/organization: Thames Water',
    ]);
  });
});

describe('names5: ministries named by a list of areas', () => {
  it('reads the areas a department is for, listed with commas and “and”, as part of its name', () => {
    assert.deepEqual(summary(entitiesOf('The Department for Culture, Media and Sport said the grant would be paid in March.')), [
      'Department for Culture, Media and Sport/organization: Department for Culture, Media and Sport',
    ]);
    assert.deepEqual(summary(entitiesOf('A spokesman for the Department for Environment, Food and Rural Affairs said the ban would stay.')), [
      'Department for Environment, Food and Rural Affairs/organization: Department for Environment, Food and Rural Affairs',
    ]);
    assert.deepEqual(summary(entitiesOf('The old Ministry of Agriculture, Fisheries and Food was abolished long ago.')), [
      'Ministry of Agriculture, Fisheries and Food/organization: Ministry of Agriculture, Fisheries and Food',
    ]);
  });

  it('does not join the bodies listed after a department', () => {
    assert.deepEqual(summary(entitiesOf('Officials from the Department for Education, Ofsted and Unison met at the school on Friday.')), [
      'Department for Education/organization: Department for Education',
      'Ofsted/organization: Ofsted',
      'Unison/organization: Unison',
    ]);
  });
});

describe('names5: a possessive inside a body’s name', () => {
  it('keeps “the Alzheimer’s Society” and “the Prince’s Trust” whole: “the” opens no name’s possessive', () => {
    assert.deepEqual(summary(entitiesOf('A survey by the Alzheimer’s Society found that care costs had doubled.')), [
      'Alzheimer’s Society/organization: Alzheimer’s Society',
    ]);
    assert.deepEqual(summary(entitiesOf("The Alzheimer's Society said funding had fallen.")), ["Alzheimer's Society/organization: Alzheimer's Society"]);
    assert.equal(find(entitiesOf('Grants from the Prince’s Trust helped her start the bakery.'), 'Prince’s Trust').type, 'organization');
  });

  it('still reads the possessive of a name without “the” as its owner’s', () => {
    assert.deepEqual(summary(entitiesOf('Talvik’s Board met on Monday to discuss the bid.')).slice(0, 1), ['Talvik/organization: Talvik']);
  });
});

describe('names5: clubs named after towns', () => {
  it('reads “<Town> City” or “<Town> Town” as a club where the sentence shows it playing in a league', () => {
    assert.deepEqual(summary(entitiesOf('Harnley City were relegated last season after a 3-0 defeat at home.')), ['Harnley City/organization: Harnley City']);
    assert.deepEqual(summary(entitiesOf('Kessford Town have been promoted for the first time in 40 years.')), ['Kessford Town/organization: Kessford Town']);
    assert.equal(find(entitiesOf('Harnley City won 2-1 at the weekend.'), 'Harnley City').type, 'organization');
    assert.equal(find(entitiesOf('About 300 fans of Harnley City marched to the town hall.'), 'Harnley City').type, 'organization');
    assert.equal(find(entitiesOf('Harnley City were knocked out of the cup on Saturday.'), 'Harnley City').type, 'organization');
  });

  it('does not read a city losing a bid as a club', () => {
    assert.equal(find(entitiesOf('Coventry was beaten by Dundee in the race to host the contest.'), 'Coventry').type, 'place');
  });

  it('keeps a city named “City” a place, and a council named after one a council', () => {
    assert.equal(find(entitiesOf('Mexico City was relegated to second place in the rankings.'), 'Mexico City').type, 'place');
    assert.equal(find(entitiesOf('Flights to Salt Lake City were cancelled.'), 'Salt Lake City').type, 'place');
    assert.equal(find(entitiesOf('Pilgrims crowded into Vatican City on Sunday.'), 'Vatican City').type, 'place');
    assert.equal(find(entitiesOf('The plan was approved by Leeds City Council.'), 'Leeds City Council').type, 'organization');
  });
});

describe('names5: firms and unions known by one or two words', () => {
  it('reads the source of figures as a body: “data from Kantar”, “a poll by Ipsos”, and the same name elsewhere in the article', () => {
    assert.deepEqual(summary(entitiesOf('Data from Kantar showed that sales of own-label goods rose 9%.')), ['Kantar/organization: Kantar']);
    assert.deepEqual(summary(entitiesOf('Figures from Vantrel showed grocery prices rose again.')), ['Vantrel/organization: Vantrel']);
    assert.deepEqual(summary(entitiesOf('Kantar said inflation had eased. Data from Kantar showed prices rising more slowly.')), [
      'Kantar/organization: Kantar, Kantar',
    ]);
    // a place the tagger knows stays one
    assert.equal(find(entitiesOf('Data from China showed that exports fell.'), 'China').type, 'place');
  });

  it('reads where someone heads a field as a firm: “head of retail at Kantar”, but not where a school is', () => {
    assert.equal(find(entitiesOf('Fraser Quill, head of retail at Kantar, said shoppers were switching brands.'), 'Kantar').type, 'organization');
    assert.equal(find(entitiesOf('The head of the school at Kessford retired last week.'), 'Kessford').type, 'place');
  });

  it('reads a name after the firm’s trade, or its people in the plural, as the firm’s, however personal its words', () => {
    assert.deepEqual(summary(entitiesOf('The accountancy firm Grant Thornton said the shops would close.')), ['Grant Thornton/organization: Grant Thornton']);
    assert.deepEqual(summary(entitiesOf('The shops will close, administrators Grant Thornton said.')), ['Grant Thornton/organization: Grant Thornton']);
    assert.deepEqual(summary(entitiesOf('Administrators Grant Thornton said the shops would close.')), ['Grant Thornton/organization: Grant Thornton']);
    assert.equal(find(entitiesOf('Ivo Marsh, a partner at Grant Thornton, said the firm was sound.'), 'Grant Thornton').type, 'organization');
  });

  it('keeps people named after a trade in the plural, or after a partner, people', () => {
    assert.deepEqual(summary(entitiesOf('Lawyers Tom Hart and Ann Lee said the appeal would fail.')), ['Tom Hart/person: Tom Hart', 'Ann Lee/person: Ann Lee']);
    assert.deepEqual(summary(entitiesOf('Senior partner Tom Hart said the firm was sound.')), ['Tom Hart/person: Tom Hart']);
  });

  it('reads a union named by one word as a body where the article says what it is', () => {
    assert.deepEqual(summary(entitiesOf('Unison said its members would strike. A spokesman for Unison said the offer was poor.')), ['Unison/organization: Unison, Unison']);
    assert.deepEqual(summary(entitiesOf('The health union Unison said the offer was an insult.')), ['Unison/organization: Unison']);
  });
});
