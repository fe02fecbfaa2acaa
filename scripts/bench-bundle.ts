import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { figure, type BudgetFigure } from "./bench-budget";
import { guardFirstLoad } from "../src/prerender/first-screen-guard";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Issue "Quality bars": the whole app's first load, gzipped. */
export const FIRST_LOAD_BUDGET_KB = 200;
export const OFFLINE_FILE = "offline/aks-hci-network-planner.html";

export interface BuiltApp {
  /** The normal site (index.html and assets/), with the offline single file under offline/. */
  dir: string;
  remove: () => Promise<void>;
}

/**
 * Builds the app as `npm run build` does, into a folder of its own: dist/ may be stale or another
 * build's, and the figures must describe the code as it is now.
 */
export async function buildApp(): Promise<BuiltApp> {
  // The notice about Vite's future config loader is for the config's owner, not for bench readers.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= "true";
  const dir = await mkdtemp(join(tmpdir(), "planner-bench-"));
  const quiet = { root: ROOT, logLevel: "warn" as const };
  await build({ ...quiet, build: { outDir: dir, emptyOutDir: true } });
  await build({ ...quiet, mode: "offline", build: { outDir: join(dir, "offline"), emptyOutDir: true } });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The scripts the browser fetches before the first render: the entry and its modulepreloads, as
 * tags or, on the prerendered page, as the list its guard preloads when the app starts.
 */
export function firstLoadScripts(indexHtml: string): string[] {
  const tags = [...indexHtml.matchAll(/<script\b[^>]*\btype="module"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((match) => match[0]);
  const urls = tags.flatMap((tag) => {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return url === undefined ? [] : [url];
  });
  return [...new Set([...urls, ...guardFirstLoad(indexHtml)])];
}

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
}

export const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export function firstLoadSizes(dir: string): AssetSize[] {
  const index = join(dir, "index.html");
  return firstLoadScripts(readFileSync(index, "utf8")).map((url) => {
    const bytes = readFileSync(resolve(dirname(index), url));
    return { file: url, raw: bytes.length, gzip: gzipSize(bytes) };
  });
}

export function offlineFileSize(dir: string): AssetSize | null {
  const file = join(dir, OFFLINE_FILE);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { file: OFFLINE_FILE, raw: bytes.length, gzip: gzipSize(bytes) };
}

export function benchBundle(dir: string): { figures: BudgetFigure[]; assets: AssetSize[]; offline: AssetSize | null } {
  const assets = firstLoadSizes(dir);
  const totalKb = assets.reduce((sum, asset) => sum + asset.gzip, 0) / 1024;
  return { figures: [figure("First-load JavaScript, gzipped", totalKb, "KB", FIRST_LOAD_BUDGET_KB, 1)], assets, offline: offlineFileSize(dir) };
}
