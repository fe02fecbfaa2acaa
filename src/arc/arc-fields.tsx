import { useState, type ReactNode } from "react";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import MenuItem from "@mui/material/MenuItem";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import TextField from "@mui/material/TextField";
import type { z } from "zod/mini";
import { FieldHelperText } from "../wizard/fields/field-helper-text";
import type { FieldMessage } from "../wizard/issue-visibility";
import { arcActions } from "./arc-actions";
import { useArcFieldIssues } from "./use-arc-plan";

/**
 * The AKS Arc wizard's fields. Each writes to the store as the admin types, through the plan
 * schema's own rule for that value: an entry the schema refuses (a count that is not a whole
 * number, a name too long to store) stays in the field with the schema's message and never reaches
 * the draft, so the saved draft always validates. The planner's findings at the field's path show
 * under it once due, with its help text.
 */

function firstMessage(result: { success: boolean; error?: { issues: ReadonlyArray<{ message: string }> } }): string | null {
  return result.success ? null : (result.error?.issues[0]?.message ?? "Check this value");
}

/** The field's messages: its own refusal first, else the planner's findings. */
function useMessages(path: string, refusal: string | null): { messages: FieldMessage[]; invalid: boolean } {
  const issues = useArcFieldIssues(path);
  const messages: FieldMessage[] = refusal !== null ? [{ severity: "error", text: refusal }] : issues.map((issue) => ({ severity: issue.severity, text: issue.message }));
  return { messages, invalid: messages.some((message) => message.severity === "error") };
}

interface BaseProps {
  /** The plan input's path, also the planner's issue path and the focus target of finding links. */
  path: string;
  label: string;
  help: ReactNode;
  required?: boolean;
}

interface EntryProps<T> extends BaseProps {
  value: T;
  onChange: (value: T) => void;
  schema: z.ZodMiniType<T>;
  placeholder?: string;
  inputMode?: "text" | "numeric" | "decimal";
}

function EntryField<T>({ path, label, help, required = false, value, onChange, schema, placeholder, inputMode = "text", read }: EntryProps<T> & { read: (text: string) => unknown }) {
  const [text, setText] = useState(String(value));
  const [refusal, setRefusal] = useState<string | null>(null);
  const { messages, invalid } = useMessages(path, refusal);
  const shownText = refusal === null && text !== String(value) ? String(value) : text;
  return (
    <TextField
      label={label}
      required={required}
      value={shownText}
      error={invalid}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = schema.safeParse(read(next));
        setRefusal(firstMessage(parsed));
        if (parsed.success) onChange(parsed.data);
      }}
      onBlur={() => arcActions.markTouched(path)}
      helperText={<FieldHelperText messages={messages} help={help} />}
      slotProps={{
        htmlInput: { "data-field-path": path, inputMode, autoComplete: "off", spellCheck: false, "aria-invalid": invalid, ...(placeholder ? { placeholder } : {}) },
      }}
    />
  );
}

/** Text and addresses: stored as typed. */
export function ArcTextField(props: EntryProps<string>) {
  return <EntryField {...props} read={(text) => text} />;
}

/** A whole number: anything else is refused at the field, in the schema's words. */
export function ArcNumberField(props: Omit<EntryProps<number>, "inputMode">) {
  return <EntryField {...props} inputMode="numeric" read={(text) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN)} />;
}

export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/** A drop-down of a few values, e.g. a node pool's OS. */
export function ArcSelectField<T extends string>({ path, label, help, value, onChange, choices }: BaseProps & { value: T; onChange: (value: T) => void; choices: readonly Choice<T>[] }) {
  const { messages, invalid } = useMessages(path, null);
  const known = choices.some((choice) => choice.value === value);
  return (
    <TextField
      select
      label={label}
      value={known ? value : ""}
      error={invalid}
      onChange={(event) => onChange(event.target.value as T)}
      onBlur={() => arcActions.markTouched(path)}
      helperText={<FieldHelperText messages={messages} help={help} />}
      slotProps={{ htmlInput: { "data-field-path": path }, select: { SelectDisplayProps: { "aria-invalid": invalid } as object } }}
    >
      {choices.map((choice) => (
        <MenuItem key={choice.value} value={choice.value}>
          {choice.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A question with a few answers in a row; arrow keys move between them. */
export function ArcRadioField<T extends string | number>({ path, label, help, value, onChange, choices }: BaseProps & { value: T; onChange: (value: T) => void; choices: readonly Choice<T>[] }) {
  const { messages, invalid } = useMessages(path, null);
  const helpId = `arc-help-${path}`;
  return (
    <FormControl component="fieldset" error={invalid} data-field-path={path} tabIndex={-1}>
      <FormLabel component="legend" sx={{ color: "text.primary", fontWeight: 500 }}>
        {label}
      </FormLabel>
      <RadioGroup
        row
        name={path}
        value={String(value)}
        aria-describedby={helpId}
        onChange={(event) => {
          const chosen = choices.find((choice) => String(choice.value) === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((choice) => (
          <FormControlLabel key={choice.value} value={String(choice.value)} label={choice.label} control={<Radio onBlur={() => arcActions.markTouched(path)} />} />
        ))}
      </RadioGroup>
      <FormHelperText id={helpId} component="div">
        <FieldHelperText messages={messages} help={help} />
      </FormHelperText>
    </FormControl>
  );
}

/** Findings about a list or group as a whole ("add a node pool"), shown at the group. */
export function GroupFindings({ path }: { path: string }) {
  const { messages } = useMessages(path, null);
  if (messages.length === 0) return null;
  return (
    <FormHelperText component="div" error data-field-path={path} tabIndex={-1} role="group" aria-label={`Findings: ${path}`}>
      <FieldHelperText messages={messages} help={null} />
    </FormHelperText>
  );
}
