import { MODE_STORAGE_KEY, REDUCED_MOTION_QUERY, theme } from "../app/theme";
import { DRAFT_KEY } from "../state/draft-storage";
import type { GuardFacts } from "./first-screen-guard";

const mediaQuery = (rule: string) => rule.replace(/^@media\s*/, "");

/**
 * Where the app's first render differs from the prerendered screen: a narrower window lays the
 * wizard out for a phone or tablet (the summary below, the header's icons alone), and reduced
 * motion builds another theme.
 */
export function guardFacts(entry: string, preloads: readonly string[]): GuardFacts {
  return {
    entry,
    preloads,
    draftKey: DRAFT_KEY,
    modeKey: MODE_STORAGE_KEY,
    staleMedia: [mediaQuery(theme.breakpoints.down("md")), REDUCED_MOTION_QUERY],
  };
}
