import { IResource, Resource, Token } from 'aws-cdk-lib';
import { CfnHoursOfOperation } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkTimeZone } from './private/hours-of-operation/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** An hours of operation: when queues take contacts, and what **Check hours of operation** checks. */
export interface IHoursOfOperation extends IResource {
  /**
   * The ARN of the hours of operation.
   * @attribute
   */
  readonly hoursOfOperationArn: string;

  /**
   * The id of the hours of operation.
   * @attribute
   */
  readonly hoursOfOperationId: string;
}

/** A day of the week (the registry schema's `Day` values). */
export enum DayOfWeek {
  /** Sunday. */
  SUNDAY = 'SUNDAY',
  /** Monday. */
  MONDAY = 'MONDAY',
  /** Tuesday. */
  TUESDAY = 'TUESDAY',
  /** Wednesday. */
  WEDNESDAY = 'WEDNESDAY',
  /** Thursday. */
  THURSDAY = 'THURSDAY',
  /** Friday. */
  FRIDAY = 'FRIDAY',
  /** Saturday. */
  SATURDAY = 'SATURDAY',
}

/** A time of day on a 24-hour clock, in the hours of operation's time zone. */
export class TimeOfDay {
  /** 0:00: the start of the day, or as a range's end, midnight at the end of the day. */
  public static readonly MIDNIGHT = TimeOfDay.of(0, 0);

  /**
   * A time from its hour and minutes.
   * @param hours the hour, a whole number from 0 to 23
   * @param minutes the minutes, a whole number from 0 to 59 (default: 0)
   */
  public static of(hours: number, minutes?: number): TimeOfDay {
    const m = minutes ?? 0;
    const problems: string[] = [];
    if (!Token.isUnresolved(hours) && !isIntegerIn(hours, 0, 23)) {
      problems.push(`hours must be a whole number from 0 to 23 (midnight at the end of the day is 0), got ${JSON.stringify(hours)}`);
    }
    if (!Token.isUnresolved(m) && !isIntegerIn(m, 0, 59)) {
      problems.push(`minutes must be a whole number from 0 to 59, got ${JSON.stringify(m)}`);
    }
    if (problems.length > 0) {
      throw new Error(`time of day: ${problems.join('; ')}`);
    }
    return new TimeOfDay(hours, m);
  }

  /**
   * A time written `HH:MM` (or `H:MM`) on a 24-hour clock, such as `09:00` or `17:30`.
   * @param time the time, `00:00` to `23:59`
   */
  public static parse(time: string): TimeOfDay {
    const match = typeof time === 'string' && !Token.isUnresolved(time) ? TIME.exec(time) : null;
    if (!match) {
      throw new Error(`time of day must be HH:MM on a 24-hour clock, such as 09:00 or 17:30, known at synth time, got ${JSON.stringify(time)}`);
    }
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (hours > 23 || minutes > 59) {
      throw new Error(`time of day must be 00:00 to 23:59 (midnight at the end of the day is 00:00), got ${JSON.stringify(time)}`);
    }
    return new TimeOfDay(hours, minutes);
  }

  /** The hour, 0 to 23. */
  public readonly hours: number;

  /** The minutes, 0 to 59. */
  public readonly minutes: number;

  private constructor(hours: number, minutes: number) {
    this.hours = hours;
    this.minutes = minutes;
  }

  /** The time as `HH:MM`, such as `09:30`. */
  public toString(): string {
    if (Token.isUnresolved(this.hours) || Token.isUnresolved(this.minutes)) {
      return `${this.hours}:${this.minutes}`;
    }
    return `${String(this.hours).padStart(2, '0')}:${String(this.minutes).padStart(2, '0')}`;
  }
}

const TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * One range of a day during which the contact center is open; hours past midnight are two ranges, one on each day.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html#set-hours-operation-midnight
 */
export interface OpenHours {
  /** The day. */
  readonly day: DayOfWeek;

  /** When the contact center opens. */
  readonly start: TimeOfDay;

  /** When it closes (`TimeOfDay.MIDNIGHT` is midnight at the end of the day). */
  readonly end: TimeOfDay;
}

/** An hours of operation to create for an instance. */
export interface HoursOfOperationOptions {
  /**
   * The name (1 to 127 characters), shown in the admin website.
   * @default - a name unique in the app, built from the construct path
   */
  readonly hoursOfOperationName?: string;

  /**
   * A description (1 to 250 characters).
   * @default - none
   */
  readonly description?: string;

  /**
   * The IANA time zone of the hours, such as `America/New_York` (daylight saving is handled).
   * @default "UTC"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html#daylight-savings-time
   */
  readonly timeZone?: string;

  /**
   * When the contact center is open: up to 100 ranges, none overlapping in a day; a day without a range is closed.
   * @default - open around the clock, every day (`HoursOfOperation.always24x7()`)
   */
  readonly hours?: OpenHours[];
}

/** Every day, Sunday first as in the registry schema. */
const EVERY_DAY = Object.values(DayOfWeek);
const WEEKDAYS = [DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY];

/** Properties of an `HoursOfOperation`. */
export interface HoursOfOperationProps extends HoursOfOperationOptions {
  /** The instance the hours of operation belong to. */
  readonly instance: IConnectInstance;
}

/**
 * Hours of operation of an Amazon Connect instance: a time zone and the ranges of each day when it is open.
 * @resource AWS::Connect::HoursOfOperation
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html
 */
export class HoursOfOperation extends Resource implements IHoursOfOperation {
  /** Imports hours of operation by ARN, such as the **Basic Hours** every new instance has. */
  public static fromHoursOfOperationArn(scope: Construct, id: string, hoursOfOperationArn: string): IHoursOfOperation {
    checkInstanceResourceArn('hoursOfOperationArn', hoursOfOperationArn, 'operating-hours', 'Amazon Connect hours of operation');
    class Import extends Resource implements IHoursOfOperation {
      public readonly hoursOfOperationArn = hoursOfOperationArn;
      public readonly hoursOfOperationId = idFromInstanceResourceArn(hoursOfOperationArn);
    }
    return new Import(scope, id, { environmentFromArn: hoursOfOperationArn });
  }

  /** Open around the clock, every day, as the **Basic Hours** of a new instance. */
  public static always24x7(): OpenHours[] {
    return HoursOfOperation.daily(TimeOfDay.MIDNIGHT, TimeOfDay.MIDNIGHT);
  }

  /**
   * The same range on each of `days`.
   * @param start when the contact center opens
   * @param end when it closes (`TimeOfDay.MIDNIGHT` is midnight at the end of the day)
   * @param days the days it is open (default: every day)
   */
  public static daily(start: TimeOfDay, end: TimeOfDay, days?: DayOfWeek[]): OpenHours[] {
    return (days ?? EVERY_DAY).map((day) => ({ day, start, end }));
  }

  /**
   * The same range from Monday to Friday; closed on Saturday and Sunday.
   * @param start when the contact center opens
   * @param end when it closes (`TimeOfDay.MIDNIGHT` is midnight at the end of the day)
   */
  public static weekdays(start: TimeOfDay, end: TimeOfDay): OpenHours[] {
    return HoursOfOperation.daily(start, end, WEEKDAYS);
  }

  /**
   * The ARN of the hours of operation.
   * @attribute
   */
  public readonly hoursOfOperationArn: string;

  /**
   * The id of the hours of operation.
   * @attribute
   */
  public readonly hoursOfOperationId: string;

  constructor(scope: Construct, id: string, props: HoursOfOperationProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    // The registry schema's Name (1 to 127) and Description (1 to 250).
    v.checkString('hoursOfOperationName', props.hoursOfOperationName, { minLength: 1, maxLength: 127 });
    v.checkString('description', props.description, { minLength: 1, maxLength: 250 });
    checkTimeZone(v, props.timeZone);
    checkOpenHours(v, props.hours);
    v.throwIfAny(this, 'HoursOfOperation');

    const hours = props.hours ?? HoursOfOperation.always24x7();
    const resource = new CfnHoursOfOperation(this, 'Resource', {
      instanceArn: props.instance.instanceArn,
      name: props.hoursOfOperationName ?? defaultResourceName(this),
      description: props.description,
      timeZone: props.timeZone ?? 'UTC',
      config: hours.map((open) => ({
        day: open.day,
        startTime: { hours: open.start.hours, minutes: open.start.minutes ?? 0 },
        endTime: { hours: open.end.hours, minutes: open.end.minutes ?? 0 },
      })),
    });
    this.hoursOfOperationArn = resource.attrHoursOfOperationArn;
    this.hoursOfOperationId = idFromInstanceResourceArn(this.hoursOfOperationArn);
  }
}

/** The registry schema's `Config`: at most 100 ranges. */
const MAX_RANGES = 100;
const MINUTES_PER_DAY = 24 * 60;

/** A range of one day in minutes since midnight, its end after its start. */
interface Range {
  readonly index: number;
  readonly day: DayOfWeek;
  readonly start: number;
  readonly end: number;
}

/** Records the problems of the open hours: days, times, ranges ending after they start, no overlap in a day (touching is fine). */
function checkOpenHours(v: PropValidator, hours: OpenHours[] | undefined): void {
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
    v.fail(prop, open, 'must be an OpenHours with day, start and end');
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
    v.fail(prop, time, 'must be a TimeOfDay, such as TimeOfDay.of(9, 30)');
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
    v.fail(`${prop}.hours`, time.hours, 'must be a whole number from 0 to 23 (midnight at the end of the day is 0)');
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
