// @vitest-environment happy-dom
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useLatch } from "./use-latch";

describe("useLatch", () => {
  it("stays false while the flag has never been on", () => {
    const { result, rerender } = renderHook(({ on }) => useLatch(on), { initialProps: { on: false } });
    rerender({ on: false });
    expect(result.current).toBe(false);
  });

  it("turns true with the flag and stays true after it turns off", () => {
    const { result, rerender } = renderHook(({ on }) => useLatch(on), { initialProps: { on: false } });
    rerender({ on: true });
    expect(result.current).toBe(true);
    rerender({ on: false });
    expect(result.current).toBe(true);
  });

  it("is true from the first render when the flag starts on", () => {
    const { result } = renderHook(() => useLatch(true));
    expect(result.current).toBe(true);
  });
});
