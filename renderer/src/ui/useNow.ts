// The current time for rendering, refreshed every `everyMs` (so "due today" and "overdue" move on
// while the window stays open) without reading the clock during render.
import { useEffect, useState } from 'react';

export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => new Date().getTime());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().getTime()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
