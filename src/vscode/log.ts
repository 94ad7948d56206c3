// The "Newsdesk" output channel and guard(): every callback VS Code calls into Newsdesk
// goes through guard() so that a bug in one adapter is logged with its context and shown
// to the user once, instead of being thrown into the editor.

import * as vscode from 'vscode';

let channel: vscode.OutputChannel | undefined;
const shown = new Set<string>();

function output(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel('Newsdesk');
  return channel;
}

/** Appends a timestamped line to the Newsdesk output channel. */
export function log(message: string): void {
  try {
    output().appendLine(`[${new Date().toISOString()}] ${message}`);
  } catch {
    // Logging must never be the thing that breaks.
  }
}

/** Reveals the Newsdesk output channel. */
export function showLog(): void {
  output().show(true);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Shows a message at most once per key for the session (settings problems, a broken
 * .newsdesk.json, an internal error): repeated events must not flood the user.
 */
export function notifyOnce(key: string, message: string, level: 'error' | 'warning' | 'information' = 'warning'): void {
  if (shown.has(key)) return;
  shown.add(key);
  log(message);
  const show =
    level === 'error'
      ? vscode.window.showErrorMessage
      : level === 'warning'
        ? vscode.window.showWarningMessage
        : vscode.window.showInformationMessage;
  void Promise.resolve(show(message, 'Show Log')).then(
    (choice) => {
      if (choice === 'Show Log') showLog();
    },
    () => undefined,
  );
}

/** Lets a key be shown again (for example after the file it was about has been fixed). */
export function forgetNotice(key: string): void {
  shown.delete(key);
}

function report(what: string, error: unknown): void {
  log(`Error while ${what}: ${describe(error)}`);
  notifyOnce(`guard:${what}`, `Newsdesk hit an internal error while ${what}. Details are in the Newsdesk output.`, 'error');
}

/** Runs fn; on an exception logs it with `what` and returns fallback. */
export function guard<T>(what: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    report(what, error);
    return fallback;
  }
}

/** Async variant of guard(): awaits fn and returns fallback if it throws or rejects. */
export async function guardAsync<T>(what: string, fn: () => T | Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    report(what, error);
    return fallback;
  }
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
  shown.clear();
}
