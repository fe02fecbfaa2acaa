/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  base: "./",
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "node",
  },
});
