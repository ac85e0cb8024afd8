"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { countSegmentRecipients, createNewsletter, getNewsletter, updateNewsletterDraft } from "@/db/queries/network-newsletters";
import { fail, fieldErrorsOf, ok } from "@/lib/actions/result";
import { sanitizeRichText } from "@/lib/cms/sanitize";
import { pick } from "@/lib/network/i18n/locale";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { getNewsletterMailContext, sendNewsletter } from "@/lib/network/newsletters";
import { networkAction } from "@/lib/network/safe-action";
import { newsletterSchema, newsletterSegmentSchema } from "@/lib/validations/network-newsletter";

const LIST_PATH = "/reseau/admin/lettres";

// The wrapper checks membership and the permission; the form is parsed afterwards with the
// administrator's language, so server-side messages read like the browser's.
const anyInput = z.unknown();
const idInput = z.object({ id: z.coerce.number().int().positive() });

/** Creates a draft (no id) or saves a draft; a sent newsletter is frozen. */
export const saveNewsletterAction = networkAction({ schema: anyInput, permission: "network:publish" }, async (raw, { db, user, locale }) => {
  const t = pick(newsletterStrings, locale);
  const id = idInput.partial().safeParse(raw).data?.id;
  const parsed = newsletterSchema(locale).safeParse(raw);
  if (!parsed.success) return fail(t.invalidForm, fieldErrorsOf(parsed.error));
  const { subjectFr, subjectEn, bodyFr, bodyEn, segment } = parsed.data;
  const content = {
    subjectFr,
    subjectEn: subjectEn || null,
    bodyFr: sanitizeRichText(bodyFr),
    bodyEn: sanitizeRichText(bodyEn) || null,
    segment,
  };
  if (id === undefined) {
    const created = await createNewsletter(db, { content, createdBy: user.id });
    revalidatePath(LIST_PATH);
    return ok({ id: created }, t.saved);
  }
  if (!(await updateNewsletterDraft(db, { id, content }))) {
    return fail((await getNewsletter(db, id)) ? t.alreadySent : t.notFound);
  }
  revalidatePath(LIST_PATH);
  revalidatePath(`${LIST_PATH}/${id}`);
  return ok({ id }, t.saved);
});

/** The live "N destinataires" of the segment builder. */
export const countNewsletterRecipientsAction = networkAction(
  { schema: anyInput, permission: "network:publish" },
  async (raw, { db, locale }) => {
    const parsed = newsletterSegmentSchema(locale).safeParse(raw);
    if (!parsed.success) return ok({ count: 0 });
    return ok({ count: await countSegmentRecipients(db, parsed.data) });
  },
);

/** Sends a draft to its segment, once; audited by sendNewsletter. */
export const sendNewsletterAction = networkAction({ schema: idInput, permission: "network:publish" }, async ({ id }, { db, user, locale }) => {
  const t = pick(newsletterStrings, locale);
  const result = await sendNewsletter(db, {
    newsletterId: id,
    actor: { id: user.id, label: user.email },
    ctx: getNewsletterMailContext(),
  });
  if (!result.ok) {
    if (result.reason === "already_sent") return fail(t.alreadySent);
    if (result.reason === "no_recipients") return fail(t.noRecipients);
    return fail(t.notFound);
  }
  revalidatePath(LIST_PATH);
  revalidatePath(`${LIST_PATH}/${id}`);
  return ok({ recipients: result.recipients }, t.sentResult(result.recipients));
});
