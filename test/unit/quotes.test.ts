import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { DocumentFormat, Quote } from '../../src/engine/model';

function quotesOf(text: string, format: DocumentFormat = 'plaintext'): Quote[] {
  return analyze(text, { format }).quotes;
}

/** [text, closed, continues, kind] of each quote. */
function summary(text: string, format: DocumentFormat = 'plaintext'): [string, boolean, number | null, string][] {
  return quotesOf(text, format).map((q) => [text.slice(q.start, q.end), q.closed, q.continues, q.kind]);
}

describe('quotes', () => {
  it('finds curly, straight, guillemet and low-high quotations with exact spans', () => {
    const text = 'He said “we will rebuild.” She said "not yet." A visitor said «bonjour». Another said „guten Tag“.';
    const quotes = quotesOf(text);
    assert.deepEqual(
      quotes.map((q) => [q.start, q.end, q.text]),
      [
        [text.indexOf('“'), text.indexOf('”') + 1, '“we will rebuild.”'],
        [text.indexOf('"'), text.lastIndexOf('"') + 1, '"not yet."'],
        [text.indexOf('«'), text.indexOf('»') + 1, '«bonjour»'],
        [text.indexOf('„'), text.indexOf('“', text.indexOf('„')) + 1, '„guten Tag“'],
      ],
    );
    assert.ok(quotes.every((q) => q.closed));
  });

  it('keeps single quotes nested inside a double quotation as part of it', () => {
    const text = '“She called it ‘a fair deal’ and '+"'a start'"+' today,” the mayor said.';
    assert.deepEqual(summary(text), [[text.slice(0, text.indexOf('” ') + 1), true, null, 'quotation']]);
  });

  it('does not read apostrophes as quotation marks', () => {
    const text = '“Kim’s plan for the ’90s was rock ’n’ roll, the Joneses’ house and can’t-miss radio,” he said.';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].end, text.indexOf('” he') + 1);
    assert.equal(quotesOf('Kim’s plan for the ’90s: rock ’n’ roll at the Jones’ house.').length, 0);
  });

  it('pairs straight quotes within a paragraph so a stray mark stays in its paragraph', () => {
    const text = 'The mayor said "the bridge is safe.\n\nOfficials said "it will reopen" on Monday.';
    assert.deepEqual(summary(text), [
      ['"the bridge is safe.', false, null, 'quotation'],
      ['"it will reopen"', true, null, 'quotation'],
    ]);
  });

  it('reports a quotation left open at the end of its paragraph as unclosed', () => {
    const text = 'The mayor said, “We will rebuild the bridge.\n\nThe council met later.';
    const [quote] = quotesOf(text);
    assert.equal(quote.closed, false);
    assert.equal(quote.start, text.indexOf('“'));
    assert.equal(quote.end, text.indexOf('bridge.') + 'bridge.'.length);
  });

  it('treats a new opening mark inside an open quotation as the odd one out', () => {
    const text = '“We tried, she said. “Then we won.”';
    assert.deepEqual(summary(text), [
      ['“We tried, she said.', false, null, 'quotation'],
      ['“Then we won.”', true, null, 'quotation'],
    ]);
  });

  it('keeps a quote within the quote in the same marks as part of it when the next two marks both close', () => {
    const curly = '“He looked at me and said “I am done” and walked out,” Ruiz said.';
    assert.deepEqual(summary(curly), [[curly.slice(0, curly.indexOf('” Ruiz') + 1), true, null, 'quotation']]);
    const straight = '"He looked at me and said "I am done" and walked out," Ruiz said.';
    assert.deepEqual(summary(straight), [[straight.slice(0, straight.indexOf('" Ruiz') + 1), true, null, 'quotation']]);
    assert.equal(analyze(curly).quotes[0].speaker?.text, 'Ruiz');
    // one closing mark only: the first quotation was never closed
    const odd = '“We tried, and “reform” failed. Nobody listened.';
    assert.deepEqual(summary(odd).map((q) => q[1]), [false, true]);
  });

  it('continues a quotation that reopens in the next paragraph, one piece per paragraph', () => {
    const text = '“We will rebuild the bridge,” the mayor said. “It will take two years.\n\n“Then the ferry stops.”\n\nThe council met.';
    assert.deepEqual(summary(text), [
      ['“We will rebuild the bridge,”', true, null, 'quotation'],
      ['“It will take two years.', true, 0, 'quotation'],
      ['“Then the ferry stops.”', true, 1, 'quotation'],
    ]);
  });

  it('ignores quotation marks inside code, front matter and link targets', () => {
    const text = '---\ntitle: "Bridge"\n---\n\nSee `say("x")` and [the plan](https://example.org/"a") here.\n\n```\n"code"\n```\n';
    assert.equal(quotesOf(text, 'markdown').length, 0);
  });

  it('tells titles and scare quotes apart from quotations', () => {
    const text =
      'The senator appeared on “Meet the Press” on Sunday to defend the so-called “reforms” of the tax code.';
    assert.deepEqual(
      summary(text).map(([t, , , kind]) => [t, kind]),
      [
        ['“Meet the Press”', 'title'],
        ['“reforms”', 'scare'],
      ],
    );
  });

  it('reads a nickname between given name and surname as no quotation, even where a cue follows', () => {
    const text = 'State Sen. Ana “Annie” Soto told the crowd the bill would pass. Her brother, Luis "Big Lou" Soto, said he agreed.';
    assert.deepEqual(
      summary(text).map(([t, , , kind]) => [t, kind]),
      [
        ['“Annie”', 'scare'],
        ['"Big Lou"', 'scare'],
      ],
    );
  });

  it('reads a nickname after an initial, a nickname or show after its cue, a name “known as” and words as words (“the phrase …”) as no quotation', () => {
    const text =
      'In a tradition he has kept for years, Rep. Dana C. "Dee" Whitlock opened her yard. ' +
      'Kelso taunted his rival with the nickname "Lazy Lou." She was a guest on Channel Nine’s "Morning Desk." ' +
      'The tax is what has become known as the "Ode rule" after Ana Ode complained about it. ' +
      'Ruiz has used the phrase "tax relief" often, and criticised Ode for not saying it.';
    assert.deepEqual(summary(text).map(([t, , , kind]) => [t, kind]), [
      ['"Dee"', 'scare'],
      ['"Lazy Lou."', 'title'],
      ['"Morning Desk."', 'title'],
      ['"Ode rule"', 'scare'],
      ['"tax relief"', 'scare'],
    ]);
  });

  it('opens a single quote before a word that starts with n, though ’n’ alone is an apostrophe', () => {
    const text = "'Nobody came,' said Maya Okafor. ‘No, I was not nervous.’ 'Now we wait.' It was rock 'n' roll and fish 'n chips.";
    assert.deepEqual(summary(text).map(([quote]) => quote), ["'Nobody came,'", '‘No, I was not nervous.’', "'Now we wait.'"]);
  });

  it('runs a single-quoted quotation on into the next paragraph that reopens it, and leaves a lone mark an apostrophe otherwise', () => {
    const text = "'We lost the roof,' said the fire chief. 'Then the water came.\n\n'By midnight we had pulled people out.'\n\nShe went to the Jones' house. 'Yes,' she said.";
    assert.deepEqual(summary(text).map(([quote, closed, continues]) => [quote, closed, continues]), [
      ["'We lost the roof,'", true, null],
      ["'Then the water came.", true, null],
      ["'By midnight we had pulled people out.'", true, 1],
      ["'Yes,'", true, null],
    ]);
    assert.deepEqual(summary("She said 'we will see.\n\nNothing else was said.").length, 0);
  });

  it('takes a title-case phrase after a plural work noun for a title', () => {
    assert.deepEqual(summary('The best known of his albums, “Gem City Nights,” sold well. Among her films, “Blue River” stands out.').map(([quote, , , kind]) => [quote, kind]), [
      ['“Gem City Nights,”', 'title'],
      ['“Blue River”', 'title'],
    ]);
  });

  it('finds a single-quoted quotation with a double-quoted one inside it', () => {
    const text = "'I told my wife, \"She's going to win this.\"' he said. He added: 'I said, \"Go.\" Then I left.' The Jones' house was called \"Hill View\".";
    assert.deepEqual(summary(text).map(([quote, , , kind]) => [quote, kind]), [
      ["'I told my wife, \"She's going to win this.\"'", 'quotation'],
      ["'I said, \"Go.\" Then I left.'", 'quotation'],
      ['"Hill View"', 'title'],
    ]);
  });

  it('reads a plural’s apostrophe inside a single-quoted quotation as no close', () => {
    const text = "'Savers' money is safe,' said Rachel Moss. ‘The players’ union will not budge.’ He called them 'the savers' and 'the strivers'. She called it 'a loss for savers' in a speech.";
    assert.deepEqual(summary(text).map(([quote]) => quote), ["'Savers' money is safe,'", '‘The players’ union will not budge.’', "'the savers'", "'the strivers'", "'a loss for savers'"]);
  });

  it('finds British straight single quotes and old wire copy’s doubled apostrophes, apostrophes left alone', () => {
    const british = "'I was there,' said one witness. 'It was chaos.' In the '90s the Jones' house hosted rock 'n' roll.";
    assert.deepEqual(summary(british), [
      ["'I was there,'", true, null, 'quotation'],
      ["'It was chaos.'", true, 0, 'quotation'],
    ]);
    const wire = "''This isn't reform,'' said Ana Ode. The plan is known as the ''Ode rule'' in the capital.";
    assert.deepEqual(summary(wire).map(([t, closed, , kind]) => [t, closed, kind]), [
      ["''This isn't reform,''", true, 'quotation'],
      ["''Ode rule''", true, 'scare'],
    ]);
  });

  it('reads an attribute value of markup pasted into the copy as nobody’s words', () => {
    const text = 'The mayor posted twice. <post id="7781234" author="anaruiz" said="yes">Rebuild now.</post>';
    assert.deepEqual(summary(text).map(([t, , , kind]) => [t, kind]), [
      ['"7781234"', 'scare'],
      ['"anaruiz"', 'scare'],
      ['"yes"', 'scare'],
    ]);
    assert.deepEqual(analyze(text).findings.filter((f) => f.code === 'unattributed-quote'), []);
  });

  it('keeps a short phrase a quotation when the sentence credits it', () => {
    const text = 'The senator called the plan “a disaster” on Sunday.';
    assert.deepEqual(summary(text).map(([t, , , kind]) => [t, kind]), [['“a disaster”', 'quotation']]);
  });

  it('never throws on odd inputs', () => {
    const odd = ['', '"', '“', '”', '""', '“”', '"\n\n"', '«', '„', '‘’', "'", '"a" "b', '“a\r\n\r\n“b', '”word”', '\uFEFF“x”'];
    for (const text of odd) {
      for (const format of ['plaintext', 'markdown', 'news'] as const) {
        const analysis = analyze(text, { format });
        for (const q of analysis.quotes) {
          assert.ok(q.start >= 0 && q.start < q.end && q.end <= text.length, `${JSON.stringify(text)}: bad span`);
          assert.equal(q.text, text.slice(q.start, q.end));
        }
      }
    }
  });
});
