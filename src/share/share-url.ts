import type { PlanInput } from "../planning/plan-input-schema";
import { encodePlanLink, MAX_LINK_LENGTH } from "./share-link";
import { formatCount } from "../planning/wording";

export type ShareUrl = { ok: true; url: string; length: number } | { ok: false; message: string };

type PageAddress = Pick<Location, "protocol" | "host" | "pathname">;

/**
 * The address of this page with the plan in its fragment. Built from protocol, host and path rather
 * than `origin`, which is "null" for the offline file opened from disk; the query string is left
 * out so nothing of the plan or the page state travels to a server.
 */
export function shareUrl(input: PlanInput, page: PageAddress = window.location): ShareUrl {
  const fragment = encodePlanLink(input);
  if (fragment.length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      message: `This plan is too big for a share link (${formatCount(fragment.length)} characters; a link holds ${formatCount(MAX_LINK_LENGTH)}): share the plan file (Export › Download plan file) instead.`,
    };
  }
  return { ok: true, url: `${page.protocol}//${page.host}${page.pathname}#${fragment}`, length: fragment.length };
}

/** The page address without its fragment, for `history.replaceState`. */
export function withoutFragment(page: Pick<Location, "pathname" | "search"> = window.location): string {
  return `${page.pathname}${page.search}`;
}
