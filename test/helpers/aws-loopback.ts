import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that the real SDK clients reach through their `endpoint`
 * option, for faults on the wire: answers that repeat, never come, stop halfway or are not
 * AWS's. Every service shares it; a request is named by its action (the Query protocols'
 * `Action=`, the JSON protocols' `x-amz-target`), and every request is counted by that name.
 */
export type Reply = { status?: number; body: string; headers?: Record<string, string> } | 'hang' | 'stall';

export interface Loopback {
  endpoint: string;
  /** Requests seen, by action. */
  seen: Record<string, number>;
  close(): Promise<void>;
}

export async function awsLoopback(answer: (action: string, form: Record<string, string>) => Reply): Promise<Loopback> {
  const seen: Record<string, number> = {};
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(text));
      const target = req.headers['x-amz-target'];
      const action = form.Action ?? (typeof target === 'string' ? target.split('.').pop()! : `${req.method} ${req.url}`);
      seen[action] = (seen[action] ?? 0) + 1;
      const reply = answer(action, form);
      // Never answered: the socket stays open until the client gives up (or the server closes).
      if (reply === 'hang') return;
      if (reply === 'stall') {
        // Headers and the start of a body, then nothing more.
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.write(`<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>`);
        return;
      }
      res.writeHead(reply.status ?? 200, { 'content-type': 'text/xml', ...reply.headers }).end(reply.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** STS GetCallerIdentity for one account. */
export const callerIdentity = (account: string): Reply => ({
  body: `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/ci</Arn><UserId>AIDTEST</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
});

/** An EC2 DescribeSecurityGroups page of these group ids, with an optional next token. */
export const groupsPage = (ids: string[], next?: string): Reply => ({
  body:
    `<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><securityGroupInfo>` +
    ids.map((id) => `<item><groupId>${id}</groupId><groupName>${id}</groupName><ipPermissions/><ipPermissionsEgress/></item>`).join('') +
    `</securityGroupInfo>${next ? `<nextToken>${next}</nextToken>` : ''}</DescribeSecurityGroupsResponse>`,
});
