import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { baseAuthConfig } from "@/lib/auth/config";

const { auth } = NextAuth(() => baseAuthConfig());

/** Reachable without a session: the auth pages, invite links, machine-to-machine endpoints. */
const PUBLIC_PREFIXES = [
  "/sign-in",
  "/sign-up",
  "/invite/",
  "/api/auth/",
  "/api/health",
  "/api/webhooks/",
  "/api/v1/",
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some(
    (prefix) => pathname === prefix.replace(/\/$/, "") || pathname.startsWith(prefix),
  );
}

// A first line of defence only: every page and route checks the session and workspace again.
const guard = auth((request, _event: NextFetchEvent) => {
  const { pathname, search } = request.nextUrl;
  if (request.auth || isPublicPath(pathname)) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { code: "unauthenticated", message: "Sign in first." } },
      { status: 401 },
    );
  }
  const signIn = new URL("/sign-in", request.nextUrl);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(signIn);
});

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // With the lazy configuration, next-auth hands the wrapped handler back asynchronously.
  const handler = await guard;
  return handler(request, event);
}

export const config = {
  // Meta's webhooks skip the proxy: they carry no session, and a campaign sends thousands a second.
  matcher: ["/((?!_next/|api/webhooks/|favicon.ico|icon.svg|.*\\.(?:png|jpg|svg|webp|woff2?)$).*)"],
};
