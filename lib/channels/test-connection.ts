import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { channels } from "@/lib/db/schema";
import type { Locale } from "@/lib/flow";
import { createCloudApiClient, explainConnectionError } from "@/lib/whatsapp";
import { channelSendCredentials } from "./channel-runtime";
import { getChannel } from "./channels";

export type ConnectionTestResult =
  | {
      ok: true;
      displayPhoneNumber: string | null;
      verifiedName: string | null;
      qualityRating: string | null;
    }
  | { ok: false; title: string; detail: string };

/**
 * "Test connection": asks the Graph API (through the configured base URL) for the channel's phone
 * number with its token, and explains a failure in plain words.
 */
export async function testChannelConnection(
  db: Executor,
  input: {
    workspaceId: string;
    channelId: string;
    locale: Locale;
    /** The runtime's configured Graph API base (`runtimeConfigFromEnv().graphApiUrl`). */
    graphApiUrl: string;
    fetch?: typeof fetch;
  },
): Promise<ConnectionTestResult> {
  // Scoped read first: another workspace's channel is a 404 like any other.
  await getChannel(db, input.workspaceId, input.channelId);
  const credentials = await channelSendCredentials(db, input.channelId);
  if (!credentials) throw new Error("channel vanished during the test");
  const client = createCloudApiClient({
    baseUrl: input.graphApiUrl,
    version: credentials.graphApiVersion,
    phoneNumberId: credentials.phoneNumberId,
    accessToken: credentials.accessToken,
    fetch: input.fetch,
    timeoutMs: 10_000,
  });
  const result = await client.getPhoneNumber();
  if (!result.ok) return { ok: false, ...explainConnectionError(result.error, input.locale) };
  const { phone } = result;
  if (phone.displayPhoneNumber) {
    // Fill in the number people see, if the marketer left it blank.
    await db
      .update(channels)
      .set({ displayPhoneNumber: phone.displayPhoneNumber })
      .where(and(eq(channels.id, input.channelId), isNull(channels.displayPhoneNumber)));
  }
  return {
    ok: true,
    displayPhoneNumber: phone.displayPhoneNumber ?? null,
    verifiedName: phone.verifiedName ?? null,
    qualityRating: phone.qualityRating ?? null,
  };
}
