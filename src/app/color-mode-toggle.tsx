import IconButton from "@mui/material/IconButton";
import { useColorScheme } from "@mui/material/styles";
import DarkModeIcon from "@mui/icons-material/DarkMode";
import LightModeIcon from "@mui/icons-material/LightMode";
import SettingsBrightnessIcon from "@mui/icons-material/SettingsBrightness";

type Mode = "system" | "light" | "dark";

const NEXT: Record<Mode, Mode> = { system: "light", light: "dark", dark: "system" };
const WORDS: Record<Mode, string> = { system: "follows the system", light: "light", dark: "dark" };
const ICONS = { system: SettingsBrightnessIcon, light: LightModeIcon, dark: DarkModeIcon } as const;

/**
 * One button that steps through system (the default), light and dark; its name says the current
 * mode and what a press does. MUI remembers the choice in localStorage.
 */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const current: Mode = mode ?? "system";
  const next = NEXT[current];
  const Icon = ICONS[current];
  return (
    <IconButton color="inherit" aria-label={`Color mode ${WORDS[current]}; switch to ${next === "system" ? "the system's" : next}`} onClick={() => setMode(next)}>
      <Icon />
    </IconButton>
  );
}
