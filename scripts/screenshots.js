#!/usr/bin/env node
// `npm run screenshots`: pictures of Newsdesk as a reporter sees it, taken in a real
// VS Code (code-server + headless Chromium) and written to docs/. Also a small library
// for driving the workbench like a person would (open a file, hover a word, open the
// Newsdesk sidebar, run a palette command, take a screenshot), shared by start.js and
// other scripts. DOM hooks used are the ones stable in VS Code 1.99.

/* global document, window, NodeFilter */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const host = require('./vscode-host');

const DOCS = path.join(host.ROOT, 'docs');
const SAMPLES = path.join(host.ROOT, 'samples');

/**
 * Starts code-server with Newsdesk installed (a link to this repo, so build first; or
 * whatever `extensionsDir` holds), opens
 * `folder` (default: a throwaway copy of samples/) in headless Chromium and waits for the
 * workbench. Returns { page, browser, vscode, folder, url, close() }.
 */
async function openWorkbench({ folder, extensionsDir, viewport = { width: 1280, height: 800 }, settings = {}, verbose = false } = {}) {
  host.installCleanupHandlers();
  if (!folder) {
    folder = host.makeTempDir('newsdesk-shots-');
    fs.cpSync(SAMPLES, folder, { recursive: true });
  }
  if (!extensionsDir) {
    extensionsDir = host.makeTempDir('newsdesk-exts-');
    host.linkDevelopmentExtension(extensionsDir);
  }
  const vscode = await host.startHost({ folder, extensionsDir, settings, verbose });
  const browser = await host.launchBrowser();
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const url = vscode.workbenchUrl({ folder });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 2 * host.MINUTE });
  await host.waitForWorkbench(page);
  // the explorer and status bar are drawn once the remote connection is up
  await page.waitForSelector('.statusbar', { timeout: host.MINUTE });
  await page.waitForTimeout(1500);
  const close = async () => {
    await browser.closeAndForget();
    await vscode.stop();
  };
  return { page, browser, vscode, folder, url, close };
}

/** Presses Escape until no quick input, hover or notification toast has focus. */
async function dismiss(page) {
  for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
}

/** Runs a command from the palette (F1) by its label, e.g. "Newsdesk: Check attributions". */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

/**
 * Opens a file of the workspace as a person would: a click on its row in the Explorer
 * (`name` is a path relative to the workspace folder; folders on the way are expanded).
 */
async function openFile(page, name) {
  const parts = name.split('/');
  const explorer = page.locator('.explorer-folders-view');
  if (!(await explorer.isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+E');
  await explorer.waitFor({ state: 'visible', timeout: 10_000 });
  for (let i = 0; i < parts.length; i++) {
    const row = explorer.locator(`.monaco-list-row[aria-level="${i + 1}"][aria-label=${JSON.stringify(parts[i])}]`).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    if (i < parts.length - 1) {
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    } else {
      await row.click();
    }
  }
  const base = parts[parts.length - 1];
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/** Waits until the editor shows at least one diagnostic squiggle. */
async function waitForSquiggles(page, timeoutMs = 30_000) {
  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info', {
    timeout: timeoutMs,
  });
}

/**
 * Moves the mouse over the `occurrence`-th (0-based) visible occurrence of `text` in the
 * active editor and waits for the hover card. Returns the hover's text.
 */
async function hoverText(page, text, { occurrence = 0, timeoutMs = 10_000 } = {}) {
  const point = await page.evaluate(
    ({ text, occurrence }) => {
      const editor = document.querySelector('.editor-instance .monaco-editor .view-lines') || document.querySelector('.monaco-editor .view-lines');
      if (!editor) return null;
      let seen = 0;
      for (const line of editor.querySelectorAll('.view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let lineText = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node, start: lineText.length });
          lineText += node.nodeValue.replace(/\u00a0/g, ' ');
        }
        let at = lineText.indexOf(text);
        while (at !== -1) {
          if (seen++ === occurrence) {
            // the middle character of the match, in whichever text node holds it
            const middle = at + Math.floor(text.length / 2);
            const holder = nodes.filter((n) => n.start <= middle).pop();
            const range = document.createRange();
            range.setStart(holder.node, middle - holder.start);
            range.setEnd(holder.node, middle - holder.start + 1);
            const box = range.getBoundingClientRect();
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          }
          at = lineText.indexOf(text, at + 1);
        }
      }
      return null;
    },
    { text, occurrence },
  );
  if (!point) throw new Error(`"${text}" is not visible in the editor`);
  await page.mouse.move(point.x, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout: timeoutMs });
  return hover.innerText();
}

/** Opens the Newsdesk view container from the activity bar and waits for its title. */
async function openSidebar(page) {
  const icon = page.locator('.activitybar .action-item a.action-label[aria-label^="Newsdesk"]').first();
  await icon.waitFor({ state: 'visible', timeout: 20_000 });
  const title = page.locator('.sidebar .composite.title', { hasText: /Newsdesk/i });
  // the findings badge sits on top of the icon, hence the forced click
  if ((await title.count()) === 0) await icon.click({ force: true });
  await title.first().waitFor({ timeout: 10_000 });
}

/** Shows the Problems panel (Ctrl+Shift+M focuses it). */
async function showProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.panel .markers-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** Writes a PNG of the page (or of `selector`'s element) to `file` (relative to docs/). */
async function screenshot(page, file, { selector } = {}) {
  const out = path.isAbsolute(file) ? file : path.join(DOCS, file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // let the last hover/decorations paint
  await page.waitForTimeout(300);
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out });
  host.log(`wrote ${path.relative(host.ROOT, out)}`);
  return out;
}

/** True once the workbench shows Newsdesk: the activity-bar icon is there. */
async function newsdeskVisible(page) {
  return (await page.locator('.activitybar .action-item a.action-label[aria-label^="Newsdesk"]').count()) > 0;
}

module.exports = {
  openWorkbench,
  openFile,
  runCommand,
  hoverText,
  openSidebar,
  showProblems,
  waitForSquiggles,
  screenshot,
  dismiss,
  newsdeskVisible,
  DOCS,
};

async function main() {
  const started = Date.now();
  const session = await openWorkbench();
  const { page } = session;
  try {
    await takeScreenshots(page);
  } catch (err) {
    await screenshot(page, path.join(host.ROOT, '.vscode-test', 'screenshot-failure.png')).catch(() => {});
    throw err;
  } finally {
    await session.close();
  }
  // the editor tour (hover card, outline, Check attributions) lives in ui-tour.js
  if (fs.existsSync(path.join(__dirname, 'ui-tour.js'))) {
    const { tour } = require('./ui-tour');
    const tourSession = await openWorkbench();
    try {
      await tour(tourSession);
    } catch (err) {
      await screenshot(tourSession.page, path.join(host.ROOT, '.vscode-test', 'screenshot-failure.png')).catch(() => {});
      throw err;
    } finally {
      await tourSession.close();
    }
  }
  host.log(`screenshots done in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function takeScreenshots(page) {
  await openFile(page, 'needs-work.md');
  await waitForSquiggles(page);
  await showProblems(page);
  // give the Problems tree a moment to list every finding
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 15_000 });
  // focus back in the editor, so the picture shows no selected Problems row
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await screenshot(page, 'diagnostics.png');
}

if (require.main === module) {
  main().then(
    () => host.cleanupAll().then(() => process.exit(0)),
    (err) => {
      console.error(`[screenshots] ${err.stack || err.message}`);
      host.cleanupAll().then(() => process.exit(1));
    },
  );
}
