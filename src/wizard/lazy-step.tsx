import { lazy, useState, type ComponentType } from "react";

export interface LazyStep {
  Component: ComponentType;
  /** Starts loading the step's code; the wizard calls it for every step once the page is up. */
  preload: () => Promise<unknown>;
}

/**
 * A step whose code loads on demand, so the first page needs only what the first step needs. Once
 * loaded it renders synchronously (no fallback flash on Next). Each mount keeps the component it
 * started with: switching from the lazy wrapper to the loaded one mid-way would remount the form.
 */
export function lazyStep(load: () => Promise<ComponentType>): LazyStep {
  let loaded: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () =>
    (loading ??= load().then((Component) => {
      loaded = Component;
      return { default: Component };
    }));
  const Lazy = lazy(preload);
  function Component() {
    const [Step] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Step />;
  }
  return { Component, preload };
}
