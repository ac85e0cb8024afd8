import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/result";
import { itemRefSchema, NOTE_MAX_LENGTH, savedItemNoteSchema, setItemSavedSchema } from "@/lib/validations/personal";

describe("personal space forms", () => {
  it("reads the save button's form, and takes no title or link from it", () => {
    const form = new FormData();
    form.set("kind", "formation");
    form.set("itemId", " 42 ");
    form.set("saved", "false");
    form.set("title", "Titre inventé");
    form.set("url", "https://ailleurs.example/");
    const parsed = setItemSavedSchema.parse(formDataToObject(form));
    expect(parsed).toEqual({ kind: "formation", itemId: "42", saved: false });
    expect(setItemSavedSchema.parse({ kind: "metier", itemId: "M1805", saved: true }).saved).toBe(true);
  });

  it.each([
    [{ kind: "utilisateur", itemId: "1" }],
    [{ kind: "formation", itemId: "" }],
    [{ kind: "formation", itemId: "x".repeat(65) }],
    [{ kind: "formation" }],
  ])("refuses %j", (input) => {
    expect(itemRefSchema.safeParse(input).success).toBe(false);
  });

  it("refuses a missing or odd saved flag", () => {
    expect(setItemSavedSchema.safeParse({ kind: "formation", itemId: "1" }).success).toBe(false);
    expect(setItemSavedSchema.safeParse({ kind: "formation", itemId: "1", saved: "oui" }).success).toBe(false);
  });

  it("trims notes, turns a blank one into null and refuses more than the limit", () => {
    const ref = { kind: "evenement", itemId: "3" };
    expect(savedItemNoteSchema.parse({ ...ref, note: "  à voir  " }).note).toBe("à voir");
    expect(savedItemNoteSchema.parse({ ...ref, note: "   " }).note).toBeNull();
    expect(savedItemNoteSchema.safeParse({ ...ref, note: "é".repeat(NOTE_MAX_LENGTH) }).success).toBe(true);
    const tooLong = savedItemNoteSchema.safeParse({ ...ref, note: "é".repeat(NOTE_MAX_LENGTH + 1) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toMatch(/ne peut pas dépasser 1.000 caractères/);
  });
});
