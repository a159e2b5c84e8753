import { TargetReadError, type ApiCall, type Item } from './types.js';

/**
 * Answers that several targets share (a tenant's Microsoft Graph or tenant-wide ARM read, an
 * organization's REST URL read for each of its projects): each key is fetched once until
 * `clear()` (after a write); a failure is re-attributed to the call that asked, so it is that
 * call's ERROR wherever it is reported.
 */
export function sharedAnswers(): { get(key: string, call: ApiCall, fetch: () => Promise<Item[]>): Promise<Item[]>; clear(): void } {
  const answers = new Map<string, Promise<Item[]>>();
  return {
    async get(key, call, fetch) {
      let answer = answers.get(key);
      if (!answer) {
        answer = fetch();
        answers.set(key, answer);
      }
      try {
        return await answer;
      } catch (error) {
        if (error instanceof TargetReadError) throw new TargetReadError(error.code, error.message, call);
        throw error;
      }
    },
    clear: () => answers.clear(),
  };
}
