import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// ip-cidr is used behind one adapter so the rest of the code holds plain 32-bit numbers.
const ipCidrOnlyInAdapter = { name: "ip-cidr", message: "Use src/planning/ipv4.ts." };
// Classic zod's methods bring every check and its English locale into the first page load.
const zodMini = { name: "zod", message: 'Import { z } from "zod/mini": classic zod adds about 17 KB gzipped to the first load.' };
// Every folder of the app but src/planning, each one job (see README, "How it is built").
const APP_ROOMS = ["**/app/**", "**/arc/**", "**/wizard/**", "**/review/**", "**/print/**", "**/export/**", "**/share/**", "**/ui/**", "**/state/**"];
// The planner is the single source of truth and must run in Node (CLI, bench) as in the page.
const planningStaysPure = [
  { group: ["react", "react-*", "react/*"], message: "src/planning is pure: no React." },
  { group: ["@mui/*", "@emotion/*"], message: "src/planning is pure: no UI libraries." },
  { group: ["zustand", "zustand/*"], message: "src/planning is pure: no store." },
  { group: APP_ROOMS, message: "src/planning may not import the app." },
];
// The share-link codec (envelope, compact form, address packing, checksum) and the plain helpers
// beside it (share URL, load decision, plan differences) run before the first render and in Node
// (bench, e2e): plain functions of the plan input.
const codecStaysPlain = [
  { group: ["react", "react-*", "react/*", "@mui/*", "@emotion/*"], message: "The share-link codec is plain TypeScript: no React or UI libraries." },
  { group: ["zustand", "zustand/*"], message: "The share-link codec takes the plan input as an argument: no store." },
  { group: APP_ROOMS.filter((room) => room !== "**/share/**"), message: "The share-link codec depends on src/planning only." },
];
// Views read the plan through the store's hooks (plan-store, use-plan, undo); how drafts are kept
// in localStorage and which draft the page opened with belong to src/state and src/share's watcher.
const storeInternals = {
  group: ["**/state/draft-storage", "**/state/startup-draft"],
  message: "Views use the store's hooks (plan-store, use-plan, undo), not how drafts are kept.",
};
// Shared UI pieces sit below every room: they know nothing of the plan or the store.
const uiStaysShared = { group: [...APP_ROOMS.filter((room) => room !== "**/ui/**"), "**/planning/**"], message: "src/ui holds shared pieces that know no room." };

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
    files: ["src/share/*.ts"],
    ignores: ["src/share/*.test.ts", "src/share/share-link-watcher.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [ipCidrOnlyInAdapter, zodMini], patterns: codecStaysPlain }] },
  },
  {
    files: ["src/{review,print,export,wizard,arc}/**/*.{ts,tsx}", "src/share/**/*.tsx"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [ipCidrOnlyInAdapter, zodMini], patterns: [storeInternals] }] },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [ipCidrOnlyInAdapter, zodMini], patterns: [uiStaysShared] }] },
  },
  {
    files: ["src/planning/ipv4.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [zodMini], patterns: planningStaysPure }] },
  },
  {
    // The browser's first number formatter loads its locale data: measured 60 ms at 4x CPU when the
    // AKS Arc schema worded its limits with it while the entry script ran.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "src/planning/wording.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='toLocaleString']", message: "Use formatCount (src/planning/wording.ts): no number formatter while the page starts." },
        { selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']", message: "Use formatCount (src/planning/wording.ts): it builds the one formatter, when first needed." },
      ],
    },
  },
  {
    // A file does one job: past 300 lines it has usually taken a second one (tests and fixtures aside).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/fixtures/**"],
    rules: { "max-lines": ["error", { max: 300 }] },
  },
);
