/**
 * The database goes away and comes back: the backend says so (health, BackendUnavailable for requests) instead of
 * hanging or crashing, and answers again by itself once it returns. "Down" is a TCP proxy on loopback the test
 * stops and starts, and a port where nothing listens; the shared server itself is never stopped.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendUnavailable } from '../../src/backend/index.js';
import { migrate, PostgresBackend } from '../../src/backend/postgres/index.js';
import type { SearchRequest } from '../../src/search/types.js';
import { freshDatabase, TEST_DATABASE_URL, warnIfSkipped } from './database.js';
import { startProxy, type Proxy } from './proxy.js';

const skip = warnIfSkipped('tests/backend/unavailable.test.ts');
const request: SearchRequest = {
  q: 'bridge',
  speakers: [],
  publishers: [],
  from: null,
  to: null,
  sort: 'newest',
  page: 1,
  limit: 5,
};

/** A loopback port nobody listens on (taken, then released). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.skipIf(skip)('a database that goes away', () => {
  let drop: () => Promise<void>;
  let url: URL;
  let proxy: Proxy;

  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    url = new URL(db.url);
    const setup = new PostgresBackend(db.url);
    await migrate(setup.pool);
    await setup.close();
    proxy = await startProxy({ host: url.hostname, port: Number(url.port || 5432) });
  });
  afterAll(async () => {
    await proxy?.stop();
    await drop?.();
  });

  it('a port where nothing listens: health says why, requests reject with BackendUnavailable', async () => {
    const down = new URL(TEST_DATABASE_URL);
    down.port = String(await freePort());
    const backend = new PostgresBackend(down.toString(), { connectTimeoutMs: 1_000 });
    try {
      const health = await backend.health();
      expect(health.ok).toBe(false);
      expect(health.problem).toMatch(/^postgres: database unreachable/);
      await expect(backend.search(request)).rejects.toBeInstanceOf(BackendUnavailable);
      await expect(backend.quote('x')).rejects.toBeInstanceOf(BackendUnavailable);
    } finally {
      await backend.close();
    }
  });

  it('down, then back: unavailable while down, answering again once it returns, without a restart', async () => {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(proxy.port);
    // Metadata (the vocabulary's version) read every time, as in web.test.ts: a served backend reuses it for a
    // second, and a word it does not know would be answered (nothing found) without the database meanwhile.
    const backend = new PostgresBackend(through.toString(), { connectTimeoutMs: 1_000, metadataTtlMs: 0 });
    try {
      expect((await backend.health()).ok).toBe(true);
      expect((await backend.search(request)).total).toBe(0);
      await proxy.stop();
      expect((await backend.health()).ok).toBe(false);
      await expect(backend.search(request)).rejects.toBeInstanceOf(BackendUnavailable);
      await proxy.start();
      // The pool drops the connections that died and opens new ones: the first request after may still see one.
      let health = await backend.health();
      for (let i = 0; i < 5 && !health.ok; i++) health = await backend.health();
      expect(health.ok).toBe(true);
      expect((await backend.search(request)).total).toBe(0);
    } finally {
      await backend.close();
    }
  });
});
