import { readFileSync } from 'node:fs';

/** The `name<<delimiter\nvalue\ndelimiter` records @actions/core writes to GITHUB_OUTPUT, by name. */
export function githubOutputs(file: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of readFileSync(file, 'utf8').matchAll(/^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm)) found[m[1]!] = m[3]!;
  return found;
}
