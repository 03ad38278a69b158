/** A real server on another origin than the app's, for the specs that need one (CORS, framing, redirects). */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from '@playwright/test';

/**
 * A real server on another origin for the tests of the enclosing describe block, started before
 * them and stopped after; `handler` is made when it starts. Gives the server's address once started.
 */
export function otherOrigin(handler: () => RequestListener): () => string {
  let server: Server;
  let base = '';
  test.beforeAll(async () => {
    server = createServer(handler());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  return () => base;
}
