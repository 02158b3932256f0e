/**
 * A checkout's app served from this process on a loopback port, over a built index, with the answer cache off
 * (every request searched): the comparing and checking aids (ab-http.ts, api-answers.ts) load each checkout's
 * own `src/` so that two versions can be served side by side.
 */
import { createServer, Agent, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ServedTree {
  server: Server;
  port: number;
  /** A keep-alive agent of one socket: requests asked one at a time. */
  agent: Agent;
}

export async function serveTree(tree: string, indexDir: string): Promise<ServedTree> {
  const from = (file: string): string => pathToFileURL(path.join(tree, file)).href;
  const { loadIndex } = (await import(from('src/store/index.ts'))) as { loadIndex: (dir: string) => Promise<unknown> };
  const { createApp } = (await import(from('src/web/app.ts'))) as {
    createApp: (index: unknown, options: object) => Parameters<typeof createServer>[1];
  };
  const index = await loadIndex(indexDir);
  const server = createServer({ keepAliveTimeout: 60_000 }, createApp(index, { log: () => {}, searchCacheBytes: 0 }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : 0,
    agent: new Agent({ keepAlive: true, maxSockets: 1 }),
  };
}
