// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useIdle, whenIdle } from "./when-idle";

afterEach(cleanup);

function Probe() {
  return <p>{useIdle() ? "idle" : "starting"}</p>;
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
});
