import { useState, type ReactNode } from "react";
import TextField from "@mui/material/TextField";
import { useController, type Control, type FieldPathByValue, type FieldValues } from "react-hook-form";
import { parseWholeNumber } from "../form-values";
import { FieldHelperText } from "./field-helper-text";
import { useFieldFeedback } from "./use-field-feedback";

export interface FormNumberFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPathByValue<T, number>;
  label: string;
  help: ReactNode;
  required?: boolean;
}

function sameNumber(a: number, b: number): boolean {
  return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * A whole-number field. It keeps the text as typed ("", "05", "3x") and hands the form a number,
 * NaN when the text is not one, so the schema says "Enter a whole number" and the store keeps the
 * last good count. A plain text input: no spinner, and the mouse wheel cannot change a count.
 */
export function FormNumberField<T extends FieldValues>({ control, name, label, help, required = true }: FormNumberFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const feedback = useFieldFeedback(name, fieldState.error?.message);
  const value = field.value as number;
  const [text, setText] = useState(() => (Number.isNaN(value) ? "" : String(value)));
  // The form changed the number from outside (reset, a loaded plan): show the new one.
  if (!sameNumber(parseWholeNumber(text), value) && !Number.isNaN(value)) setText(String(value));
  return (
    <TextField
      name={field.name}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(parseWholeNumber(event.target.value));
      }}
      onBlur={() => {
        field.onBlur();
        feedback.markTouched();
      }}
      inputRef={field.ref}
      label={label}
      required={required}
      error={feedback.invalid}
      helperText={<FieldHelperText messages={feedback.messages} help={help} />}
      slotProps={{ htmlInput: { inputMode: "numeric", autoComplete: "off", "aria-invalid": feedback.invalid } }}
    />
  );
}
