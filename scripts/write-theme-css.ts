import { writeFileSync } from "node:fs";
import { theme } from "../src/app/theme";
import { themeStyleSheet } from "../src/app/theme-css";

/** Writes the theme's CSS variables to the stylesheet the page links (see src/app/theme-css.ts). */
const FILE = new URL("../src/app/theme-vars.css", import.meta.url);
writeFileSync(FILE, themeStyleSheet(theme));
console.log(`Wrote ${FILE.pathname}`);
