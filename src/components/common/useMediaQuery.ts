/** Whether a CSS media query matches now, re-rendering when that changes (false where there is no `matchMedia`). */
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(media: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {};
      const query = matchMedia(media);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    [media],
  );
  const matches = () => typeof matchMedia === 'function' && matchMedia(media).matches;
  return useSyncExternalStore(subscribe, matches, () => false);
}
