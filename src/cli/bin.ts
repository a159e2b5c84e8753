#!/usr/bin/env node
import { addEnvironmentCredentials } from '../output/redact.js';
import { main } from './main.js';

// The only place that touches process exit state; the clouds' credentials are masked in every output.
addEnvironmentCredentials(process.env);
process.exitCode = await main(process.argv.slice(2));
