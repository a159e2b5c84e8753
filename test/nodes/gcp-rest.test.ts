import { describe, expect } from 'vitest';
import { gcpRest } from '../../src/nodes/gcp-rest.js';
import { readErrorOf } from '../../src/nodes/per-item.js';
import { TargetReadError } from '../../src/providers/types.js';
import { testNode } from '../helpers/node-tester.js';
import { restProvider } from '../helpers/rest-provider.js';

const LOGGING = 'https://logging.googleapis.com/v2/projects/111111111111';
const BQ = 'https://bigquery.googleapis.com/bigquery/v2/projects/p1/datasets';
const sink = (name: string) => ({ name, destination: `storage.googleapis.com/${name}-bucket`, filter: '' });
const dataset = (id: string) => ({ datasetReference: { projectId: 'p1', datasetId: id } });
const provider = restProvider({
  [`${LOGGING}/sinks`]: [{ sinks: [sink('audit')], nextPageToken: 't2' }, { sinks: [sink('all')] }],
  [`${LOGGING}/metrics`]: [{}],
  'https://compute.googleapis.com/compute/v1/projects/111111111111': [
    { kind: 'compute#project', name: '111111111111', commonInstanceMetadata: { items: [{ key: 'enable-oslogin', value: 'TRUE' }] }, quotas: [{ metric: 'CPUS' }] },
  ],
  'https://essentialcontacts.googleapis.com/v1/projects/111111111111/contacts': new TargetReadError('NOT_FOUND', 'none'),
  [`${BQ}/logs`]: [{ kind: 'bigquery#dataset', datasetReference: dataset('logs').datasetReference, access: [{ role: 'READER', specialGroup: 'allAuthenticatedUsers' }] }],
  [`${BQ}/gone`]: new TargetReadError('NOT_FOUND', 'Not found: Dataset p1:gone'),
  [`${BQ}/denied`]: new TargetReadError('PERMISSION_DENIED', 'Access Denied'),
});

describe('gcp.rest', () => {
  testNode(gcpRest, {
    valid: [
      {
        name: 'the page\'s one list across nextPageToken pages ({{@account}} is the project)',
        config: { url: 'https://logging.googleapis.com/v2/projects/{{@account}}/sinks' },
        provider,
        expect: { ports: { out: [sink('audit'), sink('all')] } },
      },
      {
        name: 'an answer with no list (Google leaves an empty list out) is no items',
        config: { url: 'https://logging.googleapis.com/v2/projects/{{@account}}/metrics' },
        provider,
        expect: { ports: { out: [] } },
      },
      {
        name: 'an object with data beside its lists is one item',
        config: { url: 'https://compute.googleapis.com/compute/v1/projects/{{@account}}' },
        provider,
        expect: (out) => expect(out.ports.out!.map((i) => i.name)).toEqual(['111111111111']),
      },
      {
        name: 'items: a JSONPath picks them out of each page',
        config: { url: 'https://compute.googleapis.com/compute/v1/projects/{{@account}}', items: '$.commonInstanceMetadata.items' },
        provider,
        expect: { ports: { out: [{ key: 'enable-oslogin', value: 'TRUE' }] } },
      },
      {
        name: 'absentOn makes the answer one empty item',
        config: { url: 'https://essentialcontacts.googleapis.com/v1/projects/{{@account}}/contacts', absentOn: ['NOT_FOUND'] },
        provider,
        expect: { ports: { out: [{}] } },
      },
      {
        name: 'perItem single: the object under into; absentOn null; another error marks that item only',
        config: {
          input: 'datasets',
          perItem: { url: `${BQ}/{{datasetReference.datasetId}}`, into: 'details', single: true, absentOn: ['NOT_FOUND'] },
        },
        inputs: [[dataset('logs'), dataset('gone'), dataset('denied')]],
        provider,
        expect: (out) => {
          const items = out.ports.out!;
          expect(items.map((i) => (i.details as { access?: unknown } | null)?.access ?? null)).toEqual([[{ role: 'READER', specialGroup: 'allAuthenticatedUsers' }], null, null]);
          expect(items.map((i) => readErrorOf(i)?.code)).toEqual([undefined, undefined, 'PERMISSION_DENIED']);
        },
      },
      {
        name: 'perItem items: a list picked from each answer',
        config: { input: 'datasets', perItem: { url: `${BQ}/{{datasetReference.datasetId}}`, items: '$.access', into: 'access' } },
        inputs: [[dataset('logs')]],
        provider,
        expect: (out) => expect(out.ports.out![0]!.access).toEqual([{ role: 'READER', specialGroup: 'allAuthenticatedUsers' }]),
      },
    ],
    invalid: [
      { name: 'nothing to read', config: {}, problems: [' missing-key'] },
      { name: 'not a Google API', config: { url: 'https://example.com/v1/x' }, problems: ['url bad-value'] },
      { name: 'plain http', config: { url: 'http://logging.googleapis.com/v2/x' }, problems: ['url bad-value'] },
      { name: 'a bad JSONPath', config: { url: `${LOGGING}/sinks`, items: '$.sinks[' }, problems: ['items bad-jsonpath'] },
      { name: 'both a target read and perItem', config: { input: 'd', url: `${LOGGING}/sinks`, perItem: { url: '{{selfLink}}', into: 'x' } }, problems: ['url missing-key'] },
      { name: 'perItem without input', config: { perItem: { url: '{{selfLink}}', into: 'x' } }, problems: ['perItem missing-key'] },
      { name: 'single and items at once', config: { input: 'd', perItem: { url: '{{selfLink}}', into: 'x', single: true, items: '$.a' } }, problems: ['perItem.items bad-value'] },
      { name: 'a perItem url to another host', config: { input: 'd', perItem: { url: 'https://evil.example.com/{{name}}', into: 'x' } }, problems: ['perItem.url bad-value'] },
    ],
  });
});
