import { useId, useState, type MouseEvent } from "react";
import IconButton from "@mui/material/IconButton";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import { useColorScheme } from "@mui/material/styles";
import DarkModeIcon from "@mui/icons-material/DarkMode";
import LightModeIcon from "@mui/icons-material/LightMode";
import SettingsBrightnessIcon from "@mui/icons-material/SettingsBrightness";
import CheckIcon from "@mui/icons-material/Check";

type Mode = "system" | "light" | "dark";

const MODES: { mode: Mode; label: string }[] = [
  { mode: "system", label: "Follow the system" },
  { mode: "light", label: "Light" },
  { mode: "dark", label: "Dark" },
];

const ICONS = { system: SettingsBrightnessIcon, light: LightModeIcon, dark: DarkModeIcon } as const;

/** Light, dark or the system's choice (the default); MUI remembers the pick in localStorage. */
export function ColorModeMenu() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current: Mode = mode ?? "system";
  const currentLabel = MODES.find((item) => item.mode === current)?.label ?? "Follow the system";
  const Icon = ICONS[current];
  const label = `Color mode: ${currentLabel}`;

  const choose = (next: Mode) => {
    setMode(next);
    setAnchor(null);
  };

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? "true" : undefined}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
      >
        <Icon />
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {MODES.map((item) => (
          <MenuItem key={item.mode} role="menuitemradio" aria-checked={item.mode === current} onClick={() => choose(item.mode)}>
            <ListItemIcon>{item.mode === current ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{item.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
