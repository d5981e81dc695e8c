import { NextResponse } from "next/server";
import { withSession } from "@/lib/auth/with-workspace";
import { templateSummaries } from "@/lib/templates";

/** The template gallery: every template with its previews in both languages. */
export const GET = withSession(async () =>
  NextResponse.json(
    { templates: templateSummaries() },
    // The same for everyone and changes only with a deploy; still private, behind sign-in.
    { headers: { "cache-control": "private, max-age=3600" } },
  ),
);
