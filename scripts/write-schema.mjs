// Writes schemas/results.schema.json from src/model/report-schema.ts (built into dist first):
// the published schema is the model's, never written by hand. npm run schema
import { writeFileSync } from 'node:fs';
import { RESULTS_SCHEMA_V2 } from '../dist/src/model/report-schema.js';

writeFileSync('schemas/results.schema.json', `${JSON.stringify(RESULTS_SCHEMA_V2, null, 2)}\n`);
console.log('wrote schemas/results.schema.json');
