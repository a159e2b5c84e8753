import type { CronExpressionParser } from 'cron-parser';
import { once, requireHere } from './lazy-module.js';

/** cron-parser's parser, loaded at the first schedule checked or computed (lazy-module.ts). */
export const cronParser = once((): typeof CronExpressionParser => {
  const module: typeof import('cron-parser') = typeof require === 'function' ? require('cron-parser') : requireHere('cron-parser');
  return module.CronExpressionParser;
});
