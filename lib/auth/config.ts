import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import { authSecret } from "./secret";

/**
 * The part of the auth configuration the proxy needs: reading the session cookie. It imports no
 * database or password code, so the proxy stays small.
 */
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: authSecret(),
    // Self-hosted behind whatever proxy the customer runs; AUTH_URL pins the origin when set.
    trustHost: true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
    pages: { signIn: "/sign-in" },
    providers: [],
    // A wrong password is an answer we give the user, not a server fault: keep it out of the error log.
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error(error);
      },
    },
    callbacks: {
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
