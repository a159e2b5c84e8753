import { describe, expect, it } from 'vitest';
import { PendingTally, pendingActions, type ActionRecord, type PendingActions } from '../../src/model/action.js';

const place = { provider: 'aws', account: '111111111111', region: 'eu-west-1' };
const revoke = (rules: unknown[], status: ActionRecord['status'] = 'planned'): ActionRecord => ({
  node: 'revoke',
  status,
  calls: [{ step: 'main', via: 'aws', service: 'EC2', method: 'RevokeSecurityGroupIngress', params: { GroupId: 'sg-1', IpPermissions: rules } }],
});
const ssh = [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }];
const rdp = [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }];

/** The same count by the tally a scan keeps, which is given each place's results together. */
function placeByPlace(results: Parameters<typeof pendingActions>[0]): PendingActions {
  const tally = new PendingTally(true);
  for (const r of results) tally.count(r);
  return { actions: tally.actions, results: tally.results, awaitingApproval: tally.awaitingApproval };
}

describe.each([
  ['in any order', pendingActions],
  ['place by place', placeByPlace],
])('pending actions are counted as distinct calls (%s)', (_, pendingActions) => {
  it('counts one call planned by several controls once, and different calls on one resource apart', () => {
    const results = [
      { ...place, resourceId: 'sg-1', actions: [revoke(ssh)] },
      { ...place, resourceId: 'sg-1', actions: [revoke(rdp)] }, // same resource and node, other params: another call
      { ...place, resourceId: 'sg-1', actions: [revoke(ssh)] }, // the first call again
      { ...place, resourceId: 'sg-1', actions: [revoke(rdp)] }, // the second again
      { ...place, resourceId: 'sg-2', actions: [revoke(ssh)] }, // another resource
      { ...place, region: 'us-east-1', resourceId: 'sg-1', actions: [revoke(ssh)] }, // another place
    ];
    expect(pendingActions(results)).toEqual({ actions: 4, results: 6, awaitingApproval: 0 });
  });

  it('counts the calls awaiting approval apart, each once', () => {
    const results = [
      { ...place, resourceId: 'sg-1', actions: [revoke(ssh, 'awaiting-approval')] },
      { ...place, resourceId: 'sg-1', actions: [revoke(ssh, 'awaiting-approval')] },
      { ...place, resourceId: 'sg-1', actions: [revoke(rdp, 'awaiting-approval'), revoke(rdp, 'not-selected')] },
      { ...place, resourceId: 'sg-3', actions: [revoke(ssh, 'applied')] },
    ];
    expect(pendingActions(results)).toEqual({ actions: 2, results: 3, awaitingApproval: 2 });
  });
});
