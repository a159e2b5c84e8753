import { addSecret } from '../../lib/redact.js';

/** `${env:NAME}`: the only way a credential enters a flow. */
export const ENV_REF = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

export type Environment = Readonly<Record<string, string | undefined>>;

/** One of bearer, basic, header; every value an `${env:NAME}` reference. */
export interface HttpAuth {
  bearer?: string;
  basic?: { username: string; password: string };
  header?: { name: string; value: string };
}

/** A `${env:NAME}` a request reads is not set (or empty): the message names who read it and for what. */
export class MissingEnvironmentError extends Error {
  override name = 'MissingEnvironmentError';
  readonly code = 'MissingEnvironment';
}

/** The names of the variables `text` reads, in order. */
export function envNames(text: string): string[] {
  return [...text.matchAll(ENV_REF)].map((m) => m[1]!);
}

/**
 * Puts the environment's values in for `${env:NAME}`; an unset or empty variable throws,
 * naming `who` (`node "ticket"`) and what needed it. Each value read becomes a secret of the
 * run (src/lib/redact.ts), ***** in every output. `only`: the names that may be put in;
 * any other reference is left as text.
 */
export function envReader(who: string, environment: Environment): (text: string, where: string, only?: readonly string[]) => string {
  return (text, where, only) =>
    text.replace(ENV_REF, (ref: string, name: string) => {
      // Not one the flow wrote here (a rendered value that reads like one): text, as it came.
      if (only && !only.includes(name)) return ref;
      const value = environment[name];
      if (value === undefined || value === '') {
        throw new MissingEnvironmentError(`${who} reads \${env:${name}} for its ${where}, but ${name} is not set in the environment`);
      }
      addSecret(value);
      return value;
    });
}

/** The header an `auth:` block sends, its values read from the environment. */
export function authorization(auth: HttpAuth | undefined, fromEnv: (text: string, where: string) => string): { name: string; value: string } | undefined {
  if (!auth) return undefined;
  if (auth.bearer !== undefined) return { name: 'authorization', value: `Bearer ${fromEnv(auth.bearer, 'bearer token')}` };
  if (auth.basic !== undefined) {
    const pair = `${fromEnv(auth.basic.username, 'user name')}:${fromEnv(auth.basic.password, 'password')}`;
    const encoded = Buffer.from(pair).toString('base64');
    addSecret(encoded);
    return { name: 'authorization', value: `Basic ${encoded}` };
  }
  if (auth.header !== undefined) return { name: auth.header.name.toLowerCase(), value: fromEnv(auth.header.value, `${auth.header.name} header`) };
  return undefined;
}

/** Every place of a request an `${env:NAME}` may be in, with what it is for (the `where` of envReader). */
export function envPlaces(request: { url: string; query?: Record<string, string>; headers?: Record<string, string>; auth?: HttpAuth }): [text: string, where: string][] {
  const { auth } = request;
  return [
    [request.url, 'URL'],
    ...Object.entries(request.query ?? {}).map(([k, v]): [string, string] => [v, `query parameter ${k}`]),
    ...Object.entries(request.headers ?? {}).map(([k, v]): [string, string] => [v, `header ${k}`]),
    ...(auth?.bearer !== undefined ? [[auth.bearer, 'bearer token'] as [string, string]] : []),
    ...(auth?.basic ? [[auth.basic.username, 'user name'] as [string, string], [auth.basic.password, 'password'] as [string, string]] : []),
    ...(auth?.header ? [[auth.header.value, `${auth.header.name} header`] as [string, string]] : []),
  ];
}
