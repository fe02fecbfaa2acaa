/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { viteSingleFile } from "vite-plugin-singlefile";
import { contentSecurityPolicy } from "./scripts/vite-csp-plugin";

/** The self-contained page an admin copies to an air-gapped jump host (`vite build --mode offline`). */
const OFFLINE_FILE = "aks-hci-network-planner.html";

export default defineConfig(({ mode }) => {
  const offline = mode === "offline";
  return {
    base: "./",
    plugins: [
      react(),
      ...(offline ? [viteSingleFile({ removeViteModuleLoader: true, outputFileName: OFFLINE_FILE })] : []),
      contentSecurityPolicy(offline ? { offlineFile: OFFLINE_FILE } : {}),
    ],
    build: offline ? { outDir: "dist/offline", emptyOutDir: true, copyPublicDir: false } : {},
    test: {
      include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
      environment: "node",
    },
  };
});
