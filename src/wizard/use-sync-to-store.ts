import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { z } from "zod/mini";
import { settleRow, settleValues } from "./form-values";
import { rowIndexOfPath } from "./paging";

/** A long list in a step's form: a change inside one of its rows settles that row alone. */
export interface ListRows<T> {
  list: keyof T & string;
  schema: z.ZodMiniType;
}

/**
 * Hands every change of a step's form to the store as it happens, so the summary follows the admin's
 * typing before any Next. A value that does not parse (an emptied count) keeps its last good value
 * in the store while the field shows why. `lastGood`, `push` and `rows` must be stable (module values).
 */
export function useSyncToStore<T extends FieldValues>(
  form: UseFormReturn<T>,
  schema: z.ZodMiniType<T>,
  lastGood: () => T,
  push: (values: T) => void,
  rows?: ListRows<T>,
): void {
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      const row = rows && name !== undefined ? rowIndexOfPath(name, rows.list) : null;
      const inRow = rows && row !== null ? settleRow(rows.schema, rows.list, row, form.getValues(), lastGood()) : null;
      const settled = inRow ?? settleValues(schema, form.getValues(), lastGood());
      if (settled) push(settled);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, lastGood, push, rows]);
}
