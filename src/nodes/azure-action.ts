import { actionKind } from './actions/common.js';

/**
 * QFlow "Azure Action" through the ARM REST API: a PATCH (or PUT, POST, DELETE) of a resource
 * path, `{{id}}` by default, with an api-version and a templated body. ARM is the one API
 * behind every Azure resource provider, so one action kind covers them all without an SDK
 * client per service; the request goes through the Azure SDK pipeline (retries, 429) with
 * DefaultAzureCredential, like the reads.
 */
export const azureAction = actionKind('azure.action', 'plan (or with --remediate, make) an ARM REST call per failing resource: method + path + api-version + templated body, or steps', {
  via: 'azure',
  callProperties: {
    method: { enum: ['PATCH', 'PUT', 'POST', 'DELETE'] },
    path: { type: 'string', minLength: 1 },
    apiVersion: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(-preview)?$' },
    body: { type: ['object', 'array'] },
  },
  requiredCall: ['method', 'apiVersion'],
  callDefaults: { path: '{{id}}' },
  toCall: (step) => ({
    service: 'ARM',
    method: String(step.method),
    params: { path: step.path, apiVersion: step.apiVersion, ...(step.body === undefined ? {} : { body: step.body }) },
  }),
});
