/**
 * Part of `npm run lint`: fails when a file or folder under the checked folders is not named in
 * kebab-case (see file-names.ts). ESLint's core rules cannot see file names, and no plugin that
 * can is installed.
 */
import { readdirSync } from "node:fs";
import { notKebabCase } from "./file-names";

const CHECKED = ["src", "scripts", "e2e", "docs", "public"];

const names = CHECKED.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: "utf8" }).map((path) => `${folder}/${path.replaceAll("\\", "/")}`));
const wrong = notKebabCase(names);
for (const path of wrong) console.error(`${path}: name files and folders in kebab-case (lowercase words joined by "-")`);
process.exitCode = wrong.length === 0 ? 0 : 1;
