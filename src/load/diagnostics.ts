/** A user mistake with an address: printed as `file:line:col error code: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} error ${d.code}: ${d.message}`;
}

/** Sorted by file, then position, so output is stable. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code),
  );
}
