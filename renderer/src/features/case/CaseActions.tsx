// What the coordinator can send about a case: a status change, a comment, a forward or invitation.
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '#domain/case';
import { StatusChangeForm } from './StatusChangeForm';
import { CommentForm } from './CommentForm';
import { ForwardForm } from './ForwardForm';

export function CaseActions({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation('case');
  return (
    <Tabs defaultValue="status" keepMounted={false}>
      <Tabs.List mb="sm">
        <Tabs.Tab value="status">{t('actions.status')}</Tabs.Tab>
        <Tabs.Tab value="comment">{t('actions.comment')}</Tabs.Tab>
        <Tabs.Tab value="forward">{t('actions.forward')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="status">
        <StatusChangeForm caseRecord={caseRecord} />
      </Tabs.Panel>
      <Tabs.Panel value="comment">
        <CommentForm caseRecord={caseRecord} />
      </Tabs.Panel>
      <Tabs.Panel value="forward">
        <ForwardForm caseRecord={caseRecord} />
      </Tabs.Panel>
    </Tabs>
  );
}
