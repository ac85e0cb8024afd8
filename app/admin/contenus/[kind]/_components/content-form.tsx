"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { CONTENT_FIELDS, type CodeOptions, type FieldDescriptor, type FieldSection, sectionTitle } from "@/lib/cms/fields";
import { adminContentPath, type ContentKind } from "@/lib/cms/kinds";
import type { EditorialStatus } from "@/lib/editorial/vocabulary";
import { CONTENT_FORM_SCHEMAS } from "@/lib/validations/content";
import type { ContentFormState } from "../_lib/content-form-values";
import { saveContentAction } from "../save-action";
import { ContentField, type ContentFieldContext } from "./content-field";
import { imageAltInputId } from "./editor-controls";
import { ErrorSummary, type SummaryError } from "./error-summary";
import { fieldId } from "./field-frame";
import { PublicationPanel } from "./publication-panel";
import { SavedNotice, type SavedState } from "./saved-notice";

const BODY_SECTIONS: FieldSection[] = ["content", "details", "place", "audience"];

/** Fields shown side by side from the small-screen breakpoint up. */
const PAIRS: Record<string, string> = { postcode: "city", lat: "lon", startsAt: "endsAt" };

type ContentFormProps = {
  kind: ContentKind;
  /** Null on the creation page. */
  id: number | null;
  defaultValues: ContentFormState;
  /** Structure code lists (data·inclusion), read from the database by the page. */
  codeOptions: CodeOptions | null;
  regionCode: string | null;
  siteUrl: string;
  savedSlug: string | null;
  canPublish: boolean;
  /** Confirmation carried over from the creation page to the edit page. */
  initialNotice?: SavedState | null;
};

/**
 * The create/edit form of every kind of content: the kind's descriptors rendered section by
 * section, validated in the browser by the same zod schema as the server. A failed save keeps
 * everything typed and lists what to fix at the top.
 */
export function ContentForm(props: ContentFormProps) {
  const { kind, id } = props;
  const router = useRouter();
  const form = useForm<ContentFormState>({
    // zodResolver cannot follow the union of the six schemas; each schema's input is the contract.
    resolver: zodResolver(CONTENT_FORM_SCHEMAS[kind] as never) as unknown as Resolver<ContentFormState>,
    defaultValues: props.defaultValues,
    shouldFocusError: false,
  });
  const [general, setGeneral] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [saved, setSaved] = useState<SavedState | null>(props.initialNotice ?? null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const leaving = useRef(false);
  // Set by a failed submit; the summary takes focus once it is on screen with its errors.
  const focusSummary = useRef(false);

  const fields = CONTENT_FIELDS[kind];
  const online = useWatch({ control: form.control, name: "online" }) === true;
  const visible = (field: FieldDescriptor) => field.whenOnline === undefined || field.whenOnline === online;

  useEffect(() => {
    if (focusSummary.current && summaryRef.current) {
      focusSummary.current = false;
      summaryRef.current.focus();
    }
  });

  useEffect(() => {
    if (!props.initialNotice) return;
    noticeRef.current?.focus();
    // The confirmation is for this visit only: a reload should not announce it again. No state of
    // our own: Next.js then records the new address as its own (with its internal state, it would
    // take the call for one of its own and put "?cree=1" back at the next refresh).
    window.history.replaceState(null, "", window.location.pathname);
  }, [props.initialNotice]);

  // Coordinates computed from the former commune would pin the new address to the old place:
  // when the commune changes and they were not typed here, they are emptied to be computed again.
  useEffect(() => {
    const initial = { lat: props.defaultValues.lat, lon: props.defaultValues.lon };
    if (initial.lat === undefined || (initial.lat === "" && initial.lon === "")) return;
    return form.subscribe({
      name: ["city", "postcode"],
      formState: { values: true },
      callback: ({ values }) => {
        if (values.lat === initial.lat && values.lon === initial.lon) {
          form.setValue("lat", "", { shouldDirty: true });
          form.setValue("lon", "", { shouldDirty: true });
        }
      },
    });
  }, [form, props.defaultValues.lat, props.defaultValues.lon]);

  const { isDirty } = form.formState;
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  async function send(): Promise<boolean> {
    setGeneral(null);
    setSaved(null);
    // The raw inputs, not the parsed output: the server parses them with the same schema.
    const values = form.getValues();
    const result = await saveContentAction({ kind, id, values });
    if (!result.ok) {
      for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages[0]) form.setError(name, { type: "server", message: messages[0] });
      }
      const hasFieldErrors = Object.keys(result.fieldErrors ?? {}).length > 0;
      setGeneral(hasFieldErrors ? null : result.error);
      focusSummary.current = true;
      setFailures((n) => n + 1);
      return false;
    }
    const state: SavedState = { message: result.message ?? "Enregistré.", id: result.data.id, slug: result.data.slug, status: result.data.status };
    if (id === null) {
      leaving.current = true;
      router.replace(adminContentPath(kind, `/${result.data.id}?cree=1`));
      return true;
    }
    form.reset({ ...values, slug: result.data.slug, status: result.data.status });
    setSaved(state);
    requestAnimationFrame(() => noticeRef.current?.focus());
    router.refresh();
    return true;
  }

  const submit = () =>
    new Promise<boolean>((resolve) => {
      void form.handleSubmit(
        async () => resolve(await send()),
        () => {
          setGeneral(null);
          setSaved(null);
          focusSummary.current = true;
          setFailures((n) => n + 1);
          resolve(false);
        },
      )();
    });

  async function saveAndPublish() {
    const previous = form.getValues("status") as EditorialStatus;
    form.setValue("status", "published", { shouldDirty: true });
    // A refused publication leaves the state the editor had chosen.
    if (!(await submit())) form.setValue("status", previous);
  }

  const ctx: ContentFieldContext = {
    kind,
    form,
    codeOptions: props.codeOptions,
    regionCode: props.regionCode,
    siteUrl: props.siteUrl,
    savedSlug: props.savedSlug,
  };
  const summary = summaryErrors(fields, form.formState.errors, visible);
  const statusField = fields.find((field) => field.name === "status")!;
  const publishAtField = fields.find((field) => field.name === "publishAt")!;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start"
    >
      <div className="flex flex-col gap-4 lg:col-span-2 empty:hidden">
        {failures > 0 && <ErrorSummary errors={summary} general={general} summaryRef={summaryRef} />}
        {saved && <SavedNotice kind={kind} saved={saved} noticeRef={noticeRef} />}
      </div>
      <div className="flex min-w-0 flex-col gap-6">
        <p className="text-sm text-ink-muted">Les champs marqués « obligatoire » doivent être remplis. Les autres sont facultatifs.</p>
        {BODY_SECTIONS.map((section) => {
          const inSection = fields.filter((field) => field.section === section && field.type !== "status" && visible(field));
          if (inSection.length === 0) return null;
          return (
            <section key={section} aria-labelledby={`section-${section}`} className="rounded-xl border border-line bg-white p-4 sm:p-6">
              <h2 id={`section-${section}`} className="text-xl font-bold text-brand-900">
                {sectionTitle(kind, section)}
              </h2>
              <div className="mt-4 flex flex-col gap-5">{renderFields(inSection, ctx)}</div>
            </section>
          );
        })}
      </div>
      <div className="lg:sticky lg:top-4">
        <PublicationPanel
          form={form}
          statusField={statusField}
          publishAtField={publishAtField}
          canPublish={props.canPublish}
          pending={form.formState.isSubmitting}
          onPublish={() => void saveAndPublish()}
        />
      </div>
    </form>
  );
}

function renderFields(fields: FieldDescriptor[], ctx: ContentFieldContext) {
  const out = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const next = fields[i + 1];
    if (next && PAIRS[field.name] === next.name) {
      out.push(
        <div key={field.name} className="grid gap-5 sm:grid-cols-2">
          <ContentField field={field} ctx={ctx} />
          <ContentField field={next} ctx={ctx} />
        </div>,
      );
      i++;
    } else {
      out.push(<ContentField key={field.name} field={field} ctx={ctx} />);
    }
  }
  return out;
}

/** Errors in the order of the form, each with the control it leads to. */
function summaryErrors(
  fields: readonly FieldDescriptor[],
  errors: Record<string, { message?: unknown } | undefined>,
  visible: (field: FieldDescriptor) => boolean,
): SummaryError[] {
  const list: SummaryError[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    for (const name of field.altName ? [field.name, field.altName] : [field.name]) {
      const message = errors[name]?.message;
      seen.add(name);
      if (typeof message !== "string") continue;
      const label = name === field.altName ? "Texte alternatif de l'image" : field.label;
      const target = visible(field) ? summaryTarget(field, name) : null;
      list.push({ name, label, message, target });
    }
  }
  for (const [name, error] of Object.entries(errors)) {
    if (!seen.has(name) && typeof error?.message === "string") list.push({ name, label: "Formulaire", message: error.message, target: null });
  }
  return list;
}

function summaryTarget(field: FieldDescriptor, name: string): string {
  if (field.type === "image" && name === field.altName) return imageAltInputId(field);
  return fieldId(name);
}
