// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useIdle, whenIdle, whenSettled } from "./when-idle";

afterEach(cleanup);

function Probe() {
  return <p>{useIdle() ? "idle" : "starting"}</p>;
}

function LateProbe() {
  return <p>{useIdle("settled") ? "settled" : "waiting"}</p>;
}

describe("useIdle", () => {
  it("is false on the first render, true once the page has been idle, and at once for later mounts", async () => {
    const first = render(<Probe />);
    expect(screen.getByText("starting")).toBeTruthy();
    await act(() => whenIdle());
    expect(screen.getByText("idle")).toBeTruthy();
    first.unmount();

    render(<Probe />);
    expect(screen.getByText("idle")).toBeTruthy();
  });

  it("holds the settled stage back past the first idle moment, then lets it through", async () => {
    render(<LateProbe />);
    await act(() => whenIdle());
    expect(screen.getByText("waiting")).toBeTruthy();
    await act(() => whenSettled());
    expect(screen.getByText("settled")).toBeTruthy();
  });
});
