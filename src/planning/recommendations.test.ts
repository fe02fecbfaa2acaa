import { describe, expect, it } from "vitest";
import { countReserve } from "./counting";
import { emptyPlanInput } from "./plan-input-schema";
import { buildRecommendations } from "./recommendations";

function recommend(growthClusters: number) {
  const input = emptyPlanInput();
  input.options.growthReserve = { clusters: growthClusters, controlPlaneNodes: 1, workerNodes: 2 };
  const reserve = countReserve(input.options.growthReserve);
  return buildRecommendations(input, { node: 27, vip: 5 + reserve.vip, total: 32 + reserve.vip }, reserve);
}

describe("buildRecommendations", () => {
  it("asks for one more VIP for the AKS host's API server, with the field's reason", () => {
    const [vip] = recommend(0);
    expect(vip?.id).toBe("aks-host-api-server-vip");
    expect(vip?.text).toBe("Add 1 more address to the virtual IP pool for the AKS host's own API server: 6 IP addresses instead of 5.");
    expect(vip?.reason).toMatch(/management cluster's API server takes the first address of the virtual IP pool/);
  });

  it.each([
    [0, /Size the pools above the minimum, or set a growth reserve/],
    [1, /already hold the growth reserve of 1 more workload cluster \(10 IP addresses\)/],
    [3, /already hold the growth reserve of 3 more workload clusters \(30 IP addresses\)/],
  ])("words growth room for a reserve of %i clusters", (clusters, text) => {
    const growth = recommend(clusters).find((recommendation) => recommendation.id === "growth-room");
    expect(growth?.text).toMatch(text);
    expect(growth?.reason).toMatch(/cannot be enlarged after the AKS host or a workload cluster is deployed/);
  });
});
