/**
 * npm run bench:runtime — the WhatsApp runtime in one process, without Next.js or HTTP in front:
 * webhook requests go straight to `receiveWebhook`, the workers run beside them, the Graph API
 * emulator answers the sends. It isolates what the runtime itself costs, and counts the SQL
 * statements and transactions per customer message (the figure batching is meant to cut).
 *
 *   npm run bench:runtime                                  # PostgreSQL (TEST_DATABASE_URL)
 *   npm run bench:runtime -- --messages 4000 --contacts 1000 --concurrency 64
 *   npm run bench:runtime -- --rate 500 --seconds 10       # paced: end-to-end latency
 *   npm run bench:runtime -- --numbers 1                   # all contacts on one number
 * Env: BENCH_DATABASE_URL or TEST_DATABASE_URL (a database is created and dropped).
 */
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openPostgres } from "@/lib/db/client";
import { withDatabaseName } from "@/lib/db/testing";
import { receiveWebhook } from "@/lib/runtime/intake/receive-webhook";
import {
  benchContacts,
  seedBenchShops,
  type BenchContact,
} from "@/lib/runtime/test-support/bench-shops";
import {
  endToEnd,
  ms,
  percentile,
  waitForReplies,
  type Sent,
} from "@/lib/runtime/test-support/bench-stats";
import { startHarness } from "@/lib/runtime/testing";
import { signBody } from "@/lib/whatsapp";
import { buildInboundWebhook } from "@/lib/whatsapp/emulator";

const { values: args } = parseArgs({
  options: {
    messages: { type: "string", default: "4000" },
    contacts: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "64" },
    rate: { type: "string", default: "500" },
    seconds: { type: "string", default: "10" },
    /** WhatsApp numbers the contacts are spread over (see test-support/bench-shops.ts). */
    numbers: { type: "string", default: "4" },
    /** No workers: measures the intake alone (nothing is processed). */
    "intake-only": { type: "boolean", default: false },
  },
});
const MESSAGES = Number(args.messages);
const CONTACTS = Number(args.contacts);
const CONCURRENCY = Number(args.concurrency);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const NUMBERS = Number(args.numbers);

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const counts = { statements: 0, transactions: 0 };
function countStatement(text: string) {
  counts.statements += 1;
  if (/^\s*begin/i.test(text)) counts.transactions += 1;
}

function webhookRequest({ shop, contact }: BenchContact, text: string): Request {
  const body = JSON.stringify(
    buildInboundWebhook({
      phoneNumberId: shop.phoneNumberId,
      from: contact,
      messages: [{ type: "text", body: text, timestamp: Math.floor(Date.now() / 1000) }],
    }),
  );
  return new Request(`http://bench/api/webhooks/whatsapp/${shop.channelId}`, {
    method: "POST",
    body,
    headers: { "x-hub-signature-256": signBody(body, shop.appSecret) },
  });
}

async function main(): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base)
    throw new Error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server.");
  const name = `sohbet_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  process.env.SOHBET_ENCRYPTION_KEY ??= randomBytes(32).toString("hex");
  const database = openPostgres(withDatabaseName(base, name), { onQuery: countStatement });
  try {
    await database.migrate();
    const shops = await seedBenchShops(database.db, NUMBERS);
    const intakeOnly = args["intake-only"];
    const harness = await startHarness(
      database,
      shops,
      { sendRatePerSecond: 1000, reorderWindowMs: 150, sweepIntervalMs: 30_000 },
      !intakeOnly,
    );
    const { rt, emulator } = harness;
    console.log(
      `${availableParallelism()} CPUs, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}; ${MESSAGES} messages from ${CONTACTS} contacts on ${NUMBERS} numbers, ` +
        `${CONCURRENCY} at once`,
    );
    try {
      // 1. A burst: everything posted as fast as it is acknowledged, then processed.
      const contacts = benchContacts(shops, CONTACTS, "9053");
      const sent: Sent[] = [];
      const acks: number[] = [];
      counts.statements = 0;
      counts.transactions = 0;
      const started = now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < MESSAGES) {
            const i = next++;
            const to = contacts[i % CONTACTS];
            if (!to) continue;
            const at = now();
            const response = await receiveWebhook(
              rt,
              to.shop.channelId,
              webhookRequest(to, `m${i}`),
            );
            if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
            acks.push(now() - at);
            sent.push({ contact: to.contact, at });
          }
        }),
      );
      const ackedIn = (now() - started) / 1000;
      if (intakeOnly) {
        acks.sort((a, b) => a - b);
        console.log(
          `intake only: ${MESSAGES} acknowledged in ${ackedIn.toFixed(1)} s = ${(MESSAGES / ackedIn).toFixed(0)}/s ` +
            `(ack p50 ${ms(percentile(acks, 50))}, p99 ${ms(percentile(acks, 99))}); ` +
            `${(counts.statements / MESSAGES).toFixed(2)} SQL statements per message`,
        );
        return;
      }
      const done = await waitForReplies(emulator, sent);
      const total = (now() - started) / 1000;
      acks.sort((a, b) => a - b);
      const e2e = endToEnd(sent, emulator);
      console.log(
        `burst: ${MESSAGES} acknowledged in ${ackedIn.toFixed(1)} s = ${(MESSAGES / ackedIn).toFixed(0)}/s ` +
          `(ack p50 ${ms(percentile(acks, 50))}, p99 ${ms(percentile(acks, 99))}); ` +
          `${done.delivered} of ${done.expected} replies after ${total.toFixed(1)} s = ` +
          `${(MESSAGES / total).toFixed(0)} messages/s processed`,
      );
      console.log(
        `  end-to-end p50 ${ms(percentile(e2e, 50))}, p99 ${ms(percentile(e2e, 99))}; ` +
          `per message: ${(counts.statements / MESSAGES).toFixed(1)} SQL statements, ` +
          `${(counts.transactions / MESSAGES).toFixed(2)} transactions`,
      );

      // 2. Paced: end-to-end latency at a steady rate.
      emulator.reset();
      const pacedContacts = benchContacts(shops, CONTACTS, "3162");
      const pacedSent: Sent[] = [];
      const pacedAcks: number[] = [];
      const total2 = Math.round(RATE * SECONDS);
      const start2 = now();
      const inFlight: Promise<void>[] = [];
      for (let i = 0; i < total2; i += 1) {
        const wait = start2 + (i * 1000) / RATE - now();
        if (wait > 1) await sleep(wait);
        const to = pacedContacts[i % CONTACTS];
        if (!to) continue;
        const at = now();
        inFlight.push(
          receiveWebhook(rt, to.shop.channelId, webhookRequest(to, `p${i}`)).then(() => {
            pacedAcks.push(now() - at);
            pacedSent.push({ contact: to.contact, at });
          }),
        );
      }
      await Promise.all(inFlight);
      await waitForReplies(emulator, pacedSent);
      pacedAcks.sort((a, b) => a - b);
      const pacedE2e = endToEnd(pacedSent, emulator);
      console.log(
        `paced ${RATE}/s for ${SECONDS} s: ack p50 ${ms(percentile(pacedAcks, 50))}, ` +
          `p99 ${ms(percentile(pacedAcks, 99))}; end-to-end p50 ${ms(percentile(pacedE2e, 50))}, ` +
          `p99 ${ms(percentile(pacedE2e, 99))} over ${pacedE2e.length} replies`,
      );
    } finally {
      await harness.stop();
    }
  } finally {
    await database.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
