// Display formatting shared by features: Thai Buddhist-era dates in Thai, Gregorian in English.
import { formatThaiDate } from '#domain/thaiDate';

export function formatWhen(epochMs: number, lang: string, withTime = true): string {
  return formatThaiDate(epochMs, { style: 'short', withTime, lang: lang === 'en' ? 'en' : 'th' });
}
