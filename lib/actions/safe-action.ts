import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db";
import { getCurrentUser, type SessionUser } from "@/lib/auth";
import { type Action, can, ForbiddenError } from "@/lib/auth/permissions";
import {
  type ActionResult,
  FORBIDDEN,
  fail,
  fieldErrorsOf,
  formDataToObject,
  INVALID_FORM,
  SIGNED_OUT,
  UNEXPECTED,
} from "./result";

type Handler<S extends z.ZodType, T, U> = (input: z.output<S>, ctx: { db: Db; user: U }) => Promise<ActionResult<T>>;

function parse<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.output<S> } | { ok: false; result: ActionResult<never> } {
  const input = raw instanceof FormData ? formDataToObject(raw) : raw;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, result: fail(INVALID_FORM, fieldErrorsOf(parsed.error)) };
  return { ok: true, data: parsed.data };
}

async function run<T>(fn: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await fn();
  } catch (error) {
    // redirect(), notFound() and forbidden() work by throwing: let Next handle them.
    unstable_rethrow(error);
    if (error instanceof ForbiddenError) return fail(FORBIDDEN);
    console.error("[action]", error);
    return fail(UNEXPECTED);
  }
}

/**
 * A server action for signed-in users: parse with the form's zod schema, check the permission
 * with can(), then run. No action can skip the check, since the wrapper does it.
 */
export function authedAction<S extends z.ZodType, T>(
  options: { schema: S; permission: Action; allowPendingPasswordChange?: boolean },
  handler: Handler<S, T, SessionUser>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const user = await getCurrentUser();
      if (!user) return fail(SIGNED_OUT);
      if (user.mustChangePassword && !options.allowPendingPasswordChange) {
        return fail("Choisissez d'abord un nouveau mot de passe (votre mot de passe a été réinitialisé par un administrateur).");
      }
      if (!can(user, options.permission)) return fail(FORBIDDEN);
      const parsed = parse(options.schema, raw);
      if (!parsed.ok) return parsed.result;
      return handler(parsed.data, { db: getDb(), user });
    });
}

/** A server action open to anonymous visitors (sign-up, password reset request, ...). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T, SessionUser | null>) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const parsed = parse(schema, raw);
      if (!parsed.ok) return parsed.result;
      return handler(parsed.data, { db: getDb(), user: await getCurrentUser() });
    });
}
