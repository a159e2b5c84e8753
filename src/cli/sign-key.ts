import { resolve } from 'node:path';
import { loadSigningKey, SigningKeyError, type SigningKey } from '../evidence/sign.js';
import { UsageError } from './usage.js';

/** The key of --sign-key or $CTRLFLOW_SIGN_KEY, read before anything is scanned or written: a bad key is exit 2. */
export async function signingKeyOf(args: { signKey?: string; cwd: string }): Promise<SigningKey | undefined> {
  try {
    return await loadSigningKey(args.signKey === undefined ? undefined : resolve(args.cwd, args.signKey), process.env);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new UsageError(error.message);
    throw error;
  }
}
