// Renderer entry: fonts, Mantine, i18n, then the app.
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/th';
import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import { initI18n, type Language } from '#i18n/index';
import { theme } from '#ui/theme';
import { App } from '#features/app/App';

// Date pickers show Buddhist-era years (BBBB) like every other date in the app.
dayjs.extend(buddhistEra);

const saved = localStorage.getItem('khet.language');
const language: Language = saved === 'en' ? 'en' : 'th';

void initI18n(language).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 0, weekendDays: [0, 6] }}>
          <Notifications position="top-right" />
          <App />
        </DatesProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
