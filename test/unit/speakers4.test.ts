import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

/** Each quotation's status and the name of its speaker, in order. */
function speakers(text: string): [string, string | null][] {
  return analyze(text, { format: 'markdown' }).quotes.filter((q) => q.kind === 'quotation').map((q) => [q.status, q.speaker?.name ?? null]);
}

describe('speakers (4)', () => {
  it('words put to a listener by a passive cue with no agent are nobody’s the context could supply', () => {
    const opening = 'Tom Reed opened the case for the prosecution. “We will prove it,” Reed said.';
    assert.deepEqual(speakers(`${opening} Jurors were told: “You will hear from the defendant.”`), [['attributed', 'Tom Reed'], ['unattributed', null]]);
    assert.deepEqual(speakers(`${opening} “You will hear from the defendant,” jurors were told.`), [['attributed', 'Tom Reed'], ['unattributed', null]]);
    assert.deepEqual(speakers(`${opening} The jury was shown a message: “Meet me at six.”`), [['attributed', 'Tom Reed'], ['unattributed', null]]);
    // with its agent, the words are the agent's
    assert.deepEqual(speakers(`${opening} Jurors were told by Reed: “You will hear from the defendant.”`), [['attributed', 'Tom Reed'], ['attributed', 'Tom Reed']]);
    // an active verb of saying before the colon still credits its subject
    assert.deepEqual(speakers(`${opening} Reed told jurors: “You will hear from the defendant.”`), [['attributed', 'Tom Reed'], ['attributed', 'Tom Reed']]);
  });

  it('a surname that is also a word, opening a sentence, is the person the article named with it', () => {
    const a = analyze('Ann Hill opened the case for the prosecution. Hill told jurors the evidence was clear.', { format: 'markdown' });
    assert.deepEqual(a.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Ann Hill', ['Ann Hill', 'Hill']]]);
    assert.deepEqual(speakers('Tom Reed opened the case. Reed told jurors: “You will hear from the defendant.”'), [['attributed', 'Tom Reed']]);
  });

  it('“the detective” is the one person given a formal title with that word in it, not only at its end', () => {
    const opening = 'Detective Inspector Jane Hill led the inquiry. Officers searched the house for two days.\n\n';
    assert.deepEqual(speakers(`${opening}“We followed every lead,” the detective said.`), [['attributed', 'Jane Hill']]);
    assert.deepEqual(speakers(`${opening}“We followed every lead,” the inspector said.`), [['attributed', 'Jane Hill']]);
    // two detectives: "the detective" could be either, and stays as written
    const two = 'Detective Sergeant Tom Ode and Detective Inspector Jane Hill led the inquiry.\n\n“We followed every lead,” the detective said.';
    assert.deepEqual(speakers(two), [['attributed', 'the detective']]);
  });

  it('“Those who know her said” is an unnamed source, the clause saying who they are', () => {
    const a = analyze('Amy Stone, a teacher, lives nearby. Those who know her said she was “fiercely private”.', { format: 'markdown' });
    assert.deepEqual(a.quotes.map((q) => [q.status, q.speaker?.text ?? null, q.cue?.text ?? null]), [['anonymous', 'Those who know her', 'said']]);
    assert.deepEqual(speakers('Those who worked with him say: “He never took a day off.”'), [['anonymous', 'Those who worked with him']]);
  });

  it('a relative clause asking not to be named is no statement: the verb after it is the cue', () => {
    const cues = (text: string) => analyze(text, { format: 'markdown' }).quotes.map((q) => [q.status, q.speaker?.text ?? null, q.cue?.text ?? null]);
    assert.deepEqual(cues('“The talks are stuck,” an official who asked not to be named told Reuters.'), [['anonymous', 'an official', 'told']]);
    assert.deepEqual(cues('A diplomat who asked not to be identified told the BBC: “The talks are stuck.”'), [['anonymous', 'A diplomat', 'told']]);
  });

  it('a subject with a relative clause that ends in a verb or an adverb is the noun the clause hangs on', () => {
    assert.deepEqual(speakers('An aide who was not authorised to speak publicly said: “The talks are stuck.”'), [['anonymous', 'An aide']]);
    assert.deepEqual(speakers('“It was awful,” a man who saw it happen said.'), [['anonymous', 'a man']]);
  });

  it('“she” after a surname two people share is the one of her sex', () => {
    const story = (opening: string) => `${opening} run a dairy farm near Hexham.\n\n“It has been a hard year,” Brooke said.\n\n“We nearly sold,” she says.`;
    // a surname that is also a first name ("Brooke") says nothing of the sex of the man it names
    assert.deepEqual(speakers(story('John Brooke and his wife, Helen Brooke,')), [['attributed', 'John Brooke'], ['attributed', 'Helen Brooke']]);
    // "Mark … and his wife": the possessive after the name is his
    assert.deepEqual(speakers(story('Mark Brooke and his wife, Helen Brooke,')), [['attributed', 'Mark Brooke'], ['attributed', 'Helen Brooke']]);
    // and with nothing said of his sex, the surname for "she" is hers
    assert.deepEqual(speakers(story('Mark Brooke and Helen Brooke')), [['attributed', 'Mark Brooke'], ['attributed', 'Helen Brooke']]);
  });

  it('“For Amara Obi, the answer is simple: “…”” is the view of the one the opening “for” names', () => {
    assert.deepEqual(speakers('For Amara Obi, the answer is simple: “Build more homes.”'), [['attributed', 'Amara Obi']]);
    assert.deepEqual(speakers('Amara Obi runs a housing charity. For her, the lesson is clear: “Build more homes.”'), [['attributed', 'Amara Obi']]);
    // whatever the subject of the clause the colon closes
    assert.deepEqual(speakers('Joe Barton manages the club. For Barton, the message is simple: “Win the game.”'), [['attributed', 'Joe Barton']]);
    // a time is nobody
    assert.deepEqual(speakers('For years, the answer was simple: “Build more homes.”'), [['unattributed', null]]);
  });

  it('an action beat whose present-tense verb the tagger reads as a plural noun (“Adebayo pauses.”) still credits the quote after it', () => {
    const opening = 'Grace Adebayo leads a string quartet.\n\n';
    assert.deepEqual(speakers(`${opening}Asked what comes next, Adebayo pauses. “More teaching, I hope.”`), [['attributed', 'Grace Adebayo']]);
    // a thing that acts is no beat
    assert.deepEqual(speakers(`${opening}The hall empties. “More teaching, I hope.”`), [['unattributed', null]]);
  });

  it('“he” after “Tom Ode met a nurse” is Ode: only someone the writer met is an unnamed speaker a pronoun stands for', () => {
    assert.deepEqual(speakers('Tom Ode met a nurse who worked there. “It was awful,” he said.'), [['attributed', 'Tom Ode']]);
    assert.deepEqual(speakers('Tom Ode runs the ward. I met a nurse who worked there. “It was awful,” he said.'), [['anonymous', 'a nurse']]);
  });
});
