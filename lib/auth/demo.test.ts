import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { listWorkspacesForUser } from "@/lib/workspace/workspaces";
import { DEMO_EMAIL, ensureDemoAccount, readDemoCredentials } from "./demo";
import { verifyPassword } from "./password";
import { findUserByEmail, registerUser } from "./users";

describeEachDatabase("demo account", (get) => {
  const saved = { dir: process.env.SOHBET_DATA_DIR, url: process.env.DATABASE_URL };
  beforeEach(() => {
    process.env.SOHBET_DATA_DIR = mkdtempSync(path.join(tmpdir(), "sohbet-demo-"));
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    process.env.SOHBET_DATA_DIR = saved.dir;
    if (saved.url) process.env.DATABASE_URL = saved.url;
  });

  it("is created once on the first start of the embedded database, with working credentials", async () => {
    const { db } = get();
    const first = await ensureDemoAccount(db);
    expect(first?.email).toBe(DEMO_EMAIL);
    const user = await findUserByEmail(db, DEMO_EMAIL);
    expect(await verifyPassword(user?.passwordHash ?? "", first?.password ?? "")).toBe(true);
    expect((await listWorkspacesForUser(db, user?.id ?? "")).map((w) => w.name)).toEqual([
      "Demo Shop",
    ]);
    expect(readDemoCredentials()).toEqual(first);
    // A restart prints the same credentials and creates nothing new.
    expect(await ensureDemoAccount(db)).toEqual(first);
  });

  it("is not created when accounts already exist or on an external PostgreSQL", async () => {
    const { db } = get();
    await registerUser(db, { name: "Real", email: "real@example.com", password: "password1" });
    expect(await ensureDemoAccount(db)).toBeNull();
    process.env.DATABASE_URL = "postgres://elsewhere/db";
    expect(await ensureDemoAccount(db)).toBeNull();
  });
});
