/**
 * `npm run wa:emulator -- [options]`: runs the WhatsApp Graph API emulator for local development
 * and browser tests. Point the app at it with WHATSAPP_GRAPH_API_URL=<printed URL>.
 *
 *   --port N              default 4010 (or WA_EMULATOR_PORT); 0 picks a free port
 *   --host H              default 127.0.0.1
 *   --number ID:TOKEN     register a number and its access token (repeatable)
 *   --throughput N        sends per second allowed per registered number (130429 beyond)
 *   --strict              refuse numbers that were not registered (Graph error 100)
 *   --service-window      refuse non-template sends outside the 24-hour window (131047)
 *   --webhook-url URL     the app's webhook, for status callbacks and /__emulator/inbound
 *   --app-secret S        signs those webhooks
 *   --statuses LIST       which callbacks to post, default sent,delivered,read ("" for none)
 *   --status-order O      in-order | reverse | shuffle
 *   --fail CODE[:TIMES]   arm a Graph error for the next sends (repeatable), e.g. 131047:2
 *   --quiet               do not log each request
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { startEmulator } from "@/lib/whatsapp/emulator";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string", default: "127.0.0.1" },
    number: { type: "string", multiple: true, default: [] },
    throughput: { type: "string" },
    strict: { type: "boolean", default: false },
    "service-window": { type: "boolean", default: false },
    "webhook-url": { type: "string" },
    "app-secret": { type: "string" },
    statuses: { type: "string", default: "sent,delivered,read" },
    "status-order": { type: "string", default: "in-order" },
    fail: { type: "string", multiple: true, default: [] },
    quiet: { type: "boolean", default: false },
  },
});

const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  throughput: z.coerce.number().positive().optional(),
  statuses: z.array(z.enum(["sent", "delivered", "read"])),
  order: z.enum(["in-order", "reverse", "shuffle"]),
});

function fail(message: string): never {
  console.error(`wa-emulator: ${message}`);
  process.exit(2);
}

const parsed = argsSchema.safeParse({
  port: values.port ?? process.env.WA_EMULATOR_PORT ?? 4010,
  throughput: values.throughput,
  statuses: values.statuses
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
  order: values["status-order"],
});
if (!parsed.success)
  fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
const args = parsed.data;

const numbers = values.number.map((spec) => {
  const [phoneNumberId, ...token] = spec.split(":");
  if (!phoneNumberId || token.length === 0) fail(`--number takes ID:TOKEN, got "${spec}"`);
  return { phoneNumberId, accessToken: token.join(":"), throughputPerSecond: args.throughput };
});

const failures = values.fail.map((spec) => {
  const match = /^(\d+)(?::(\d+))?$/.exec(spec);
  if (!match) fail(`--fail takes CODE or CODE:TIMES, got "${spec}"`);
  return { graphCode: Number(match[1]), times: Number(match[2] ?? 1) };
});

const webhookUrl = values["webhook-url"];
const appSecret = values["app-secret"];
if ((webhookUrl === undefined) !== (appSecret === undefined))
  fail("--webhook-url and --app-secret go together");

const emulator = await startEmulator({
  port: args.port,
  host: values.host,
  strict: values.strict,
  enforceServiceWindow: values["service-window"],
  numbers,
  failures,
  webhook:
    webhookUrl && appSecret
      ? { url: webhookUrl, appSecret, statuses: args.statuses, order: args.order }
      : undefined,
  log: values.quiet ? undefined : (line) => console.log(`[wa-emulator] ${line}`),
});

console.log(`WhatsApp Graph API emulator listening on ${emulator.url}`);
console.log(`  WHATSAPP_GRAPH_API_URL=${emulator.url}`);
console.log(`  control API: ${emulator.url}/__emulator/health (see lib/whatsapp/README.md)`);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
