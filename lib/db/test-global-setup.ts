/** Vitest global setup: migrate a PostgreSQL template database once for all test files. */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPostgres } from "./client";
import { withDatabaseName } from "./testing";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

async function run(base: string, statement: string): Promise<void> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  // A name of its own per run, so test runs in several checkouts can share one server.
  const template = `sohbet_tpl_${randomBytes(5).toString("hex")}`;
  await run(base, `create database "${template}"`);
  const database = openPostgres(withDatabaseName(base, template), { max: 1 });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  project.provide("templateDatabase", template);
  return () => run(base, `drop database if exists "${template}" with (force)`);
}
