/**
 * Vitest's setup for every test file. Testing Library waits 1 s for what findBy* and waitFor look
 * for: on a 2-core machine busy with other work, one render of a step can take longer than that.
 * Only DOM tests (happy-dom) load Testing Library; the node ones skip it.
 */
export const DOM_WAIT_MS = 30_000;

if (typeof document !== "undefined") {
  const { configure } = await import("@testing-library/react");
  configure({ asyncUtilTimeout: DOM_WAIT_MS });
  // The app draws its first frame before the planner's chunk is in (src/state/planner.ts); a test
  // renders with it loaded, as the admin's every step after the first frame does.
  const { loadPlanner } = await import("./state/planner");
  await loadPlanner();
}
