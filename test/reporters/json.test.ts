import { describe, expect, it } from 'vitest';
import { json } from '../../reporters/json.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

describe('json reporter', () => {
  it('is lossless', async () => {
    expect(JSON.parse(await json.render(SCAN_REPORT))).toEqual(SCAN_REPORT);
  });
});
