/**
 * A mistake inside one document, addressed by its path in the parsed YAML (e.g.
 * ['nodes', 2, 'fail_if', 'conditions', 0, 'operator']). The loader turns it into a
 * Diagnostic with file, line and column.
 */
export interface Problem {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Prefix every problem's path, for checks that run on a part of a document. */
export function under(prefix: (string | number)[], problems: Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}
