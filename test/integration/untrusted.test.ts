// Newsdesk in Restricted Mode: package.json declares `untrustedWorkspaces.supported: true`,
// so in a folder the user has not trusted it must still activate, check articles and show
// hover cards. scripts/test-integration.js runs this file in a pass of its own, with
// workspace trust on and the folder left untrusted, and sets NEWSDESK_INTEGRATION_PASS=untrusted
// there: in the main pass (trust off, so every folder is trusted) the suite is not
// registered at all, rather than registered and skipped.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BRIDGE_ARTICLE, BRIDGE_FINDINGS, EXTENSION_ID, openArticle, resetWorkspace, waitFor, waitForDiagnostics } from './helpers';
import { hoverAt, inside, markdownOf, rangeOf } from './viewHelpers';

if (process.env.NEWSDESK_INTEGRATION_PASS === 'untrusted') {
  describe('Newsdesk in an untrusted workspace', () => {
    after(resetWorkspace);

    it('runs with the workspace folder untrusted', () => {
      assert.equal(vscode.workspace.isTrusted, false);
      assert.equal(vscode.workspace.workspaceFolders?.length, 1);
    });

    it('activates by itself on an article and reports its findings and hover cards', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      const editor = await openArticle(BRIDGE_ARTICLE);
      const document = editor.document;
      // opening the article is what activates it: nothing here calls activate()
      await waitFor('Newsdesk to activate', () => extension.isActive);
      assert.equal(vscode.workspace.isTrusted, false, 'still untrusted');
      await waitForDiagnostics(document.uri, BRIDGE_FINDINGS);

      const hover = await hoverAt(document, inside(document, 'Ana Ruiz'));
      assert.deepEqual(hover.range, rangeOf(document, 'Ana Ruiz'));
      assert.match(markdownOf(hover)[0].value, /^\$\(person\) \*\*Ana Ruiz\*\* · person\n\n_Mayor_\n\n/);
    });
  });
}
