/**
 * What a 2xx body is when it is not the API's answer, in words for the ERROR (`BadResponse`)
 * of the call that got it: an HTML page (a proxy, captive portal or sign-in page answered in
 * the cloud's place), an empty body, text that is not JSON. Shared by every cloud's reads.
 */

/** `an HTML page ("Sign in")` when the body is one, else undefined. */
export function htmlPage(text: string, contentType: string | undefined): string | undefined {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (!String(contentType ?? '').toLowerCase().startsWith('text/html') && !/^(<!doctype html|<html[\s>])/i.test(head)) return undefined;
  const title = /<title[^>]*>([^<]{1,80})/i.exec(head)?.[1]?.trim();
  return `an HTML page${title ? ` ("${title}")` : ''}`;
}

/** Why a body that should be a JSON object is not one (`an empty body`, `an HTML page …`, `a body that is not JSON`, `a JSON list`), or undefined. */
export function notJsonObject(text: string | null | undefined, contentType: string | undefined): string | undefined {
  const body = text ?? '';
  const html = htmlPage(body, contentType);
  if (html) return html;
  if (body.trim() === '') return 'an empty body';
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'a body that is not JSON';
  }
  if (value === null || typeof value !== 'object') return `a JSON ${value === null ? 'null' : typeof value}, not an object`;
  return Array.isArray(value) ? 'a JSON list, not an object' : undefined;
}
