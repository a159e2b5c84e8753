#!/usr/bin/env node
// Everything is imported after the one answer that needs nothing: `--version` starts no more than node and package.json.
import { asksVersion, VERSION } from '../version.js';

const argv = process.argv.slice(2);
if (asksVersion(argv)) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const [{ addEnvironmentCredentials }, { exitWhenFlushed }, { main }] = await Promise.all([import('../lib/redact.js'), import('./io.js'), import('./main.js')]);
  // ctrlflow states the Node versions it supports (package.json engines, README "Install"); the
  // AWS SDK's own multi-line NodeVersionSupportWarning on Node 20 would print on every live run,
  // so it is turned off the SDK's documented way unless the user set the variable themselves.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // The only place that touches process exit state; the clouds' credentials are masked in every output.
  addEnvironmentCredentials(process.env);
  await exitWhenFlushed(await main(argv));
}
