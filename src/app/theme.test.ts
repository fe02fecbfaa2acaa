import { afterEach, describe, expect, it, vi } from "vitest";

/** The theme reads the system's motion setting when its module loads: each case loads it afresh. */
async function themeWhenReducedMotionIs(reduce: boolean) {
  vi.resetModules();
  vi.stubGlobal("window", { matchMedia: (query: string) => ({ matches: reduce && query === "(prefers-reduced-motion: reduce)" }) });
  return (await import("./theme")).theme;
}

afterEach(() => vi.unstubAllGlobals());

describe("theme motion", () => {
  it("moves nothing when the system asks for reduced motion", async () => {
    const theme = await themeWhenReducedMotionIs(true);
    expect(theme.transitions.create(["opacity", "transform"])).toBe("none");
    expect(theme.transitions.duration.enteringScreen).toBe(0);
    expect(theme.transitions.getAutoHeightDuration(500)).toBe(0);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
  });

  it("keeps MUI's transitions and ripples otherwise", async () => {
    const theme = await themeWhenReducedMotionIs(false);
    expect(theme.transitions.create(["opacity"])).toMatch(/^opacity \d+ms/);
    expect(theme.transitions.duration.enteringScreen).toBeGreaterThan(0);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(false);
  });
});
