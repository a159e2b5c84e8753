import { describe, expect, it } from 'vitest';
import { checkPattern } from '../../../src/nodes/events/pattern-check.js';
import { matchesPattern, type EventPattern } from '../../../src/nodes/events/pattern.js';

/**
 * The matcher against the examples of the EventBridge documentation (event patterns, arrays,
 * null values, content filtering, comparison operators) and of aws/event-ruler's README,
 * which EventBridge's matching follows: each pattern and event as published, with whether it
 * matches as the documentation says.
 */
const RULER_EVENT = {
  version: '0',
  id: 'ddddd4-aaaa-7777-4444-345dd43cc333',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '012345679012',
  time: '2017-10-02T16:24:49Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
  detail: { 'c-count': 5, 'd-count': 3, 'x-limit': 301.8, 'source-ip': '10.0.0.33', 'instance-id': 'i-000000aaaaaa00000', state: 'running' },
};
const TERMINATED = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};
const AUTOSCALING = {
  version: '0',
  id: '3e3c153a-8339-4e30-8c35-687ebef853fe',
  'detail-type': 'EC2 Instance Launch Successful',
  source: 'aws.autoscaling',
  account: '123456789012',
  time: '2015-11-11T21:31:47Z',
  region: 'us-east-1',
  resources: [],
  detail: { eventVersion: '', responseElements: null },
};
const MACIE = {
  'detail-type': 'Macie Alert',
  source: 'aws.macie',
  detail: { 'notification-type': 'ALERT_CREATED', tags: ['Custom_Alert', 'Insider'], 'risk-score': 80, trigger: { 'alert-type': 'basic', risk: 8 } },
};
const EMPLOYEES = { employees: [{ firstName: 'John', lastName: 'Doe' }, { firstName: 'Anna', lastName: 'Smith' }, { firstName: 'Peter', lastName: 'Jones' }] };
const STATE_LISTS = {
  'detail-type': ['EC2 Instance State-change Notification'],
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-02ebd4584a2ebd341'],
  detail: { state: ['initializing', 'running'] },
};

type Case = [name: string, pattern: EventPattern, event: unknown, matches: boolean];

const DOCUMENTED: Case[] = [
  // Event patterns: the instance-termination pattern and its event.
  ['terminated instances', { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['terminated'] } }, TERMINATED, true],
  ['terminated pattern, running event', { source: ['aws.ec2'], detail: { state: ['terminated'] } }, RULER_EVENT, false],
  ['one of several sources', { source: ['aws.ec2', 'aws.fargate'] }, TERMINATED, true],
  // Ruler by example: simple matching, ignoring the event's other fields.
  ['simple matching', { 'detail-type': ['EC2 Instance State-change Notification'], resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'], detail: { state: ['initializing', 'running'] } }, RULER_EVENT, true],
  ['prefix', { time: [{ prefix: '2017-10-02' }] }, RULER_EVENT, true],
  ['prefix, other day', { time: [{ prefix: '2017-10-03' }] }, RULER_EVENT, false],
  ['suffix', { source: [{ suffix: 'ec2' }] }, RULER_EVENT, true],
  ['equals-ignore-case', { source: [{ 'equals-ignore-case': 'AWS.EC2' }] }, RULER_EVENT, true],
  ['anything-but a string', { detail: { state: [{ 'anything-but': 'initializing' }] } }, RULER_EVENT, true],
  ['anything-but the value itself', { detail: { state: [{ 'anything-but': 'running' }] } }, RULER_EVENT, false],
  ['anything-but a number', { detail: { 'x-limit': [{ 'anything-but': 123 }] } }, RULER_EVENT, true],
  ['anything-but a list of strings', { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, RULER_EVENT, true],
  ['anything-but a list of numbers', { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } }, RULER_EVENT, true],
  ['anything-but a prefix', { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, RULER_EVENT, true],
  ['anything-but a prefix it has', { detail: { state: [{ 'anything-but': { prefix: 'run' } }] } }, RULER_EVENT, false],
  ['numeric ranges, all fields', { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }], 'd-count': [{ numeric: ['<', 10] }], 'x-limit': [{ numeric: ['=', 3.018e2] }] } }, RULER_EVENT, true],
  ['numeric, one field out of range', { detail: { 'c-count': [{ numeric: ['>', 0, '<', 5] }], 'd-count': [{ numeric: ['<', 10] }] } }, RULER_EVENT, false],
  ['IP address matching', { detail: { 'source-ip': [{ cidr: '10.0.0.0/24' }] } }, RULER_EVENT, true],
  ['IP address outside the range', { detail: { 'source-ip': [{ cidr: '10.0.1.0/24' }] } }, RULER_EVENT, false],
  ['exists true', { detail: { 'c-count': [{ exists: true }] } }, RULER_EVENT, true],
  ['exists false on a present field', { detail: { 'c-count': [{ exists: false }] } }, RULER_EVENT, false],
  ['exists false: no c-count', { detail: { 'c-count': [{ exists: false }] } }, STATE_LISTS, true],
  ['exists false: c-count is not a leaf', { detail: { 'c-count': [{ exists: false }] } }, { ...STATE_LISTS, detail: { ...STATE_LISTS.detail, 'c-count': { c1: 100 } } }, true],
  [
    'complex example',
    { time: [{ prefix: '2017-10-02' }], detail: { state: [{ 'anything-but': 'initializing' }], 'c-count': [{ numeric: ['>', 0, '<=', 5] }], 'd-count': [{ numeric: ['<', 10] }], 'x-limit': [{ 'anything-but': [100, 200, 300] }], 'source-ip': [{ cidr: '10.0.0.0/8' }] } },
    RULER_EVENT,
    true,
  ],
  // Arrays: a pattern matches an event array when the two intersect.
  [
    'resources intersect',
    { resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f', 'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f', 'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f'] },
    { resources: ['arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate', 'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] },
    true,
  ],
  ['resources do not intersect', { resources: ['arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f'] }, { resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] }, false],
  ['array of objects: one element', { employees: { firstName: ['Anna'] } }, EMPLOYEES, true],
  ['array of objects: fields of different elements never match together', { employees: { firstName: ['Anna'], lastName: ['Jones'] } }, EMPLOYEES, false],
  ['array of objects: both fields of one element', { employees: { firstName: ['Anna'], lastName: ['Smith'] } }, EMPLOYEES, true],
  ['nested arrays are crushed too', { employees: { firstName: ['Peter'] } }, { employees: [[EMPLOYEES.employees[0], EMPLOYEES.employees[1]], [EMPLOYEES.employees[2]]] }, true],
  // Null values and empty strings.
  ['empty string', { detail: { eventVersion: [''] } }, AUTOSCALING, true],
  ['null', { source: ['aws.autoscaling'], 'detail-type': ['EC2 Instance Launch Successful'], detail: { responseElements: [null] } }, AUTOSCALING, true],
  ['null does not match an empty string', { detail: { eventVersion: [null] } }, AUTOSCALING, false],
  ['an empty string does not match null', { detail: { responseElements: [''] } }, AUTOSCALING, false],
  // Value matching (Macie).
  ['numbers and a nested object', { source: ['aws.macie'], 'detail-type': ['Macie Alert'], detail: { 'risk-score': [80], trigger: { risk: [8] } } }, MACIE, true],
  ['a number that differs', { detail: { 'risk-score': [81] } }, MACIE, false],
  // $or (event-ruler README).
  ['$or: source and metricName', { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }] }, { source: 'aws.cloudwatch', metricName: 'ReadLatency' }, true],
  ['$or: source and namespace', { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }] }, { source: 'aws.cloudwatch', namespace: 'AWS/ES' }, true],
  ['$or: neither branch', { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }] }, { source: 'aws.cloudwatch', namespace: 'AWS/RDS' }, false],
  ['$or: a branch matches but source does not', { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] }, { source: 'aws.ec2', metricName: 'CPUUtilization' }, false],
  [
    'parallel $or inside detail',
    { $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }], detail: { $or: [{ source: ['aws.cloudwatch'] }, { 'detail-type': ['CloudWatch Alarm State Change'] }] } },
    { namespace: 'AWS/EC2', detail: { 'detail-type': 'CloudWatch Alarm State Change' } },
    true,
  ],
  [
    'nested $or and and',
    { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { metricType: ['MetricType'], namespace: ['AWS/EC2', 'AWS/ES'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }, { scope: ['Service'] }] },
    { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1000 },
    true,
  ],
  [
    'nested $or: the inner or fails',
    { source: ['aws.cloudwatch'], $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { metricType: ['MetricType'], namespace: ['AWS/EC2', 'AWS/ES'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }, { scope: ['Service'] }] },
    { source: 'aws.cloudwatch', metricType: 'MetricType', namespace: 'AWS/EC2', spaceId: 1001 },
    false,
  ],
];

/** The comparison operators table, each row's example on an event of ours. */
const OPERATORS: Case[] = [
  ['and', { Location: ['New York'], Day: ['Monday'] }, { Location: 'New York', Day: 'Monday' }, true],
  ['and, one differs', { Location: ['New York'], Day: ['Monday'] }, { Location: 'New York', Day: 'Tuesday' }, false],
  ['begins with', { Region: [{ prefix: 'us-' }] }, { Region: 'us-east-2' }, true],
  ['anything-but begins with', { Region: [{ 'anything-but': { prefix: 'us-' } }] }, { Region: 'us-east-2' }, false],
  ['anything-but begins with, EU', { Region: [{ 'anything-but': { prefix: 'us-' } }] }, { Region: 'eu-west-1' }, true],
  ['ends with', { FileName: [{ suffix: '.png' }] }, { FileName: 'cat.png' }, true],
  ['anything-but ends with', { FileName: [{ 'anything-but': { suffix: '.png' } }] }, { FileName: 'cat.png' }, false],
  ['anything-but ignore case', { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] }, { state: 'INITIALIZING' }, false],
  ['anything-but ignore case, other state', { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] }, { state: 'Running' }, true],
  ['anything-but wildcard', { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] }, { FilePath: '/usr/lib/x.so' }, false],
  ['anything-but wildcard, elsewhere', { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] }, { FilePath: '/usr/bin/x' }, true],
  ['begins with, ignore case', { service: [{ prefix: { 'equals-ignore-case': 'eventb' } }] }, { service: 'EventBridge' }, true],
  ['empty', { LastName: [''] }, { LastName: '' }, true],
  ['equals', { Name: ['Alice'] }, { Name: 'Alice' }, true],
  ['equals is case-sensitive', { Name: ['Alice'] }, { Name: 'alice' }, false],
  ['equals, ignore case', { Name: [{ 'equals-ignore-case': 'alice' }] }, { Name: 'ALICE' }, true],
  ['ends with, ignore case', { service: [{ suffix: { 'equals-ignore-case': 'tbridge' } }] }, { service: 'EventBridge' }, true],
  ['exists', { ProductName: [{ exists: true }] }, { ProductName: 'x' }, true],
  ['does not exist', { ProductName: [{ exists: false }] }, { Other: 'x' }, true],
  ['not', { Weather: [{ 'anything-but': ['Raining'] }] }, { Weather: 'Sunny' }, true],
  ['null', { UserID: [null] }, { UserID: null }, true],
  ['numeric equals', { Price: [{ numeric: ['=', 100] }] }, { Price: 100 }, true],
  ['numeric range', { Price: [{ numeric: ['>', 10, '<=', 20] }] }, { Price: 20 }, true],
  ['numeric range, at the open bound', { Price: [{ numeric: ['>', 10, '<=', 20] }] }, { Price: 10 }, false],
  ['or', { PaymentType: ['Credit', 'Debit'] }, { PaymentType: 'Debit' }, true],
  ['or across fields', { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] }, { Location: 'Paris', Day: 'Monday' }, true],
  ['wildcard', { FileName: [{ wildcard: 'dir/*.png' }] }, { FileName: 'dir/cat.png' }, true],
  ['wildcard, other folder', { FileName: [{ wildcard: 'dir/*.png' }] }, { FileName: 'other/cat.png' }, false],
];

/** Our own edge cases. */
const EDGES: Case[] = [
  ['a string literal does not match a number', { n: ['5'] }, { n: 5 }, false],
  ['a number literal matches the number', { n: [5] }, { n: 5 }, true],
  ['booleans', { on: [true] }, { on: true }, true],
  ['false is not null', { on: [false] }, { on: null }, false],
  ['anything-but needs the field', { state: [{ 'anything-but': 'x' }] }, { other: 1 }, false],
  ['anything-but on an array: any element outside', { state: [{ 'anything-but': 'stopped' }] }, { state: ['stopped', 'running'] }, true],
  ['anything-but a list, every element inside', { state: [{ 'anything-but': ['stopped', 'running'] }] }, { state: ['stopped', 'running'] }, false],
  ['exists true on an object is false (not a leaf)', { detail: { c: [{ exists: true }] } }, { detail: { c: { d: 1 } } }, false],
  ['exists true on an empty list is false', { resources: [{ exists: true }] }, AUTOSCALING, false],
  ['exists false on an empty list', { resources: [{ exists: false }] }, AUTOSCALING, true],
  ['exists true on null (a leaf)', { detail: { responseElements: [{ exists: true }] } }, AUTOSCALING, true],
  ['exists false when the parent object is absent', { detail: { errorCode: [{ exists: false }] } }, { source: 'x' }, true],
  ['a nested field under a missing parent', { detail: { state: ['running'] } }, { source: 'x' }, false],
  ['a nested pattern on a scalar', { detail: { state: ['running'] } }, { detail: 'running' }, false],
  ['numeric on a string', { n: [{ numeric: ['>', 0] }] }, { n: '5' }, false],
  ['prefix on a number', { n: [{ prefix: '5' }] }, { n: 55 }, false],
  ['wildcard with an escaped star', { f: [{ wildcard: 'a\\*b*' }] }, { f: 'a*bcd' }, true],
  ['wildcard escaped star is literal', { f: [{ wildcard: 'a\\*b*' }] }, { f: 'axbcd' }, false],
  ['wildcard with regex characters', { f: [{ wildcard: 'v1.(x)*' }] }, { f: 'v1.(x)-2' }, true],
  ['wildcard regex characters are literal', { f: [{ wildcard: 'v1.(x)*' }] }, { f: 'v1x(x)-2' }, false],
  ['wildcard is anchored', { f: [{ wildcard: '*.png' }] }, { f: 'a.png.bak' }, false],
  ['cidr IPv6', { ip: [{ cidr: '2001:db8::/32' }] }, { ip: '2001:db8::1' }, true],
  ['cidr: IPv4 address, IPv6 range', { ip: [{ cidr: '2001:db8::/32' }] }, { ip: '10.0.0.1' }, false],
  ['cidr: not an address', { ip: [{ cidr: '10.0.0.0/8' }] }, { ip: 'AWS Internal' }, false],
  ['several matchers: any', { state: [{ prefix: 'stop' }, 'running'] }, { state: 'running' }, true],
  ['a field named like an operator is a field', { detail: { prefix: ['x'] } }, { detail: { prefix: 'x' } }, true],
  ['prototype keys are not fields', { detail: { constructor: [{ exists: true }] } }, { detail: {} }, false],
];

describe('event patterns: the EventBridge documentation examples', () => {
  it.each(DOCUMENTED)('%s', (_name, pattern, event, expected) => {
    expect(checkPattern(pattern)).toEqual([]);
    expect(matchesPattern(pattern, event)).toBe(expected);
  });
  it.each(OPERATORS)('operator: %s', (_name, pattern, event, expected) => {
    expect(checkPattern(pattern)).toEqual([]);
    expect(matchesPattern(pattern, event)).toBe(expected);
  });
});

describe('event patterns: edge cases', () => {
  it.each(EDGES)('%s', (_name, pattern, event, expected) => {
    expect(checkPattern(pattern)).toEqual([]);
    expect(matchesPattern(pattern, event)).toBe(expected);
  });
});

describe('checkPattern', () => {
  const problems = (pattern: unknown) => checkPattern(pattern).map((p) => `${p.path.join('.')} ${p.code}: ${p.message}`);
  it.each([
    ['not a map', ['aws.ec2'], [' bad-pattern: an event pattern is a map of event fields (e.g. source: [aws.ec2])']],
    ['empty', {}, [' bad-pattern: an empty pattern matches nothing: name at least one field']],
    ['a bare value', { source: 'aws.ec2' }, ['source bad-pattern: the value of "source" must be a list of matchers (e.g. ["aws.ec2"]) or a nested pattern']],
    ['an empty list', { detail: { eventName: [] } }, ['detail.eventName bad-pattern: "eventName" has an empty list, which matches nothing']],
    ['an unknown operator', { source: [{ startsWith: 'aws.' }] }, ['source.0 bad-pattern: a matcher has exactly one of: anything-but, cidr, equals-ignore-case, exists, numeric, prefix, suffix, wildcard (got "startsWith")']],
    ['two operators in one matcher', { source: [{ prefix: 'a', suffix: 'b' }] }, ['source.0 bad-pattern: a matcher has exactly one of: anything-but, cidr, equals-ignore-case, exists, numeric, prefix, suffix, wildcard (got "prefix", "suffix")']],
    ['a list inside a list', { source: [['a']] }, ['source.0 bad-pattern: a matcher is a value (string, number, true, false, null) or a map such as { prefix: "us-" }']],
    ['prefix of a number', { time: [{ prefix: 2017 }] }, ['time.0.prefix bad-pattern: prefix takes a string, or { equals-ignore-case: string }']],
    ['exists "yes"', { a: [{ exists: 'yes' }] }, ['a.0.exists bad-pattern: exists takes true or false']],
    ['a bad cidr', { ip: [{ cidr: '10.0.0.300/8' }] }, ['ip.0.cidr bad-pattern: cidr takes an IPv4 or IPv6 range such as 10.0.0.0/24 (got "10.0.0.300/8")']],
    ['numeric with an odd list', { n: [{ numeric: ['>', 0, '<'] }] }, ['n.0.numeric bad-pattern: numeric takes [operator, number] or a range [">" or ">=", low, "<" or "<=", high]']],
    ['numeric with a string bound', { n: [{ numeric: ['>', '0'] }] }, ['n.0.numeric bad-pattern: numeric takes [operator, number] or a range [">" or ">=", low, "<" or "<=", high]: the bounds must be numbers']],
    ['numeric with an unknown operator', { n: [{ numeric: ['!=', 0] }] }, ['n.0.numeric bad-pattern: numeric takes [operator, number] or a range [">" or ">=", low, "<" or "<=", high]: unknown operator "!="']],
    ['numeric range upside down', { n: [{ numeric: ['<', 5, '>', 0] }] }, ['n.0.numeric bad-pattern: numeric takes [operator, number] or a range [">" or ">=", low, "<" or "<=", high]']],
    ['numeric range empty', { n: [{ numeric: ['>', 5, '<', 5] }] }, ['n.0.numeric bad-pattern: numeric range is empty: 5 is not below 5']],
    ['anything-but of mixed types', { s: [{ 'anything-but': ['a', 1] }] }, ['s.0.anything-but bad-pattern: anything-but takes a string, a number, a list of only strings or only numbers, or { prefix | suffix | equals-ignore-case | wildcard }']],
    ['anything-but prefix of a list', { s: [{ 'anything-but': { prefix: ['a'] } }] }, ['s.0.anything-but.prefix bad-pattern: anything-but prefix takes a string']],
    ['wildcard with consecutive stars', { f: [{ wildcard: 'a**b' }] }, ['f.0.wildcard bad-pattern: wildcard "a**b" has consecutive *: use one']],
    ['wildcard escaping a letter', { f: [{ wildcard: 'a\\b' }] }, ['f.0.wildcard bad-pattern: wildcard "a\\b": a backslash escapes only * or \\']],
    ['$or with one branch', { $or: [{ a: ['x'] }] }, ['$or bad-pattern: $or takes a list of at least two patterns']],
    ['inside $or', { $or: [{ a: ['x'] }, { b: 'y' }] }, ['$or.1.b bad-pattern: the value of "b" must be a list of matchers (e.g. ["y"]) or a nested pattern']],
  ])('%s', (_name, pattern, expected) => {
    expect(problems(pattern)).toEqual(expected);
  });

  it('reports every mistake at once', () => {
    expect(checkPattern({ source: [], detail: { a: [{ exists: 1 }], b: 'x' } }).map((p) => p.path.join('.'))).toEqual(['source', 'detail.a.0.exists', 'detail.b']);
  });
});
