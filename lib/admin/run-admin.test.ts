import { expect, it } from "vitest";
import { findUserByEmail } from "@/lib/auth/users";
import { describeEachDatabase } from "@/lib/db/testing";
import { listWorkspacesForUser } from "@/lib/workspace/workspaces";
import { authenticateApiKey } from "@/lib/public-api/api-keys";
import { loadChannelForWebhook } from "@/lib/channels/channel-runtime";
import { runAdmin } from "./run-admin";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describeEachDatabase("admin CLI", (get) => {
  it("create-user makes an account with the named workspace", async () => {
    const { db } = get();
    const { io, out } = capture();
    const code = await runAdmin(
      [
        "create-user",
        "--email",
        "Owner@Shop.nl",
        "--password",
        "s3cret-pass",
        "--workspace",
        "Tulp & Co",
      ],
      db,
      io,
    );
    expect(code).toBe(0);
    expect(out.join("\n")).toContain("owner@shop.nl");
    const user = await findUserByEmail(db, "owner@shop.nl");
    expect(user).not.toBeNull();
    expect((await listWorkspacesForUser(db, user?.id ?? "")).map((w) => w.name)).toEqual([
      "Tulp & Co",
    ]);
  });

  it("explains bad input and duplicates instead of crashing", async () => {
    const { db } = get();
    const bad = capture();
    expect(
      await runAdmin(["create-user", "--email", "nope", "--password", "short"], db, bad.io),
    ).toBe(1);
    expect(bad.err.join("\n")).toMatch(/not a valid e-mail[\s\S]*at least 8 characters/);
    const dup = capture();
    expect(
      await runAdmin(
        ["create-user", "--email", "owner@shop.nl", "--password", "another-pass"],
        db,
        dup.io,
      ),
    ).toBe(1);
    expect(dup.err.join("\n")).toContain("already exists");
    const unknown = capture();
    expect(await runAdmin(["create-user", "--emial", "x"], db, unknown.io)).toBe(1);
    expect(await runAdmin(["frobnicate"], db, unknown.io)).toBe(1);
  });

  it("create-api-key prints a working key once", async () => {
    const { db } = get();
    const { io, out } = capture();
    expect(
      await runAdmin(["create-api-key", "--workspace", "Tulp & Co", "--name", "Shop sync"], db, io),
    ).toBe(0);
    const key = out.find((line) => line.startsWith("sbt_")) ?? "";
    const caller = await authenticateApiKey(db, key);
    expect(caller).toMatchObject({ scope: "write", workspace: { name: "Tulp & Co" } });
    const missing = capture();
    expect(await runAdmin(["create-api-key", "--workspace", "Nope"], db, missing.io)).toBe(1);
    expect(missing.err.join("\n")).toContain('No workspace is named "Nope"');
  });

  it("list-users prints a table and JSON", async () => {
    const { db } = get();
    const table = capture();
    expect(await runAdmin(["list-users"], db, table.io)).toBe(0);
    expect(table.out[0]).toMatch(/^E-MAIL\s+NAME\s+WORKSPACES/);
    expect(table.out.some((line) => line.startsWith("owner@shop.nl"))).toBe(true);
    const json = capture();
    await runAdmin(["list-users", "--json"], db, json.io);
    expect(JSON.parse(json.out.join("\n"))).toEqual(
      expect.arrayContaining([expect.objectContaining({ email: "owner@shop.nl", workspaces: 1 })]),
    );
  });

  it("create-channel connects a number and prints its webhook path", async () => {
    const { db } = get();
    const { io, out } = capture();
    const code = await runAdmin(
      [
        "create-channel",
        "--workspace",
        "Tulp & Co",
        "--phone-number-id",
        "106540352242922",
        "--waba-id",
        "102290129340398",
        "--app-secret",
        "app-secret",
        "--access-token",
        "EAAG-token",
        "--verify-token",
        "verify-me-please",
      ],
      db,
      io,
    );
    expect(code).toBe(0);
    const id = /\(([0-9a-f-]{36})\)/.exec(out[0] ?? "")?.[1] ?? "";
    expect(out).toContain(`Webhook URL path: /api/webhooks/whatsapp/${id}`);
    expect(await loadChannelForWebhook(db, id)).toMatchObject({
      phoneNumberId: "106540352242922",
      verifyToken: "verify-me-please",
      appSecret: "app-secret",
    });
    const again = capture();
    expect(
      await runAdmin(
        [
          "create-channel",
          "--workspace",
          "Tulp & Co",
          "--phone-number-id",
          "106540352242922",
          "--waba-id",
          "1",
          "--app-secret",
          "s",
          "--access-token",
          "t",
        ],
        db,
        again.io,
      ),
    ).toBe(1);
    expect(again.err.join("\n")).toContain("already connected");
    const bad = capture();
    expect(
      await runAdmin(
        ["create-channel", "--workspace", "Tulp & Co", "--phone-number-id", "+90"],
        db,
        bad.io,
      ),
    ).toBe(1);
    expect(bad.err.join("\n")).toContain("--phone-number-id must be Meta's numeric id");
    expect(bad.err.join("\n")).toContain("--waba-id is required");
  });
});
