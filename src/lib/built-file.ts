import { readFileSync } from 'node:fs';

/**
 * A JSON file the build wrote beside a module (`new URL('./name.json', import.meta.url)`), or
 * undefined when it is not there or cannot be read: running from source, or from a bundle
 * built without it. Callers then do the work the file would have saved.
 */
export function builtJson<T>(url: URL): T | undefined {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
