// Typed translation keys: a wrong key is a type error.
import 'i18next';
import type { resources } from './index';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['th'];
  }
}
