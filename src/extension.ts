// activate(): wires the engine to the VS Code adapters.
// (Walking-skeleton version: diagnostics for unattributed quotes.)

import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('newsdesk');
  context.subscriptions.push(collection);
  const supported = (doc: vscode.TextDocument) => ['news', 'markdown', 'plaintext'].includes(doc.languageId);
  const check = async (doc: vscode.TextDocument) => {
    if (!supported(doc)) return;
    const { analyze } = await import('./engine');
    const analysis = analyze(doc.getText(), { format: doc.languageId === 'markdown' ? 'markdown' : 'plaintext' });
    collection.set(
      doc.uri,
      analysis.findings.map((f) => {
        const d = new vscode.Diagnostic(
          new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)),
          f.message,
          vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'Newsdesk';
        d.code = f.code;
        return d;
      }),
    );
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
  );
  vscode.workspace.textDocuments.forEach(check);
}

export function deactivate(): void {
  // subscriptions are disposed by VS Code
}
