// Strings that outlive an analysis must not be views into the document.
//
// V8 (Node, the extension host, Chromium on vscode.dev) makes `text.slice(a, b)` of 13
// characters or more a view into `text`, and so is a slice of a slice, and a concatenation
// holds its parts. A sentence's text kept as a cache key, or a quotation's text in a result
// that later runs reuse, would then keep the whole document of that keystroke alive: in a
// 100,000-word article, 1.2 MB per keystroke, without end. Every string a cache or a
// reused result keeps is made with ownString.

/**
 * `s` as a string of its own: equal to `s`, and holding no longer string alive. Joining a
 * character to it makes a flat copy (V8 flattens a joined string before slicing it), and
 * the slice is a view into that copy alone.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
