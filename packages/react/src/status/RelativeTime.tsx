import { useEffect, useState } from 'react';
import { useIsClient } from '../illustrations/useIsClient';
import { formatDateTime, formatRelativeTime } from './formatRelativeTime';

/** Props of {@link RelativeTime}. */
export interface RelativeTimeProps {
  /** An ISO-8601 date, e.g. a status's `verifiedAt`. */
  dateTime: string;
  locale: string;
}

/**
 * A `<time>` that says how long ago it was ("5 minutes ago") with the full date in its
 * `title`, and keeps itself current. The server and the hydrating render print the full date
 * in UTC instead: they cannot know the reader's clock or time zone, and must print the same.
 */
export function RelativeTime({ dateTime, locale }: RelativeTimeProps) {
  const isClient = useIsClient();
  const now = useNow(dateTime);
  const date = new Date(dateTime);
  if (Number.isNaN(date.getTime())) return <time dateTime={dateTime}>{dateTime}</time>;
  if (!isClient) {
    const utc = formatDateTime(date, locale, 'UTC');
    return (
      <time dateTime={dateTime} title={utc}>
        {utc}
      </time>
    );
  }
  return (
    <time dateTime={dateTime} title={formatDateTime(date, locale)}>
      {formatRelativeTime(date, now, locale)}
    </time>
  );
}

/** The current time, refreshed every 30 seconds and whenever `dateTime` changes. */
function useNow(dateTime: string): number {
  const [now, setNow] = useState(() => Date.now());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new date restarts the clock
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [dateTime]);
  return now;
}
