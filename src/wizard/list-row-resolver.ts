import { get, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import { rowIndexOfPath } from "./paging";

/**
 * A form resolver for a step holding a long list (up to 10,000 services): a keystroke validates
 * only the row it changed instead of parsing every row, so typing costs the same in any plan.
 * react-hook-form asks about one field on a change and then reads that field's error alone; for
 * anything else (Next, rows added or removed, a field outside the list) the whole form's resolver
 * runs, so every error still shows when it matters.
 */
export function listRowResolver<T extends FieldValues, C, R extends FieldValues, O>(
  whole: Resolver<T, C, O>,
  list: string,
  row: Resolver<R, C, unknown>,
): Resolver<T, C, O> {
  return async (values, context, options) => {
    const name = options.names?.length === 1 ? options.names[0] : undefined;
    const index = name === undefined ? null : rowIndexOfPath(name, list);
    const prefix = `${list}.${index}`;
    const rowValues: unknown = index === null ? undefined : get(values, prefix);
    if (name === undefined || index === null || rowValues === null || typeof rowValues !== "object") return whole(values, context, options);
    const result = await row(rowValues as R, context, {
      fields: get(options.fields, prefix) ?? {},
      shouldUseNativeValidation: options.shouldUseNativeValidation,
      ...(options.criteriaMode ? { criteriaMode: options.criteriaMode } : {}),
    });
    const errors = result.errors as FieldErrors;
    if (Object.keys(errors).length === 0) return { values: values as unknown as O, errors: {} };
    return { values: {}, errors: { [list]: { [index]: errors } } as FieldErrors<T> };
  };
}
