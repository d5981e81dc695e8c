/**
 * SQL condition "(channel, contact key) is one of these drain targets", grouped by channel so a
 * batch on one number is a single `channel_id = … and contact_key in (…)`.
 */
import { and, eq, inArray, or, type Column } from "drizzle-orm";
import { inboundMessages } from "@/lib/db/schema";
import type { DrainTarget } from "../queue/runtime-queue";

export function targetsWhere(targets: DrainTarget[], channel: Column, key: Column) {
  const byChannel = new Map<string, string[]>();
  for (const t of targets)
    byChannel.set(t.channelId, [...(byChannel.get(t.channelId) ?? []), t.contactKey]);
  return or(
    ...[...byChannel].map(([channelId, keys]) => and(eq(channel, channelId), inArray(key, keys))),
  );
}

/** The pending inbound messages of these targets (the pending index serves exactly this). */
export function pendingInboundOf(targets: DrainTarget[]) {
  return and(
    eq(inboundMessages.status, "pending"),
    targetsWhere(targets, inboundMessages.channelId, inboundMessages.contactKey),
  );
}
