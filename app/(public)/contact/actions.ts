"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/safe-action";
import { clientIp } from "@/lib/auth/request-ip";
import { getContactContext } from "@/lib/contact/context";
import { sendContactMessage } from "@/lib/contact/send-message";
import { contactSchema } from "@/lib/validations/contact";

export const sendContactMessageAction = publicAction(contactSchema, async (input, { db, user }) =>
  sendContactMessage(db, getContactContext(), input, {
    ip: clientIp(await headers()),
    actor: user ? { id: user.id, label: user.email } : null,
  }),
);
