import { useId, useState, type MouseEvent, type ReactNode } from "react";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import DataObjectIcon from "@mui/icons-material/DataObject";
import DownloadIcon from "@mui/icons-material/Download";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import TableChartIcon from "@mui/icons-material/TableChart";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { usePlan } from "../state/use-plan";
import { copyText } from "../ui/copy-text";
import type { Notice } from "../ui/notice";
import { downloadText, type DownloadFile } from "./download";
import { addressPlanFile, planFile, scriptFile } from "./export-files";

export interface ExportMenuProps {
  notify: (notice: Notice) => void;
  onImport: () => void;
  /** The button's text; the caller may hide it visually on narrow screens, it stays the name. */
  label: ReactNode;
}

const wrapping = { secondary: { sx: { whiteSpace: "normal", maxWidth: 360 } } } as const;

/** The app bar's Export menu: the deployment script, the plan file, the address plan, and import. */
export function ExportMenu({ notify, onImport, label }: ExportMenuProps) {
  const plan = usePlan();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const open = anchor !== null;
  // Only while the menu is open: typing in the wizard must not rebuild the script each keystroke.
  const script = open ? scriptFile(plan) : null;
  const csv = open ? addressPlanFile(plan) : null;
  const close = () => setAnchor(null);

  const copyScript = async () => {
    close();
    if (!script?.ok) return;
    const copied = await copyText(script.file.text.replace(/^\uFEFF/, ""));
    notify(
      copied
        ? { severity: "success", text: "Deployment script copied" }
        : { severity: "error", text: "The browser did not let the planner copy the script: download it instead, or select it on the review step." },
    );
  };

  const download = (file: DownloadFile) => {
    close();
    downloadText(file);
  };

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        startIcon={<DownloadIcon />}
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-controls={open ? menuId : undefined}
        aria-expanded={open ? "true" : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
      >
        {label}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={open} onClose={close} slotProps={{ list: { "aria-labelledby": buttonId, disabledItemsFocusable: true } }}>
        <MenuItem disabled={!script?.ok} onClick={() => void copyScript()}>
          <ListItemIcon>
            <ContentCopyIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Copy deployment script" secondary={script?.ok === false ? script.reason : undefined} slotProps={wrapping} />
        </MenuItem>
        <MenuItem disabled={!script?.ok} onClick={() => script?.ok && download(script.file)}>
          <ListItemIcon>
            <DownloadIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Download deployment script (.ps1)" secondary={script?.ok === false ? "Blocked until the plan has no errors" : undefined} />
        </MenuItem>
        <MenuItem onClick={() => download(planFile(plan))}>
          <ListItemIcon>
            <DataObjectIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Download plan file (.json)" />
        </MenuItem>
        <MenuItem disabled={!csv?.ok} onClick={() => csv?.ok && download(csv.file)}>
          <ListItemIcon>
            <TableChartIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Download address plan (.csv)" secondary={csv?.ok === false ? csv.reason : undefined} slotProps={wrapping} />
        </MenuItem>
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            onImport();
          }}
        >
          <ListItemIcon>
            <UploadFileIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Import plan file…" />
        </MenuItem>
      </Menu>
    </>
  );
}
