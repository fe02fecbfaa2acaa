/**
 * When a typed change reaches its form. While handing one over is quick (a plan of a few clusters:
 * the form, the store, the planner and the views that follow them take a few milliseconds), it is
 * handed over in the keystroke, and the summary changes in the frame the character appears in.
 * Once a hand-over has taken longer than half a frame (a plan at the schema's limits: about 100 ms),
 * the next ones wait for the next paint: the character shows at once and the summary follows a frame
 * later, where before the character showed only after all that work. One change per field waits
 * (the latest), so typing faster than frames costs that work once per frame, not once per key.
 */
const waiting = new Map<string, () => void>();
/** Which scheduled hand-over is current: one flushed early (a submit) leaves its timers with nothing to do. */
let round = 0;
let scheduled = false;
let listening = false;
let slow = false;

/** Half a frame at 60 Hz: the keystroke's own rendering needs the other half. */
const SLOW_HANDOVER_MS = 8;
/** A hidden tab draws no frames: the timer hands the changes over anyway. */
const FALLBACK_MS = 250;

function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  // A task posted from the frame's own callback runs after that frame has been painted.
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, FALLBACK_MS);
}

/** Runs the commits, and keeps whether the next changes should wait for a paint. */
function handOver(commits: readonly (() => void)[]): void {
  if (commits.length === 0) return;
  const start = performance.now();
  for (const commit of commits) commit();
  slow = performance.now() - start > SLOW_HANDOVER_MS;
}

/** Hands every waiting change to its form now: before a submit, a print, the tab hidden or the page going away. */
export function flushTypedChanges(): void {
  scheduled = false;
  round++;
  const commits = [...waiting.values()];
  waiting.clear();
  handOver(commits);
}

function listenOnce(): void {
  if (listening) return;
  listening = true;
  // Capturing: at the window these run before the draft's own pagehide save and the paper's refresh.
  window.addEventListener("pagehide", flushTypedChanges, { capture: true });
  window.addEventListener("beforeprint", flushTypedChanges, { capture: true });
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flushTypedChanges(), { capture: true });
}

/** Runs `commit` now while hand-overs are quick, else after the next paint, replacing a change of the same field still waiting. */
export function commitTyped(field: string, commit: () => void): void {
  listenOnce();
  if (!slow && waiting.size === 0) {
    handOver([commit]);
    return;
  }
  waiting.set(field, commit);
  if (scheduled) return;
  scheduled = true;
  const mine = round;
  afterNextPaint(() => {
    if (round === mine) flushTypedChanges();
  });
}

/** Hands the field's waiting change (if any) to its form now: it is being left or removed. */
export function flushTypedChange(field: string): void {
  const commit = waiting.get(field);
  if (commit === undefined) return;
  waiting.delete(field);
  handOver([commit]);
}
