#!/usr/bin/env node
// A tour of Newsdesk's editor side as a reporter would take it, in a real VS Code
// (code-server + headless Chromium): open a sample article, rest the pointer on a person's
// name, open the Newsdesk sidebar, run "Newsdesk: Check attributions" from the palette.
// Writes docs/hover.png, docs/outline.png and docs/check.png. Build first
// (`node esbuild.js`); `npm run screenshots` may call tour() with its own session.

'use strict';

const host = require('./vscode-host');
const shots = require('./screenshots');

const ARTICLE = 'needs-work.md';
/** A person the sample article names, with a title and a quotation credited to her. */
const PERSON = 'Linda Marsh';

/** Takes the three pictures in an open workbench session ({ page }). */
async function tour(session) {
  const { page } = session;
  await shots.openFile(page, ARTICLE);
  await shots.waitForSquiggles(page);
  // the click that opened the file left a focus ring on its Explorer row: type-ready editor instead
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });

  // 1. The hover card on a person's name.
  const card = await shots.hoverText(page, PERSON);
  if (!card.includes(PERSON)) throw new Error(`the hover card does not name ${PERSON}:\n${card}`);
  await page.locator('.monaco-hover:not(.hidden) .hover-contents').first().waitFor({ state: 'visible' });
  await shots.screenshot(page, 'hover.png');
  await page.mouse.move(5, 400);
  await shots.dismiss(page);

  // 2. The outline in the Newsdesk sidebar, following the article.
  await shots.openSidebar(page);
  const people = page.locator('.sidebar .monaco-list-row', { hasText: 'People' }).first();
  await people.waitFor({ state: 'visible', timeout: 20_000 });
  const person = page.locator('.sidebar .monaco-list-row', { hasText: PERSON }).first();
  await person.waitFor({ state: 'visible', timeout: 20_000 });
  // open the person's row to show the quotations credited to her
  if ((await person.getAttribute('aria-expanded')) === 'false') await person.locator('.monaco-tl-twistie').click();
  // widen the sidebar (drag its edge) so the rows show their speakers and sources
  const sidebar = await page.locator('.part.sidebar').first().boundingBox();
  if (sidebar) {
    const edge = { x: sidebar.x + sidebar.width, y: sidebar.y + sidebar.height / 2 };
    await page.mouse.move(edge.x, edge.y);
    await page.mouse.down();
    await page.mouse.move(edge.x + 140, edge.y, { steps: 8 });
    await page.mouse.up();
  }
  // keep the focus in the editor so the tree shows no selection outline
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await shots.screenshot(page, 'outline.png');

  // 3. "Newsdesk: Check attributions" from the palette, and what it reports.
  await shots.runCommand(page, 'Newsdesk: Check attributions');
  const toast = page.locator('.notifications-toasts .notification-toast').first();
  await toast.waitFor({ state: 'visible', timeout: 20_000 });
  await shots.screenshot(page, 'check.png');
}

async function main() {
  const started = Date.now();
  const session = await shots.openWorkbench();
  try {
    await tour(session);
  } catch (err) {
    await session.page.screenshot({ path: require('node:path').join(require('node:os').tmpdir(), 'newsdesk-ui-tour-failure.png') }).catch(() => {});
    throw err;
  } finally {
    await session.close();
  }
  host.log(`ui tour done in ${Math.round((Date.now() - started) / 1000)} s`);
}

module.exports = { tour };

if (require.main === module) {
  main().then(
    () => host.cleanupAll().then(() => process.exit(0)),
    (err) => {
      console.error(`[ui-tour] ${err.stack || err.message}`);
      host.cleanupAll().then(() => process.exit(1));
    },
  );
}
