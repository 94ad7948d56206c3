// Article text is untrusted: a story can quote a Markdown link, a `command:` URI, raw HTML
// or a line a megabyte long. Everything Newsdesk shows in VS Code goes through here first.
// No `vscode` import, so the rules can be unit-tested in plain Node.

/** Bidirectional-override and zero-width controls that can make shown text lie about itself. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of readable text: whitespace runs (newlines too) become one space, controls go. */
export function oneLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` characters (an ellipsis included), cutting at a word
 * boundary when one is near and never inside a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(1, max - 1);
  if (/[\ud800-\udbff]/.test(text.charAt(cut - 1))) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut * 0.6) cut = space;
  return text.slice(0, cut).replace(/[\s,;:.]+$/, '') + '…';
}

/**
 * A plain-text label (tree items, quick picks): one line, no invisible controls, bounded,
 * and no `$(icon)` syntax (a word joiner after the `$` keeps "$(5m)" from becoming an icon).
 */
export function plainLabel(text: string, max = 80): string {
  return shorten(oneLine(text), max).replace(/\$\(/g, () => '$\u2060(');
}

/**
 * Escapes text for a MarkdownString that VS Code renders (hovers, tooltips). Every ASCII
 * punctuation character is backslash-escaped, which CommonMark turns back into the literal
 * character; so nothing in the text can open a link, an autolink (`https:`, `www.`, an
 * e-mail address), an image, HTML, an entity, code, emphasis or a `$(icon)`.
 * The result is one line; shorten first, then escape (escaping lengthens the text).
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * Escapes text for a Markdown document that people read as source (the source sheet):
 * only the characters that can start a link, an image, HTML, an entity, code, emphasis,
 * a table cell or math are escaped, so the source stays readable. For text placed inline
 * after other text on a line (never at the start of a line).
 */
export function escapeMarkdownSource(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~&$]/g, '\\$&');
}

/**
 * A `command:` URI that runs `command` with `args`, for a link in a trusted MarkdownString.
 * The arguments are percent-encoded completely, parentheses included, so they cannot end
 * the link's destination early.
 */
export function commandUri(command: string, args: unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `command:${command}?${encoded}`;
}
