import type { PlanInput } from "../planning/plan-input-schema";
import { usePlanStore } from "../state/plan-store";
import { startupDraftFor } from "../state/startup-draft";
import { decodePlanLink, isPlanFragment, planFingerprint } from "./share-link";
import { decideLoad } from "./load-decision";
import { withoutFragment } from "./share-url";

export interface LinkWatcherEvents {
  /** The link holds a plan that differs from the admin's own: ask before replacing. */
  ask: (current: PlanInput, incoming: PlanInput) => void;
  /** The link is damaged or from a newer planner; the draft was left alone. */
  problem: (message: string) => void;
  /** The link's plan is on screen (loaded, or it was already): nothing to ask or report. */
  settled: () => void;
}

export interface LinkWatcher {
  /** The admin keeps their own plan: the link leaves the address bar. */
  keepMine: () => void;
  stop: () => void;
}

/**
 * Opens share links at start and whenever the fragment changes (a pasted link, back/forward).
 *
 * History: the fragment stays while the plan on screen is the link's plan, so reload and
 * back/forward show that plan again without a question. Once the plan on screen differs from the
 * link (the admin edits it, starts over, or keeps their own plan), the fragment is removed with
 * replaceState, without a new history entry: reload then shows the saved draft instead of offering
 * the old link again, and a copied address bar never carries a stale plan. A damaged link stays in
 * the address bar until then, so the admin can compare it with the one they were sent.
 */
export function watchShareLinks(events: LinkWatcherEvents): LinkWatcher {
  /** The fragment last acted on: hashchange and popstate both report one navigation. */
  let handledFragment = "";
  /** Fingerprint of the plan in the address bar's link; null when that link is damaged. */
  let linkPlan: string | null = null;
  /** The first fragment is the one the page was opened with, maybe before this code loaded. */
  let opening = true;

  const dropFragment = () => {
    handledFragment = "";
    linkPlan = null;
    window.history.replaceState(window.history.state, "", withoutFragment());
  };

  const openFragment = () => {
    const fragment = window.location.hash;
    if (!isPlanFragment(fragment)) {
      handledFragment = "";
      return;
    }
    if (fragment === handledFragment) return;
    handledFragment = fragment;
    const decoded = decodePlanLink(fragment);
    if (!decoded.ok) {
      linkPlan = null;
      events.problem(decoded.message);
      return;
    }
    linkPlan = planFingerprint(decoded.input);
    const { input, loadInput } = usePlanStore.getState();
    const decision = decideLoad(openedWith(input, fragment), decoded.input);
    if (decision === "ask") {
      events.ask(input, decoded.input);
      return;
    }
    // Edits made before this code loaded: on an empty draft the link wins (the page was opened to
    // show it); on the link's own plan (a reload) they are edits of it, and the link leaves the bar.
    if (decision === "load") loadInput(decoded.input);
    else if (planFingerprint(input) !== linkPlan) dropFragment();
    events.settled();
  };

  /**
   * What the link is judged against: the draft at page load for the link the page was opened with,
   * else the one on screen (also for a link pasted before this code loaded).
   */
  const openedWith = (input: PlanInput, fragment: string): PlanInput => (opening ? startupDraftFor(fragment) : null) ?? input;

  const unsubscribe = usePlanStore.subscribe((state, previous) => {
    if (state.input === previous.input || !isPlanFragment(window.location.hash)) return;
    if (linkPlan !== null && planFingerprint(state.input) === linkPlan) return;
    dropFragment();
  });
  window.addEventListener("hashchange", openFragment);
  window.addEventListener("popstate", openFragment);
  openFragment();
  opening = false;

  return {
    keepMine: dropFragment,
    stop: () => {
      unsubscribe();
      window.removeEventListener("hashchange", openFragment);
      window.removeEventListener("popstate", openFragment);
    },
  };
}
