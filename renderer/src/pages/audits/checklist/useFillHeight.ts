import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The height that lets an element reach the bottom of the window, so the checklist scrolls inside
 * itself and the page (with its title and tabs) never scrolls away under the app's header.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, margin = 16, minimum = 420): number {
  const [height, setHeight] = useState(minimum);
  useEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minimum, window.innerHeight - top - margin));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, margin, minimum]);
  return height;
}
