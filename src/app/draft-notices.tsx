import { useState, type KeyboardEvent, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useStore } from "zustand";
import { DRAFT_VERSION, type KeptDraft } from "../state/draft-storage";
import { draftStorage, usePlanStore } from "../state/plan-store";
import { downloadText } from "../export/download";
import { stepHeadingId } from "../wizard/wizard-steps";

/** Where a closed notice leaves the keyboard: the current step's heading, not the top of the page. */
function focusCurrentStep() {
  document.getElementById(stepHeadingId(usePlanStore.getState().step))?.focus();
}

function whyKept({ version }: KeptDraft): string {
  if (version === null) return "It is not a draft this planner can read (it may have been damaged).";
  if (version > DRAFT_VERSION) return `It was saved by a newer version of the planner (draft version ${version}; this one reads up to ${DRAFT_VERSION}).`;
  if (version < DRAFT_VERSION) return `It was saved by an older version of the planner (draft version ${version}) and does not pass today's checks.`;
  return "It does not pass the planner's checks (it may have been edited by hand or damaged).";
}

interface NoticeProps {
  role: "status" | "alert";
  severity: "info" | "warning";
  title: string;
  children: ReactNode;
  onClose: () => void;
  actions?: ReactNode;
}

/** A notice in the page, above the step: read out when it appears, closed with its button or Escape. */
function DraftNotice({ role, severity, title, children, onClose, actions }: NoticeProps) {
  const close = () => {
    onClose();
    focusCurrentStep();
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape") close();
  };
  return (
    <Alert role={role} severity={severity} onClose={close} onKeyDown={closeOnEscape}>
      <AlertTitle>{title}</AlertTitle>
      {children}
      {actions && (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap" }}>
          {actions}
        </Stack>
      )}
    </Alert>
  );
}

/**
 * What the admin must know about the draft saved in this browser: a stored draft the planner could
 * not open (kept until the plan changes here), saves that fail, and another tab saving at the same moment.
 */
export function DraftNotices() {
  const { kept, unsaved, clash } = useStore(draftStorage.status);
  const [closedKept, setClosedKept] = useState<KeptDraft | null>(null);
  const downloadKept = (draft: KeptDraft) => downloadText({ name: "aks-hci-planner-saved-draft.json", text: draft.text, type: "application/json" });
  return (
    <Stack spacing={1} sx={{ mb: 2, "&:empty": { display: "none" } }}>
      {kept && kept !== closedKept && (
        <DraftNotice
          role="status"
          severity="info"
          title="A saved draft could not be opened"
          onClose={() => setClosedKept(kept)}
          actions={
            <>
              <Button variant="outlined" color="inherit" size="small" onClick={() => downloadKept(kept)}>
                Download old draft (.json)
              </Button>
              <Button size="small" color="inherit" onClick={() => draftStorage.discardKept()}>
                Discard old draft
              </Button>
            </>
          }
        >
          {whyKept(kept)} It stays in this browser, untouched, until you change the plan here: your first change saves over it. Download it
          first to keep a copy.
        </DraftNotice>
      )}
      {unsaved && (
        <DraftNotice role="alert" severity="warning" title="Your changes are not being saved in this browser" onClose={() => draftStorage.dismiss("unsaved")}>
          The browser's storage is full or blocked, so a reload or a closed tab loses what you do from now on. The plan still works in this
          tab: to keep it, copy the share link or download the plan file (Export).
        </DraftNotice>
      )}
      {clash && (
        <DraftNotice role="alert" severity="warning" title="This plan was changed in another tab at the same moment" onClose={() => draftStorage.dismiss("clash")}>
          {clash === "saved-over-other-tab"
            ? "This tab's plan was saved over the other tab's latest change, and the other tab now shows this plan: check there that nothing you typed is missing."
            : "The other tab's plan was saved over this tab's latest change, and this tab now shows the other tab's plan: check that your last change is still here, and make it again if not."}
        </DraftNotice>
      )}
    </Stack>
  );
}
