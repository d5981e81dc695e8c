/**
 * npm run bench:webhook — the WhatsApp runtime under load.
 *
 * Production build (`next start`) on a fresh PostgreSQL database, the Graph API emulator as the
 * Cloud API, a 5-node flow live on 4 numbers (--numbers; see test-support/bench-shops.ts),
 * 1,000 contacts. By default the webhooks go to an intake-only listener process (`npm run
 * worker` with SOHBET_WORKERS=off and SOHBET_WEBHOOK_PORT) and one `npm run worker` processes
 * them: the deployment the runtime README recommends for campaign traffic. The runs:
 *   1. bare: a node:http server that only checks the signature and inserts the row (the ceiling);
 *   2. intake alone (the listener, no worker running yet): concurrent senders post signed
 *      webhooks for 30 s; acknowledged messages/s and ack p50/p99, like for like with the bare
 *      server; then the worker starts and works off that backlog: processing alone, messages/s;
 *   3. both at once, flat out for 30 s: acknowledged messages/s, ack p50/p99, end-to-end under
 *      load, the time to drain the backlog (every reply at the emulator);
 *   4. paced at 500 messages/s for 15 s: end-to-end latency (webhook in → reply at the emulator).
 * Goals (issue 4): ≥ 1,000 messages/s with ack p99 ≤ 100 ms, end-to-end p99 ≤ 1 s at 500/s,
 * ≥ 50% of the bare server's throughput.
 *
 *   npm run bench:webhook                       # builds first
 *   npm run bench:webhook -- --no-build --seconds 10 --concurrency 32
 *   npm run bench:webhook -- --worker-nice 10   # the worker at a lower CPU priority: intake first
 *   npm run bench:webhook -- --intake worker    # webhooks to the worker's own listener
 *   npm run bench:webhook -- --intake app --workers 0   # the Next route, workers in the app
 *   npm run bench:webhook -- --intake app --workers 1   # the Next route, one worker process
 *   npm run bench:webhook -- --profile /tmp/prof          # the app server's CPU profile
 * Env: BENCH_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL server; a database is created and
 * dropped), BENCH_PORT (default 3410).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { availableParallelism, loadavg, setPriority } from "node:os";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openPostgres } from "@/lib/db/client";
import { withDatabaseName } from "@/lib/db/testing";
import { benchFlow } from "@/lib/runtime/test-support/bench-flow";
import {
  benchContacts,
  seedBenchShops,
  type BenchContact,
} from "@/lib/runtime/test-support/bench-shops";
import {
  endToEnd,
  waitForReplies,
  ms,
  percentile,
  type Sent,
} from "@/lib/runtime/test-support/bench-stats";
import { signBody, verifySignature } from "@/lib/whatsapp";
import { buildInboundWebhook, startEmulator, type EmulatorHandle } from "@/lib/whatsapp/emulator";

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "30" },
    "paced-seconds": { type: "string", default: "15" },
    rate: { type: "string", default: "500" },
    concurrency: { type: "string", default: "64" },
    contacts: { type: "string", default: "1000" },
    /** WhatsApp numbers the contacts are spread over. */
    numbers: { type: "string", default: "4" },
    /** Separate worker processes (`npm run worker`); 0 = the workers run inside the app. */
    workers: { type: "string", default: "1" },
    /**
     * Who answers the webhooks: `app` (the Next.js route), `worker` (the first worker
     * process's own listener, SOHBET_WEBHOOK_PORT; needs --workers 1 or more), or `listener`
     * (a process of its own that only takes webhooks: `npm run worker` with SOHBET_WORKERS=off).
     */
    intake: { type: "string", default: "listener" },
    /**
     * The worker processes' CPU priority (nice, 0–19): on a machine shared by intake and
     * processing, a lower priority for the workers lets webhooks be acknowledged first under a
     * burst while the processing catches up with the CPU left.
     */
    "worker-nice": { type: "string", default: "0" },
    /** Write the app server's and workers' CPU profiles (.cpuprofile, for Chrome's DevTools) here. */
    profile: { type: "string" },
  },
});
const SECONDS = Number(args.seconds);
const PACED_SECONDS = Number(args["paced-seconds"]);
const PACED_RATE = Number(args.rate);
const CONCURRENCY = Number(args.concurrency);
const CONTACTS = Number(args.contacts);
const NUMBERS = Number(args.numbers);
const WORKER_PROCESSES = Number(args.workers);
const WORKER_NICE = Number(args["worker-nice"]);
/** Intake and processing run in processes of their own: each can be measured alone first. */
const SEPARABLE = args.intake === "listener" && WORKER_PROCESSES > 0;
const PORT = Number(process.env.BENCH_PORT ?? 3410);
const BARE_PORT = PORT + 1;
const LISTENER_PORT = PORT + 2;
if (!["app", "worker", "listener"].includes(args.intake)) {
  throw new Error("--intake is app, worker or listener");
}
if (args.intake === "worker" && WORKER_PROCESSES < 1)
  throw new Error("--intake worker needs --workers 1 or more");
/** Where the load goes: the app's route, or the first worker's webhook listener. */
const INTAKE_PORT = args.intake === "app" ? PORT : LISTENER_PORT;

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface LoadResult {
  acked: number;
  failed: number;
  seconds: number;
  ackLatencies: number[];
  sent: Sent[];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function post(port: number, path: string, body: string, signature: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-hub-signature-256": signature,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", () => resolve(0));
    request.end(body);
  });
}

const webhookPath = ({ shop }: BenchContact) => `/api/webhooks/whatsapp/${shop.channelId}`;

function inbound({ shop, contact }: BenchContact, text: string) {
  const body = JSON.stringify(
    buildInboundWebhook({
      phoneNumberId: shop.phoneNumberId,
      from: contact,
      messages: [{ type: "text", body: text, timestamp: Math.floor(Date.now() / 1000) }],
    }),
  );
  return { body, signature: signBody(body, shop.appSecret) };
}

/** `concurrency` senders, each posting as soon as its previous post was answered. */
async function flatOut(
  port: number,
  contacts: BenchContact[],
  seconds: number,
): Promise<LoadResult> {
  const result: LoadResult = { acked: 0, failed: 0, seconds, ackLatencies: [], sent: [] };
  const until = now() + seconds * 1000;
  let seq = 0;
  const sender = async () => {
    while (now() < until) {
      seq += 1;
      const to = contacts[seq % contacts.length];
      if (!to) break;
      const { body, signature } = inbound(to, `m${seq}`);
      const started = now();
      const status = await post(port, webhookPath(to), body, signature);
      const took = now() - started;
      if (status === 200) {
        result.acked += 1;
        result.ackLatencies.push(took);
        result.sent.push({ contact: to.contact, at: started });
      } else result.failed += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
  return result;
}

/** Posts at a fixed rate, whatever the answers take. */
async function paced(contacts: BenchContact[], rate: number, seconds: number) {
  const result: LoadResult = { acked: 0, failed: 0, seconds, ackLatencies: [], sent: [] };
  const total = Math.round(rate * seconds);
  const start = now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - now();
    if (wait > 1) await sleep(wait);
    const to = contacts[i % contacts.length];
    if (!to) break;
    const { body, signature } = inbound(to, `p${i}`);
    const started = now();
    inFlight.push(
      post(INTAKE_PORT, webhookPath(to), body, signature).then((status) => {
        if (status === 200) {
          result.acked += 1;
          result.ackLatencies.push(now() - started);
          result.sent.push({ contact: to.contact, at: started });
        } else result.failed += 1;
      }),
    );
  }
  await Promise.all(inFlight);
  // Acknowledged per second over the time until the last answer, not the nominal duration.
  result.seconds = Math.max(seconds, (now() - start) / 1000);
  return result;
}

function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`the server exited with ${code}`)));
    const poll = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return resolve();
      } catch {
        // not up yet
      }
      setTimeout(() => void poll(), 250);
    };
    void poll();
  });
}

/** The worker's listener is up once it answers the verify handshake (403 without a token). */
async function waitForListener(port: number): Promise<void> {
  for (let i = 0; i < 240; i += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/webhooks/whatsapp/x`);
      if (response.status === 403) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error("the worker's webhook listener did not start");
}

/** The ceiling: the same requests, each checked against its number's app secret and inserted. */
function startBare(url: string, contacts: BenchContact[]) {
  const secrets = new Map(contacts.map((c) => [webhookPath(c), c.shop.appSecret]));
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const header = req.headers["x-hub-signature-256"];
      const secret = secrets.get(req.url ?? "");
      if (!secret || !verifySignature(raw, typeof header === "string" ? header : null, secret)) {
        res.writeHead(401).end();
        return;
      }
      sql`insert into bench_bare (id, body) values (${randomBytes(12).toString("hex")}, ${raw.toString("utf8")}::jsonb) on conflict do nothing`
        .then(() => res.writeHead(200).end("OK"))
        .catch(() => res.writeHead(500).end());
    });
  });
  return { sql, server };
}

/** From the first reply to the last one to these messages' contacts, in ms. */
function replySpan(emulator: EmulatorHandle, sent: Sent[]): number {
  const contacts = new Set(sent.map((m) => m.contact));
  let first = Infinity;
  let last = -Infinity;
  for (const reply of emulator.sent()) {
    if (!contacts.has(reply.to)) continue;
    first = Math.min(first, reply.receivedAt);
    last = Math.max(last, reply.receivedAt);
  }
  return last - first;
}

function report(label: string, r: LoadResult) {
  const sorted = [...r.ackLatencies].sort((a, b) => a - b);
  console.log(
    `${label}: ${r.acked} acknowledged in ${r.seconds.toFixed(1)} s = ${(r.acked / r.seconds).toFixed(0)} messages/s` +
      ` (failed ${r.failed}); ack p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}`,
  );
}

async function main(): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base)
    throw new Error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server.");
  if (!args["no-build"]) {
    console.log("building (next build)…");
    const built = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (built.status !== 0) throw new Error("next build failed");
  }
  const name = `sohbet_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabaseName(base, name);
  process.env.SOHBET_ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
  const database = openPostgres(url, { max: 4 });
  let server: ChildProcess | undefined;
  const workers: ChildProcess[] = [];
  let emulator: EmulatorHandle | undefined;
  try {
    await database.migrate();
    const shops = await seedBenchShops(database.db, NUMBERS);
    await database.query("create table bench_bare (id text primary key, body jsonb not null)");
    const contacts = benchContacts(shops, CONTACTS, "9053");
    const pacedContacts = benchContacts(shops, CONTACTS, "3162");
    console.log(
      `${availableParallelism()} CPUs, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}; ` +
        `${CONTACTS} contacts on ${NUMBERS} numbers, ${CONCURRENCY} concurrent senders, ` +
        `flow of ${benchFlow.nodes.length} nodes`,
    );

    // 1. The bare server.
    const bare = startBare(url, contacts);
    await new Promise<void>((r) => bare.server.listen(BARE_PORT, "127.0.0.1", r));
    const bareResult = await flatOut(BARE_PORT, contacts, SECONDS);
    report("bare node:http (signature + insert)", bareResult);
    const vsBare = (r: LoadResult) =>
      `${((100 * r.acked) / Math.max(1, bareResult.acked)).toFixed(0)}%`;
    await new Promise((r) => bare.server.close(r));
    await bare.sql.end({ timeout: 5 });

    emulator = await startEmulator({
      numbers: shops.map((s) => ({ phoneNumberId: s.phoneNumberId, accessToken: s.accessToken })),
      log: () => {},
      // Every reply of a phase must stay countable (30 s of intake alone is over 100,000).
      maxRecorded: 1_000_000,
    });
    const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
    const serverEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      WHATSAPP_GRAPH_API_URL: emulator.url,
      SOHBET_SEND_RATE: String(Math.floor(1000 / Math.max(1, WORKER_PROCESSES))),
      SOHBET_WORKERS: WORKER_PROCESSES > 0 ? "off" : "on",
    };
    const profile = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${args.profile}`] : [];
    server = spawn(process.execPath, [...profile, next, "start", "-p", String(PORT)], {
      env: { ...serverEnv, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForHealth(PORT, server);
    const spawnWorker = (env: Record<string, string>) =>
      spawn(process.execPath, [...profile, "--import", "tsx", "scripts/worker.ts"], {
        env: { ...serverEnv, NODE_ENV: "production", ...env },
        stdio: ["ignore", "ignore", "inherit"],
      });
    const startWorkers = () => {
      for (let i = 0; i < WORKER_PROCESSES; i += 1) {
        const worker = spawnWorker(
          i === 0 && args.intake === "worker" ? { SOHBET_WEBHOOK_PORT: String(LISTENER_PORT) } : {},
        );
        if (WORKER_NICE > 0 && worker.pid !== undefined) setPriority(worker.pid, WORKER_NICE);
        workers.push(worker);
      }
    };
    if (args.intake === "listener") {
      workers.push(
        spawnWorker({ SOHBET_WORKERS: "off", SOHBET_WEBHOOK_PORT: String(LISTENER_PORT) }),
      );
    }
    if (!SEPARABLE) startWorkers();
    if (args.intake !== "app") await waitForListener(LISTENER_PORT);
    // Warm the route (first compile of the handler, first connections).
    const warmUp = await Promise.all(
      benchContacts(shops, shops.length, "9000").map(async (to) => {
        const { body, signature } = inbound(to, "warm up");
        await post(INTAKE_PORT, webhookPath(to), body, signature);
        return { contact: to.contact, at: now() };
      }),
    );

    if (SEPARABLE) {
      // 2. Intake alone, then processing alone on the backlog it left.
      const alone = await flatOut(INTAKE_PORT, benchContacts(shops, CONTACTS, "7000"), SECONDS);
      report("sohbet intake alone (listener process, no worker running)", alone);
      console.log(`  throughput vs bare: ${vsBare(alone)} (like for like: intake only)`);
      startWorkers();
      const worked = await waitForReplies(emulator, alone.sent);
      const span = replySpan(emulator, alone.sent) / 1000;
      console.log(
        `  processing alone: ${alone.acked} messages worked off in ${span.toFixed(1)} s (first reply to ` +
          `last) = ${(alone.acked / span).toFixed(0)} messages/s ` +
          `(${worked.delivered} of ${worked.expected} replies at the emulator)`,
      );
    }
    await waitForReplies(emulator, warmUp, 20_000);
    emulator.reset();

    // 3. Intake and processing at once, flat out.
    const load = await flatOut(INTAKE_PORT, contacts, SECONDS);
    report(
      {
        app: "sohbet (the Next route, PostgreSQL)",
        worker: "sohbet (the worker's own webhook listener, PostgreSQL)",
        listener: "sohbet intake and processing at once (listener process + worker)",
      }[args.intake] ?? args.intake,
      load,
    );
    const backlog = await waitForReplies(emulator, load.sent);
    console.log(
      `  backlog drained ${(backlog.drainMs / 1000).toFixed(1)} s after the load stopped ` +
        `(${backlog.delivered} of ${backlog.expected} replies at the emulator)`,
    );
    const flatE2e = endToEnd(load.sent, emulator);
    console.log(
      `  end-to-end under full load: p50 ${ms(percentile(flatE2e, 50))}, p99 ${ms(percentile(flatE2e, 99))}`,
    );
    console.log(`  throughput vs bare: ${vsBare(load)}`);

    // 4. Paced.
    emulator.reset();
    const pacedResult = await paced(pacedContacts, PACED_RATE, PACED_SECONDS);
    report(`sohbet paced at ${PACED_RATE}/s`, pacedResult);
    const pacedReplies = await waitForReplies(emulator, pacedResult.sent);
    const e2e = endToEnd(pacedResult.sent, emulator);
    console.log(
      `  end-to-end (webhook in → reply at the emulator): p50 ${ms(percentile(e2e, 50))}, ` +
        `p99 ${ms(percentile(e2e, 99))} over ${e2e.length} replies ` +
        `(${pacedReplies.delivered} of ${pacedReplies.expected} at the emulator)`,
    );
  } finally {
    for (const worker of workers) worker.kill("SIGTERM");
    await Promise.all(workers.map((w) => new Promise((r) => w.once("exit", r))));
    server?.kill("SIGTERM");
    if (server) await new Promise((r) => server?.once("exit", r));
    await emulator?.close();
    await database.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
    agent.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
