import type { Item } from '../providers/types.js';
import type { Cidr } from '../lib/cidr.js';

/**
 * One allow rule in a common shape, whatever the cloud: an AWS security group permission,
 * an Azure NSG Allow rule less what higher-priority Deny rules take away, a GCP firewall
 * `allowed` entry (enabled only), less the deny rules given with it (gcp-firewall.ts).
 * `peer` is the source of an inbound rule and the destination of an outbound one.
 */
export interface NetworkRule {
  owner: string;
  direction: 'inbound' | 'outbound';
  protocol: string;
  /** An `all` rule that no longer admits these protocols (a deny of each took it: they are rules of their own). */
  exceptProtocols?: string[];
  from: number;
  to: number;
  peer: { cidr: Cidr } | { group: string };
  /** How reports name the peer when deny rules cut it, e.g. `0.0.0.0/0 except 203.0.113.0/24 (deny rule block-bad)`. */
  peerText?: string;
  /** ICMP: the type and code a rule admits (AWS FromPort/ToPort; -1 or absent is every one), for reports. */
  icmp?: { type: number; code: number };
  /** AWS: the permission and the one peer entry of it this rule came from (see awsPermission). */
  aws?: { permission: Item; list: 'IpRanges' | 'Ipv6Ranges' | 'UserIdGroupPairs' | 'PrefixListIds'; entry: Item };
}
