import { vi } from "vitest";
import { commitTyped, flushTypedChanges } from "./typed-changes";

/** Fake timers, frames and clock: a test draws each frame and moves the time a hand-over takes. */
export function installFakeFrames(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame", "performance"] });
}

/** One frame: its callbacks, then the task they posted (the paint comes between the two; timers wait 1 ms at least). */
export function drawFrame(): void {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
}

/** Nothing waiting and a quick hand-over: the next change is handed over in its keystroke. */
export function quickHandOver(): void {
  commitTyped("earlier", () => undefined);
  flushTypedChanges();
}

/** As after a slow hand-over (a plan at the schema's limits): the fake clock moves 9 ms in it, so the next changes wait for the paint. */
export function slowHandOver(): void {
  quickHandOver();
  commitTyped("earlier", () => vi.advanceTimersByTime(9));
}
