import type { Problem } from '../model/problem.js';

/** Port ranges and protocol names as every cloud's rules write them, shared by the rule readers. */
export interface PortRange {
  from: number;
  to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

const PROTOCOLS: Record<string, string> = { '-1': 'all', '*': 'all', all: 'all', '6': 'tcp', '17': 'udp', '132': 'sctp', '1': 'icmp', '58': 'icmpv6', icmpv6: 'icmpv6', 'ipv6-icmp': 'icmpv6' };

/** `tcp`, `6`, `Tcp` -> `tcp`; `-1`, `*`, `all` -> `all`; `58`, `ipv6-icmp` -> `icmpv6`; anything else lower-cased (`esp`). */
export const protocolOf = (p: unknown): string => PROTOCOLS[String(p).toLowerCase()] ?? String(p).toLowerCase();

/**
 * Protocols whose rules name ports. Any other (icmp, icmpv6, esp, gre, a protocol number) has
 * none: its rules answer a question that names no ports, or names the protocol.
 */
const PORTED: ReadonlySet<string> = new Set(['tcp', 'udp', 'sctp', 'all']);
export const hasPorts = (protocol: string): boolean => PORTED.has(protocol);
export const isIcmp = (protocol: string): boolean => protocol === 'icmp' || protocol === 'icmpv6';

/**
 * Rules repeat the same few port texts thousands of times (`22`, `443`): each is parsed once,
 * and its range, never changed by a reader, is shared.
 */
const parsedRanges = new Map<string, PortRange | undefined>();

/** `22`, `20-25`, `*` -> a port range; undefined when unreadable. */
export function parsePortRange(text: string): PortRange | undefined {
  let range = parsedRanges.get(text);
  if (range === undefined && !parsedRanges.has(text)) {
    range = parseUncached(text);
    // Bounded: a hostile answer's distinct texts are not all kept.
    if (parsedRanges.size < 10_000) parsedRanges.set(text, range);
  }
  return range;
}

function parseUncached(text: string): PortRange | undefined {
  if (text === '*' || text === '') return ALL_PORTS;
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to && to <= 65535 ? { from, to } : undefined;
}

/** An allowed range cut wherever one of the `cuts` (deny ranges) starts or ends inside it. */
export function portSegments(ports: PortRange, cuts: PortRange[]): PortRange[] {
  const bounds = new Set([ports.from, ports.to + 1]);
  for (const r of cuts) for (const p of [r.from, r.to + 1]) if (p > ports.from && p <= ports.to) bounds.add(p);
  const sorted = [...bounds].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((from, i) => ({ from, to: sorted[i + 1]! - 1 }));
}

/** A port as a condition may give it: 22 or "22" or "20-25" (checked by checkPortRange). */
export const portSchema = { anyOf: [{ type: 'integer', minimum: 0, maximum: 65535 }, { type: 'string' }] } as const;

/** `22`, `20-25` or `all ports`, as reason lines say it. */
export function portsText(from: number, to: number): string {
  return from === 0 && to === 65535 ? 'all ports' : from === to ? String(from) : `${from}-${to}`;
}

/** A bad-ports problem unless `value` is a port or a range. */
export function checkPortRange(value: number | string, path: (string | number)[]): Problem[] {
  return parsePortRange(String(value)) ? [] : [{ path, code: 'bad-ports', message: `"${value}" is not a port or a range such as 20-25 (0-65535)` }];
}
