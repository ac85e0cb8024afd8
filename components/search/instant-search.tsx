"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

const TEXT_TYPES = new Set(["search", "text", "number", "date", "email", "tel", "url"]);

type InstantSearchProps = {
  /** id of the GET form to enhance (controls joined with form="…" count too). */
  formId: string;
  /** Pause after the last keystroke before a text field updates the results. */
  debounceMs?: number;
};

/**
 * Progressive enhancement of a search form: a checkbox, a select or (after a pause) a text field
 * updates the results in place with router.replace, so the URL stays the single source of state
 * and the form still works as a plain GET form without JavaScript. Renders nothing.
 */
export function InstantSearch({ formId, debounceMs = 500 }: InstantSearchProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;

    const navigate = (mode: "push" | "replace") => {
      clearTimeout(timer.current);
      const href = `${form.getAttribute("action") ?? pathname}${serializeForm(form)}`;
      startTransition(() => {
        if (mode === "push") router.push(href, { scroll: false });
        else router.replace(href, { scroll: false });
      });
    };
    const belongs = (target: EventTarget | null): target is HTMLInputElement | HTMLSelectElement =>
      (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.form === form;

    // Controls joined with form="…" may sit outside the form element: listen on the document.
    const onChange = (event: Event) => {
      if (!belongs(event.target) || event.target.name === "") return;
      if (event.target instanceof HTMLInputElement && TEXT_TYPES.has(event.target.type)) return;
      navigate("replace");
    };
    const onInput = (event: Event) => {
      if (!belongs(event.target) || !(event.target instanceof HTMLInputElement)) return;
      if (!TEXT_TYPES.has(event.target.type) || event.target.name === "") return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => navigate("replace"), debounceMs);
    };
    // An explicit submit (Enter, a button) is a new search: it earns a history entry.
    const onSubmit = (event: SubmitEvent) => {
      if (event.target !== form) return;
      event.preventDefault();
      navigate("push");
    };
    document.addEventListener("change", onChange);
    document.addEventListener("input", onInput);
    document.addEventListener("submit", onSubmit);
    // A box ticked while the page was still loading changed nothing: apply it now.
    if (isDirty(form)) navigate("replace");
    return () => {
      clearTimeout(timer.current);
      document.removeEventListener("change", onChange);
      document.removeEventListener("input", onInput);
      document.removeEventListener("submit", onSubmit);
    };
  }, [formId, pathname, router, debounceMs]);

  // Links (chips, pagination, "Tout effacer") change the URL without touching the form, and React
  // leaves a checkbox the user ticked alone: realign the controls with the URL after each navigation.
  // Not on mount: the server rendered the form from this very URL, and a box ticked before
  // hydration must survive until the effect above applies it.
  const syncedParams = useRef(searchParams.toString());
  useEffect(() => {
    const current = searchParams.toString();
    if (current === syncedParams.current) return;
    syncedParams.current = current;
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) syncFormWithParams(form, new URLSearchParams(current));
  }, [formId, searchParams]);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!form) return;
    if (pending) form.setAttribute("data-pending", "");
    else form.removeAttribute("data-pending");
  }, [formId, pending]);

  return null;
}

/** The form's query string without empty fields, defaults or the page (a new filter restarts at 1). */
export function serializeForm(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.disabled || element.name === "page") continue;
    if (element instanceof HTMLInputElement) {
      if ((element.type === "checkbox" || element.type === "radio") && !element.checked) continue;
      if (element.type === "submit" || element.type === "button") continue;
    }
    const value = element.value.trim();
    if (value === "" || value === element.dataset.default) continue;
    params.append(element.name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** True when a control no longer shows what the server rendered (its default state). */
function isDirty(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((element) => {
    if (!element.getAttribute("name")) return false;
    if (element instanceof HTMLInputElement) {
      if (element.type === "checkbox" || element.type === "radio") return element.checked !== element.defaultChecked;
      return TEXT_TYPES.has(element.type) && element.value !== element.defaultValue;
    }
    if (element instanceof HTMLSelectElement) {
      return Array.from(element.options).some((option) => option.selected !== option.defaultSelected);
    }
    return false;
  });
}

function syncFormWithParams(form: HTMLFormElement, params: URLSearchParams) {
  for (const element of Array.from(form.elements)) {
    if (!element.getAttribute("name")) continue;
    if (element instanceof HTMLInputElement) {
      if (element.type === "checkbox" || element.type === "radio") {
        element.checked = params.getAll(element.name).includes(element.value);
      } else if (TEXT_TYPES.has(element.type) && element !== document.activeElement) {
        // The field being typed in keeps its text: the URL lags behind it by the debounce delay.
        element.value = params.get(element.name) ?? "";
      }
    } else if (element instanceof HTMLSelectElement) {
      const wanted = params.get(element.name) ?? element.dataset.default ?? "";
      if (Array.from(element.options).some((option) => option.value === wanted)) element.value = wanted;
    }
  }
}
