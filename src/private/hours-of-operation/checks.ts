import { Token } from 'aws-cdk-lib';
import { PropValidator } from '../validation';

/**
 * ICU's canonical time zone names, read on first use: a name found here needs
 * no `Intl.DateTimeFormat`, which is expensive to build.
 *
 * @see https://tc39.es/ecma402/#sec-intl.supportedvaluesof
 * @see https://tc39.es/ecma402/#sec-availablecanonicaltimezones
 */
let canonicalTimeZones: ReadonlySet<string> | undefined;

function isCanonicalTimeZone(name: string): boolean {
  if (canonicalTimeZones === undefined) {
    const supportedValuesOf = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    canonicalTimeZones = new Set(supportedValuesOf ? supportedValuesOf('timeZone') : []);
  }
  return canonicalTimeZones.has(name);
}

/**
 * Whether `name` is an IANA time zone name, spelt as the database spells it;
 * the canonical list lacks links such as `Asia/Kolkata`, so the formatter decides those.
 *
 * @see https://tc39.es/ecma402/#sec-use-of-iana-time-zone-database
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html#daylight-savings-time
 */
export function isTimeZoneName(name: string): boolean {
  if (!/^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/.test(name)) {
    return false;
  }
  if (isCanonicalTimeZone(name)) {
    return true;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Records the problems of a time zone. */
export function checkTimeZone(v: PropValidator, timeZone: string | undefined): void {
  if (timeZone === undefined || Token.isUnresolved(timeZone)) {
    return;
  }
  if (typeof timeZone !== 'string' || !isTimeZoneName(timeZone)) {
    v.fail('timeZone', timeZone, 'must be an IANA time zone name, such as "America/New_York", "Europe/London" or "UTC"');
  }
}
