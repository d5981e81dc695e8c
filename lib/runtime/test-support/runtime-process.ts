/**
 * A stand-alone app process for the SIGKILL test: the runtime with its workers plus a bare HTTP
 * server that hands POSTs to the webhook intake. Prints `ready <port>` once it listens.
 *   tsx lib/runtime/test-support/runtime-process.ts     (env: DATABASE_URL or SOHBET_DATA_DIR,
 *                                                         WHATSAPP_GRAPH_API_URL)
 */
import http from "node:http";
import { openConfigured } from "@/lib/db/client";
import { createRuntime } from "../create-runtime";
import { defaultSources } from "../default-sources";
import { receiveWebhook } from "../intake/receive-webhook";

async function main(): Promise<void> {
  const database = openConfigured();
  await database.migrate();
  const rt = await createRuntime({ database, sources: defaultSources, workers: true });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const channelId = (req.url ?? "").split("/").pop() ?? "";
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === "string") headers.set(k, v);
      const request = new Request(`http://localhost${req.url ?? "/"}`, {
        method: "POST",
        headers,
        body: Buffer.concat(chunks),
      });
      receiveWebhook(rt, channelId, request)
        .then(async (response) => {
          res.writeHead(response.status);
          res.end(await response.text());
        })
        .catch((error: unknown) => {
          console.error(error);
          res.writeHead(500);
          res.end();
        });
    });
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    console.log(`ready ${typeof address === "object" && address ? address.port : 0}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
