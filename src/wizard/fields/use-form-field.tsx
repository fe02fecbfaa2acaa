import type { ReactNode } from "react";
import { useController, type Control, type FieldPath, type FieldValues, type UseControllerReturn } from "react-hook-form";
import { FieldHelperText } from "./field-helper-text";
import { useFieldFeedback, type FieldFeedback } from "./use-field-feedback";
import { useTypedValue } from "./use-typed-value";

/** The props every field's TextField takes alike: its name, label, error state and messages. */
export interface SharedFieldProps {
  name: string;
  inputRef: UseControllerReturn["field"]["ref"];
  label: string;
  error: boolean;
  helperText: ReactNode;
  onBlur: () => void;
}

/**
 * A form field wired as each of them is: the form's value, the form's or the planner's messages
 * under it (the doc's help when there are none), and leaving it shows its findings from then on.
 * `typed` is the value for a field typed into: shown at once, handed to the form after the paint.
 */
export function useFormField<T extends FieldValues>(control: Control<T>, name: FieldPath<T>, label: string, help: ReactNode) {
  const { field, fieldState } = useController({ control, name });
  const typed = useTypedValue<unknown>(field.value, field.onChange);
  const feedback: FieldFeedback = useFieldFeedback(name, fieldState.error?.message);
  const shared: SharedFieldProps = {
    name: field.name,
    inputRef: field.ref,
    label,
    error: feedback.invalid,
    helperText: <FieldHelperText messages={feedback.messages} help={help} />,
    onBlur: () => {
      typed.flush();
      field.onBlur();
      feedback.markTouched();
    },
  };
  return { field, typed, feedback, shared };
}
