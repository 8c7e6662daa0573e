// i18next setup: Thai by default, English second. Resources are bundled (the app works offline).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import thCommon from '#locales/th/common.json';
import thErrors from '#locales/th/errors.json';
import thSetup from '#locales/th/setup.json';
import thRegister from '#locales/th/register.json';
import thCase from '#locales/th/case.json';
import thSync from '#locales/th/sync.json';
import thImport from '#locales/th/import.json';
import thMeetings from '#locales/th/meetings.json';
import thNewcase from '#locales/th/newcase.json';
import thFollowups from '#locales/th/followups.json';
import thQueue from '#locales/th/queue.json';
import thSettings from '#locales/th/settings.json';
import thMeetingpack from '#locales/th/meetingpack.json';
import enCommon from '#locales/en/common.json';
import enErrors from '#locales/en/errors.json';
import enSetup from '#locales/en/setup.json';
import enRegister from '#locales/en/register.json';
import enCase from '#locales/en/case.json';
import enSync from '#locales/en/sync.json';
import enImport from '#locales/en/import.json';
import enMeetings from '#locales/en/meetings.json';
import enNewcase from '#locales/en/newcase.json';
import enFollowups from '#locales/en/followups.json';
import enQueue from '#locales/en/queue.json';
import enSettings from '#locales/en/settings.json';
import enMeetingpack from '#locales/en/meetingpack.json';

export const resources = {
  th: {
    common: thCommon,
    errors: thErrors,
    setup: thSetup,
    register: thRegister,
    case: thCase,
    sync: thSync,
    import: thImport,
    meetings: thMeetings,
    queue: thQueue,
    followups: thFollowups,
    newcase: thNewcase,
    settings: thSettings,
    meetingpack: thMeetingpack,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    setup: enSetup,
    register: enRegister,
    case: enCase,
    sync: enSync,
    import: enImport,
    meetings: enMeetings,
    queue: enQueue,
    followups: enFollowups,
    newcase: enNewcase,
    settings: enSettings,
    meetingpack: enMeetingpack,
  },
} as const;

export type Language = keyof typeof resources;
export const LANGUAGES: readonly Language[] = ['th', 'en'];

export async function initI18n(language: Language = 'th'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'th',
    defaultNS: 'common',
    ns: Object.keys(resources.th),
    interpolation: { escapeValue: false }, // React escapes; citizen text is never rendered as HTML
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
