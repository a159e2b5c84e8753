import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBin } from '../helpers/built-bin.js';
import { tempDir } from '../helpers/cli.js';

/**
 * A finished run ends, whatever an SDK left open: Azure's credential chain probing the
 * managed-identity endpoint on a network that drops the packets held a failed scan open for
 * minutes after its last line. Here a module loaded before the CLI opens a socket to a server
 * that accepts and never answers nor closes: the CLI must still exit, with its own code.
 */
let server: Server;
let port = 0;
const held: Socket[] = [];

beforeAll(async () => {
  server = createServer((socket) => void held.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const socket of held) socket.destroy();
  server.close();
  await once(server, 'close');
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; ms: number }> {
  const preload = join(tempDir('ctrlflow-exit-'), 'hold-socket.mjs');
  writeFileSync(preload, `import { connect } from 'node:net';\nconnect(${port}, '127.0.0.1');\n`);
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', preload, builtBin(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return once(child, 'close').then(([code]) => {
    clearTimeout(timer);
    return { code: code as number | null, stdout, ms: Date.now() - started };
  });
}

describe('the process ends when the run does', () => {
  it('exits 0 with everything printed while a socket is still open', async () => {
    const { code, stdout, ms } = await run(['list', 'formats']);
    expect(code).toBe(0);
    expect(stdout).toContain('sarif');
    expect(ms).toBeLessThan(15_000);
    expect(held.length).toBeGreaterThan(0);
  });

  it('exits 2 on a bad argument while a socket is still open', async () => {
    const { code } = await run(['scan', '--no-such-flag']);
    expect(code).toBe(2);
  });
});
