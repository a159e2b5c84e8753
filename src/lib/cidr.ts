import ipaddr from 'ipaddr.js';

/** A parsed CIDR (a bare address is its /32 or /128). */
export interface Cidr {
  text: string;
  address: ipaddr.IPv4 | ipaddr.IPv6;
  prefix: number;
}

/**
 * Rules repeat the same few ranges thousands of times: each text is parsed once, up to
 * PARSED_KEPT texts (cloud answers choose the texts, so the cache is bounded as the ports' is).
 */
const parsed = new Map<string, Cidr | undefined>();
const PARSED_KEPT = 10_000;

export function parseCidr(text: string): Cidr | undefined {
  let cidr = parsed.get(text);
  if (cidr === undefined && !parsed.has(text)) {
    cidr = parseUncached(text);
    if (parsed.size < PARSED_KEPT) parsed.set(text, cidr);
  }
  return cidr;
}

function parseUncached(text: string): Cidr | undefined {
  try {
    const [address, prefix] = text.includes('/') ? ipaddr.parseCIDR(text) : [ipaddr.parse(text), -1];
    return { text, address, prefix: prefix < 0 ? (address.kind() === 'ipv4' ? 32 : 128) : prefix };
  } catch {
    return undefined;
  }
}

/** True when every address of `inner` is in `outer` (same family only). */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.address.kind() !== inner.address.kind() || inner.prefix < outer.prefix) return false;
  return (inner.address as ipaddr.IPv4).match(outer.address as ipaddr.IPv4, outer.prefix);
}

/** 0.0.0.0/0 or ::/0: every address of its family. */
export function isAnyAddress(cidr: Cidr): boolean {
  return cidr.prefix === 0;
}

/** Ranges that are not the internet: RFC 1918, RFC 4193, loopback, link-local. */
const NOT_PUBLIC = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', 'fc00::/7', '::1/128', 'fe80::/10'].map(
  (text) => parseCidr(text)!,
);

/** Every public address, IPv4 and IPv6, as CIDRs: what Azure's `Internet` tag denies. */
export function publicSpace(): Cidr[] {
  publicRanges ??= NOT_PUBLIC.reduce((pieces, cut) => pieces.flatMap((p) => cidrSubtract(p, cut)), [parseCidr('0.0.0.0/0')!, parseCidr('::/0')!]);
  return publicRanges;
}
let publicRanges: Cidr[] | undefined;

/** True when the range holds at least one public address (it is not inside a private range). */
export function isPublic(cidr: Cidr): boolean {
  return !NOT_PUBLIC.some((range) => cidrContains(range, cidr));
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

/** `from` minus `cut`, as CIDRs: nothing, `from` itself, or the halves left around `cut`. */
export function cidrSubtract(from: Cidr, cut: Cidr): Cidr[] {
  if (!cidrOverlaps(from, cut)) return [from];
  if (cidrContains(cut, from)) return [];
  const pieces: Cidr[] = [];
  let current = from;
  while (current.prefix < cut.prefix) {
    const [low, high] = halves(current);
    const keepLow = cidrContains(high, cut);
    pieces.push(keepLow ? low : high);
    current = keepLow ? high : low;
  }
  return pieces;
}

/** The two CIDRs one bit longer that make up `cidr`. */
function halves(cidr: Cidr): [Cidr, Cidr] {
  const bytes = cidr.address.toByteArray();
  const prefix = cidr.prefix + 1;
  const make = (b: number[]): Cidr => {
    const address = ipaddr.fromByteArray(b);
    return { text: `${address.toString()}/${prefix}`, address, prefix };
  };
  const high = [...bytes];
  high[cidr.prefix >> 3]! |= 0x80 >> (cidr.prefix & 7);
  return [make(bytes), make(high)];
}
