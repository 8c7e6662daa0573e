// A case's status: the central label, coloured by its workflow bucket.
import { Badge } from '@mantine/core';
import type { StatusBucket } from '#domain/status';

const COLORS: Record<StatusBucket, string> = {
  waiting: 'orange',
  inprogress: 'blue',
  follow: 'grape',
  forward: 'gray',
  finish: 'teal',
  irrelevant: 'dark',
};

export function BucketBadge({ bucket, label }: { bucket: StatusBucket; label: string }) {
  return (
    <Badge color={COLORS[bucket]} variant="light" style={{ textTransform: 'none' }}>
      {label}
    </Badge>
  );
}
