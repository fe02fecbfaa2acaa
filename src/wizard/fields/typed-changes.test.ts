// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { drawFrame, quickHandOver, slowHandOver, installFakeFrames } from "./test-hand-over";
import { commitTyped, flushTypedChange, flushTypedChanges } from "./typed-changes";

describe("commitTyped", () => {
  beforeEach(() => {
    installFakeFrames();
  });
  afterEach(() => {
    flushTypedChanges();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it("hands a change over in the keystroke while hand-overs are quick", () => {
    quickHandOver();
    const commit = vi.fn();
    commitTyped("name", commit);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it("once a hand-over took longer than half a frame, hands the next change over after the next frame", () => {
    slowHandOver();
    const commit = vi.fn();
    commitTyped("name", commit);
    expect(commit).not.toHaveBeenCalled();
    drawFrame();
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it("goes back to the keystroke once a hand-over after the paint was quick", () => {
    slowHandOver();
    commitTyped("name", () => undefined);
    drawFrame();
    const next = vi.fn();
    commitTyped("name", next);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it("hands over only the latest change of a field typed into several times in one frame", () => {
    slowHandOver();
    const first = vi.fn();
    const latest = vi.fn();
    commitTyped("name", first);
    commitTyped("name", latest);
    drawFrame();
    vi.advanceTimersByTime(1_000);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
  });

  it("hands over the changes of every field waiting, in the order they were typed", () => {
    slowHandOver();
    const order: string[] = [];
    commitTyped("a", () => order.push("a"));
    commitTyped("b", () => order.push("b"));
    drawFrame();
    expect(order).toEqual(["a", "b"]);
  });

  it("keeps a change waiting behind another field's, even after a quick hand-over, so they reach the form in order", () => {
    slowHandOver();
    const order: string[] = [];
    commitTyped("a", () => order.push("a"));
    commitTyped("left", () => undefined);
    flushTypedChange("left");
    commitTyped("b", () => order.push("b"));
    expect(order).toEqual([]);
    drawFrame();
    expect(order).toEqual(["a", "b"]);
  });

  it("hands changes over at once when asked (a submit), and the frame then has nothing left to do", () => {
    slowHandOver();
    const commit = vi.fn();
    commitTyped("name", commit);
    flushTypedChanges();
    expect(commit).toHaveBeenCalledTimes(1);
    drawFrame();
    vi.advanceTimersByTime(1_000);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it("hands one field's change over when that field is left, the others still waiting", () => {
    slowHandOver();
    const left = vi.fn();
    const other = vi.fn();
    commitTyped("left", left);
    commitTyped("other", other);
    flushTypedChange("left");
    expect(left).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
    drawFrame();
    expect(other).toHaveBeenCalledTimes(1);
    expect(left).toHaveBeenCalledTimes(1);
  });

  it("hands changes over without a frame (a hidden tab draws none), after a short wait", () => {
    slowHandOver();
    vi.stubGlobal("requestAnimationFrame", () => 0);
    const commit = vi.fn();
    commitTyped("name", commit);
    vi.advanceTimersByTime(249);
    expect(commit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it("hands changes over when the page goes away, is printed or is hidden", () => {
    for (const [target, type] of [
      [window, "pagehide"],
      [window, "beforeprint"],
    ] as const) {
      slowHandOver();
      const commit = vi.fn();
      commitTyped("name", commit);
      target.dispatchEvent(new Event(type));
      expect(commit).toHaveBeenCalledTimes(1);
    }
    slowHandOver();
    const commit = vi.fn();
    commitTyped("name", commit);
    vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(commit).toHaveBeenCalledTimes(1);
  });
});
