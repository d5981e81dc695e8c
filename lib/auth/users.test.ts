import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { memberships, users, workspaces } from "@/lib/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { verifyPassword } from "./password";
import { signUpSchema } from "./schemas";
import { findUserByEmail, listUsers, registerUser } from "./users";

describeEachDatabase("registerUser", (get) => {
  it("creates the account, its workspace and owner membership together", async () => {
    const { db } = get();
    const { user, workspace } = await registerUser(db, {
      name: "Ayşe Yılmaz",
      email: "ayse@example.com",
      password: "correct horse",
      workspaceName: "Lale Çiçekçilik",
    });
    expect(workspace.slug).toBe("lale-cicekcilik");
    const [membership] = await db
      .select()
      .from(memberships)
      .where(sql`${memberships.userId} = ${user.id}`);
    expect(membership?.role).toBe("owner");
    const stored = await findUserByEmail(db, "AYSE@example.com ");
    expect(stored?.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword(stored?.passwordHash ?? "", "correct horse")).toBe(true);
    expect(await verifyPassword(stored?.passwordHash ?? "", "wrong horse")).toBe(false);
  });

  it("refuses a duplicate e-mail and leaves nothing half-written", async () => {
    const { db } = get();
    await registerUser(db, { name: "A", email: "dup@example.com", password: "password1" });
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(workspaces);
    const attempt = registerUser(db, {
      name: "B",
      email: "dup@example.com",
      password: "password2",
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ status: 409, code: "email_taken" });
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(workspaces);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("gives two shops with the same name different slugs", async () => {
    const { db } = get();
    const a = await registerUser(db, {
      name: "X",
      email: "x1@example.com",
      password: "password1",
      workspaceName: "Tulp",
    });
    const b = await registerUser(db, {
      name: "Y",
      email: "x2@example.com",
      password: "password1",
      workspaceName: "Tulp",
    });
    expect(a.workspace.slug).toBe("tulp");
    expect(b.workspace.slug).toMatch(/^tulp-[0-9a-f]{6}$/);
  });

  it("lists users with their workspace counts", async () => {
    const { db } = get();
    const listed = await listUsers(db);
    expect(listed.find((u) => u.email === "ayse@example.com")?.workspaces).toBe(1);
    const count = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(listed).toHaveLength(count[0]?.n ?? -1);
  });
});

describe("signUpSchema", () => {
  it("normalises the e-mail and explains each bad field with a catalog key", () => {
    const ok = signUpSchema.safeParse({
      name: " Ada ",
      email: " Ada@Shop.COM ",
      password: "12345678",
    });
    expect(ok.success && ok.data).toEqual({
      name: "Ada",
      email: "ada@shop.com",
      password: "12345678",
    });
    const bad = signUpSchema.safeParse({ name: "", email: "not-an-email", password: "short" });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      const byField = Object.fromEntries(
        bad.error.issues.map((i) => [i.path.join("."), i.message]),
      );
      expect(byField).toEqual({
        name: "errors.name.required",
        email: "errors.email.invalid",
        password: "errors.password.tooShort",
      });
    }
  });
});
