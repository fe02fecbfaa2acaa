import { createTheme } from "@mui/material/styles";

// The theme is built with CSS variables: MUI's types then know theme.vars and the provider's
// stylesheet switch (the page links the variables as a static file: theme-css.ts).
declare module "@mui/material/styles" {
  interface CssThemeVariables {
    enabled: true;
  }
}

/** The operating system's own fonts: nothing to download, so the page works offline and loads fast. */
const SYSTEM_FONTS = [
  "system-ui",
  "-apple-system",
  '"Segoe UI"',
  "Roboto",
  '"Helvetica Neue"',
  "Arial",
  '"Noto Sans"',
  "sans-serif",
].join(",");

/** Where MUI keeps the admin's colour mode (its default key, named here for the page's first script). */
export const MODE_STORAGE_KEY = "mode";

/** The system's "reduce motion" setting, read once as the page starts (WCAG 2.3.3). */
export const REDUCED_MOTION_QUERY = "(prefers-reduced-motion: reduce)";
const prefersReducedMotion = typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(REDUCED_MOTION_QUERY).matches;

/** Nothing slides, fades or grows: every MUI transition is instant and has no CSS transition. */
const STILL_TRANSITIONS = {
  create: () => "none",
  getAutoHeightDuration: () => 0,
  duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
};

/**
 * Light and dark schemes as CSS variables, switched by a data attribute on <html> so the admin can
 * override the system's choice. The light scheme's warning text is darkened: MUI's default orange
 * is too pale for small helper text on white (WCAG AA needs 4.5:1); so is the dark scheme's
 * filled success notice.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: "data" },
  colorSchemes: {
    light: { palette: { warning: { main: "#b35c00", dark: "#8a4600" } } },
    dark: true,
  },
  typography: { fontFamily: SYSTEM_FONTS, button: { textTransform: "none" } },
  ...(prefersReducedMotion ? { transitions: STILL_TRANSITIONS } : {}),
  components: {
    // The ripple alone is too faint a focus mark for keyboard users: add a solid outline.
    MuiButtonBase: {
      defaultProps: { disableRipple: prefersReducedMotion },
      styleOverrides: {
        root: ({ theme }) => ({
          // The browser's own :focus-visible too: on the prerendered first screen the keyboard can move
          // before the app's script runs (radios: src/prerender/first-screen-guard.ts).
          "&.Mui-focusVisible, &:focus-visible": { outline: `2px solid ${theme.vars.palette.primary.main}`, outlineOffset: 2 },
        }),
      },
    },
    MuiTextField: { defaultProps: { fullWidth: true } },
    // MUI's dark filled success (white on #388e3c) is 4.1:1; the light scheme's green holds 5.1:1.
    MuiAlert: {
      styleOverrides: {
        root: ({ theme }) => ({
          variants: [{ props: { variant: "filled", severity: "success" }, style: theme.applyStyles("dark", { backgroundColor: "#2e7d32", color: "#fff" }) }],
        }),
      },
    },
  },
});
