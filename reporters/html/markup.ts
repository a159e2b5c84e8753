const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** Text as HTML (the escapes Handlebars uses): cloud data never becomes markup. */
export function esc(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[&<>"'`=]/.test(text) ? text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!) : text;
}

export const json = (value: unknown) => esc(JSON.stringify(value, null, 1));
export const statusClass = (status: string) => status.toLowerCase().replace('_', '-');
export const joined = <T>(items: readonly T[], each: (item: T) => string, separator = '') => items.map(each).join(separator);

/**
 * A resource id that may wrap only after its separators (`/ : . _ , = @ -`): escaped, with <wbr> after each, so an ARN or an Azure id wraps at its
 * path segments, never inside one (the page's `.rid` style breaks a segment only when it
 * alone is wider than the screen). The page's script does the same for rows it adds.
 */
export function breakable(id: string): string {
  return esc(id).replace(/([/:._,@-]|&#x3D;)(?!$)/g, '$1<wbr>');
}

/** The rank a column sorts by (critical first; FAIL first), as the page's script reads it. */
export const sortValue = (rank: number) => ` data-sort-value="${rank}"`;
