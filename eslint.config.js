import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// ip-cidr is used behind one adapter so the rest of the code holds plain 32-bit numbers.
const ipCidrOnlyInAdapter = { name: "ip-cidr", message: "Use src/planning/ipv4.ts." };
// Classic zod's methods bring every check and its English locale into the first page load.
const zodMini = { name: "zod", message: 'Import { z } from "zod/mini": classic zod adds about 17 KB gzipped to the first load.' };
// The planner is the single source of truth and must run in Node (CLI, bench) as in the page.
const planningStaysPure = [
  { group: ["react", "react-*", "react/*"], message: "src/planning is pure: no React." },
  { group: ["@mui/*", "@emotion/*"], message: "src/planning is pure: no UI libraries." },
  { group: ["zustand", "zustand/*"], message: "src/planning is pure: no store." },
  { group: ["**/state/**", "**/wizard/**", "**/summary/**", "**/app/**"], message: "src/planning may not import the app." },
];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "test-results", "playwright-report"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { paths: [ipCidrOnlyInAdapter, zodMini] }],
    },
  },
  {
    files: ["src/planning/**/*.ts"],
    ignores: ["src/planning/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [ipCidrOnlyInAdapter, zodMini], patterns: planningStaysPure }],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "navigator"],
    },
  },
  {
    files: ["src/planning/ipv4.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [zodMini], patterns: planningStaysPure }] },
  },
);
