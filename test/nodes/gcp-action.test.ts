import { describe, expect } from 'vitest';
import { gcpAction } from '../../src/nodes/gcp-action.js';
import type { NodeOutput } from '../../src/nodes/types.js';
import type { ApiCall } from '../../src/providers/types.js';
import { testNode } from '../helpers/node-tester.js';

const bucket = (name: string) => ({
  name: `//storage.googleapis.com/${name}`,
  assetType: 'storage.googleapis.com/Bucket',
  resource: { data: { name, iamConfiguration: { publicAccessPrevention: 'inherited' } } },
  iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] },
});
const DATA = { control: 'GCP-GCS-001', title: 'Cloud Storage buckets are not public', severity: 'high', time: '2026-11-01T00:00:00.000Z' };
const calls = (out: NodeOutput): ApiCall[][] => (out.actions ?? []).map((a) => a.steps.map((s) => s.shown(s.call(DATA))));
const REMOVE = { input: 'verdict.failed', resourceId: '$.name', removeMembers: ['allUsers', 'allAuthenticatedUsers'], policyUrl: 'https://storage.googleapis.com/storage/v1/b/{{resource.data.name}}/iam' };

describe('gcp.action', () => {
  testNode(gcpAction, {
    valid: [
      {
        name: 'the bundled GCP-GCS-001 remediation: removeMembers on the bucket policy URL, one per bucket',
        config: REMOVE,
        inputs: [[bucket('site'), bucket('legacy')]],
        expect: (out) => {
          expect(out.actions?.map((a) => [a.resourceId, a.steps[0]!.via])).toEqual([
            ['//storage.googleapis.com/site', 'gcp'],
            ['//storage.googleapis.com/legacy', 'gcp'],
          ]);
          expect(calls(out)).toEqual([
            [{ service: 'IAM', method: 'removeMembers', params: { policyUrl: 'https://storage.googleapis.com/storage/v1/b/site/iam', members: ['allUsers', 'allAuthenticatedUsers'] } }],
            [{ service: 'IAM', method: 'removeMembers', params: { policyUrl: 'https://storage.googleapis.com/storage/v1/b/legacy/iam', members: ['allUsers', 'allAuthenticatedUsers'] } }],
          ]);
        },
      },
      {
        name: 'a REST PATCH with a templated URL and body',
        config: {
          input: 'verdict.failed',
          resourceId: '$.name',
          method: 'PATCH',
          url: 'https://storage.googleapis.com/storage/v1/b/{{resource.data.name}}?fields=iamConfiguration',
          body: { iamConfiguration: { publicAccessPrevention: 'enforced' }, labels: { fixed_by: '{{@control}}' } },
        },
        inputs: [[bucket('site')]],
        expect: (out) =>
          expect(calls(out)).toEqual([
            [
              {
                service: 'REST',
                method: 'PATCH',
                params: { url: 'https://storage.googleapis.com/storage/v1/b/site?fields=iamConfiguration', body: { iamConfiguration: { publicAccessPrevention: 'enforced' }, labels: { fixed_by: 'GCP-GCS-001' } } },
              },
            ],
          ]),
      },
      {
        name: 'a DELETE without a body',
        config: { input: 'verdict.failed', resourceId: '$.name', method: 'DELETE', url: 'https://storage.googleapis.com/storage/v1/b/{{resource.data.name}}/acl/allUsers' },
        inputs: [[bucket('site')]],
        expect: (out) => expect(calls(out)).toEqual([[{ service: 'REST', method: 'DELETE', params: { url: 'https://storage.googleapis.com/storage/v1/b/site/acl/allUsers' } }]]),
      },
    ],
    invalid: [
      { name: 'removeMembers without policyUrl', config: { input: 'verdict.failed', removeMembers: ['allUsers'] }, problems: [' missing-key'] },
      { name: 'policyUrl without removeMembers', config: { input: 'verdict.failed', policyUrl: 'https://storage.googleapis.com/storage/v1/b/x/iam' }, problems: [' missing-key'] },
      { name: 'removeMembers together with a REST call', config: { ...REMOVE, method: 'PATCH', url: 'https://storage.googleapis.com/storage/v1/b/x' }, problems: [' missing-key'] },
      { name: 'a REST call without url', config: { input: 'verdict.failed', method: 'PATCH', body: {} }, problems: [' missing-key'] },
      { name: 'a REST call without method', config: { input: 'verdict.failed', url: 'https://storage.googleapis.com/storage/v1/b/x' }, problems: [' missing-key'] },
      { name: 'a URL outside googleapis.com', config: { input: 'verdict.failed', method: 'POST', url: 'https://example.com/hook' }, problems: ['url bad-value'] },
      { name: 'an empty member list', config: { ...REMOVE, removeMembers: [] }, problems: ['removeMembers bad-value'] },
      { name: 'steps: removeMembers without policyUrl, at its step', config: { input: 'verdict.failed', steps: [{ id: 'iam', removeMembers: ['allUsers'] }] }, problems: ['steps.0 missing-key'] },
    ],
  });
});
