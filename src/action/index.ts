import { runAction } from './run-action.js';

// The action's entry (bundled into dist/action/index.js): the step's exit status is the CLI's exit code.
process.exitCode = await runAction();
