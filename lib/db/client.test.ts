import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachDatabase } from "./testing";
import { users } from "./schema";

describeEachDatabase("database client", (get) => {
  it("applies every migration and round-trips a row", async () => {
    const { db } = get();
    const [row] = await db
      .insert(users)
      .values({ email: "client-test@example.com", name: "Test", passwordHash: "x" })
      .returning();
    expect(row?.email).toBe("client-test@example.com");
    const found = await db
      .select()
      .from(users)
      .where(sql`${users.email} = 'client-test@example.com'`);
    expect(found).toHaveLength(1);
  });

  it("normalises raw query results to rows on both drivers", async () => {
    const rows = await get().query("select $1::int + 1 as n", [41]);
    expect(rows).toEqual([{ n: 42 }]);
  });

  it("migrating again is a no-op", async () => {
    await get().migrate();
    const rows = await get().query("select count(*)::int as n from users");
    expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
  });
});
