/**
 * The certificate's expiry as the admin reads it: date, time and the time zone, in their language
 * ("April 30, 2028 at 7:00 PM GMT+9", "2028年4月30日 19:00 JST"). The zone is part of the value: an
 * expiry without one is off by up to a day for whoever reads it elsewhere.
 */
export function formatExpiry(iso: string, language: string, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(language === 'en-XA' ? 'en' : language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(time);
}
