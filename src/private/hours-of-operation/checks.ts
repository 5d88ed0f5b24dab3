import { Token } from 'aws-cdk-lib';
import { DayOfWeek, OpenHours, TimeOfDay } from '../../hours-of-operation-options';
import { PropValidator } from '../validation';

/** The registry schema's `Config`: at most 100 ranges. */
const MAX_RANGES = 100;
const MINUTES_PER_DAY = 24 * 60;

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

/** A range of one day in minutes since midnight, its end after its start. */
interface Range {
  readonly index: number;
  readonly day: DayOfWeek;
  readonly start: number;
  readonly end: number;
}

/**
 * Records the problems of the open hours: days, times in the registry
 * schema's bounds (hours 0 to 23, minutes 0 to 59), each range ending after
 * it starts (end 0:00 is midnight at the end of the day), and no two ranges
 * of a day overlapping. Ranges may touch (9:00 to 12:00 and 12:00 to 17:00).
 */
export function checkOpenHours(v: PropValidator, hours: OpenHours[] | undefined): void {
  if (hours === undefined || Token.isUnresolved(hours)) {
    return;
  }
  if (!Array.isArray(hours)) {
    v.fail('hours', hours, 'must be a list of open hours');
    return;
  }
  if (hours.length > MAX_RANGES) {
    v.fail('hours', `${hours.length} ranges`, `must have at most ${MAX_RANGES} ranges`);
  }
  const ranges: Range[] = [];
  hours.forEach((open, index) => {
    const range = checkRange(v, `hours[${index}]`, open, index);
    if (range) {
      ranges.push(range);
    }
  });
  checkOverlaps(v, ranges);
}

/** Checks one range; returns it in minutes when it can be compared with others. */
function checkRange(v: PropValidator, prop: string, open: OpenHours, index: number): Range | undefined {
  if (open === null || typeof open !== 'object') {
    v.fail(prop, open, 'must be { day, start, end }');
    return undefined;
  }
  let known = true;
  if (!v.checkRequired(`${prop}.day`, open.day)) {
    known = false;
  } else if (Token.isUnresolved(open.day)) {
    known = false;
  } else if (!Object.values<string>(DayOfWeek).includes(open.day)) {
    v.fail(`${prop}.day`, open.day, `must be one of ${Object.values(DayOfWeek).join(', ')}`);
    known = false;
  }
  const start = checkTime(v, `${prop}.start`, open.start);
  const end = checkTime(v, `${prop}.end`, open.end);
  if (!known || start === undefined || end === undefined) {
    return undefined;
  }
  // End 0:00 is midnight at the end of the day (the admin guide's "12:00AM").
  const endOfDay = end === 0 ? MINUTES_PER_DAY : end;
  if (endOfDay <= start) {
    v.failCombination(`${prop} (${describe(open.day, start, end)}) must end after it starts: `
      + 'hours that run past midnight are two ranges, such as MONDAY 22:00 to 00:00 and TUESDAY 00:00 to 02:00');
    return undefined;
  }
  return { index, day: open.day, start, end: endOfDay };
}

/** Checks a time; returns minutes since midnight when known and valid. */
function checkTime(v: PropValidator, prop: string, time: TimeOfDay | undefined): number | undefined {
  if (!v.checkRequired(prop, time)) {
    return undefined;
  }
  if (typeof time !== 'object') {
    v.fail(prop, time, 'must be { hours, minutes }');
    return undefined;
  }
  const minutes = time.minutes ?? 0;
  if (!v.checkRequired(`${prop}.hours`, time.hours)) {
    return undefined;
  }
  if (Token.isUnresolved(time.hours) || Token.isUnresolved(minutes)) {
    return undefined;
  }
  let valid = true;
  if (!isIntegerIn(time.hours, 0, 23)) {
    v.fail(`${prop}.hours`, time.hours, 'must be a whole number from 0 to 23 (midnight at the end of the day is { hours: 0 })');
    valid = false;
  }
  if (!isIntegerIn(minutes, 0, 59)) {
    v.fail(`${prop}.minutes`, minutes, 'must be a whole number from 0 to 59');
    valid = false;
  }
  return valid ? time.hours * 60 + minutes : undefined;
}

/** Records every pair of ranges of the same day that overlap. */
function checkOverlaps(v: PropValidator, ranges: Range[]): void {
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i];
      const b = ranges[j];
      if (a.day === b.day && a.start < b.end && b.start < a.end) {
        v.failCombination(`hours[${b.index}] (${describe(b.day, b.start, b.end)}) overlaps hours[${a.index}] (${describe(a.day, a.start, a.end)})`);
      }
    }
  }
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** `MONDAY 09:00 to 17:30`. */
function describe(day: DayOfWeek, start: number, end: number): string {
  return `${day} ${clock(start)} to ${clock(end)}`;
}

function clock(minutes: number): string {
  const m = minutes % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
