import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { auth } from "./auth";
import { findUserById, type PublicUser } from "./users";

/** The signed-in user, re-read from the database (a deleted account's cookie is worthless). */
export async function currentUser(): Promise<PublicUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return findUserById(await getDb(), id);
}

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<PublicUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
