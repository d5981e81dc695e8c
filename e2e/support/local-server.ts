import { createServer, type RequestListener } from "node:http";

export interface LocalServer {
  /** `http://127.0.0.1:{port}`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * A server of the test's own on 127.0.0.1 (a free port), for the app to call: a shop's API
 * behind an HTTP step, a media link. Private addresses: the workspace must allow them
 * (./private-http.ts).
 */
export async function startLocalServer(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      // The app keeps connections alive: close them, or close() waits for their timeout.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
