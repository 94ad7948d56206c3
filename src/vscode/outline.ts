// The "Article" outline in the Newsdesk sidebar: the active article's people, places,
// organisations, quotes and claims, each item a click away from its place in the text.
// It follows the active editor and redraws when the store publishes a new analysis.

import * as vscode from 'vscode';
import type { Analysis, Claim, Entity, EntityType, Figure, Quote, Source, Span } from '../engine/model';
import { oneLine, plainLabel } from './escape';
import { ENTITY_ICON, FIGURE_LABEL, claimCard, entityCard, figureCard, quoteCard } from './hover';
import { ruleCodeOf } from './diagnostics';
import { analysisFor } from './highlights';
import { guard, guardAsync } from './log';
import { REVEAL_COMMAND, revealCommand } from './reveal';
import type { AnalysisStore } from './store';

export const OUTLINE_VIEW = 'newsdesk.outline';
export const REFRESH_COMMAND = 'newsdesk.refreshOutline';
/** Hidden command for tests: the tree as plain JSON. */
export const SNAPSHOT_COMMAND = 'newsdesk.outline.snapshot';

type Subject =
  | { type: 'entity'; index: number }
  | { type: 'quote'; index: number }
  | { type: 'figure'; index: number }
  | { type: 'claim'; index: number };

/** One row of the outline. Labels and descriptions are plain text, already made safe. */
export interface OutlineNode {
  id?: string;
  label: string;
  description?: string;
  icon: vscode.ThemeIcon;
  /** What the row is about: its tooltip card and its place in the text. */
  subject?: Subject;
  span?: Span;
  children: OutlineNode[];
  /** A group's number of rows, known before its rows are built (they are built when first shown). */
  rows?: number;
}

/**
 * A group of more rows than this starts collapsed. VS Code asks for every row of an open
 * group whenever the outline changes (each check while the writer types): in a long
 * investigation, thousands of quotes and claims held the extension host for hundreds of
 * milliseconds per keystroke. The writer can open the group; VS Code keeps it open.
 */
export const OPEN_GROUP_ROWS = 200;

/** The tree as plain JSON, for tests and for anyone who wants to look at it. */
export interface OutlineSnapshotNode {
  label: string;
  description?: string;
  icon: string;
  warning: boolean;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** The click: newsdesk.reveal's arguments [uri, start, end]. */
  reveal?: unknown[];
  /** The tooltip's Markdown source, as resolveTreeItem builds it. */
  tooltip?: string;
  span?: Span;
  children: OutlineSnapshotNode[];
}

export interface OutlineSnapshot {
  document: string | null;
  /** The view's badge: Newsdesk diagnostics on the article (0 when none). */
  badge: number;
  items: OutlineSnapshotNode[];
}

const WARNING = new vscode.ThemeColor('list.warningForeground');
const warningIcon = () => new vscode.ThemeIcon('warning', WARNING);

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function sourceName(analysis: Analysis, source: Source): string {
  return source.entity !== null ? analysis.entities[source.entity]?.name ?? source.text : source.text;
}

/** Builds the rows of one analysis. Pure apart from ThemeIcon objects. */
export class OutlineBuilder {
  /** Ids handed out: VS Code refuses a tree with two rows of the same id. */
  private readonly ids = new Set<string>();

  constructor(private readonly analysis: Analysis) {}

  private uniqueId(id: string): string {
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}#${n}`;
    this.ids.add(unique);
    return unique;
  }

  /**
   * A quotation's row. The sidebar is narrow and cuts the end of a row, so what matters
   * comes first: the speaker, then the words; under a person, just the words.
   */
  quote(index: number, nested: boolean): OutlineNode {
    const quote: Quote = this.analysis.quotes[index];
    const words = plainLabel(quote.text, 60);
    const node: OutlineNode = { label: words, icon: new vscode.ThemeIcon('quote'), subject: { type: 'quote', index }, span: quote, children: [] };
    const notes: string[] = [];
    if (quote.kind === 'title') {
      node.icon = new vscode.ThemeIcon('book');
      notes.push('title');
    } else if (quote.kind === 'scare') {
      notes.push('scare quotes');
    } else if (quote.status === 'attributed' && quote.speaker) {
      const entity = quote.speaker.entity !== null ? this.analysis.entities[quote.speaker.entity] : undefined;
      if (!nested) node.label = `${plainLabel(entity?.name ?? quote.speaker.name, 30)}: ${words}`;
    } else if (quote.status === 'anonymous') {
      node.icon = new vscode.ThemeIcon('info');
      if (!nested) node.label = `Anonymous: ${words}`;
      if (quote.speaker) notes.push(plainLabel(quote.speaker.text, 40));
    } else {
      node.icon = warningIcon();
      notes.push('unattributed');
    }
    if (!quote.closed) {
      node.icon = warningIcon();
      notes.push('unclosed');
    }
    if (notes.length > 0) node.description = notes.join(' · ');
    return node;
  }

  private sourceNote(sourced: boolean, source: Source | null): { text: string; warn: boolean } {
    if (source?.anonymous) return { text: `anonymous: ${plainLabel(source.text, 40)}`, warn: false };
    if (source) return { text: plainLabel(sourceName(this.analysis, source), 40), warn: false };
    return sourced ? { text: 'sourced', warn: false } : { text: 'unsourced', warn: true };
  }

  figure(index: number): OutlineNode {
    const figure: Figure = this.analysis.figures[index];
    const note = this.sourceNote(figure.sourced, figure.source);
    return {
      label: plainLabel(figure.text, 40),
      description: `${FIGURE_LABEL[figure.kind]} · ${note.text}`,
      icon: note.warn ? warningIcon() : figure.source?.anonymous ? new vscode.ThemeIcon('info') : new vscode.ThemeIcon('graph'),
      subject: { type: 'figure', index },
      span: figure,
      children: [],
    };
  }

  /**
   * A claim's row, labelled by its figures when it has some ("12,000 homes, 30%": what a
   * fact-checker scans for), else by its sentence. Several figures are listed below it,
   * each with its own source.
   */
  claim(index: number, figures: number[]): OutlineNode {
    const claim: Claim = this.analysis.claims[index];
    const note = this.sourceNote(claim.sourced, claim.source);
    const only = figures.length === 1 ? this.analysis.figures[figures[0]] : undefined;
    const kinds = claim.kinds.filter((kind) => kind !== 'figure');
    const label = figures.length > 0 ? plainLabel(figures.map((f) => oneLine(this.analysis.figures[f].text)).join(', '), 60) : plainLabel(claim.text, 60);
    const description = only ? `${FIGURE_LABEL[only.kind]} · ${note.text}` : [...kinds, note.text].join(' · ');
    return {
      label,
      description,
      icon: note.warn ? warningIcon() : claim.source?.anonymous ? new vscode.ThemeIcon('info') : new vscode.ThemeIcon('law'),
      subject: { type: 'claim', index },
      span: claim,
      children: figures.length > 1 ? figures.map((f) => this.figure(f)) : [],
    };
  }

  entity(index: number): OutlineNode {
    const entity: Entity = this.analysis.entities[index];
    const notes = [plural(entity.mentions.length, 'mention')];
    if (entity.quotes.length > 0) notes.push(plural(entity.quotes.length, 'quote'));
    const credited = entity.figures.length + entity.claims.length;
    if (credited > 0) notes.push(`${credited} sourced`);
    return {
      id: this.uniqueId(`entity/${entity.type}/${entity.name}`),
      label: plainLabel(entity.name, 60),
      description: notes.join(' · '),
      icon: new vscode.ThemeIcon(ENTITY_ICON[entity.type]),
      subject: { type: 'entity', index },
      span: entity.mentions[0],
      children: [
        ...entity.quotes.filter((q) => this.analysis.quotes[q]).map((q) => this.quote(q, true)),
        ...entity.figures.filter((f) => this.analysis.figures[f]).map((f) => this.figure(f)),
        ...entity.claims.filter((c) => this.analysis.claims[c]).map((c) => this.claim(c, [])),
      ],
    };
  }

  private entityGroup(id: string, label: string, type: EntityType): OutlineNode {
    const members = this.analysis.entities
      .map((entity, index) => ({ entity, index }))
      .filter(({ entity }) => entity.type === type && entity.mentions.length > 0)
      .sort((a, b) => a.entity.mentions[0].start - b.entity.mentions[0].start);
    return this.group(id, label, ENTITY_ICON[type], members.length, () => members.map(({ index }) => this.entity(index)));
  }

  /** A group row; its rows are made when VS Code first asks for them (never, while it is collapsed). */
  private group(id: string, label: string, icon: string, rows: number, make: () => OutlineNode[]): OutlineNode {
    let children: OutlineNode[] | undefined;
    return {
      id: this.uniqueId(id),
      label,
      description: String(rows),
      icon: new vscode.ThemeIcon(icon),
      rows,
      get children() {
        children ??= make();
        return children;
      },
    };
  }

  /** Claims with the figures in their sentence; figures outside any claim stand alone. */
  private claimsGroup(): OutlineNode {
    const claimOfSentence = new Map<number, number>();
    this.analysis.claims.forEach((claim, index) => {
      if (!claimOfSentence.has(claim.sentence)) claimOfSentence.set(claim.sentence, index);
    });
    const figuresOfClaim = new Map<number, number[]>();
    const rows: { start: number; node: () => OutlineNode }[] = [];
    this.analysis.figures.forEach((figure, index) => {
      const claim = claimOfSentence.get(figure.sentence);
      if (claim === undefined) rows.push({ start: figure.start, node: () => this.figure(index) });
      else figuresOfClaim.set(claim, [...(figuresOfClaim.get(claim) ?? []), index]);
    });
    this.analysis.claims.forEach((claim, index) => rows.push({ start: claim.start, node: () => this.claim(index, figuresOfClaim.get(index) ?? []) }));
    rows.sort((a, b) => a.start - b.start);
    return this.group('claims', 'Claims', 'law', rows.length, () => rows.map((row) => row.node()));
  }

  roots(): OutlineNode[] {
    return [
      this.entityGroup('people', 'People', 'person'),
      this.entityGroup('places', 'Places', 'place'),
      this.entityGroup('organizations', 'Organizations', 'organization'),
      this.group('quotes', 'Quotes', 'quote', this.analysis.quotes.length, () => this.analysis.quotes.map((_, index) => this.quote(index, false))),
      this.claimsGroup(),
    ];
  }
}

export interface Article {
  document: vscode.TextDocument;
  analysis: Analysis;
}

export class OutlineProvider implements vscode.TreeDataProvider<OutlineNode> {
  private readonly changed = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private article: Article | undefined;
  /** Built when VS Code first asks for the rows: not at all while the view is hidden. */
  private nodes: OutlineNode[] | undefined = [];

  /** The article shown, if any. */
  get current(): Article | undefined {
    return this.article;
  }

  /** Shows an article (or nothing: the welcome text) and redraws the tree. */
  refresh(article: Article | undefined): void {
    this.article = article;
    this.nodes = undefined;
    this.changed.fire(undefined);
  }

  private roots(): OutlineNode[] {
    const article = this.article;
    this.nodes ??= article ? guard('building the outline', () => new OutlineBuilder(article.analysis).roots(), []) : [];
    return this.nodes;
  }

  getChildren(element?: OutlineNode): OutlineNode[] {
    return element ? element.children : this.roots();
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const state =
      (node.rows ?? node.children.length) === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.subject === undefined
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, node.rows !== undefined && node.rows > OPEN_GROUP_ROWS ? vscode.TreeItemCollapsibleState.Collapsed : state);
    if (node.id) item.id = node.id;
    item.description = node.description;
    item.iconPath = node.icon;
    item.contextValue = node.subject?.type ?? 'group';
    if (node.span && this.article) item.command = revealCommand(this.article.document.uri, node.span, 'Show in article');
    return item;
  }

  /** Tooltips are the hover cards, built only when a row is actually hovered. */
  resolveTreeItem(item: vscode.TreeItem, node: OutlineNode): vscode.TreeItem {
    const article = this.article;
    if (!article || !node.subject) return item;
    const { document, analysis } = article;
    const { type, index } = node.subject;
    const tooltip = guard(
      'building an outline tooltip',
      () =>
        type === 'entity'
          ? entityCard(document, analysis, index)
          : type === 'quote'
            ? quoteCard(document, analysis, index)
            : type === 'figure'
              ? figureCard(document, analysis, index)
              : claimCard(document, analysis, index),
      undefined,
    );
    if (tooltip) item.tooltip = tooltip;
    return item;
  }

  /** The tree as VS Code receives it: every TreeItem, resolved, as plain JSON. */
  snapshot(): OutlineSnapshot {
    const states = ['none', 'collapsed', 'expanded'] as const;
    const plain = (node: OutlineNode): OutlineSnapshotNode => {
      const item = this.resolveTreeItem(this.getTreeItem(node), node);
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath : node.icon;
      const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip;
      return {
        label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
        description: typeof item.description === 'string' ? item.description : undefined,
        icon: icon.id,
        warning: icon.color === WARNING,
        collapsible: states[item.collapsibleState ?? 0],
        reveal: item.command?.command === REVEAL_COMMAND ? item.command.arguments : undefined,
        tooltip,
        span: node.span ? { start: node.span.start, end: node.span.end } : undefined,
        children: this.getChildren(node).map(plain),
      };
    };
    return { document: this.article?.document.uri.toString() ?? null, badge: 0, items: this.roots().map(plain) };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function register(context: vscode.ExtensionContext, store: AnalysisStore): OutlineProvider {
  const provider = new OutlineProvider();
  const view = vscode.window.createTreeView(OUTLINE_VIEW, { treeDataProvider: provider, showCollapseAll: true });

  /** The badge counts Newsdesk's diagnostics on the article: what the Problems panel lists. */
  const updateBadge = () => {
    const document = provider.current?.document;
    const open = document ? vscode.languages.getDiagnostics(document.uri).filter((d) => ruleCodeOf(d) !== undefined).length : 0;
    if (open === (view.badge?.value ?? 0)) return;
    view.badge = open > 0 ? { value: open, tooltip: `${plural(open, 'finding')} to check in this article` } : undefined;
  };
  const updateView = () => {
    const article = provider.current;
    view.description = article ? plainLabel(article.document.uri.path.split('/').pop() ?? '', 40) : undefined;
    updateBadge();
  };

  let following = 0;
  /** Shows the editor's article: its stored analysis, or a fresh one from the store. */
  const follow = async (editor: vscode.TextEditor | undefined) => {
    const ticket = ++following;
    const document = editor?.document;
    if (!document || !store.isSupported(document)) {
      // Focus moved to something that is not an article (the Output panel, a settings
      // file): keep the article while it is still on screen.
      const shown = provider.current?.document;
      if (!shown || !vscode.window.visibleTextEditors.some((e) => e.document === shown)) provider.refresh(undefined);
      return;
    }
    const analysis = await analysisFor(store, document);
    if (ticket !== following) return; // the user moved on meanwhile
    if (analysis) provider.refresh({ document, analysis });
    else if (provider.current?.document !== document) provider.refresh(undefined);
  };

  context.subscriptions.push(
    provider,
    view,
    provider.onDidChangeTreeData(updateView),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const shown = provider.current?.document.uri.toString();
      if (shown && event.uris.some((uri) => uri.toString() === shown)) updateBadge();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => guardAsync('following the active editor', () => follow(editor), undefined)),
    // The editors on screen settle after the active one changes: look again then.
    vscode.window.onDidChangeVisibleTextEditors(() => {
      const active = vscode.window.activeTextEditor;
      if (!active || !store.isSupported(active.document)) void guardAsync('following the active editor', () => follow(active), undefined);
    }),
    store.onDidAnalyze(({ document, analysis }) => {
      if (vscode.window.activeTextEditor?.document === document || provider.current?.document === document) provider.refresh({ document, analysis });
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (provider.current?.document === document) provider.refresh(undefined);
    }),
    vscode.commands.registerCommand(REFRESH_COMMAND, () =>
      guardAsync(
        'refreshing the outline',
        async () => {
          const editor = vscode.window.activeTextEditor;
          if (editor && store.isSupported(editor.document)) {
            const analysis = await store.analyze(editor.document);
            if (analysis) provider.refresh({ document: editor.document, analysis });
          } else {
            provider.refresh(undefined);
          }
        },
        undefined,
      ),
    ),
    vscode.commands.registerCommand(SNAPSHOT_COMMAND, (): OutlineSnapshot => ({ ...provider.snapshot(), badge: view.badge?.value ?? 0 })),
  );
  void follow(vscode.window.activeTextEditor);
  return provider;
}
