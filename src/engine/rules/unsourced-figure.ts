// unsourced-figure: a number a reader would want sourced, with no source in its sentence.

import type { Finding } from '../model';
import { clamp, excerpt, ITEMS_PER_STEP, KeptFindings, type Rule } from './rule';

/** The last run's findings, by figure (see KeptFindings): a message reads the figure's text alone. */
const kept = new KeptFindings();

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
    const { severity, textLength: length } = report;
    kept.begin();
    for (let index = 0; index < figures.length; index++) {
      if (index % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
      const figure = figures[index];
      if (figure.sourced) continue;
      const { text } = figure;
      const message = kept.message(index, text, null);
      if (message !== undefined) {
        // the same figure where it stood: the same finding (no related locations)
        const finding = kept.findings[index] as Finding;
        const start = clamp(figure.start, 0, length);
        if (finding.severity === severity && finding.start === start && finding.end === clamp(figure.end, start, length)) {
          report.again(finding);
          continue;
        }
      }
      const finding = report({
        start: figure.start,
        end: figure.end,
        message: message ?? `Figure ${excerpt(text)} has no source in its sentence: say where it comes from, e.g. “…, according to the ministry.”`,
        subject: { type: 'figure', index },
      });
      kept.keep(index, finding, text, null);
    }
    kept.end(figures.length);
  },
};
