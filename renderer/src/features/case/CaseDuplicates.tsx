// Likely duplicates of this case: same category, within ~50 m and 30 days, similar text (scored in
// domain/duplicates). Marking one links both sides; neither case's central data is ever merged.
import { useEffect, useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getCases } from '#data/caseRepo';
import { linkDuplicate } from '#data/caseLocalRepo';
import type { CaseRecord } from '#domain/case';
import { findDuplicates, type DuplicateMatch } from '#domain/duplicates';
import { hrefOf } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';

const WINDOW_MS = 30 * 86_400_000;
const CANDIDATES = 400;

export function CaseDuplicates({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  const { db, query } = useApp();
  const [matches, setMatches] = useState<DuplicateMatch<CaseRecord>[] | null>(null);
  const linked = new Set((caseRecord.refs ?? []).filter((r) => r.kind === 'duplicate' || r.kind === 'duplicate-of').map((r) => r.value));

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await query.ready;
      const c = caseRecord;
      const near = await query.query({
        ...(c.categories.length > 0 ? { categories: c.categories } : {}),
        createdFrom: c.createdAt - WINDOW_MS,
        createdTo: c.createdAt + WINDOW_MS,
        limit: CANDIDATES,
      });
      const candidates = (await getCases(db, near.ids)).filter((x): x is CaseRecord => x != null && x.id !== c.id);
      if (!cancelled) setMatches(findDuplicates(c, candidates));
    })();
    return () => {
      cancelled = true;
    };
  }, [db, query, caseRecord]);

  const shown = (matches ?? []).filter((m) => !linked.has(m.candidate.id)).slice(0, 5);
  if (shown.length === 0) return null;
  return (
    <Paper withBorder p="md" mt="md" role="region" aria-label={t('duplicates.title')}>
      <Title order={4} mb="xs">
        {t('duplicates.title')}
      </Title>
      <Stack gap="xs">
        {shown.map((m) => (
          <Group key={m.candidate.id} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Group gap="xs">
                <Anchor href={hrefOf({ name: 'case', id: m.candidate.id })}>{m.candidate.ticketId ?? m.candidate.id}</Anchor>
                <Badge size="xs" variant="light">
                  {t('duplicates.score', { score: Math.round(m.score * 100) })}
                </Badge>
                {m.distanceM !== null && (
                  <Text size="xs" c="dimmed">
                    {t('duplicates.distance', { m: Math.round(m.distanceM) })}
                  </Text>
                )}
              </Group>
              <Text size="xs" lineClamp={1}>
                {m.candidate.description}
              </Text>
            </Stack>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => void linkDuplicate(db, m.candidate.id, caseRecord.id, new Date().getTime())}
            >
              {t('duplicates.mark')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
