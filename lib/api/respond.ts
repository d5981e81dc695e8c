import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors/app-error";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function translate(
  t: Translate,
  key: string,
  params: Record<string, string | number> = {},
): string {
  return t.has(key) ? t(key, params) : key;
}

/** Turns an AppError into `{error: {code, message, issues}}` in the caller's language. */
export async function errorResponse(error: unknown): Promise<NextResponse> {
  if (error instanceof AppError) {
    const t = await getTranslations();
    const params = { ...error.params };
    if (typeof params.what === "string") params.what = translate(t, `errors.things.${params.what}`);
    return NextResponse.json(
      {
        error: {
          code: error.code,
          message: translate(t, error.messageKey, params),
          ...(error.issues.length > 0
            ? {
                issues: error.issues.map((issue) => ({
                  path: issue.path,
                  message: translate(t, issue.message),
                })),
              }
            : {}),
        },
      },
      { status: error.status },
    );
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}
