/**
 * Meta's webhook for one channel: GET is the verify handshake, POST the messages and statuses.
 * Thin on purpose: lib/runtime/intake verifies, stores and queues, then this answers.
 */
import { getRuntime } from "@/lib/runtime/app-runtime";
import { receiveWebhook, verifyWebhook } from "@/lib/runtime/intake/receive-webhook";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ channelId: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { channelId } = await params;
  return verifyWebhook(await getRuntime(), channelId, new URL(request.url));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { channelId } = await params;
  return receiveWebhook(await getRuntime(), channelId, request);
}
