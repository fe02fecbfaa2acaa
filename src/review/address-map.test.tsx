// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import janeFile from "../../public/examples/jane.json";
import { createPlan } from "../planning/create-plan";
import type { AddressMapSegment, Plan } from "../planning/plan";
import { planInputSchema, type PlanInput } from "../planning/plan-input-schema";
import { AddressMap } from "./address-map";

const jane: PlanInput = planInputSchema.parse(janeFile);

afterEach(cleanup);

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => [...within(row).getAllByRole("rowheader"), ...within(row).getAllByRole("cell")].map((cell) => cell.textContent ?? ""));
}

/** A /8 cut into `count` equal pieces (a power of 2): more than the bar draws one by one. */
function planWithSegments(count: number): Plan {
  const plan = createPlan({ ...jane, vnet: { ...jane.vnet, addressPrefix: "10.0.0.0/8" } });
  const network = 10 * 2 ** 24;
  const width = 2 ** 24 / count;
  const addressMap: AddressMapSegment[] = Array.from({ length: count }, (_, i) => ({
    kind: i % 2 === 0 ? "dns" : "free",
    label: i % 2 === 0 ? "DNS server" : "Free",
    range: { start: network + i * width, end: network + (i + 1) * width - 1 },
    size: width,
  }));
  return { ...plan, addressMap };
}

describe("AddressMap", () => {
  it("lists Jane's subnet from network to broadcast address in a captioned table", () => {
    render(<AddressMap plan={createPlan(jane)} />);
    const table = screen.getByRole("table", { name: "Address map of 10.0.0.0/24" });
    expect(within(table).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Purpose", "Start", "End", "Size"]);
    expect(rowsOf(table)).toEqual([
      ["Network address", "10.0.0.0", "10.0.0.0", "1"],
      ["Gateway", "10.0.0.1", "10.0.0.1", "1"],
      ["Free", "10.0.0.2", "10.0.0.9", "8"],
      ["DNS server", "10.0.0.10", "10.0.0.10", "1"],
      ["Free", "10.0.0.11", "10.0.0.19", "9"],
      ["Kubernetes node VM pool", "10.0.0.20", "10.0.0.99", "80"],
      ["Free", "10.0.0.100", "10.0.0.199", "100"],
      ["Virtual IP pool", "10.0.0.200", "10.0.0.219", "20"],
      ["Free", "10.0.0.220", "10.0.0.254", "35"],
      ["Broadcast address", "10.0.0.255", "10.0.0.255", "1"],
    ]);
  });

  it("draws one bar piece per segment, each with its exact figures, and a legend of the kinds", () => {
    render(<AddressMap plan={createPlan(jane)} />);
    const bar = screen.getByRole("list", { name: /^Address map of 10\.0\.0\.0\/24, from network to broadcast address/ });
    const pieces = within(bar).getAllByRole("listitem");
    expect(pieces).toHaveLength(10);
    expect(pieces[5]?.getAttribute("aria-label")).toBe("Kubernetes node VM pool: 10.0.0.20 – 10.0.0.99 (80 addresses)");
    const legend = screen.getByRole("list", { name: "Legend" });
    expect(within(legend).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Network address",
      "Gateway",
      "DNS server",
      "Kubernetes node VM pool",
      "Virtual IP pool",
      "Free",
      "Broadcast address",
    ]);
  });

  it("makes the bar one tab stop whose pieces the arrow keys walk", () => {
    render(<AddressMap plan={createPlan(jane)} />);
    const bar = screen.getByRole("list", { name: /^Address map of/ });
    const pieces = within(bar).getAllByRole("listitem");
    expect(pieces.map((piece) => piece.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
    pieces[0]?.focus();
    fireEvent.keyDown(bar, { key: "ArrowRight" });
    expect(document.activeElement).toBe(pieces[1]);
    fireEvent.keyDown(bar, { key: "End" });
    expect(document.activeElement).toBe(pieces[9]);
    expect(pieces[9]?.tabIndex).toBe(0);
    fireEvent.keyDown(bar, { key: "ArrowRight" });
    expect(document.activeElement).toBe(pieces[9]);
  });

  it.each([
    ["", "Enter an address prefix to see the address map."],
    ["10.0.0/24", "The address prefix is not a valid IPv4 prefix yet: fix it (see the error at Address prefix) to see the address map."],
  ])("says what is missing when the prefix is %j", (addressPrefix, message) => {
    render(<AddressMap plan={createPlan({ ...jane, vnet: { ...jane.vnet, addressPrefix } })} />);
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("keeps many segments light: merged pieces in the bar, 100 table rows until asked", () => {
    render(<AddressMap plan={planWithSegments(256)} />);
    const bar = screen.getByRole("list", { name: /^Address map of 10\.0\.0\.0\/8/ });
    const pieces = within(bar).getAllByRole("listitem");
    expect(pieces.length).toBeLessThanOrEqual(200);
    expect(pieces[0]?.getAttribute("aria-label")).toMatch(/^\d+ small ranges, 10\.0\.0\.0 – /);
    const table = screen.getByRole("table", { name: "Address map of 10.0.0.0/8" });
    expect(within(table).getAllByRole("row")).toHaveLength(101);
    fireEvent.click(screen.getByRole("button", { name: "Show all 256 rows" }));
    expect(table.querySelectorAll("tbody tr")).toHaveLength(256);
  });
});
