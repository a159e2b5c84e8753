import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { bufferIo, printable, printableLine, say } from '../../src/cli/io.js';
import { printSummary } from '../../src/cli/summary.js';
import { colorWanted, layout, plainText, shortId, wrapWidth } from '../../src/cli/terminal.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

const ESC = '\u001b';

describe('layout: wrapping at word boundaries', () => {
  it('wraps at blanks to the width, continuation lines at the hang', () => {
    const line = { spans: [{ text: '  Fix: ' }, { text: 'aws rds modify-db-instance --db-instance-identifier DB_ID --no-publicly-accessible --apply-immediately' }], hang: 7 };
    expect(layout(line, { columns: 40, color: false })).toEqual([
      '  Fix: aws rds modify-db-instance',
      '       --db-instance-identifier DB_ID',
      '       --no-publicly-accessible',
      '       --apply-immediately',
    ]);
  });

  it('keeps a line whole without a width (a pipe, a CI log)', () => {
    const text = 'x '.repeat(100).trim();
    expect(layout({ spans: [{ text }] }, { color: false })).toEqual([text]);
  });

  it('breaks a word longer than a line after a separator, losing nothing', () => {
    const arn = 'arn:aws:iam::111111111111:policy/service-role/AWSLambdaBasicExecutionRole-0123456789abcdef';
    const rows = layout({ spans: [{ text: `  - ${arn} fails` }], hang: 4 }, { columns: 40, color: false });
    // After the last separator in the back half of what fits, else at the width.
    expect(rows).toEqual(['  - arn:aws:iam::111111111111:policy/', '    service-role/AWSLambdaBasicExecution', '    Role-0123456789abcdef fails']);
    expect(rows.every((r) => r.length <= 40)).toBe(true);
    expect(rows.map((r) => r.trim()).join('').replace(/\s/g, '')).toBe(`-${arn}fails`);
  });

  it('colours whole spans when asked, and only then', () => {
    const line = { spans: [{ text: 'FAIL ', style: 'fail' as const }, { text: ' high', style: 'high' as const }] };
    expect(layout(line, { color: false })).toEqual(['FAIL  high']);
    const [coloured] = layout(line, { color: true });
    expect(coloured).toContain(`${ESC}[31m`);
    expect(coloured!.replace(/\u001b\[[0-9;]*m/g, '')).toBe('FAIL  high');
  });
});

describe('a styled line is escaped before it is coloured', () => {
  it('cloud text cannot bring its own escape codes or start a workflow command', () => {
    const hostile = { spans: [{ text: '  ' }, { text: '::add-mask::x\u001b[31mred\n', style: 'strong' as const }, { text: ' tail' }] };
    const safe = printableLine(hostile);
    expect(plainText(safe)).toBe(printable(plainText(hostile)));
    expect(plainText(safe)).toBe('  \\u003a:add-mask::x\\u001b[31mred\\n tail');
    const [row] = layout(safe, { color: true });
    // The one ESC sequences are the Io's own bold on and off around the span.
    expect(row!.replace(/\u001b\[(1|22|0|39|49)m/g, '')).toBe('  \\u003a:add-mask::x\\u001b[31mred\\n tail');
  });

  it('an Io without a terminal prints the plain text through out', () => {
    const io = bufferIo();
    say(io, { spans: [{ text: 'a ', style: 'fail' }, { text: 'b\u001b' }] });
    expect(io.stdout).toEqual(['a b\\u001b']);
  });
});

describe('when to colour and where to wrap', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    [true, { TERM: 'dumb' }, false],
  ])('a TTY %s with %o: colour %s', (tty, env, expected) => {
    expect(colorWanted(tty, env)).toBe(expected);
  });

  it('wraps a terminal at its width (80 when it does not say), a pipe only with COLUMNS', () => {
    expect(wrapWidth(true, 120, {})).toBe(120);
    expect(wrapWidth(true, undefined, {})).toBe(80);
    expect(wrapWidth(false, undefined, {})).toBeUndefined();
    expect(wrapWidth(false, undefined, { COLUMNS: '100' })).toBe(100);
    expect(wrapWidth(false, undefined, { COLUMNS: 'wide' })).toBeUndefined();
  });
});

describe('shortId: long ids in the terminal', () => {
  it.each([
    ['/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stapp', 'rg-app/storageAccounts/stapp'],
    ['/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-db/providers/Microsoft.Sql/servers/sql1/databases/db1', 'rg-db/servers/sql1/databases/db1'],
    ['/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Security/pricings/VirtualMachines', 'pricings/VirtualMachines'],
    ['arn:aws:rds:us-east-1:111111111111:db:analytics-db', 'arn:…:db:analytics-db'],
    ['//compute.googleapis.com/projects/p/zones/us-east1-b/instances/web-1', '…/instances/web-1'],
    ['sg-0a11', 'sg-0a11'],
  ])('%s → %s', (id, short) => {
    expect(shortId(id)).toBe(short);
  });
});

describe('--quiet and --verbose', () => {
  it('quiet: the totals and the exit line only', () => {
    const io = bufferIo();
    printSummary(SCAN_REPORT, EXIT.FAILED, io, false, 'quiet');
    expect(io.stdout).toEqual(['Totals: 1 FAIL · 1 PASS · 1 ERROR · 0 EXCEPTED', 'Exit 1: failures at or above --fail-on low.']);
  });

  it('verbose: the passing controls too, after the failing ones', () => {
    const passing = { ...SCAN_REPORT.controls[0]!, id: 'AWS-S3-009', title: 'Buckets are private', status: 'PASS' as const, counts: { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 4 } };
    const report = { ...SCAN_REPORT, controls: [...SCAN_REPORT.controls, passing] };
    const normal = bufferIo();
    printSummary(report, EXIT.FAILED, normal);
    expect(normal.stdout.join('\n')).not.toContain('AWS-S3-009');
    const verbose = bufferIo();
    printSummary(report, EXIT.FAILED, verbose, false, 'verbose');
    expect(verbose.stdout).toContain(`PASS  ${passing.severity.padEnd(8)} AWS-S3-009  Buckets are private (4 passed)`);
  });
});
