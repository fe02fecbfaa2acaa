import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { Window } from "happy-dom";
import { createServer } from "vite";

/**
 * Prints the first screen (src/prerender/render-first-screen.tsx) to stdout as JSON, for the entry
 * script named by the first argument and the modules to preload named by the rest. The build's
 * prerender plugin runs it in a process of its own, since it changes the process's globals.
 *
 * Emotion decides once, as it loads, whether it runs in a browser (`document` defined): loaded
 * first, it renders as on a server. The app's modules, loaded after, find a window as they would
 * in the browser (the draft store reads localStorage as it loads): an empty one, 1280 px wide,
 * like a new visitor's desktop. Everything runs as in production: in development MUI names its
 * classes differently, and hydration would find other class names.
 */
process.env.NODE_ENV = "production";
await import("@emotion/react");
await import("@emotion/styled");
await import("@emotion/cache");

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const VIEWPORT = { width: 1280, height: 900 };

function installWindow(): void {
  const window = new Window({ url: "http://localhost/", ...VIEWPORT });
  // The page's first render comes before its first idle moment (src/app/when-idle.ts): so here.
  Object.defineProperty(window, "requestIdleCallback", { value: () => 0 });
  const globals: Record<string, unknown> = {
    window,
    self: window,
    document: window.document,
    navigator: window.navigator,
    location: window.location,
    localStorage: window.localStorage,
    sessionStorage: window.sessionStorage,
    matchMedia: window.matchMedia.bind(window),
    getComputedStyle: window.getComputedStyle.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
    HTMLElement: window.HTMLElement,
    Element: window.Element,
    Node: window.Node,
  };
  for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

installWindow();
const vite = await createServer({
  root: ROOT,
  configFile: false,
  mode: "production",
  logLevel: "error",
  appType: "custom",
  plugins: [react()],
  server: { middlewareMode: true, hmr: false, ws: false },
});
const { renderFirstScreen } = (await vite.ssrLoadModule("/src/prerender/render-first-screen.tsx")) as typeof import("../src/prerender/render-first-screen");
const [entry = "", ...preloads] = process.argv.slice(2);
const screen = await renderFirstScreen(entry, preloads);
// The app goes on loading what it loads at idle: stop it here, the screen is what was asked for.
process.stdout.write(JSON.stringify(screen), () => process.exit(0));

