// The palette commands: check one article or the whole workspace now, explain a rule,
// hide a false positive, turn a rule off, show the log. Each returns what it found, so
// that tests (and other extensions) can assert on it.

import * as vscode from 'vscode';
import type { Finding, RuleCode } from '../engine/model';
import { DiagnosticsPublisher, ruleCodeOf } from './diagnostics';
import { guardAsync, log, showLog } from './log';
import { RULES, readSettings } from './settings';
import { AnalysisStore, isExcluded } from './store';
import { Suppressions, sentenceAt } from './suppressions';

export interface CheckSummary {
  /** The article checked (workspace-relative path). */
  file: string;
  counts: Record<RuleCode, number>;
  total: number;
  /** The notification text. */
  message: string;
}

export interface WorkspaceSummary {
  /** Articles checked. */
  files: number;
  /** Articles with at least one finding. */
  filesWithFindings: number;
  /** Articles skipped for being over newsdesk.maxFileSize or unreadable. */
  skipped: number;
  counts: Record<RuleCode, number>;
  total: number;
  cancelled: boolean;
  message: string;
}

const NAMES: Record<RuleCode, [string, string]> = {
  'unattributed-quote': ['unattributed quote', 'unattributed quotes'],
  'unsourced-figure': ['unsourced figure', 'unsourced figures'],
  'anonymous-source': ['anonymous source', 'anonymous sources'],
  'unclosed-quote': ['unclosed quotation mark', 'unclosed quotation marks'],
};

export function emptyCounts(): Record<RuleCode, number> {
  return { 'unattributed-quote': 0, 'unsourced-figure': 0, 'anonymous-source': 0, 'unclosed-quote': 0 };
}

export function countFindings(findings: readonly Finding[], into = emptyCounts()): Record<RuleCode, number> {
  for (const finding of findings) into[finding.code] = (into[finding.code] ?? 0) + 1;
  return into;
}

/** "3 unattributed quotes, 2 unsourced figures, 1 anonymous source", or "" when there are none. */
export function describeCounts(counts: Record<RuleCode, number>): string {
  return RULES.filter((rule) => counts[rule] > 0)
    .map((rule) => `${counts[rule]} ${NAMES[rule][counts[rule] === 1 ? 0 : 1]}`)
    .join(', ');
}

const OPEN_PROBLEMS = 'Open Problems';

function announce(message: string, withProblems: boolean): void {
  // Not awaited: the command returns its summary while the notification stays up.
  const shown = withProblems ? vscode.window.showInformationMessage(message, OPEN_PROBLEMS) : vscode.window.showInformationMessage(message);
  void Promise.resolve(shown).then(
    (choice) => {
      if (choice === OPEN_PROBLEMS) void vscode.commands.executeCommand('workbench.actions.view.problems');
    },
    () => undefined,
  );
}

/** Links in diagnostics and "Explain" actions open the rule's explanation through this command. */
const links = new Map<RuleCode, vscode.Uri>();

/** The link of a finding's code (one Uri per rule: every diagnostic of a long article has one). */
export function explanationLink(rule: RuleCode): vscode.Uri {
  let link = links.get(rule);
  if (!link) {
    link = vscode.Uri.parse(`command:newsdesk.explainRule?${encodeURIComponent(JSON.stringify([rule]))}`);
    links.set(rule, link);
  }
  return link;
}

// ---------------------------------------------------------------------------------------
// Explanations: the engine's rule table (the same text the README and the CLI use), shown
// as a Markdown preview of a read-only virtual document.

const EXPLAIN_SCHEME = 'newsdesk-rule';

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

async function explanationMarkdown(rule: RuleCode): Promise<string> {
  const { ruleInfo } = await import('../engine/rules');
  const info = ruleInfo(rule);
  const lines = [`# ${escapeMarkdown(info?.title ?? rule)}`, '', `\`${rule}\` · default severity: ${info?.defaultSeverity ?? 'warning'}`, ''];
  if (info) {
    lines.push(escapeMarkdown(info.explanation), '', '**Flagged:**', '', `> ${escapeMarkdown(info.bad)}`, '', '**Fine:**', '', `> ${escapeMarkdown(info.good)}`, '');
  }
  lines.push(
    '## Changing or silencing it',
    '',
    `- Set \`"newsdesk.severity": { "${rule}": "off" }\` (or \`error\`, \`warning\`, \`information\`, \`hint\`) in your settings.`,
    '- In Markdown and `.news` articles, put `<!-- newsdesk-ignore-next-line -->` on the line above the finding, or wrap a passage in `<!-- newsdesk-disable -->` … `<!-- newsdesk-enable -->`.',
    '- The quick fix “Hide this false positive” records the sentence in `.newsdesk.json` at the root of the workspace folder; commit that file so your desk shares it.',
    '',
  );
  return lines.join('\n');
}

class ExplanationProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const rule = uri.path.replace(/^\//, '').replace(/\.md$/, '') as RuleCode;
    return guardAsync('explaining a rule', () => explanationMarkdown(rule), `# ${rule}\n\nNo explanation is available.`);
  }
}

async function pickRule(placeHolder: string): Promise<RuleCode | undefined> {
  const { ruleInfo } = await import('../engine/rules');
  const pick = await vscode.window.showQuickPick(
    RULES.map((rule) => ({ label: rule, description: ruleInfo(rule)?.title ?? '', rule })),
    { placeHolder },
  );
  return pick?.rule;
}

function isRule(value: unknown): value is RuleCode {
  return typeof value === 'string' && (RULES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------

interface Services {
  store: AnalysisStore;
  diagnostics: DiagnosticsPublisher;
  suppressions: Suppressions;
}

export function registerCommands(context: vscode.ExtensionContext, services: Services): void {
  const commands = new NewsdeskCommands(services);
  const register = (id: string, fn: (...args: unknown[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => guardAsync(`running ${id}`, () => fn(...args), undefined)));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, new ExplanationProvider()));
  register('newsdesk.checkAttributions', (uri) => commands.checkAttributions(uri instanceof vscode.Uri ? uri : undefined));
  register('newsdesk.checkWorkspace', () => commands.checkWorkspace());
  register('newsdesk.explainRule', (rule) => commands.explainRule(rule));
  register('newsdesk.showOutput', () => showLog());
  register('newsdesk.hideFinding', (uri, rule, sentence) => commands.hideFinding(uri, rule, sentence));
  register('newsdesk.turnOffRule', (rule, uri) => commands.turnOffRule(rule, uri));
}

class NewsdeskCommands {
  constructor(private readonly services: Services) {}

  /** Checks one article now, whatever `newsdesk.run` says, and summarises what it found. */
  async checkAttributions(uri?: vscode.Uri): Promise<CheckSummary | undefined> {
    const { store, diagnostics } = this.services;
    const editor = vscode.window.activeTextEditor;
    const document = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document || !store.isSupported(document)) {
      void vscode.window.showInformationMessage(
        'Newsdesk: open an article (a .news, Markdown or plain-text file listed in newsdesk.languages) to check its attributions.',
      );
      return undefined;
    }
    const file = vscode.workspace.asRelativePath(document.uri);
    if (store.isTooLarge(document)) {
      void vscode.window.showInformationMessage(`Newsdesk: ${file} is longer than newsdesk.maxFileSize, so it is not checked.`);
      return undefined;
    }
    let findings: Finding[] | undefined;
    // A check is dropped when the text changes under it; try again on the new version.
    for (let attempt = 0; attempt < 5 && findings === undefined && !document.isClosed; attempt++) {
      findings = await diagnostics.refresh(document);
    }
    if (!findings) return undefined;
    const counts = countFindings(findings);
    const described = describeCounts(counts);
    const message = described ? `Newsdesk: ${described} in ${file}.` : `Newsdesk: no problems found in ${file}.`;
    announce(message, findings.length > 0);
    log(message);
    await guardAsync('revealing the outline', () => vscode.commands.executeCommand('newsdesk.outline.focus'), undefined);
    return { file, counts, total: findings.length, message };
  }

  /** Checks every supported file in the workspace without opening editors. */
  async checkWorkspace(): Promise<WorkspaceSummary> {
    const settings = readSettings();
    const extensions = languageExtensions(settings.languages);
    const summary: WorkspaceSummary = { files: 0, filesWithFindings: 0, skipped: 0, counts: emptyCounts(), total: 0, cancelled: false, message: '' };
    if (!vscode.workspace.workspaceFolders?.length || extensions.size === 0) {
      summary.message = 'Newsdesk: open a folder of articles to check the workspace.';
      void vscode.window.showInformationMessage(summary.message);
      return summary;
    }
    const include = `**/*.{${[...extensions.keys()].map((e) => e.slice(1)).join(',')}}`;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Newsdesk: checking articles', cancellable: true },
      async (progress, token) => {
        const found = await vscode.workspace.findFiles(include, undefined, undefined, token);
        const files = found
          .filter((uri) => !isExcluded(uri, readSettings(uri).exclude) && extensions.has(extensionOf(uri)))
          .sort((a, b) => a.toString().localeCompare(b.toString()));
        for (const [index, uri] of files.entries()) {
          if (token.isCancellationRequested) {
            summary.cancelled = true;
            break;
          }
          progress.report({ message: `${index + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
          const findings = await this.checkFile(uri, extensions.get(extensionOf(uri)) ?? 'plaintext');
          if (findings === undefined) {
            summary.skipped++;
            continue;
          }
          summary.files++;
          if (findings.length > 0) summary.filesWithFindings++;
          countFindings(findings, summary.counts);
          summary.total += findings.length;
          // Let the cancel button and the editor breathe between articles.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        if (token.isCancellationRequested) summary.cancelled = true;
      },
    );
    const articles = `${summary.files} ${summary.files === 1 ? 'article' : 'articles'}`;
    const described = describeCounts(summary.counts);
    summary.message =
      (summary.cancelled ? `Newsdesk: stopped after ${articles}` : `Newsdesk: checked ${articles}`) +
      (described ? `: ${described}.` : ': no problems found.') +
      (summary.skipped ? ` Skipped ${summary.skipped} (too large or unreadable).` : '');
    announce(summary.message, summary.total > 0);
    log(summary.message);
    return summary;
  }

  /** One file of the workspace check: its open editor's text if open, else the file read through vscode.workspace.fs. */
  private async checkFile(uri: vscode.Uri, languageId: string): Promise<Finding[] | undefined> {
    const { store, diagnostics } = this.services;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      if (!store.isSupported(open) || store.isTooLarge(open)) return undefined;
      return diagnostics.refresh(open);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      log(`Could not read ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length > readSettings(uri).maxFileSize) return undefined;
    return diagnostics.publishText(uri, text, languageId);
  }

  /** Opens a rule's explanation (asks which rule when none is given). Returns the rule shown. */
  async explainRule(rule: unknown): Promise<RuleCode | undefined> {
    const code = isRule(rule) ? rule : await pickRule('Which Newsdesk rule?');
    if (!code) return undefined;
    const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${code}.md` });
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // No Markdown preview (the built-in extension is disabled): show the source instead.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    }
    return code;
  }

  /** Records a finding as a false positive in .newsdesk.json. Without arguments: the finding under the cursor. */
  async hideFinding(uriArg: unknown, ruleArg: unknown, sentenceArg: unknown): Promise<vscode.Uri | undefined> {
    let uri = uriArg instanceof vscode.Uri ? uriArg : typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : undefined;
    let rule = isRule(ruleArg) ? ruleArg : undefined;
    let sentence = typeof sentenceArg === 'string' ? sentenceArg : undefined;
    if (!uri || !rule || sentence === undefined) {
      const editor = vscode.window.activeTextEditor;
      const here = editor && this.findingAtCursor(editor);
      if (!editor || !here) {
        void vscode.window.showInformationMessage('Newsdesk: put the cursor on a Newsdesk finding to hide it.');
        return undefined;
      }
      const analysis = await this.services.store.analyze(editor.document);
      if (!analysis) return undefined;
      uri = editor.document.uri;
      rule = here.rule;
      sentence = sentenceAt(editor.document.getText(), analysis, editor.document.offsetAt(here.diagnostic.range.start));
    }
    if (!vscode.workspace.getWorkspaceFolder(uri)) {
      void vscode.window.showInformationMessage('Newsdesk: hiding a finding needs the article to be in a workspace folder (the list is kept in .newsdesk.json).');
      return undefined;
    }
    const file = await this.services.suppressions.hide(uri, { rule, sentence });
    void vscode.window.showInformationMessage(`Newsdesk: hid this ${rule} finding; it is listed in ${vscode.workspace.asRelativePath(file)}.`);
    return file;
  }

  /** Sets newsdesk.severity.<rule> to off in the workspace settings (user settings when no folder is open). */
  async turnOffRule(ruleArg: unknown, uriArg: unknown): Promise<RuleCode | undefined> {
    const rule = isRule(ruleArg) ? ruleArg : await pickRule('Turn off which Newsdesk rule?');
    if (!rule) return undefined;
    const uri = uriArg instanceof vscode.Uri ? uriArg : undefined;
    const config = vscode.workspace.getConfiguration('newsdesk', uri);
    const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    const inspected = config.inspect<Record<string, string>>('severity');
    const previous = inWorkspace ? inspected?.workspaceValue : inspected?.globalValue;
    await config.update('severity', { ...(previous ?? {}), [rule]: 'off' }, target);
    const where = inWorkspace ? 'workspace' : 'user';
    void Promise.resolve(vscode.window.showInformationMessage(`Newsdesk: ${rule} is off in the ${where} settings (newsdesk.severity).`, 'Undo')).then(
      (choice) => {
        if (choice === 'Undo') void config.update('severity', previous, target);
      },
      () => undefined,
    );
    return rule;
  }

  private findingAtCursor(editor: vscode.TextEditor): { rule: RuleCode; diagnostic: vscode.Diagnostic } | undefined {
    const position = editor.selection.active;
    for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
      const rule = ruleCodeOf(diagnostic);
      if (rule && diagnostic.range.contains(position)) return { rule, diagnostic };
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// Which files the workspace check reads: the file extensions that VS Code's language
// contributions give each language in newsdesk.languages.

const KNOWN_EXTENSIONS: Record<string, string[]> = {
  news: ['.news'],
  markdown: ['.md', '.markdown', '.mdown', '.mkd'],
  plaintext: ['.txt'],
};

interface LanguageContribution {
  id?: unknown;
  extensions?: unknown;
}

/** Map from file extension (".md") to the language id it opens as. */
export function languageExtensions(languages: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const language of languages) for (const ext of KNOWN_EXTENSIONS[language] ?? []) map.set(ext, language);
  for (const extension of vscode.extensions.all) {
    const contributed = (extension.packageJSON as { contributes?: { languages?: LanguageContribution[] } } | undefined)?.contributes?.languages;
    if (!Array.isArray(contributed)) continue;
    for (const language of contributed) {
      if (typeof language.id !== 'string' || !languages.includes(language.id) || !Array.isArray(language.extensions)) continue;
      for (const ext of language.extensions) {
        if (typeof ext === 'string' && /^\.[\w.-]+$/.test(ext) && !map.has(ext.toLowerCase())) map.set(ext.toLowerCase(), language.id);
      }
    }
  }
  return map;
}

function extensionOf(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
