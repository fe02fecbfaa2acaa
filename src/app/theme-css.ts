/** One rule block of the theme's CSS variables: a selector and its declarations, as MUI builds them. */
type StyleSheet = Record<string, Record<string, string | number>>;

interface ThemeWithVars {
  generateStyleSheets: () => StyleSheet[];
}

/** `colorScheme` → `color-scheme`; custom properties (`--mui-…`) are kept as written. */
function propertyName(key: string): string {
  return key.startsWith("--") ? key : key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * The theme's CSS variables (both colour schemes) as a static stylesheet, in MUI's own order. The
 * variables never change while the page runs, so the browser reads them from a file beside the
 * script instead of the theme provider building them on every first render (measured: about 30 ms
 * of the first render at full CPU speed, 100 ms at 4x).
 */
export function themeStyleSheet(theme: ThemeWithVars): string {
  const rules = theme.generateStyleSheets().flatMap((sheet) =>
    Object.entries(sheet).map(([selector, declarations]) => {
      const body = Object.entries(declarations).map(([key, value]) => `  ${propertyName(key)}: ${value};`);
      return `${selector} {\n${body.join("\n")}\n}`;
    }),
  );
  return `/* Generated from src/app/theme.ts by \`npm run theme-css\`: do not edit. */\n${rules.join("\n")}\n`;
}
