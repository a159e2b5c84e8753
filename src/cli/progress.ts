import type { ResultStream } from '../model/stream.js';
import type { Io } from './io.js';

/**
 * A result stream that only speaks: placed before the report files, its `end` puts "Writing
 * reports…" on the progress line while they are finished (the HTML, SARIF and Markdown wait for
 * the summary, which can take a while for a large scan). The scan's `endStatus` clears it.
 */
export function reportProgress(formats: readonly string[], io: Io): ResultStream {
  return {
    begin: () => undefined,
    results: () => undefined,
    end: () => io.status(`Writing reports (${formats.join(', ')})…`),
  };
}
