import "server-only";
import { cookies } from "next/headers";

const NAMES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** The database session token of this request (to keep it open when closing the others). */
export async function currentSessionToken(): Promise<string | null> {
  const jar = await cookies();
  for (const name of NAMES) {
    const value = jar.get(name)?.value;
    if (value) return value;
  }
  return null;
}

export async function clearSessionCookie() {
  const jar = await cookies();
  for (const name of NAMES) jar.delete(name);
}
