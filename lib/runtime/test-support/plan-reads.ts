/**
 * Tests of query plans: how PostgreSQL would read one table for a statement (EXPLAIN, not run),
 * so a test can pin down that a hot statement uses its index under realistic statistics.
 */
import { z } from "zod";
import type { Database } from "@/lib/db";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string | undefined;
  "Index Name"?: string | undefined;
  "Parent Relationship"?: string | undefined;
  Plans?: PlanNode[] | undefined;
}
const planNode: z.ZodType<PlanNode> = z.object({
  "Node Type": z.string(),
  "Relation Name": z.string().optional(),
  "Index Name": z.string().optional(),
  "Parent Relationship": z.string().optional(),
  Plans: z.lazy(() => z.array(planNode)).optional(),
});
const explained = z.array(z.object({ Plan: planNode }));

export interface TableRead {
  /** The index used (a bitmap scan names its index on a child node), or `seq scan`. */
  read: string;
  /** Under an InitPlan (a subquery run once before the rest). */
  initPlan: boolean;
}

function reads(node: PlanNode, table: string, inInitPlan: boolean): TableRead[] {
  const here = inInitPlan || node["Parent Relationship"] === "InitPlan";
  const index = node["Index Name"];
  const own = index?.startsWith(`${table}_`)
    ? [{ read: index, initPlan: here }]
    : node["Node Type"] === "Seq Scan" && node["Relation Name"] === table
      ? [{ read: "seq scan", initPlan: here }]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => reads(child, table, here))];
}

/** How the plan of `query` reads `table` (its indexes are named `<table>_…`). */
export async function planReads(
  database: Database,
  query: { sql: string; params: unknown[] },
  table: string,
): Promise<TableRead[]> {
  const [row] = await database.query(`explain (format json) ${query.sql}`, query.params);
  const raw = row?.["QUERY PLAN"];
  const [plan] = explained.parse(typeof raw === "string" ? JSON.parse(raw) : raw);
  if (!plan) throw new Error("no plan");
  return reads(plan.Plan, table, false);
}
