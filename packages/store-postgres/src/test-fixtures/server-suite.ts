/**
 * Test helper: a `describe` block with a throw-away server of its own, started before its
 * tests and removed after them, skipped (saying why) where PostgreSQL's binaries are absent.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { startTestServer, type TestServer, whyNoServer } from '../test-server/index.ts';

/** Declares the suite `title`; `body` reaches the running server through `server()`. */
export function describeOnServer(title: string, body: (server: () => TestServer) => void): void {
  const noServer = whyNoServer();
  describe.skipIf(noServer !== null)(`${title}${noServer ? ` (skipped: ${noServer})` : ''}`, () => {
    let running: TestServer | undefined;
    beforeAll(async () => {
      running = await startTestServer();
    }, 120_000);
    afterAll(() => running?.destroy());
    body(() => {
      if (!running) throw new Error('the test server has not started');
      return running;
    });
  });
}
