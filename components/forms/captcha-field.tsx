"use client";

import type { AltchaWidgetElement } from "altcha";
import type {} from "altcha/types/react";
import { type CSSProperties, type Ref, useCallback, useEffect, useImperativeHandle, useRef, useState } from "react";

/**
 * The self-hosted proof-of-work captcha (ALTCHA widget, bundled from node_modules: no CDN, no
 * third-party service). Its challenges come from app/api/captcha; its payload is checked by
 * lib/captcha/verify.ts. It solves on its own as soon as the visitor focuses the form (auto
 * "onfocus"), and the handle's `solve()` lets the form wait for it (or start it) at submit time,
 * so nobody has to tick the box; the box stays there, keyboard-operable, for those who prefer to.
 */

// Every string of the widget, in French (the widget picks them by the `language` attribute).
const STRINGS_FR = {
  ariaLinkLabel: "ALTCHA (site officiel, nouvelle fenêtre)",
  cancel: "Annuler",
  enterCode: "Saisissez le code",
  enterCodeAria: "Saisissez le code que vous entendez. Appuyez sur Espace pour écouter l'enregistrement.",
  enterCodeFromImage: "Pour continuer, saisissez le code de l'image ci-dessous.",
  error: "La vérification a échoué. Cochez à nouveau la case pour réessayer.",
  expired: "La vérification a expiré. Cochez à nouveau la case pour recommencer.",
  footer: "",
  getAudioChallenge: "Écouter un code audio",
  label: "Je ne suis pas un robot",
  loading: "Chargement…",
  reload: "Recharger",
  verify: "Vérifier",
  verificationRequired: "Vérification requise.",
  verified: "Vérification réussie",
  verifying: "Vérification en cours…",
  waitAlert: "Vérification en cours… Veuillez patienter.",
};

const LANGUAGE = "fr-passerelle";

type WidgetState = "unverified" | "verifying" | "verified" | "error" | "expired" | "code";

let loading: Promise<void> | null = null;

/** Loads the widget's code once, in the browser only, with our strings and defaults registered first. */
function loadWidget(): Promise<void> {
  loading ??= import("altcha").then(() => {
    globalThis.$altcha.i18n.set(LANGUAGE, STRINGS_FR);
    globalThis.$altcha.defaults.set({
      hideFooter: true,
      hideLogo: true,
      // Only for ALTCHA's paid service; our server never asks for it: collect nothing.
      humanInteractionSignature: false,
    });
  });
  return loading;
}

function stateOf(widget: AltchaWidgetElement | null): WidgetState | null {
  const state = widget?.getState;
  return typeof state === "function" ? (String(state()) as WidgetState) : null;
}

/** The element's methods exist once the component inside it has mounted (a microtask after upgrade). */
function whenReady(widget: AltchaWidgetElement): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (typeof widget.verify === "function" ? (resolve(), true) : false);
    if (check()) return;
    const timer = setInterval(() => check() && clearInterval(timer), 25);
  });
}

/** What a form asks of its captcha. */
export type CaptchaHandle = {
  /** The payload, waiting for a verification under way or starting one; null when it fails. */
  solve: () => Promise<string | null>;
  /** After the server used (or refused) a solution: start a fresh one for the next attempt. */
  renew: () => Promise<void>;
};

type WidgetEvent = CustomEvent<{ state: WidgetState; payload: string | null }>;

// The site's palette: the checkbox border meets 3:1 on white (WCAG 1.4.11), focus as everywhere else.
const widgetStyle = {
  "--altcha-color-primary": "var(--color-brand-700)",
  "--altcha-color-success": "#1e7a3c",
  "--altcha-color-error": "#b42318",
  "--altcha-border-color": "var(--color-line)",
  "--altcha-checkbox-border-color": "var(--color-field)",
  "--altcha-checkbox-outline": "3px solid var(--color-focus)",
  "--altcha-checkbox-size": "24px",
  "--altcha-max-width": "100%",
  "--altcha-border-radius": "8px",
} as CSSProperties;

type CaptchaFieldProps = {
  id: string;
  /** Receives the solution, or "" when there is none any more; it is submitted with the form. */
  onPayload: (payload: string) => void;
  error?: string;
  ref?: Ref<CaptchaHandle>;
};

export function CaptchaField({ id, onPayload, error, ref }: CaptchaFieldProps) {
  const widgetRef = useRef<AltchaWidgetElement | null>(null);
  const payloadRef = useRef("");
  const onPayloadRef = useRef(onPayload);
  const [state, setState] = useState<WidgetState>("unverified");
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    onPayloadRef.current = onPayload;
  }, [onPayload]);

  useEffect(() => {
    let alive = true;
    loadWidget().then(
      () => alive && setLoaded(true),
      (failure) => console.error("[captcha] widget", failure),
    );
    return () => {
      alive = false;
    };
  }, []);

  const attach = useCallback((element: HTMLElement | null) => {
    const widget = element as AltchaWidgetElement | null;
    widgetRef.current = widget;
    widget?.addEventListener("statechange", (event) => {
      const detail = (event as WidgetEvent).detail;
      const payload = detail.state === "verified" ? (detail.payload ?? "") : "";
      payloadRef.current = payload;
      onPayloadRef.current(payload);
      setState(detail.state);
    });
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      async solve() {
        const widget = widgetRef.current;
        if (!widget) return null;
        await whenReady(widget);
        const current = stateOf(widget);
        if (current === "verified" && payloadRef.current) return payloadRef.current;
        if (current === "verifying") {
          return new Promise<string | null>((resolve) => {
            const listener = (event: Event) => {
              const { state: next, payload } = (event as WidgetEvent).detail;
              if (next === "verifying") return;
              widget.removeEventListener("statechange", listener);
              resolve(next === "verified" ? payload : null);
            };
            widget.addEventListener("statechange", listener);
          });
        }
        const result = await widget.verify();
        return result?.payload ?? null;
      },
      async renew() {
        const widget = widgetRef.current;
        if (!widget) return;
        await whenReady(widget);
        widget.reset();
        await widget.verify();
      },
    }),
    [],
  );

  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={[hintId, error ? errorId : ""].filter(Boolean).join(" ")}>
      <legend className="font-semibold text-ink">Vérification anti-robot</legend>
      <p id={hintId} className="text-sm text-ink-muted">
        Votre appareil fait un court calcul, lancé dès que vous remplissez le formulaire, pour montrer que vous n&apos;êtes pas un robot. Vous
        pouvez aussi cocher la case. Aucun service extérieur n&apos;est sollicité et rien n&apos;est enregistré sur vous.
      </p>
      {loaded ? (
        <altcha-widget ref={attach} id={id} challenge="/api/captcha" auto="onfocus" language={LANGUAGE} name="captcha-widget" style={widgetStyle} />
      ) : (
        <p className="rounded-lg border border-line px-3 py-3 text-sm text-ink-muted">Chargement de la vérification…</p>
      )}
      <noscript>
        <p className="text-sm font-semibold text-red-800">Ce formulaire a besoin de JavaScript pour la vérification anti-robot.</p>
      </noscript>
      {/* Announced once, politely: the visitor may be typing elsewhere when it ends. */}
      <p role="status" className="sr-only">
        {state === "verified" ? "Vérification anti-robot réussie." : ""}
      </p>
      {error && (
        <p id={errorId} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
