// A case's photos (before and after), lazy, kept for offline viewing once seen.
import { Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhotoSrc } from './usePhotoSrc';

// Shown when a photo can't be loaded (offline and never seen, or the link is gone): a grey frame.
const PHOTO_PLACEHOLDER = `data:image/svg+xml;utf8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="#e9ecef"/><path d="M50 85l20-25 15 18 10-12 15 19z" fill="#adb5bd"/></svg>')}`;

function Photo({ url, alt }: { url: string; alt: string }) {
  const src = usePhotoSrc(url);
  return <Image src={src} alt={alt} radius="sm" h={120} fit="cover" loading="lazy" fallbackSrc={PHOTO_PLACEHOLDER} />;
}

export function CasePhotos({ photos, photosAfter }: { photos: readonly string[]; photosAfter: readonly string[] }) {
  const { t } = useTranslation('case');
  if (photos.length === 0 && photosAfter.length === 0) return null;
  return (
    <Stack gap={4}>
      {photos.length > 0 && (
        <SimpleGrid cols={3}>
          {photos.slice(0, 3).map((src) => (
            <Photo key={src} url={src} alt={t('photos')} />
          ))}
        </SimpleGrid>
      )}
      {photosAfter.length > 0 && (
        <>
          <Text size="xs" c="dimmed">
            {t('photosAfter')}
          </Text>
          <SimpleGrid cols={3}>
            {photosAfter.slice(0, 3).map((src) => (
              <Photo key={src} url={src} alt={t('photosAfter')} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
