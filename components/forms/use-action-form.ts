"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

/**
 * react-hook-form wired to a server action: the same zod schema validates in the browser and on
 * the server; field errors from the server land on their fields, the general message in `status`.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (result: { data: T; message?: string }) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // zodResolver's overloads cannot follow a generic schema; the schema's own types are the contract.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
    shouldFocusError: true,
  });
  const [status, setStatus] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await action(values as z.input<S>);
    if (result.ok) {
      if (result.message) setStatus({ tone: "success", message: result.message });
      options.onSuccess?.(result);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<z.input<S>>, { type: "server", message: messages[0] });
    }
    setStatus({ tone: "error", message: result.error });
  });

  // A failed submit moves focus to its message, so screen-reader users hear why at once.
  useEffect(() => {
    if (status?.tone === "error") statusRef.current?.focus();
  }, [status]);

  return { form, onSubmit, status, statusRef, pending: form.formState.isSubmitting };
}
