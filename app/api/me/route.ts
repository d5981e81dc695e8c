import { NextResponse } from "next/server";
import { z } from "zod";
import { parseJsonBody } from "@/lib/api/parse";
import { setUserLocale } from "@/lib/auth/users";
import { withSession } from "@/lib/auth/with-workspace";
import { LOCALES } from "@/lib/i18n/config";

const patchSchema = z.object({ locale: z.enum(LOCALES) });

export const PATCH = withSession(async (request, { user, db }) => {
  const { locale } = await parseJsonBody(request, patchSchema);
  await setUserLocale(db, user.id, locale);
  return NextResponse.json({ ok: true });
});
