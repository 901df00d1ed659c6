// Dates, BSN checks and small helpers shared by the pages.
import type { Lang } from './i18n/index.tsx';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** Today's date in the Netherlands as YYYY-MM-DD (the server uses the same calendar). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** A calendar date (YYYY-MM-DD) as "3 maart 2026" / "3 March 2026". */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '—';
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A moment (ISO timestamp) in Dutch time, e.g. "3 mrt 2026, 14:05". */
export function formatDateTime(at: string, lang: Lang): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(d);
}

/** Focuses the first invalid control of a form (after a failed submit). */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const el = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (el) {
    if (el.tagName === 'FIELDSET') el.querySelector<HTMLElement>('input')?.focus();
    else el.focus();
  }
}
