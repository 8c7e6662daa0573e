// Renderer entry: fonts, Mantine, i18n, then the app.
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { initI18n, type Language } from '#i18n/index';
import { theme } from '#ui/theme';
import { App } from '#features/app/App';

const saved = localStorage.getItem('khet.language');
const language: Language = saved === 'en' ? 'en' : 'th';

void initI18n(language).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <Notifications position="top-right" />
        <App />
      </MantineProvider>
    </StrictMode>,
  );
});
