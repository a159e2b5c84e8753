import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtBin } from '../helpers/built-bin.js';
import { REPO } from '../helpers/cli.js';
import { useThread as fromSource } from '../../src/lib/threads.js';

type UseThread = typeof fromSource;

// The built module: from the TypeScript sources no worker can start, so the choice is made only there.
async function builtUseThread(): Promise<{ useThread: UseThread; ONE_THREAD_BYTES: number }> {
  builtBin();
  return (await import(pathToFileURL(join(REPO, 'dist/src/lib/threads.js')).href)) as { useThread: UseThread; ONE_THREAD_BYTES: number };
}

describe('useThread', () => {
  it('hands work to a thread for an input over 8 MiB or of unknown size; CTRLFLOW_WORKERS=0 never, =1 always', async () => {
    const { useThread, ONE_THREAD_BYTES } = await builtUseThread();
    expect(ONE_THREAD_BYTES).toBe(8 * 1024 * 1024);
    const cases: [Record<string, string>, number | undefined][] = [
      [{}, 1_000_000],
      [{}, ONE_THREAD_BYTES],
      [{}, ONE_THREAD_BYTES + 1],
      [{}, undefined],
      [{ CTRLFLOW_WORKERS: '0' }, 100_000_000],
      [{ CTRLFLOW_WORKERS: '0' }, undefined],
      [{ CTRLFLOW_WORKERS: '1' }, 1_000],
      [{ CTRLFLOW_WORKERS: 'yes' }, 1_000],
    ];
    expect(cases.map(([environment, bytes]) => useThread(environment, bytes))).toEqual([false, false, true, true, false, false, true, false]);
  });

  it('never from the TypeScript sources, which a worker cannot run', () => {
    expect([fromSource({ CTRLFLOW_WORKERS: '1' }, undefined), fromSource({}, 100_000_000)]).toEqual([false, false]);
  });
});
