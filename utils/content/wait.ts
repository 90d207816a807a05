/**
 * Waits until `check()` is true, watching one scoped subtree with a childList MutationObserver whose callback
 * only sets a flag; the check runs at most once per animation frame. Disconnects on abort, success or timeout.
 */
export function waitUntil(
  root: Node,
  check: () => boolean,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    if (check()) return resolve(true);
    let scheduled = false;
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      mo.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onAbort = () => finish(false);
    const mo = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        if (!done && check()) finish(true);
      });
    });
    mo.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(check()), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
