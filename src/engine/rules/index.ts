// Stage 8: findings. Each rule is a module in this folder (see rule.ts); this runner knows no
// single rule. It applies the severity settings (a rule set to `off` does not run), stamps
// each report with its rule's code and severity, keeps ranges inside the text, and sorts
// the findings by where they start.

import type { Context } from '../context';
import { runToEnd } from '../slicing';
import type { Finding, RelatedLocation, RuleCode, Severity, SeveritySetting } from '../model';
import { anonymousSource } from './anonymous-source';
import { clamp, type Report, type Reporter, type Rule, type RuleInfo } from './rule';
import { unattributedQuote } from './unattributed-quote';
import { unclosedQuote } from './unclosed-quote';
import { unsourcedFigure } from './unsourced-figure';

export type { Report, Reporter, Rule, RuleInfo } from './rule';

/** Every rule, in the order the documentation lists them. */
export const RULES: readonly Rule[] = [unattributedQuote, unsourcedFigure, anonymousSource, unclosedQuote];

/** The rule table without the checks: code, default severity, title, explanation, examples. */
export const RULE_TABLE: readonly RuleInfo[] = RULES.map(
  ({ code, defaultSeverity, title, explanation, bad, good }) => ({ code, defaultSeverity, title, explanation, bad, good }),
);

/** The documentation of one rule, or undefined for an unknown code. */
export function ruleInfo(code: string): RuleInfo | undefined {
  return RULE_TABLE.find((rule) => rule.code === code);
}

export function isRuleCode(code: string): code is RuleCode {
  return RULES.some((rule) => rule.code === code);
}

/** The severity a rule runs at under the given settings, or 'off'. */
export function effectiveSeverity(
  rule: Pick<RuleInfo, 'code' | 'defaultSeverity'>,
  severities: Partial<Record<RuleCode, SeveritySetting>>,
): SeveritySetting {
  return severities[rule.code] ?? rule.defaultSeverity;
}

const RULE_ORDER = new Map(RULES.map((rule, i) => [rule.code, i]));

/** Runs every rule in one go (tests, and callers that do not slice). */
export function runRules(ctx: Context): Finding[] {
  return runToEnd(runRuleSteps(ctx));
}

/**
 * The rules as a pipeline step: pauses after each rule and before the final sort, so that
 * the findings of a long document never hold the editor in one piece.
 */
export function* runRuleSteps(ctx: Context): Generator<void, Finding[]> {
  const findings: Finding[] = [];
  const length = ctx.text.length;
  for (const rule of RULES) {
    const setting = effectiveSeverity(rule, ctx.options.severities);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const { code } = rule;
    const make = (r: Report): Finding => {
      const start = clamp(r.start, 0, length);
      const finding: Finding = { code, severity, message: r.message, start, end: clamp(r.end, start, length), related: clampedRelated(r.related, length), subject: r.subject };
      findings.push(finding);
      return finding;
    };
    const report: Reporter = Object.assign(make, { severity, textLength: length, again: (finding: Finding) => void findings.push(finding) });
    try {
      const steps = rule.check(ctx, report);
      if (steps) for (let step = steps.next(); !step.done; step = steps.next()) yield;
    } catch {
      // The engine never throws: a failing rule stops where it failed; the others still run.
    }
    yield;
  }
  return findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || (RULE_ORDER.get(a.code) ?? 0) - (RULE_ORDER.get(b.code) ?? 0),
  );
}

/**
 * The related locations inside the text: each a copy, as a rule may hand the same location
 * to several findings (written out, not spread: a finding is made for every flagged item on
 * every keystroke, and every RelatedLocation is {start, end, message}).
 */
function clampedRelated(related: readonly RelatedLocation[] | undefined, length: number): RelatedLocation[] {
  if (!related || related.length === 0) return [];
  const out: RelatedLocation[] = new Array(related.length);
  for (let k = 0; k < related.length; k++) {
    const l = related[k];
    const start = clamp(l.start, 0, length);
    out[k] = { start, end: clamp(l.end, start, length), message: l.message };
  }
  return out;
}
