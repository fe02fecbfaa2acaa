import { describe, expect, it } from "vitest";
import { createPlan } from "./create-plan";
import { janeDhcp, janeStatic } from "./fixtures/plan-inputs";
import { poolNeed, poolsOf } from "./pools";

describe("poolNeed", () => {
  it("reads the static split: the doc's 27 node addresses and 5 VIPs for Jane", () => {
    const { split } = createPlan(janeStatic());
    expect(poolsOf("static").map((spec) => [spec.id, poolNeed(split, spec.id)])).toEqual([
      ["nodePool", 27],
      ["vipPool", 5],
    ]);
    expect(poolNeed(split, "dhcpScope")).toBe(0);
  });

  it("reads the DHCP split: the leases the scope keeps free and the VIPs it excludes", () => {
    const { split } = createPlan(janeDhcp());
    if (split.model !== "dhcp") throw new Error("expected the DHCP model");
    expect(poolNeed(split, "dhcpScope")).toBe(split.minimumFreeLeases);
    expect(poolNeed(split, "vipPool")).toBe(5);
    expect(poolNeed(split, "nodePool")).toBe(0);
  });
});
