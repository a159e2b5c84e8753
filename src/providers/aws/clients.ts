import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalService, installHint, packageCandidates } from './names.js';
import { outputShape, protocolOf, type OutputShape } from './output-shape.js';

/**
 * SDK v3 client packages, loaded only when a call of their service is made: a scan of EC2
 * flows never loads IAM. The bundled ones are imported by literal name, so the GitHub Action's
 * bundle (scripts/build-action.mjs) carries them; any other installed `@aws-sdk/client-*`
 * is found by name (names.ts) from ctrlflow's own folder or the working directory.
 */
const BUNDLED: Readonly<Record<string, () => Promise<unknown>>> = {
  '@aws-sdk/client-accessanalyzer': () => import('@aws-sdk/client-accessanalyzer'),
  '@aws-sdk/client-account': () => import('@aws-sdk/client-account'),
  '@aws-sdk/client-cloudtrail': () => import('@aws-sdk/client-cloudtrail'),
  '@aws-sdk/client-cloudwatch': () => import('@aws-sdk/client-cloudwatch'),
  '@aws-sdk/client-cloudwatch-logs': () => import('@aws-sdk/client-cloudwatch-logs'),
  '@aws-sdk/client-config-service': () => import('@aws-sdk/client-config-service'),
  '@aws-sdk/client-ec2': () => import('@aws-sdk/client-ec2'),
  '@aws-sdk/client-efs': () => import('@aws-sdk/client-efs'),
  '@aws-sdk/client-iam': () => import('@aws-sdk/client-iam'),
  '@aws-sdk/client-kms': () => import('@aws-sdk/client-kms'),
  '@aws-sdk/client-macie2': () => import('@aws-sdk/client-macie2'),
  '@aws-sdk/client-organizations': () => import('@aws-sdk/client-organizations'),
  '@aws-sdk/client-rds': () => import('@aws-sdk/client-rds'),
  '@aws-sdk/client-s3': () => import('@aws-sdk/client-s3'),
  '@aws-sdk/client-s3-control': () => import('@aws-sdk/client-s3-control'),
  '@aws-sdk/client-securityhub': () => import('@aws-sdk/client-securityhub'),
  '@aws-sdk/client-sns': () => import('@aws-sdk/client-sns'),
  '@aws-sdk/client-sts': () => import('@aws-sdk/client-sts'),
};

export function isBundledPackage(name: string): boolean {
  return name in BUNDLED;
}

/** The SDK client as the providers use it. */
export interface SdkClient {
  send(command: unknown): Promise<Record<string, unknown>>;
  middlewareStack: { add(middleware: unknown, options: object): void; addRelativeTo(middleware: unknown, options: object): void };
  /** The wire protocol (`config.protocol.getShapeId()`: aws.protocols#ec2Query …), on clients built with schemas. */
  config: { protocol?: { getShapeId?(): string } };
  destroy?(): void;
}
export type CommandClass = new (input: object) => unknown;

export interface ServiceModule {
  /** The package it came from. */
  name: string;
  Client: new (config: object) => SdkClient;
  /** `${method}Command`, when the client has it. */
  command(method: string): CommandClass | undefined;
  /** What an answer of `method` holds (output-shape.ts), from the client's schema; undefined when it has none. */
  outputShape(method: string): OutputShape | undefined;
  /** Everything the package exports, its operation and structure schemas (`DescribeDBInstances$`, `DBInstance$` …) among them (shapes.ts). */
  exports: Readonly<Record<string, unknown>>;
}

/** A service whose client cannot be loaded: ERROR for the target, never a crash. */
export class ServiceLoadError extends Error {
  constructor(
    readonly code: 'ClientNotInstalled' | 'UnknownService',
    message: string,
  ) {
    super(message);
    this.name = 'ServiceLoadError';
  }
}

const loaded = new Map<string, Promise<ServiceModule>>();

export function loadService(service: string): Promise<ServiceModule> {
  const name = canonicalService(service);
  let pending = loaded.get(name);
  if (!pending) {
    pending = load(name);
    loaded.set(name, pending);
  }
  return pending;
}

async function load(service: string): Promise<ServiceModule> {
  for (const candidate of packageCandidates(service)) {
    const module = await importPackage(candidate);
    if (module === undefined) continue;
    const Client = module[`${service}Client`];
    if (typeof Client !== 'function') {
      throw new ServiceLoadError('UnknownService', `${candidate} has no ${service}Client: name the service by its client class without "Client"`);
    }
    const SdkClientClass = Client as new (config: object) => SdkClient;
    const { NormalizedSchema } = await import('@smithy/core/schema');
    const shapes = new Map<string, OutputShape | undefined>();
    let protocol: ReturnType<typeof protocolOf> | undefined;
    return {
      name: candidate,
      Client: SdkClientClass,
      command: (method) => {
        const command = module[`${method}Command`];
        return typeof command === 'function' ? (command as CommandClass) : undefined;
      },
      outputShape: (method) => {
        if (!shapes.has(method)) {
          protocol ??= protocolOfClient(SdkClientClass);
          shapes.set(method, outputShape(NormalizedSchema, module, method, protocol));
        }
        return shapes.get(method);
      },
      exports: module,
    };
  }
  throw new ServiceLoadError('ClientNotInstalled', `no AWS SDK client for service "${service}" is installed: ${installHint(service)}`);
}

/** The protocol a client speaks, from a client made for that only (no request is sent, no credential is looked up). */
function protocolOfClient(Client: new (config: object) => SdkClient): ReturnType<typeof protocolOf> {
  const client = new Client({ region: 'us-east-1', credentials: { accessKeyId: 'none', secretAccessKey: 'none' } });
  try {
    return protocolOf(client.config.protocol?.getShapeId?.());
  } finally {
    client.destroy?.();
  }
}

async function importPackage(name: string): Promise<Record<string, unknown> | undefined> {
  const bundled = BUNDLED[name];
  if (bundled) return (await bundled()) as Record<string, unknown>;
  const file = resolvePackage(name);
  if (file === undefined) return undefined;
  const module: unknown = await import(pathToFileURL(file).href);
  return module as Record<string, unknown>;
}

/** The entry file of an installed package, from ctrlflow's own folder up, then from the working directory. */
export function resolvePackage(name: string): string | undefined {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from).resolve(name);
    } catch {
      // not installed where this looks
    }
  }
  return undefined;
}
