import Divider from "@mui/material/Divider";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { usePlan } from "../state/use-plan";
import { copyText } from "../ui/copy-text";
import type { Notice } from "../ui/notice";
import { downloadText, type DownloadFile } from "./download";
import { EXPORT_FORMATS } from "./export-formats";

export interface ExportMenuProps {
  /** The Export button the menu hangs from and is labelled by. */
  anchor: HTMLElement | null;
  open: boolean;
  id: string;
  onClose: () => void;
  notify: (notice: Notice) => void;
  onImport: () => void;
}

const wrapping = { secondary: { sx: { whiteSpace: "normal", maxWidth: 360 } } } as const;

/**
 * The app bar's Export menu: the deployment script, the plan file, the address plan, and import.
 * Its own chunk, mounted from the first time it opens: the page's first load carries only the button.
 */
export function ExportMenu({ anchor, open, id, onClose: close, notify, onImport }: ExportMenuProps) {
  const plan = usePlan();
  // Only while the menu is open: typing in the wizard must not rebuild the script each keystroke.
  const files = open ? EXPORT_FORMATS.map((format) => ({ format, file: format.build(plan) })) : [];
  const script = files.find((entry) => entry.format.id === "script")?.file ?? null;

  const copyScript = async () => {
    close();
    if (!script?.ok) return;
    const copied = await copyText(script.file.text);
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
    <Menu id={id} anchorEl={anchor} open={open && anchor !== null} onClose={close} slotProps={{ list: { "aria-labelledby": anchor?.id, disabledItemsFocusable: true } }}>
      <MenuItem disabled={!script?.ok} onClick={() => void copyScript()}>
        <ListItemIcon>
          <ContentCopyIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary="Copy deployment script" secondary={script?.ok === false ? script.reason : undefined} slotProps={wrapping} />
      </MenuItem>
      {files.map(({ format, file }) => (
        <MenuItem key={format.id} disabled={!file.ok} onClick={() => file.ok && download(file.file)}>
          <ListItemIcon>
            <format.icon fontSize="small" />
          </ListItemIcon>
          <ListItemText primary={format.label} secondary={file.ok ? undefined : (format.blockedNote ?? file.reason)} slotProps={wrapping} />
        </MenuItem>
      ))}
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
  );
}
