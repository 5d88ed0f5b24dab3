import { Token } from 'aws-cdk-lib';
import { PropValidator } from '../validation';

/**
 * ICU's canonical time zone names (`Intl.supportedValuesOf('timeZone')`),
 * read on first use. Every one of them is a name `Intl.DateTimeFormat` takes
 * (ECMA-402's AvailableCanonicalTimeZones are available named time zones),
 * so a name found here needs no formatter: building one loads ICU's date
 * patterns, about 110 million instructions, more than the rest of a stack's
 * checks together.
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
 * Whether `name` is an IANA time zone name: accepted by the runtime's
 * `Intl.DateTimeFormat` (ECMA-402 takes every name and link of the IANA
 * database, such as `Asia/Kolkata`, `US/Eastern` or `EST5EDT`, which the
 * admin guide names) and spelt as the database spells it, each part
 * starting with a capital (ECMA-402 would also take `america/new_york`).
 * `Intl.supportedValuesOf('timeZone')` alone is not enough: it lists only
 * ICU's canonical names, without `UTC` or `Asia/Kolkata` on Node.js 20; it
 * answers for the names it lists, the formatter for the others.
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
