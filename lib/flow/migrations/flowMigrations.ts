import type { FlowMigration } from "./flowMigration";
import { migrateV0ToV1 } from "./migrateV0ToV1";

/** Ordered by `from`; parseFlow applies every step from a document's version up to FLOW_VERSION. */
export const flowMigrations: readonly FlowMigration[] = [migrateV0ToV1];
