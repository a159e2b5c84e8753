import { describe, expect, it } from 'vitest';
import { cidrContains, cidrSubtract, isPublic, parseCidr } from '../../src/lib/cidr.js';

const c = (text: string) => parseCidr(text)!;

describe('CIDRs', () => {
  it('contains by family and prefix', () => {
    expect(cidrContains(c('10.0.0.0/8'), c('10.1.0.0/16'))).toBe(true);
    expect(cidrContains(c('10.1.0.0/16'), c('10.0.0.0/8'))).toBe(false);
    expect(cidrContains(c('0.0.0.0/0'), c('::/0'))).toBe(false);
    expect(cidrContains(c('::/0'), c('2001:db8::/32'))).toBe(true);
    expect(cidrContains(c('192.0.2.7'), c('192.0.2.7/32'))).toBe(true);
  });

  it('keeps one parse per text, up to a bound: further texts are parsed each time, with the same answer', () => {
    expect(parseCidr('203.0.113.0/24')).toBe(parseCidr('203.0.113.0/24'));
    // 20,000 distinct texts (a hostile answer's): the cache stops growing, the answers do not change.
    for (let i = 0; i < 20_000; i += 1) parseCidr(`10.${i >> 8}.${i & 255}.0/24`);
    const late = '198.51.100.0/24';
    expect(parseCidr(late)).not.toBe(parseCidr(late));
    expect(parseCidr(late)).toEqual(parseCidr(late));
    expect(parseCidr(late)!.prefix).toBe(24);
    expect(parseCidr('not a cidr')).toBeUndefined();
    expect(parseCidr('203.0.113.0/24')).toBe(parseCidr('203.0.113.0/24'));
  });

  it('tells public ranges from private ones', () => {
    expect(['10.0.0.0/8', '172.16.5.0/24', '192.168.0.0/16', '127.0.0.1', '169.254.169.254', 'fd12::/16', '::1', 'fe80::/64'].map((t) => isPublic(c(t)))).toEqual(Array(8).fill(false));
    expect(['0.0.0.0/0', '::/0', '203.0.113.0/24', '172.0.0.0/8', '2001:db8::/32'].map((t) => isPublic(c(t)))).toEqual(Array(5).fill(true));
  });

  it.each([
    ['10.0.0.0/8', '10.0.0.0/9', ['10.128.0.0/9']],
    ['10.0.0.0/8', '10.128.0.0/9', ['10.0.0.0/9']],
    ['10.0.0.0/8', '10.1.0.0/16', ['10.128.0.0/9', '10.64.0.0/10', '10.32.0.0/11', '10.16.0.0/12', '10.8.0.0/13', '10.4.0.0/14', '10.2.0.0/15', '10.0.0.0/16']],
    ['10.0.0.0/8', '0.0.0.0/0', []],
    ['10.0.0.0/8', '11.0.0.0/8', ['10.0.0.0/8']],
    ['::/0', '::/1', ['8000::/1']],
  ])('%s minus %s', (from, cut, rest) => {
    expect(cidrSubtract(c(from), c(cut)).map((p) => p.text)).toEqual(rest);
  });
});
