// A number that moves on when the register has changed and then been quiet for a moment: an import
// emits a change per chunk, and the queue should recount once, not per chunk.
import { useEffect, useState } from 'react';
import { onCasesChanged } from '#data/changeFeed';

const QUIET_MS = 500;

export function useRegisterVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = onCasesChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), QUIET_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);
  return version;
}
