export interface MigrationIssue {
  path: string;
  message: string;
}

export type MigrationResult = { ok: true; doc: unknown } | { ok: false; issues: MigrationIssue[] };

/** One step of the chain: turns a document of version `from` into one of version `from + 1`. */
export interface FlowMigration {
  from: number;
  description: string;
  migrate(doc: unknown): MigrationResult;
}
