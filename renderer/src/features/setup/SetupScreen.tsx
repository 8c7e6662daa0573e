// First-run setup: district, connection (demo or the district's central account), first pull.
import { useState } from 'react';
import { navigate } from '#ui/useHashRoute';
import { Alert, Button, Container, Paper, PasswordInput, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KhetDb } from '#data/db';
import { DISTRICTS } from '#domain/districts';
import type { AppError } from '#contract/result';
import { errorText } from '#ui/errorText';
import { LanguageSwitch } from '#features/shell/LanguageSwitch';
import { connectAndPull, type ConnectInput } from './connect';

export function SetupScreen({ db }: { db: KhetDb }) {
  const { t, i18n } = useTranslation('setup');
  const [form, setForm] = useState<ConnectInput>({ districtCode: '', mode: 'demo', baseUrl: 'https://', user: '', password: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ConnectInput>) => setForm((f) => ({ ...f, ...patch }));

  const districtOptions = DISTRICTS.map((d) => ({
    value: d.code,
    label: i18n.language === 'en' ? `${d.nameEn} (${d.nameTh})` : `เขต${d.nameTh}`,
  }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (!form.districtCode) return setProblem(t('required'));
    if (form.mode === 'central' && !/^https?:\/\/.+/.test(form.baseUrl.trim())) return setProblem(t('badUrl'));
    if (form.mode === 'central' && (!form.user.trim() || !form.password)) return setProblem(t('needAccount'));
    setProblem(null);
    setBusy(true);
    const result = await connectAndPull(db, form);
    setBusy(false);
    if (!result.ok) setError(result.error);
    // The first look after setup is the register that was just pulled; later starts open on the queue.
    else navigate({ name: 'register' });
  }

  return (
    <Container size={560} py="xl">
      <Paper withBorder p="xl" radius="md" component="form" onSubmit={(e) => void submit(e)}>
        <Stack>
          <LanguageSwitch />
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed">{t('intro')}</Text>
          <Select
            label={t('district')}
            placeholder={t('districtPlaceholder')}
            data={districtOptions}
            searchable
            value={form.districtCode || null}
            onChange={(v) => set({ districtCode: v ?? '' })}
            required
          />
          <Radio.Group label={t('mode')} value={form.mode} onChange={(v) => set({ mode: v === 'central' ? 'central' : 'demo' })}>
            <Stack gap={6} mt={6}>
              <Radio value="demo" label={t('modeDemo')} />
              <Radio value="central" label={t('modeCentral')} />
            </Stack>
          </Radio.Group>
          {form.mode === 'central' && (
            <>
              <TextInput label={t('url')} value={form.baseUrl} onChange={(e) => set({ baseUrl: e.currentTarget.value })} required />
              <TextInput
                label={t('user')}
                value={form.user}
                onChange={(e) => set({ user: e.currentTarget.value })}
                autoComplete="username"
                required
              />
              <PasswordInput
                label={t('password')}
                description={t('passwordHint')}
                value={form.password}
                onChange={(e) => set({ password: e.currentTarget.value })}
                autoComplete="current-password"
                required
              />
            </>
          )}
          {problem && (
            <Alert color="yellow" role="alert">
              {problem}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title={errorText(error)}>
              <Text size="xs" c="dimmed">
                {error.message}
              </Text>
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            {busy ? t('checking') : t('submit')}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
