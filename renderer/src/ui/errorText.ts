// The user-facing text for an AppError, in the current language.
import type { TFunction } from 'i18next';
import type { AppError } from '#contract/result';

export function errorText(t: TFunction, error: AppError): string {
  return t(`errors:${error.code}`, { message: error.message });
}
