// The application shell: header (district, credits, sync, language) and the navigation.
import type { ReactNode } from 'react';
import { AppShell, Badge, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefOf, type Route } from '#ui/useHashRoute';
import { useApp } from '#features/app/AppContext';
import { LanguageSwitch } from './LanguageSwitch';
import { SyncButton } from './SyncButton';
import { CreditBadge } from './CreditBadge';

export function AppLayout({ route, children }: { route: Route; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { district, setup } = useApp();
  const name = i18n.language === 'en' ? district.nameEn : district.nameTh;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={4}>{t('appName')}</Title>
            <Text fw={600}>{t('district', { name })}</Text>
            {setup.mode === 'demo' && <Badge variant="light">{t('shell.demo')}</Badge>}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <CreditBadge />
            <SyncButton />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('appName')}>
        <NavLink href={hrefOf({ name: 'queue' })} label={t('nav.queue')} active={route.name === 'queue'} />
        <NavLink
          href={hrefOf({ name: 'register' })}
          label={t('nav.register')}
          active={route.name === 'register' || route.name === 'case'}
        />
        <NavLink href={hrefOf({ name: 'new-case' })} label={t('nav.newCase')} active={route.name === 'new-case'} />
        <NavLink
          href={hrefOf({ name: 'meetings' })}
          label={t('nav.meetings')}
          active={route.name === 'meetings' || route.name === 'meeting'}
        />
        <NavLink href={hrefOf({ name: 'sync' })} label={t('nav.sync')} active={route.name === 'sync'} />
        <NavLink href={hrefOf({ name: 'settings' })} label={t('nav.settings')} active={route.name === 'settings'} />
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
