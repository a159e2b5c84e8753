import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { bufferIo } from '../../src/cli/io.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';

/** validateCommand run from the repo root, as `ctrlflow validate …` would be. */
async function validate(...paths: string[]) {
  const io = bufferIo();
  const code = await validateCommand(paths, io, REPO);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('ctrlflow validate', () => {
  it('prints every mistake of a folder at once as file:line:col code, and exits 2', async () => {
    const { code, stdout, stderr } = await validate('test/fixtures/invalid');
    expect(code).toBe(2);
    const at = 'test/fixtures/invalid/';
    // Positions counted by hand: the value that is wrong, the unknown key itself, or the map
    // that misses a key. One file per mistake, so each line names its own fixture.
    expect(stderr.map((line) => line.replace(/^(\S+ error [a-z-]+):.*$/, '$1'))).toEqual([
      `${at}bad-control-key.yaml:7:1 error unknown-key`,
      `${at}bad-cron.yaml:4:9 error bad-cron`,
      `${at}bad-expression.yaml:11:19 error bad-expression`,
      `${at}bad-operator.yaml:15:21 error bad-operator`,
      `${at}bad-severity.yaml:3:11 error bad-value`,
      `${at}cycle.yaml:5:12 error cycle`,
      `${at}duplicate-control-b.yaml:1:5 error duplicate-id`,
      `${at}duplicate-node.yaml:7:9 error duplicate-id`,
      `${at}incomplete-expression.yaml:11:19 error bad-expression`,
      `${at}missing-flow.yaml:6:7 error unknown-flow`,
      `${at}missing-input.yaml:9:12 error unknown-input`,
      `${at}missing-key.yaml:1:1 error missing-key`,
      `${at}missing-port.yaml:14:12 error unknown-port`,
      `${at}node-key.yaml:7:5 error unknown-key`,
      `${at}not-a-document.yaml:1:1 error unknown-document`,
      `${at}unknown-condition-type.yaml:12:27 error unknown-condition-type`,
      `${at}unknown-node-type.yaml:4:11 error unknown-node-type`,
      `${at}unknown-variable.yaml:14:93 error unknown-variable`,
      `${at}unquoted-wildcard.yaml:13:29 error yaml-syntax`,
      `${at}wrong-file-name.yaml:1:5 error id-mismatch`,
      `${at}yaml-syntax.yaml:6:5 error yaml-syntax`,
    ]);
    expect(stdout).toEqual(['21 error(s) in 21 file(s)']);
  });

  it('says what is wrong in words a person can act on', async () => {
    const { stderr } = await validate('test/fixtures/invalid');
    const text = stderr.join('\n');
    expect(text).toContain('bad-control-key.yaml:7:1 error unknown-key: unknown key "remedation" (did you mean "remediation"?)');
    expect(text).toContain('missing-key.yaml:1:1 error missing-key: missing required key "provider"');
    expect(text).toContain('missing-port.yaml:14:12 error unknown-port: "verdict.fail" (ports of verdict: failed, passed)');
    expect(text).toContain('cycle.yaml:5:12 error cycle: the flow has a cycle: a -> b -> a');
    expect(text).toContain('duplicate-control-b.yaml:1:5 error duplicate-id: control id "DUP-001" is also used by test/fixtures/invalid/duplicate-control-a.yaml');
    expect(text).toContain('unknown-node-type.yaml:4:11 error unknown-node-type: unknown node type "aws.resources" (did you mean "aws.resource"?)');
    expect(text).toContain('unknown-variable.yaml:14:93 error unknown-variable: $wf.variables:sshPort is not declared under variables: (variables: port)');
    expect(text).toContain('a JSONPath with [ or * must be quoted');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('passes a valid pair and a single file, and exits 0', async () => {
    const { code, stdout, stderr } = await validate('test/fixtures/invalid/good-control.yaml', 'test/fixtures/invalid/good-flow.yaml');
    expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
    expect(stdout[0]).toBe('1 control(s) and 1 flow(s) are valid');
    expect(stdout[1]).toMatch(/^Content hash: sha256:[0-9a-f]{64} \(2 control, flow and framework file\(s\) under test\/fixtures\/invalid\)$/);
  });

  it('names a path that does not exist', async () => {
    const { code, stderr } = await validate('nope/controls', 'test/fixtures/invalid/good-flow.yaml');
    expect(code).toBe(2);
    expect(stderr).toEqual(['nope/controls:1:1 error no-such-path: no such file or folder']);
  });

  it('checks ./controls and ./flows when no path is given', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'controls'));
    writeFileSync(join(dir, 'controls', 'C-1.yaml'), 'id: C-1\ntitle: t\nseverity: low\nprovider: aws\nresourceType: X\nflow: f\n');
    const io = bufferIo();
    expect(await validateCommand([], io, dir)).toBe(2);
    expect(io.stderr.map((l) => l.replace(/^(\S+ error [a-z-]+):.*$/, '$1'))).toEqual(['controls/C-1.yaml:6:7 error unknown-flow', 'flows:1:1 error no-such-path']);
  });

  it('is wired into the CLI with the same output and exit code', async () => {
    const { code, stdout, stderr } = await cli('validate', 'test/fixtures/invalid');
    expect(code).toBe(2);
    expect(stdout).toBe('21 error(s) in 21 file(s)');
    expect(stderr.split('\n')).toEqual((await validate('test/fixtures/invalid')).stderr);
  });

  it('checks AWS reads against the installed SDK clients: package, client, method, several lists; and aws.resource keys', async () => {
    const { code, stdout, stderr } = await validate('test/fixtures/invalid-aws');
    expect(code).toBe(2);
    const at = 'test/fixtures/invalid-aws/';
    expect(stderr.map((line) => line.split('\n')[0])).toEqual([
      `${at}action-method.yaml:17:13 error unknown-method: @aws-sdk/client-iam has no DeleteAccesKeyCommand (did you mean "DeleteAccessKey"?)`,
      `${at}ambiguous-items.yaml:6:13 error ambiguous-items: CloudTrail.GetEventSelectors answers several lists (EventSelectors, AdvancedEventSelectors): say which holds the items with items: (e.g. items: "$.EventSelectors[*]"), or perItem single: true for the whole answer`,
      `${at}evidence-template.yaml:13:19 error bad-template: not a valid handlebars template: Parse error on line 1:`,
      `${at}per-item-no-input.yaml:7:14 error missing-key: perItem makes one call per item of one input: name that node with input: (e.g. input: buckets)`,
      `${at}uninstalled-service.yaml:5:14 error missing-client: no AWS SDK client for service "SecretsManager" is installed: npm install @aws-sdk/client-secrets-manager`,
      `${at}unknown-method.yaml:6:13 error unknown-method: @aws-sdk/client-iam has no ListUserCommand (did you mean "ListUsers"?)`,
    ]);
    expect(stdout).toEqual(['6 error(s) in 6 file(s)']);
  });

  it('checks every key a flow reads against the SDK output shape of the call, through addons, perItem and formatter renames', async () => {
    const { code, stdout, stderr } = await validate('test/fixtures/invalid-aws-keys');
    expect(code).toBe(2);
    const at = 'test/fixtures/invalid-aws-keys/';
    expect(stderr).toEqual([
      `${at}addon-and-formatter.yaml:11:48 error unknown-member: "MetadataOptionz": Instance has no top-level key "MetadataOptionz" (did you mean "MetadataOptions"?)`,
      `${at}addon-and-formatter.yaml:19:41 error unknown-member: "$.SecurityGroups[*].GroupNam": SecurityGroup at $.SecurityGroups[*] has no member "GroupNam" (did you mean "GroupName"?)`,
      `${at}addon-and-formatter.yaml:21:19 error unknown-member: "$.InstanceId": Instance (items of EC2.DescribeInstances) has no member "InstanceId" (renamed "Id" by formatter shaped)`,
      `${at}condition-key.yaml:12:42 error unknown-member: "$.BackupRetentionPeriods": DBInstance (items of RDS.DescribeDBInstances) has no member "BackupRetentionPeriods" (did you mean "BackupRetentionPeriod"?)`,
      `${at}evidence-and-template.yaml:15:20 error unknown-member: "$.DBInstanceIdentifer": DBInstance (items of RDS.DescribeDBInstances) has no member "DBInstanceIdentifer" (did you mean "DBInstanceIdentifier"?)`,
      `${at}evidence-and-template.yaml:16:14 error unknown-member: "$.Endpoint.Adress": Endpoint at $.Endpoint has no member "Adress" (did you mean "Address"?)`,
      `${at}evidence-and-template.yaml:16:78 error unknown-member: "$.TagList.Key": a list at $.TagList has no member "Key": a list's elements are read with [*] (…[*].Key) or [0]`,
      `${at}evidence-and-template.yaml:25:32 error unknown-member: "$.CACertificateIdentifer": DBInstance (items of RDS.DescribeDBInstances) has no member "CACertificateIdentifer" (did you mean "CACertificateIdentifier"?)`,
      `${at}items-path.yaml:7:12 error unknown-member: "$.EventSelector[*]": GetEventSelectorsResponse has no member "EventSelector" (did you mean "EventSelectors"?)`,
      `${at}method-name.yaml:6:13 error unknown-method: @aws-sdk/client-rds has no DescribeDbInstancesCommand (did you mean "DescribeDBInstances"?)`,
      `${at}service-name.yaml:5:14 error unknown-service: @aws-sdk/client-ec2 has no Ec2Client: name the service by its client class without "Client" (did you mean "EC2"?)`,
      `${at}write-method.yaml:6:13 error write-method: DeleteDBInstance is not a read: aws.resource only reads (Describe…, List…, Get…, Select…, BatchGet…, BatchDescribe…, Lookup…, Search…); a write belongs in an aws.action, which runs only with --remediate`,
    ]);
    expect(stdout).toEqual(['12 error(s) in 7 file(s)']);
  });

  it('passes keys the shape has: perItem answers under into, formatter fields, single answers, credential report columns', async () => {
    const { code, stderr } = await validate('test/fixtures/aws-keys-good');
    expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
  });

  it('leaves what a live read needs installed to validate: a snapshot of a service with no client installed scans', async () => {
    const dir = tempDir();
    for (const folder of ['controls', 'flows', 'snap/aws/111111111111/us-east-1']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'controls', 'S-1.yaml'), 'id: S-1\ntitle: Secrets rotate\nseverity: low\nprovider: aws\nresourceType: AWS::SecretsManager::Secret\nflow: secrets\n');
    writeFileSync(
      join(dir, 'flows', 'secrets.yaml'),
      'id: secrets\nnodes:\n  - { id: s, type: aws.resource, service: SecretsManager, method: ListSecrets }\n' +
        '  - { id: v, type: evaluate, input: s, fail_if: { conditions: [{ id: c, type: param, key: $.RotationEnabled, operator: "!=", value: true }] }, evidence: { resourceId: $.ARN } }\n',
    );
    writeFileSync(join(dir, 'snap/aws/111111111111/us-east-1/SecretsManager.ListSecrets.json'), JSON.stringify({ SecretList: [{ ARN: 'arn:s1', RotationEnabled: false }, { ARN: 'arn:s2', RotationEnabled: true }] }));
    const out = join(dir, 'out');
    const scan = await cli('scan', '--no-bundled', '--controls', join(dir, 'controls'), '--flows', join(dir, 'flows'), '--inventory', join(dir, 'snap'), '--format', 'json', '--out', out, '--fail-on', 'none');
    expect(scan.code).toBe(0);
    expect(readReport(out).results.map((r) => `${r.resourceId} ${r.status}`)).toEqual(['arn:s1 FAIL', 'arn:s2 PASS']);
    expect((await validate(join(dir, 'flows'))).stderr).toEqual([expect.stringMatching(/secrets\.yaml:3:43 error missing-client: .*npm install @aws-sdk\/client-secrets-manager$/)]);
  });
  it('checks the control unit tests beside the controls: schema, the control, paths, variables, expectation keys', async () => {
    const { code, stdout, stderr } = await validate('test/fixtures/content/controls', 'test/fixtures/content/flows', 'test/fixtures/control-tests/unsound');
    expect(code).toBe(2);
    const at = 'test/fixtures/control-tests/unsound/';
    expect(stderr).toEqual([
      `${at}case-mistakes.test.yaml:4:16 error no-such-path: no inventory folder "../../inventories/basics" (a path is relative to this test file)`,
      `${at}case-mistakes.test.yaml:10:13 error unknown-variable: flow "test-sg-world" has no variable "prot" (did you mean "port"?)`,
      `${at}case-mistakes.test.yaml:11:15 error bad-key: "sg-0a1 " has spaces around it: no result names it so (write "sg-0a1")`,
      `${at}case-mistakes.test.yaml:11:32 error unknown-target: "aws/111111111111/us-east-2" is no target of this case's inventory (did you mean "aws/111111111111/us-east-1"?)`,
      `${at}case-mistakes.test.yaml:11:99 error bad-key: "aws/111111111111" is neither a resource nor a target: a target is cloud/account/region (e.g. aws/111111111111/us-east-1)`,
      `${at}case-mistakes.test.yaml:13:12 error no-such-path: no event file "../../events/nope.json" (a path is relative to this test file)`,
      `${at}status-typo.test.yaml:5:23 error bad-value: sg-0a1 must be one of "PASS", "FAIL", "ERROR"`,
      `${at}wrong-control.test.yaml:1:10 error unknown-control: no control "TEST-SG-01" was loaded (did you mean "TEST-SG-001"?)`,
      `${at}yaml-syntax.test.yaml:4:1 error yaml-syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
    expect(stdout).toEqual(['9 error(s) in 4 file(s)']);
    // The same file named alone is checked as a test, not refused as an unknown document.
    expect((await validate('test/fixtures/content/controls', 'test/fixtures/content/flows', `${at}status-typo.test.yaml`)).stderr).toEqual([`${at}status-typo.test.yaml:5:23 error bad-value: sg-0a1 must be one of "PASS", "FAIL", "ERROR"`]);
  });

  it('counts the control test files it checked', async () => {
    const { code, stdout } = await validate('test/fixtures/content/controls', 'test/fixtures/content/flows', 'test/fixtures/control-tests/failing');
    expect(code).toBe(0);
    expect(stdout[0]).toBe('2 control(s), 2 flow(s) and 1 control test file(s) are valid');
  });
});
