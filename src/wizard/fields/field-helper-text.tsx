import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import type { Theme } from "@mui/material/styles";
import type { FieldMessage } from "../issue-visibility";

const warningColor = (theme: Theme) => ({
  color: theme.vars?.palette.warning.dark,
  ...theme.applyStyles("dark", { color: theme.vars?.palette.warning.light }),
});

/**
 * A field's helper text: its errors and warnings first, then the reference doc's explanation, all
 * inside the one element TextField links with aria-describedby. Warnings say "Warning:" in words,
 * not in colour only.
 */
export function FieldHelperText({ messages, help }: { messages: readonly FieldMessage[]; help: ReactNode }) {
  return (
    <>
      {messages.map((message) =>
        message.severity === "error" ? (
          <Box key={`e-${message.text}`} component="span" sx={{ display: "block", color: "error.main", fontWeight: 500 }}>
            {message.text}
          </Box>
        ) : (
          <Box key={`w-${message.text}`} component="span" sx={[{ display: "block", fontWeight: 500 }, warningColor]}>
            Warning: {message.text}
          </Box>
        ),
      )}
      {help && (
        <Box component="span" sx={{ display: "block", color: "text.secondary" }}>
          {help}
        </Box>
      )}
    </>
  );
}
