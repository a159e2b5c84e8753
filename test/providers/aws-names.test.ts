import { describe, expect, it } from 'vitest';
import { installHint, isGlobalCall, packageCandidates } from '../../src/providers/aws/names.js';

describe('AWS service names', () => {
  it.each([
    ['IAM', ['@aws-sdk/client-iam']],
    ['S3', ['@aws-sdk/client-s3']],
    ['Macie2', ['@aws-sdk/client-macie2']],
    ['EFS', ['@aws-sdk/client-efs']],
    ['CloudTrail', ['@aws-sdk/client-cloudtrail', '@aws-sdk/client-cloud-trail']],
    ['AccessAnalyzer', ['@aws-sdk/client-accessanalyzer', '@aws-sdk/client-access-analyzer']],
    // The table: names the SDK spells in several words.
    ['CloudWatchLogs', ['@aws-sdk/client-cloudwatch-logs']],
    ['S3Control', ['@aws-sdk/client-s3-control']],
    ['ConfigService', ['@aws-sdk/client-config-service']],
    ['Config', ['@aws-sdk/client-config-service']],
    ['SecretsManager', ['@aws-sdk/client-secrets-manager']],
    // Neither: the lower-cased name, then the name split at its words.
    ['NetworkFirewall', ['@aws-sdk/client-networkfirewall', '@aws-sdk/client-network-firewall']],
    ['ResourceGroupsTaggingAPI', ['@aws-sdk/client-resourcegroupstaggingapi', '@aws-sdk/client-resource-groups-tagging-api']],
  ])('%s is in %j', (service, packages) => {
    expect(packageCandidates(service)).toEqual(packages);
  });

  it('tells what to install', () => {
    expect(installHint('SecretsManager')).toBe('npm install @aws-sdk/client-secrets-manager');
    expect(installHint('NetworkFirewall')).toBe('npm install @aws-sdk/client-networkfirewall (or @aws-sdk/client-network-firewall, if the SDK spells the service in several words)');
  });

  it('knows the account-level calls', () => {
    expect([isGlobalCall('IAM', 'ListUsers'), isGlobalCall('S3', 'GetBucketPolicy'), isGlobalCall('S3Control', 'GetPublicAccessBlock'), isGlobalCall('S3Control', 'ListAccessPoints'), isGlobalCall('EC2', 'DescribeVpcs')]).toEqual([true, true, true, false, false]);
  });
});
