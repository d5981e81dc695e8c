/**
 * pg-boss takes `{ executeSql(text, values) }` to run its SQL. Pointing it at a drizzle executor
 * lets a job be queued inside the caller's transaction: the row and its job commit together or
 * not at all — and on PGlite, which has one connection, it is the only way that does not deadlock
 * while a transaction is open.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db";

export interface SqlRunner {
  executeSql(text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Builds a drizzle SQL from `$n` placeholder text. Plain objects go as JSON text (pg-boss casts
 * them to jsonb); arrays as PostgreSQL array literals (pg-boss passes id lists as `$2::uuid[]`,
 * and drizzle would otherwise expand an array into a list of parameters).
 */
export function fromPlaceholders(text: string, values: readonly unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      if (part) chunks.push(sql.raw(part));
      return;
    }
    const value = values[Number(part) - 1];
    const param =
      value === undefined
        ? null
        : Array.isArray(value)
          ? arrayLiteral(value)
          : typeof value === "object" && value !== null && !(value instanceof Date)
            ? JSON.stringify(value)
            : value;
    chunks.push(sql`${param}`);
  });
  return sql.join(chunks);
}

function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) =>
    v === null || v === undefined ? "NULL" : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`,
  );
  return `{${items.join(",")}}`;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  const rows: unknown = Array.isArray(result)
    ? result
    : typeof result === "object" && result !== null && "rows" in result
      ? result.rows
      : [];
  if (!Array.isArray(rows)) return [];
  return rows.filter((r): r is Record<string, unknown> => typeof r === "object" && r !== null);
}

export function executorSql(executor: Executor): SqlRunner {
  return {
    async executeSql(text, values = []) {
      return { rows: rowsOf(await executor.execute(fromPlaceholders(text, values))) };
    },
  };
}
