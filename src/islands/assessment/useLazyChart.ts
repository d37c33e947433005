import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Draws a chart whose module (and Chart.js with it) is imported only now, once there is something
 * to draw. `draw` returns the chart's cleanup; `key` says when the figures changed. Returns true
 * when the module could not be loaded, so the figure can point to its table instead.
 */
export function useLazyChart(
  canvas: RefObject<HTMLCanvasElement>,
  draw: (canvas: HTMLCanvasElement) => Promise<() => void>,
  key: string,
): boolean {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    const target = canvas.current;
    if (!target) return;
    draw(target)
      .then((stop) => {
        if (cancelled) stop();
        else cleanup = stop;
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [key]);
  return failed;
}
