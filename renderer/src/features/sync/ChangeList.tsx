// "What changed" in the last pull: each case that is new or changed, with what changed, linked to it.
import { Anchor, Badge, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseChange } from '#domain/changes';
import { hrefOf } from '#ui/useHashRoute';

const SHOWN = 200;

export function ChangeList({ changes }: { changes: readonly CaseChange[] }) {
  const { t } = useTranslation('sync');
  const interesting = changes.filter((c) => !(c.kinds.length === 1 && c.kinds[0] === 'other'));
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">
        {t('changes.title', { count: interesting.length })}
      </Title>
      {interesting.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('changes.none')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={360} type="auto">
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {interesting.slice(0, SHOWN).map((c) => (
              <Group key={c.caseId} gap="xs" component="li">
                <Anchor href={hrefOf({ name: 'case', id: c.caseId })} size="sm">
                  {c.caseId}
                </Anchor>
                {c.kinds.map((k) => (
                  <Badge
                    key={k}
                    size="xs"
                    variant="light"
                    color={k === 'reopened' || k === 'rating-dropped' ? 'red' : k === 'new' ? 'teal' : 'blue'}
                  >
                    {t(`changes.kinds.${k}`)}
                  </Badge>
                ))}
              </Group>
            ))}
            {interesting.length > SHOWN && (
              <Text size="xs" c="dimmed">
                {t('changes.more', { count: interesting.length - SHOWN })}
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
