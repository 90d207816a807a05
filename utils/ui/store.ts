/** zustand/vanilla + a tiny Preact hook (no preact/compat in content scripts). */
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

export function useStore<S, T>(store: StoreApi<S>, select: (s: S) => T): T {
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    setValue(select(store.getState()));
    return store.subscribe((s) => setValue(() => select(s)));
  }, [store]);
  return value;
}
