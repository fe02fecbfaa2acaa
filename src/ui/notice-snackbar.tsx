import type { SyntheticEvent } from "react";
import Alert from "@mui/material/Alert";
import Snackbar, { type SnackbarCloseReason } from "@mui/material/Snackbar";
import type { Notice } from "./notice";

export function NoticeSnackbar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const success = notice?.severity === "success";
  const close = (_: Event | SyntheticEvent, reason?: SnackbarCloseReason) => {
    if (reason !== "clickaway") onClose();
  };
  return (
    <Snackbar open={notice !== null} onClose={close} autoHideDuration={success ? 4_000 : null} anchorOrigin={{ vertical: "bottom", horizontal: "center" }}>
      {/* A confirmation is announced politely; only a problem interrupts. */}
      <Alert severity={notice?.severity ?? "success"} variant="filled" role={success ? "status" : "alert"} onClose={onClose} sx={{ maxWidth: 640 }}>
        {notice?.text}
      </Alert>
    </Snackbar>
  );
}
