import * as core from '@actions/core';
import { printable } from '../cli/io.js';
import { addEnvironmentCredentials } from '../lib/redact.js';
import { runAction } from './run-action.js';

// The action's entry (bundled into dist/action/index.js): the step's exit status is the CLI's
// exit code; even our own bug ends in one clear line, never a stack trace.
addEnvironmentCredentials(process.env);
try {
  process.exitCode = await runAction();
} catch (error) {
  core.setFailed(printable(`ctrlflow: internal error: ${error instanceof Error ? error.message : String(error)}`)); // secrets masked, one line
  process.exitCode = 2;
}
