// Thai / English switch; the choice is remembered on this machine.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '#i18n/index';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (value: string) => {
    const lang: Language = value === 'en' ? 'en' : 'th';
    localStorage.setItem('khet.language', lang);
    void setLanguage(lang);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={change}
      data={[
        { value: 'th', label: t('language.th') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
