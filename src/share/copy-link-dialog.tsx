import { useId, type FocusEvent } from "react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";

/** When the browser will not let the page write to the clipboard: the link, selected, to copy by hand. */
export function CopyLinkDialog({ url, onClose }: { url: string | null; onClose: () => void }) {
  const titleId = useId();
  return (
    <Dialog open={url !== null} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>Copy the share link</DialogTitle>
      <DialogContent>
        <DialogContentText gutterBottom>
          The browser did not let the planner copy it. The link is selected below: press Ctrl+C (⌘C on a Mac) to copy it.
        </DialogContentText>
        <TextField
          label="Share link"
          value={url ?? ""}
          autoFocus
          multiline
          maxRows={6}
          helperText="The whole plan is in the part after #, which browsers never send to a server."
          slotProps={{ htmlInput: { readOnly: true, spellCheck: false, onFocus: (event: FocusEvent<HTMLTextAreaElement>) => event.currentTarget.select() } }}
          sx={{ mt: 1, "& textarea": { fontFamily: "monospace", wordBreak: "break-all" } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
