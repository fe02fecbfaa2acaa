import { useRef, useState, type ReactElement } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Tooltip from "@mui/material/Tooltip";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme, type Theme } from "@mui/material/styles";
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
 * Where a button shows its icon alone, pointing at it or focusing it shows its words too. The name
 * stays the button's own (its hidden label): the tooltip only describes it while it shows.
 */
function IconTip({ title, children }: { title: string; children: ReactElement }) {
  const iconsOnly = useMediaQuery(useTheme().breakpoints.down("sm"), { noSsr: true });
  return (
    <Tooltip title={iconsOnly ? title : ""} describeChild>
      <Box component="span" sx={{ display: "inline-flex" }}>
        {children}
      </Box>
    </Tooltip>
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
      <IconTip title="Copy share link">
        <Button color="inherit" startIcon={<LinkIcon />} onClick={() => void copyLink()}>
          <Label>Copy share link</Label>
        </Button>
      </IconTip>
      <IconTip title="Print plan">
        <Button color="inherit" startIcon={<PrintIcon />} onClick={() => void printPlan()}>
          <Label>Print plan</Label>
        </Button>
      </IconTip>
      <IconTip title="Export">
        <ExportMenu notify={notify} onImport={() => fileInput.current?.click()} label={<Label>Export</Label>} />
      </IconTip>
      <ImportPlanFile inputRef={fileInput} notify={notify} />
      <CopyLinkDialog url={manualCopy} onClose={() => setManualCopy(null)} />
      <NoticeSnackbar notice={notice} onClose={close} />
    </Box>
  );
}
