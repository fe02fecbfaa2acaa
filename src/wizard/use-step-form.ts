import { useCallback, useRef, type RefObject } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import type { z } from "zod/mini";
import type { StepFrameForm } from "./step-frame";
import { flushTypedChanges } from "./fields/typed-changes";
import { useStepAdvance, type ShowFirstError } from "./use-wizard-navigation";
import { useSyncToStore, type ListRows } from "./use-sync-to-store";
import type { StepId } from "./wizard-steps";

export interface StepFormOptions<T extends FieldValues> {
  step: StepId;
  schema: z.ZodMiniType<T>;
  resolver: Resolver<T>;
  /** The step's values as the store holds them. This and `push` are module functions (stable). */
  stored: () => T;
  /** The form's first values, when they must differ from `stored` in shape (see clusters-step). */
  defaults?: () => T;
  push: (values: T) => void;
  /** A step holding a long list: a change settles its own row, and the list shows a page at a time. */
  rows?: ListRows<T>;
}

export interface StepForm<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** Spread on the StepFrame: the step, its submit (Next) and what Next found. */
  frame: StepFrameForm;
  /** The paged list of the step (PagedList) puts here how it shows the page of a row in error. */
  pagerRef: RefObject<ShowFirstError | null>;
}

/**
 * One step's form, as every step has it: opened on the store's values, each change handed to the
 * store as it is typed (the summary follows), and Next checking the step before it moves on.
 */
export function useStepForm<T extends FieldValues>({ step, schema, resolver, stored, defaults = stored, push, rows }: StepFormOptions<T>): StepForm<T> {
  // A step with pages focuses the first field in error itself, once the page holding it shows.
  const form = useForm<T>({ defaultValues: defaults() as DefaultValues<T>, resolver, mode: "onChange", shouldFocusError: rows === undefined });
  useSyncToStore(form, schema, stored, push, rows);
  const pagerRef = useRef<ShowFirstError | null>(null);
  const showFirstError = useCallback<ShowFirstError>((paths) => pagerRef.current?.(paths), []);
  const navigation = useStepAdvance(step, rows ? showFirstError : undefined);
  const submit = form.handleSubmit(navigation.advance, navigation.reject);
  // Enter in a field submits without leaving it: its last keystroke may still wait for the paint.
  const onSubmit: typeof submit = (event) => {
    flushTypedChanges();
    return submit(event);
  };
  return { form, pagerRef, frame: { step, onSubmit, navigation } };
}
