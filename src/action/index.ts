import * as core from '@actions/core';
import { exitWhenFlushed, printable } from '../cli/io.js';
import { addEnvironmentCredentials } from '../lib/redact.js';
import { runAction } from './run-action.js';

// The action's entry (bundled into dist/action/index.js): the step's exit status is the CLI's
// exit code; even our own bug ends in one clear line, never a stack trace.
addEnvironmentCredentials(process.env);
let code: number;
try {
  code = await runAction();
} catch (error) {
  core.setFailed(printable(`ctrlflow: internal error: ${error instanceof Error ? error.message : String(error)}`)); // secrets masked, one line
  code = 2;
}
await exitWhenFlushed(code);
