/**
 * `npm run worker`: the runtime's queue workers without the web app, for PostgreSQL deployments
 * that want processing on machines of its own (run as many as you like). With
 * SOHBET_WEBHOOK_PORT it also answers Meta's webhooks on that port (same paths as the app), so a
 * load balancer can send `/api/webhooks/` there; with SOHBET_WORKERS=off as well it only takes
 * webhooks (an intake process, whose acknowledgements never wait behind processing). With the
 * embedded database the app runs the workers itself and this refuses, since PGlite allows one
 * process.
 */
import { openConfigured } from "@/lib/db/client";
import { DataDirBusyError } from "@/lib/db/data-dir-lock";
import { webhookPortFromEnv, workersEnabled } from "@/lib/runtime/config";
import { createRuntime } from "@/lib/runtime/create-runtime";
import { startWebhookListener } from "@/lib/runtime/intake/webhook-listener";
import { defaultSources } from "@/lib/runtime/default-sources";

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.error(
      "npm run worker needs DATABASE_URL: with the embedded database the app runs the workers itself.",
    );
    process.exit(1);
  }
  const webhookPort = webhookPortFromEnv();
  // Without a webhook port a process with no workers would do nothing at all.
  const workers = webhookPort === null || workersEnabled();
  const database = openConfigured();
  await database.migrate();
  const runtime = await createRuntime({ database, sources: defaultSources, workers });
  if (workers)
    console.log("[sohbet] worker started: draining conversations, sending, waking timers");
  const listener = webhookPort ? await startWebhookListener(runtime, { port: webhookPort }) : null;
  if (listener) {
    console.log(
      `[sohbet] answering webhooks on :${listener.port}/api/webhooks/whatsapp/{channelId}`,
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[sohbet] ${signal}: finishing the jobs in hand…`);
    await listener?.close();
    await runtime.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof DataDirBusyError ? error.message : error);
  process.exit(1);
});
