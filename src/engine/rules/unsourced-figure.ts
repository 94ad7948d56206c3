// unsourced-figure: a number a reader would want sourced, with no source in its sentence.

import { excerpt, ITEMS_PER_STEP, type Rule } from './rule';

export const unsourcedFigure: Rule = {
  code: 'unsourced-figure',
  defaultSeverity: 'warning',
  title: 'Figure with no source',
  explanation:
    'Percentages, sums of money, counts of people or things, rates and measurements are ' +
    'facts a reader may want to check, so the sentence that gives one should say where it ' +
    'comes from: a ministry, a report, a survey, a named expert. This rule flags a figure ' +
    'when its sentence credits no source ("according to the ministry", "data from …", ' +
    '"the company said"). Years, dates, times, ages, ordinals, numbers that are part of a ' +
    'name (G7) and numbers inside a quotation (the speaker is the source) are not flagged.',
  bad: 'Unemployment in the region rose to 8.5% last year.',
  good: 'Unemployment in the region rose to 8.5% last year, according to the national statistics office.',
  *check(ctx, report) {
    const { figures } = ctx.analysis;
    for (let index = 0; index < figures.length; index++) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const figure = figures[index];
      if (figure.sourced) continue;
      report({
        start: figure.start,
        end: figure.end,
        message:
          `Figure ${excerpt(figure.text)} has no source in its sentence: ` +
          'say where it comes from, e.g. “…, according to the ministry.”',
        subject: { type: 'figure', index },
      });
    }
  },
};
