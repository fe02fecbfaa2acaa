import { useRef, useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import type { Theme } from "@mui/material/styles";
import visuallyHidden from "@mui/utils/visuallyHidden";
import LinkIcon from "@mui/icons-material/Link";
import PrintIcon from "@mui/icons-material/Print";
import { usePlanStore } from "../state/plan-store";
import { ExportMenu } from "../export/export-menu";
import { ImportPlanFile } from "../export/import-plan-file";
import { printPlan } from "../print/print-plan";
import { copyText } from "../ui/copy-text";
import { CopyLinkDialog } from "../share/copy-link-dialog";
import { NoticeSnackbar, useNotice } from "../ui/notice";
import { shareUrl } from "../share/share-url";

/** On a phone the buttons show their icons only; the words stay as their accessible names. */
const labelSx = (theme: Theme) => ({ [theme.breakpoints.down("sm")]: visuallyHidden });

function Label({ children }: { children: string }) {
  return (
    <Box component="span" sx={labelSx}>
      {children}
    </Box>
  );
}

/**
 * The app bar's plan actions: copy the share link, print, export and import. Reads the store at the
 * moment of each action, so typing in the wizard does not re-render the app bar.
 */
export function PlanActions() {
  const { notice, notify, close } = useNotice();
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const copyLink = async () => {
    const link = shareUrl(usePlanStore.getState().input);
    if (!link.ok) {
      notify({ severity: "error", text: link.message });
      return;
    }
    if (await copyText(link.url)) notify({ severity: "success", text: "Share link copied" });
    else setManualCopy(link.url);
  };

  return (
    <Box role="group" aria-label="Plan actions" sx={{ display: "flex", gap: { xs: 0, sm: 1 }, alignItems: "center", "& .MuiButton-startIcon": { mr: { xs: 0, sm: 1 } } }}>
      <Button color="inherit" startIcon={<LinkIcon />} onClick={() => void copyLink()}>
        <Label>Copy share link</Label>
      </Button>
      <Button color="inherit" startIcon={<PrintIcon />} onClick={() => void printPlan()}>
        <Label>Print plan</Label>
      </Button>
      <ExportMenu notify={notify} onImport={() => fileInput.current?.click()} label={<Label>Export</Label>} />
      <ImportPlanFile inputRef={fileInput} notify={notify} />
      <CopyLinkDialog url={manualCopy} onClose={() => setManualCopy(null)} />
      <NoticeSnackbar notice={notice} onClose={close} />
    </Box>
  );
}
