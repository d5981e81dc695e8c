/** Vitest global setup: migrate a PostgreSQL template database once for all test files. */
import postgres from "postgres";
import { openPostgres } from "./client";
import { TEMPLATE_DATABASE, withDatabaseName } from "./testing";

export default async function setup(): Promise<void> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`);
    await admin.unsafe(`create database "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const template = openPostgres(withDatabaseName(base, TEMPLATE_DATABASE), { max: 1 });
  try {
    await template.migrate();
  } finally {
    await template.close();
  }
}
