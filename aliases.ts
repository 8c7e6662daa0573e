// One place for the path aliases; tsconfig.base.json "paths" mirrors this list.
import { fileURLToPath } from 'node:url';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export const aliases: Record<string, string> = {
  '#contract': here('./electron/shared'),
  '#domain': here('./renderer/src/domain'),
  '#data': here('./renderer/src/data'),
  '#sync': here('./renderer/src/sync'),
  '#query': here('./renderer/src/query'),
  '#io': here('./renderer/src/io'),
  '#features': here('./renderer/src/features'),
  '#ui': here('./renderer/src/ui'),
  '#i18n': here('./renderer/src/i18n'),
  '#platform': here('./renderer/src/platform'),
  '#locales': here('./locales'),
};
