import { NextResponse } from "next/server";
import { getDatabase } from "@/lib/db";

export async function GET() {
  try {
    const database = await getDatabase();
    await database.query("select 1");
    return NextResponse.json({ ok: true, database: database.kind });
  } catch {
    return NextResponse.json({ ok: false }, { status: 503 });
  }
}
