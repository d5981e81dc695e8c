import { startLocalServer, type LocalServer } from "./local-server";

/**
 * The shop system `orderLookupFlow` (./simulator-flows.ts) calls, on the server's own network:
 * answers every order as on its way, and records each request as "METHOD /path".
 */
export async function startShopServer(): Promise<LocalServer & { requests: string[] }> {
  const requests: string[] = [];
  const server = await startLocalServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "on its way" }));
  });
  return { ...server, requests };
}
