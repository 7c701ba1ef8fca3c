import { type ReactNode, Suspense } from 'react';

/** Pending while the page hydrates what answers a tap; the rest waits on it. */
let waiting: Promise<void> | null = null;

/**
 * Hydrates a prerendered page in two steps. The first task hydrates all but the parts marked
 * `HydrateLater`: they keep their server HTML, links working, and wait (each a Suspense boundary
 * suspended during hydration, which preact/compat leaves in place). Once the first step has had a
 * frame to paint the controls as available, the rest hydrates in a task of its own, so a tap in
 * between is answered first.
 */
export function hydrateInTwoSteps(hydrate: () => void): void {
  let resume = () => {};
  waiting = new Promise<void>((resolve) => {
    resume = resolve;
  });
  hydrate();
  requestAnimationFrame(() =>
    setTimeout(() => {
      waiting = null;
      resume();
    }, 0),
  );
}

/**
 * What no first tap needs: the site's header and footer, the article, the thumbnails. Each must
 * render a single element: a suspended boundary keeps one server node in place.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <Wait>{children}</Wait>
    </Suspense>
  );
}

function Wait({ children }: { children: ReactNode }) {
  if (waiting) throw waiting;
  return children;
}
