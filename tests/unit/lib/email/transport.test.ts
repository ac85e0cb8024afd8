import { describe, expect, it, vi } from "vitest";

const sent = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock("resend", () => ({
  Resend: class {
    emails = {
      send: async (payload: Record<string, unknown>) => {
        sent.push(payload);
        return { data: { id: "re_1" }, error: null };
      },
    };
  },
}));

const { createResendTransport } = await import("@/lib/email/transport");

describe("Resend transport", () => {
  it("passes the message's headers to Resend, and none when the message has none", async () => {
    const transport = createResendTransport("re_test_key");
    const headers = { "List-Unsubscribe": "<https://portail.test/reseau/desinscription/un-clic?jeton=a.b>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
    expect(await transport.deliver("Passerelle <x@portail.test>", { to: "a@exemple.fr", subject: "Lettre", text: "Bonjour", headers })).toEqual({
      status: "sent",
      providerId: "re_1",
    });
    await transport.deliver("Passerelle <x@portail.test>", { to: "b@exemple.fr", subject: "Lien", text: "Bonjour" });
    expect(sent[0]).toMatchObject({ to: "a@exemple.fr", headers });
    expect(sent[1]).not.toHaveProperty("headers");
  });
});
