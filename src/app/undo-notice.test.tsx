// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { janeStatic } from "../planning/fixtures/plan-inputs";
import { usePlanStore } from "../state/plan-store";
import { offerUndo, useUndoStore } from "../state/undo";
import { UNDO_SECONDS, UndoNotice } from "./undo-notice";

beforeEach(() => {
  vi.useFakeTimers();
  usePlanStore.getState().loadInput(janeStatic());
  useUndoStore.setState({ offer: null });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function removeFirstCluster() {
  act(() => {
    offerUndo("Removed workload cluster 1 (clustera).");
    usePlanStore.getState().removeCluster(0);
  });
}

describe("UndoNotice", () => {
  it("says what happened, and Undo puts the cluster back", () => {
    render(<UndoNotice />);
    removeFirstCluster();
    expect(screen.getByRole("status").textContent).toMatch(/^Removed workload cluster 1 \(clustera\)\.Undo/);
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(usePlanStore.getState().input.clusters.map((cluster) => cluster.name)).toEqual(["clustera", "clusterb"]);
  });

  it(`closes by itself after ${UNDO_SECONDS} seconds`, () => {
    render(<UndoNotice />);
    removeFirstCluster();
    act(() => vi.advanceTimersByTime(UNDO_SECONDS * 1_000 - 1));
    expect(useUndoStore.getState().offer).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(useUndoStore.getState().offer).toBeNull();
  });

  it("waits while the keyboard focus is in it, and counts again once it leaves", () => {
    render(<UndoNotice />);
    removeFirstCluster();
    act(() => screen.getByRole("button", { name: "Undo" }).focus());
    act(() => vi.advanceTimersByTime(UNDO_SECONDS * 10_000));
    expect(useUndoStore.getState().offer).not.toBeNull();
    act(() => screen.getByRole("button", { name: "Undo" }).blur());
    act(() => vi.advanceTimersByTime(UNDO_SECONDS * 1_000));
    expect(useUndoStore.getState().offer).toBeNull();
  });

  it("closes with Dismiss and leaves the plan as it is", () => {
    render(<UndoNotice />);
    removeFirstCluster();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(useUndoStore.getState().offer).toBeNull();
    expect(usePlanStore.getState().input.clusters).toHaveLength(1);
  });
});
