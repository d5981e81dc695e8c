import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { baseAuthConfig } from "./config";
import { timingDummyHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { clearFailures, recordFailure, secondsUntilAllowed } from "./throttle";
import { findUserByEmail } from "./users";

export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}
export class SignInThrottled extends CredentialsSignin {
  override code = "throttled";
}

// The lazy form keeps importing this module from opening the database (next build imports it).
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const db = await getDb();
        if ((await secondsUntilAllowed(db, email)) > 0) throw new SignInThrottled();
        const user = await findUserByEmail(db, email);
        // Hash anyway for unknown e-mails so response time does not reveal who has an account.
        const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
        if (!user || !ok) {
          await recordFailure(db, email);
          throw new InvalidCredentials();
        }
        await clearFailures(db, email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
}));
