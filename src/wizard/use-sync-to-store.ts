import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { z } from "zod/mini";
import { settleValues } from "./form-values";

/**
 * Hands every change of a step's form to the store as it happens, so the summary follows the admin's
 * typing before any Next. A value that does not parse (an emptied count) keeps its last good value
 * in the store while the field shows why. `lastGood` and `push` must be stable (module functions).
 */
export function useSyncToStore<T extends FieldValues>(
  form: UseFormReturn<T>,
  schema: z.ZodMiniType<T>,
  lastGood: () => T,
  push: (values: T) => void,
): void {
  useEffect(() => {
    const subscription = form.watch(() => {
      const settled = settleValues(schema, form.getValues(), lastGood());
      if (settled) push(settled);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, lastGood, push]);
}
