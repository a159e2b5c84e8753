#!/usr/bin/env node
import { main } from './main.js';

// The only place that touches process exit state.
process.exitCode = await main(process.argv.slice(2));
