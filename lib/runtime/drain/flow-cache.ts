/**
 * Published versions are immutable, so a parsed version is cached by id for good (bounded).
 * The list of live flows per channel changes on publish: it is cached for a second only, which
 * keeps a busy channel from re-reading it for every message while a publish shows up at once.
 */
import { parseFlow, type Flow } from "@/lib/flow";
import type { Executor } from "@/lib/db";
import type { FlowSource, LiveFlow } from "../sources";

const MAX_VERSIONS = 500;
const LIVE_TTL_MS = 1_000;
const versions = new Map<string, Flow | null>();
const live = new Map<string, { at: number; flows: LiveFlow[] }>();

export function parsedVersion(versionId: string, document: unknown): Flow | null {
  const cached = versions.get(versionId);
  if (cached !== undefined) return cached;
  const parsed = parseFlow(document);
  const flow = parsed.ok ? parsed.flow : null;
  if (versions.size >= MAX_VERSIONS) {
    const oldest = versions.keys().next();
    if (!oldest.done) versions.delete(oldest.value);
  }
  versions.set(versionId, flow);
  return flow;
}

export async function liveFlows(
  source: FlowSource,
  db: Executor,
  channelId: string,
  now = Date.now(),
): Promise<LiveFlow[]> {
  const hit = live.get(channelId);
  if (hit && now - hit.at < LIVE_TTL_MS) return hit.flows;
  const flows = await source.liveFlows(db, channelId);
  live.set(channelId, { at: now, flows });
  return flows;
}

/** Tests that publish and message within the same second. */
export function forgetLiveFlows(channelId?: string): void {
  if (channelId) live.delete(channelId);
  else live.clear();
}

const pinned = new Map<string, { flowId: string; flow: Flow }>();

export async function pinnedVersion(
  source: FlowSource,
  db: Executor,
  versionId: string,
): Promise<{ flowId: string; flow: Flow } | null> {
  const cached = pinned.get(versionId);
  if (cached) return cached;
  const stored = await source.version(db, versionId);
  if (!stored) return null;
  const flow = parsedVersion(versionId, stored.document);
  if (!flow) return null;
  if (pinned.size >= MAX_VERSIONS) {
    const oldest = pinned.keys().next();
    if (!oldest.done) pinned.delete(oldest.value);
  }
  const entry = { flowId: stored.flowId, flow };
  pinned.set(versionId, entry);
  return entry;
}
