import { z } from "zod";
import { flowSchema, type Flow } from "../schema/flowSchema";
import { FLOW_VERSION } from "../version";
import type { FlowMigration, MigrationIssue } from "./flowMigration";
import { flowMigrations } from "./flowMigrations";

export type ParseFlowResult =
  { ok: true; flow: Flow; migratedFrom?: number } | { ok: false; issues: MigrationIssue[] };

const versionProbe = z.object({ version: z.number().int().nonnegative().optional() });

/**
 * Validates a flow document from anywhere (database, API, import) and upgrades older versions
 * through the migration chain. Never throws.
 */
export function parseFlow(
  json: unknown,
  migrations: readonly FlowMigration[] = flowMigrations,
): ParseFlowResult {
  const probe = versionProbe.safeParse(json);
  if (!probe.success) {
    return {
      ok: false,
      issues: [{ path: "", message: "A flow must be a JSON object with a numeric version." }],
    };
  }
  // Documents from before the version field existed are version 0.
  const original = probe.data.version ?? 0;
  if (original > FLOW_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: "version",
          message: `This flow was saved by a newer Sohbet (version ${original}; this one reads up to ${FLOW_VERSION}).`,
        },
      ],
    };
  }
  let doc = json;
  for (let version = original; version < FLOW_VERSION; version += 1) {
    const step = migrations.find((m) => m.from === version);
    if (step === undefined) {
      return {
        ok: false,
        issues: [{ path: "version", message: `No migration from flow version ${version}.` }],
      };
    }
    const migrated = step.migrate(doc);
    if (!migrated.ok) return migrated;
    doc = migrated.doc;
  }
  const parsed = flowSchema.safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      })),
    };
  }
  return original === FLOW_VERSION
    ? { ok: true, flow: parsed.data }
    : { ok: true, flow: parsed.data, migratedFrom: original };
}
