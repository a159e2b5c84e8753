import { actionKind } from './actions/common.js';

/**
 * QFlow "GCP Action" through the REST API of the service (the google-auth-library client
 * with Application Default Credentials): a templated request, or `removeMembers`, which
 * reads a resource's IAM policy, drops those members from every binding and writes it back
 * with its etag (a policy changed in between fails the write rather than losing the change).
 * REST over one authenticated client covers every GCP service without a client library each.
 */
export const gcpAction = actionKind('gcp.action', 'plan (or with --remediate, make) a GCP REST call per failing resource: method + url + templated body, or removeMembers on an IAM policy', {
  via: 'gcp',
  callProperties: {
    method: { enum: ['POST', 'PUT', 'PATCH', 'DELETE'] },
    url: { type: 'string', pattern: '^https://[a-z0-9.-]+\\.googleapis\\.com/' },
    body: { type: ['object', 'array'] },
    removeMembers: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    policyUrl: { type: 'string', pattern: '^https://[a-z0-9.-]+\\.googleapis\\.com/' },
  },
  requiredCall: [],
  toCall: (step) =>
    step.removeMembers !== undefined
      ? { service: 'IAM', method: 'removeMembers', params: { policyUrl: step.policyUrl, members: step.removeMembers } }
      : { service: 'REST', method: String(step.method), params: { url: step.url, ...(step.body === undefined ? {} : { body: step.body }) } },
  checkStep(step) {
    const iam = step.removeMembers !== undefined || step.policyUrl !== undefined;
    if (iam && (step.removeMembers === undefined || step.policyUrl === undefined || step.method !== undefined || step.url !== undefined)) {
      return [{ path: [], code: 'missing-key', message: 'removeMembers goes with policyUrl (the resource\'s getIamPolicy/setIamPolicy URL) and nothing else' }];
    }
    if (!iam && (step.method === undefined || step.url === undefined)) return [{ path: [], code: 'missing-key', message: 'a GCP action step needs method and url (or removeMembers with policyUrl)' }];
    return [];
  },
});
