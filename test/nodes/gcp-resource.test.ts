import { describe, expect } from 'vitest';
import { gcpResource } from '../../src/nodes/gcp-resource.js';
import type { ApiCall } from '../../src/providers/types.js';
import { testNode } from '../helpers/node-tester.js';

describe('gcp.resource', () => {
  const seen: ApiCall[] = [];
  testNode(gcpResource, {
    valid: [
      {
        name: 'asks Cloud Asset for one asset type',
        config: { assetType: 'storage.googleapis.com/Bucket' },
        provider: {
          description: 'stub',
          targets: async () => [],
          list: async (_t, call) => {
            seen.push(call);
            return [{ name: '//storage.googleapis.com/b', assetType: 'storage.googleapis.com/Bucket' }];
          },
        },
        expect: (out) => {
          expect(out.ports.out).toHaveLength(1);
          expect(seen).toEqual([{ service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['storage.googleapis.com/Bucket'] } }]);
        },
      },
      {
        name: 'searches with searchAllResources when given a query',
        config: { assetType: 'compute.googleapis.com/Instance', search: 'state:RUNNING' },
        provider: { description: 'stub', targets: async () => [], list: async (_t, call) => (seen.push(call), []) },
        expect: () =>
          expect(seen.at(-1)).toEqual({ service: 'CloudAsset', method: 'SearchAllResources', params: { query: 'state:RUNNING', assetTypes: ['compute.googleapis.com/Instance'] } }),
      },
      {
        name: 'asks listAssets for one more content, ORG_POLICY',
        config: { assetType: 'cloudresourcemanager.googleapis.com/Project', contentType: 'ORG_POLICY' },
        provider: { description: 'stub', targets: async () => [], list: async (_t, call) => (seen.push(call), []) },
        expect: () =>
          expect(seen.at(-1)).toEqual({ service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['cloudresourcemanager.googleapis.com/Project'], contentType: 'ORG_POLICY' } }),
      },
    ],
    invalid: [
      { name: 'an unknown content type', config: { assetType: 'storage.googleapis.com/Bucket', contentType: 'RELATIONSHIP' }, problems: ['contentType bad-value'] },
      { name: 'contentType with search', config: { assetType: 'storage.googleapis.com/Bucket', search: 'x', contentType: 'ORG_POLICY' }, problems: ['contentType bad-value'] },
      { name: 'not an asset type', config: { assetType: 'Bucket' }, problems: ['assetType bad-value'] },
      { name: 'unknown key', config: { assetType: 'storage.googleapis.com/Bucket', project: 'p' }, problems: ['project unknown-key'] },
    ],
  });
});
