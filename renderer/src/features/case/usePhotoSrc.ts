// A complaint photo's src: from the register's photo cache when it was seen before (works offline),
// otherwise its URL, fetched once in the background (main process in Electron) and kept.
import { useEffect, useState } from 'react';
import { cachePhoto, cachedPhoto, touchPhoto } from '#data/photoCacheRepo';
import { desktop } from '#platform/index';
import { useApp } from '#features/app/AppContext';

export function usePhotoSrc(url: string): string {
  const { db } = useApp();
  const [cached, setCached] = useState<{ url: string; src: string } | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    const show = (blob: Blob) => {
      objectUrl = URL.createObjectURL(blob);
      if (!cancelled) setCached({ url, src: objectUrl });
    };
    void (async () => {
      const now = new Date().getTime();
      const kept = await cachedPhoto(db, url);
      if (kept) {
        show(kept);
        await touchPhoto(db, url, now);
        return;
      }
      const fetched = await desktop.photoFetch({ url });
      if (!fetched.ok || cancelled) return; // offline or not readable: the <img> tries the URL itself
      const blob = new Blob([fetched.value.data as BlobPart], { type: fetched.value.contentType });
      await cachePhoto(db, url, blob, now);
      show(blob);
    })();
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [db, url]);
  return cached?.url === url ? cached.src : url;
}
