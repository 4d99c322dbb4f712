import { useEffect, useRef, useState } from 'react';

/**
 * `value`, updated at most once per `intervalMs` (the latest value at the end of each interval). Used to
 * batch a burst of arrivals into one map update and one layout, instead of one per submission.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [throttled, setThrottled] = useState(value);
  const lastRef = useRef(0);

  useEffect(() => {
    const wait = Math.max(0, lastRef.current + intervalMs - Date.now());
    const timer = setTimeout(() => {
      lastRef.current = Date.now();
      setThrottled(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);

  return throttled;
}
