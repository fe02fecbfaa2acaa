import { useState, type ReactNode } from "react";
import TextField from "@mui/material/TextField";
import type { Control, FieldPathByValue, FieldValues } from "react-hook-form";
import { MAX_COUNT_TEXT } from "../../planning/plan-input-schema";
import { countEntryOf, countKeyOfPath } from "../../planning/read-counts";
import { useFormField } from "./use-form-field";

export interface FormNumberFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPathByValue<T, number | string>;
  label: string;
  help: ReactNode;
  required?: boolean;
}

function textOf(entry: number | string): string {
  return typeof entry === "number" ? String(entry) : entry;
}

/**
 * A count field. It keeps the text as typed ("", "05", "3x") and hands the form the plan's entry:
 * the number when the text reads as one within its bounds, else the text itself, which the planner
 * reports at this field (and counts as incomplete) instead of the store quietly keeping an older
 * count. A plain text input: no spinner, and the mouse wheel cannot change a count.
 */
export function FormNumberField<T extends FieldValues>({ control, name, label, help, required = true }: FormNumberFieldProps<T>) {
  const { typed, feedback, shared } = useFormField(control, name, label, help);
  const key = countKeyOfPath(name) ?? "count";
  const entry = typed.value as number | string;
  const [text, setText] = useState(() => textOf(entry));
  // The form changed the entry from outside (reset, a loaded plan): show the new one.
  if (countEntryOf(text, key) !== entry) setText(textOf(entry));
  return (
    <TextField
      {...shared}
      value={text}
      onChange={(event) => {
        const next = countEntryOf(event.target.value, key);
        setText(event.target.value);
        typed.change(next);
        // An entry that does not read says so at once, as a form error did, and counts in the summary.
        if (typeof next === "string") feedback.markTouched();
      }}
      required={required}
      slotProps={{ htmlInput: { inputMode: "numeric", autoComplete: "off", maxLength: MAX_COUNT_TEXT, "aria-invalid": feedback.invalid } }}
    />
  );
}
