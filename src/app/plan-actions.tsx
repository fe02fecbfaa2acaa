import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactElement } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import visuallyHidden from "@mui/utils/visuallyHidden";
import DownloadIcon from "@mui/icons-material/Download";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import LinkIcon from "@mui/icons-material/Link";
import PrintIcon from "@mui/icons-material/Print";
import { usePlanStore } from "../state/plan-store";
import { ImportPlanFile } from "../export/import-plan-file";
import { printPlan } from "../print/print-plan";
import { copyText } from "../ui/copy-text";
import { useNotice } from "../ui/notice";
import { useLatch } from "../ui/use-latch";
import { theme } from "./theme";
import { whenSettled } from "./when-idle";

/*
 * The buttons are part of the first page load, so they are there and answer from the first frame;
 * what they open (the share-link codec, the export menu with the script builder, the dialogs, the
 * tooltip a phone shows) loads when first used, and ahead of that once the page has settled.
 */
const loadShareUrl = () => import("../share/share-url");
const loadExportMenu = () => import("../export/export-menu");
const ExportMenu = lazy(() => loadExportMenu().then((module) => ({ default: module.ExportMenu })));
const CopyLinkDialog = lazy(() => import("../share/copy-link-dialog").then((module) => ({ default: module.CopyLinkDialog })));
const NoticeSnackbar = lazy(() => import("../ui/notice-snackbar").then((module) => ({ default: module.NoticeSnackbar })));

/** On a phone the buttons show their icons only; the words stay as their accessible names. */
const labelSx = (theme: Theme) => ({ [theme.breakpoints.down("sm")]: visuallyHidden });

function Label({ children }: { children: string }) {
  return (
    <Box component="span" sx={labelSx}>
      {children}
    </Box>
  );
}

/** Set once MUI's Tooltip (with Popper) has loaded; only a phone-wide page shows tooltips. */
let Tooltip: typeof import("@mui/material/Tooltip").default | null = null;

function loadTooltip(): Promise<void> {
  return import("@mui/material/Tooltip").then((module) => {
    Tooltip = module.default;
  });
}

const ICONS_ONLY = theme.breakpoints.down("sm");

/**
 * On a phone the first render waits for the tooltip (see main.tsx), so the buttons are never
 * remounted into one later: a remount would drop an open menu and a focus.
 */
export const phoneTooltipLoaded: Promise<unknown> = window.matchMedia(ICONS_ONLY.replace(/^@media\s*/, "")).matches ? loadTooltip() : Promise.resolve();

/**
 * Where a button shows its icon alone, pointing at it or focusing it shows its words too. The name
 * stays the button's own (its hidden label): the tooltip only describes it while it shows.
 */
function IconTip({ title, children }: { title: string; children: ReactElement }) {
  const iconsOnly = useMediaQuery(ICONS_ONLY, { noSsr: true });
  const wrapped = (
    <Box component="span" sx={{ display: "inline-flex" }}>
      {children}
    </Box>
  );
  if (!iconsOnly || Tooltip === null) return wrapped;
  return (
    <Tooltip title={title} describeChild>
      {wrapped}
    </Tooltip>
  );
}

/** The Export button; its menu mounts the first time it opens and stays mounted for its transitions. */
function ExportButton({ onImport, notify }: { onImport: () => void; notify: ReturnType<typeof useNotice>["notify"] }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const menuNeeded = useLatch(open);
  const buttonId = useId();
  const menuId = useId();
  return (
    <>
      <Button
        ref={setAnchor}
        id={buttonId}
        color="inherit"
        startIcon={<DownloadIcon />}
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-controls={open ? menuId : undefined}
        aria-expanded={open ? "true" : undefined}
        onClick={() => setOpen(true)}
      >
        <Label>Export</Label>
      </Button>
      {menuNeeded && (
        <Suspense fallback={null}>
          <ExportMenu anchor={anchor} open={open} id={menuId} onClose={() => setOpen(false)} notify={notify} onImport={onImport} />
        </Suspense>
      )}
    </>
  );
}

/**
 * The app bar's plan actions: copy the share link, print, export and import. Reads the store at the
 * moment of each action, so typing in the wizard does not re-render the app bar.
 */
export function PlanActions() {
  const { notice, notify, close } = useNotice();
  const noticeNeeded = useLatch(notice !== null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // From an effect, not as the module loads: the idle clock starts at the first commit. Started
  // earlier, it could run out before a hydration held up by a slow network, and the first render
  // would then differ from the prerendered screen.
  useEffect(() => {
    void whenSettled().then(() => Promise.all([loadShareUrl(), loadExportMenu(), loadTooltip()]));
  }, []);

  const copyLink = async () => {
    const { shareUrl } = await loadShareUrl();
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
        <ExportButton notify={notify} onImport={() => fileInput.current?.click()} />
      </IconTip>
      <ImportPlanFile inputRef={fileInput} notify={notify} />
      {manualCopy !== null && (
        <Suspense fallback={null}>
          <CopyLinkDialog url={manualCopy} onClose={() => setManualCopy(null)} />
        </Suspense>
      )}
      {noticeNeeded && (
        <Suspense fallback={null}>
          <NoticeSnackbar notice={notice} onClose={close} />
        </Suspense>
      )}
    </Box>
  );
}
