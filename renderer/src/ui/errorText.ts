// The user-facing text for an AppError, in the current language.
import i18next from 'i18next';
import type { AppError } from '#contract/result';

export function errorText(error: AppError): string {
  return i18next.t(error.code, { ns: 'errors', message: error.message });
}
