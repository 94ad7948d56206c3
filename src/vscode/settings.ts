// Newsdesk's settings, read and checked in one place. A value of the wrong shape (for
// example "newsdesk.delay": "x") is reported once with the setting's name, and the
// default applies, so a typo in settings.json never silently disables the extension.

import * as vscode from 'vscode';
import type { RuleCode, SeveritySetting } from '../engine/model';
import { notifyOnce } from './log';

export type RunMode = 'onType' | 'onSave' | 'manual';

export const RULES: readonly RuleCode[] = ['unattributed-quote', 'unsourced-figure', 'anonymous-source', 'unclosed-quote'];

export const DEFAULT_SEVERITIES: Readonly<Record<RuleCode, SeveritySetting>> = {
  'unattributed-quote': 'warning',
  'unsourced-figure': 'warning',
  'anonymous-source': 'information',
  'unclosed-quote': 'warning',
};

export interface Settings {
  languages: string[];
  exclude: string[];
  run: RunMode;
  delay: number;
  maxFileSize: number;
  severities: Record<RuleCode, SeveritySetting>;
  statusBar: boolean;
}

export const DEFAULTS: Readonly<Settings> = {
  languages: ['news', 'markdown', 'plaintext'],
  exclude: ['**/node_modules/**', '**/CHANGELOG.md', '**/LICENSE*'],
  run: 'onType',
  delay: 300,
  maxFileSize: 5_000_000,
  severities: { ...DEFAULT_SEVERITIES },
  statusBar: true,
};

const SEVERITY_VALUES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const RUN_VALUES: readonly RunMode[] = ['onType', 'onSave', 'manual'];

function invalid(setting: string, value: unknown, expected: string, fallback: unknown): void {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  if (shown.length > 60) shown = `${shown.slice(0, 57)}…`;
  notifyOnce(
    `setting:${setting}:${shown}`,
    `Newsdesk: the setting "${setting}" has an invalid value ${shown}; it must be ${expected}. Using ${JSON.stringify(fallback)} instead.`,
  );
}

function stringList(config: vscode.WorkspaceConfiguration, key: string, fallback: string[]): string[] {
  const value = config.get<unknown>(key, fallback);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  invalid(`newsdesk.${key}`, value, 'a list of strings', fallback);
  return fallback;
}

function numberIn(config: vscode.WorkspaceConfiguration, key: string, fallback: number, min: number, max: number): number {
  const value = config.get<unknown>(key, fallback);
  if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value;
  invalid(`newsdesk.${key}`, value, `a number from ${min} to ${max === Number.MAX_SAFE_INTEGER ? 'any size' : max}`, fallback);
  return fallback;
}

function severities(config: vscode.WorkspaceConfiguration): Record<RuleCode, SeveritySetting> {
  const result: Record<RuleCode, SeveritySetting> = { ...DEFAULT_SEVERITIES };
  const value = config.get<unknown>('severity', {});
  if (value === null || value === undefined) return result;
  if (typeof value !== 'object' || Array.isArray(value)) {
    invalid('newsdesk.severity', value, 'an object mapping each finding code to a severity', DEFAULT_SEVERITIES);
    return result;
  }
  for (const [code, level] of Object.entries(value as Record<string, unknown>)) {
    if (!(RULES as readonly string[]).includes(code)) {
      invalid(`newsdesk.severity.${code}`, level, `one of the finding codes ${RULES.join(', ')}`, 'nothing');
      continue;
    }
    if (typeof level === 'string' && (SEVERITY_VALUES as readonly string[]).includes(level)) {
      result[code as RuleCode] = level as SeveritySetting;
    } else {
      invalid(`newsdesk.severity.${code}`, level, SEVERITY_VALUES.join(', '), DEFAULT_SEVERITIES[code as RuleCode]);
    }
  }
  return result;
}

/** Reads and checks all Newsdesk settings for a resource (or the window). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration('newsdesk', scope);
  const run = config.get<unknown>('run', DEFAULTS.run);
  const statusBar = config.get<unknown>('statusBar', DEFAULTS.statusBar);
  const settings: Settings = {
    languages: stringList(config, 'languages', DEFAULTS.languages),
    exclude: stringList(config, 'exclude', DEFAULTS.exclude),
    run: (RUN_VALUES as readonly unknown[]).includes(run) ? (run as RunMode) : DEFAULTS.run,
    delay: numberIn(config, 'delay', DEFAULTS.delay, 0, 5000),
    maxFileSize: numberIn(config, 'maxFileSize', DEFAULTS.maxFileSize, 0, Number.MAX_SAFE_INTEGER),
    severities: severities(config),
    statusBar: typeof statusBar === 'boolean' ? statusBar : DEFAULTS.statusBar,
  };
  if (!(RUN_VALUES as readonly unknown[]).includes(run)) invalid('newsdesk.run', run, RUN_VALUES.join(', '), DEFAULTS.run);
  if (typeof statusBar !== 'boolean') invalid('newsdesk.statusBar', statusBar, 'true or false', DEFAULTS.statusBar);
  return settings;
}

/** Whether a configuration change touches Newsdesk at all. */
export function affectsNewsdesk(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('newsdesk');
}

// ---------------------------------------------------------------------------------------
// newsdesk.exclude: a small glob matcher (`**`, `*`, `?`, `{a,b}`, `[abc]`) over the
// workspace-relative path with forward slashes, the way files.exclude patterns read.

const globCache = new Map<string, RegExp>();

function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${glob.slice(i + 1, close).split(',').map(globSource).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body}]`;
      i = close;
    } else {
      out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    re = new RegExp(`^${globSource(glob.replace(/\\/g, '/').replace(/^\.\//, ''))}$`);
    globCache.set(glob, re);
  }
  return re;
}

/** Whether a workspace-relative path (or absolute path outside any folder) matches one of the globs. */
export function matchesAny(path: string, globs: readonly string[]): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\/+/, '');
  return globs.some((glob) => {
    try {
      return globToRegExp(glob).test(normalized);
    } catch {
      return false;
    }
  });
}
