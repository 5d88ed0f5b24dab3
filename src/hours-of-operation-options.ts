import { IResource } from 'aws-cdk-lib';

/**
 * An hours of operation of an Amazon Connect instance: when its queues take
 * contacts, and what a flow's **Check hours of operation** block checks.
 */
export interface IHoursOfOperation extends IResource {
  /**
   * The ARN of the hours of operation.
   *
   * @attribute
   */
  readonly hoursOfOperationArn: string;

  /**
   * The id of the hours of operation (the last part of its ARN).
   *
   * @attribute
   */
  readonly hoursOfOperationId: string;
}

/**
 * A day of the week (the registry schema's `Day` values).
 */
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

/**
 * A time of day on a 24-hour clock, in the hours of operation's time zone.
 */
export interface TimeOfDay {
  /**
   * The hour, 0 to 23.
   */
  readonly hours: number;

  /**
   * The minutes, 0 to 59.
   *
   * @default 0
   */
  readonly minutes?: number;
}

/**
 * One range of a day during which the contact center is open.
 *
 * Midnight at the end of the day is written `{ hours: 0 }` as `end`, as in
 * the admin website ("to specify midnight, enter 12:00AM"): `start` 0:00 and
 * `end` 0:00 is the whole day. A range ends after it starts on the same day;
 * hours that run past midnight are two ranges, one on each day.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html#set-hours-operation-midnight
 */
export interface OpenHours {
  /** The day. */
  readonly day: DayOfWeek;

  /** When the contact center opens. */
  readonly start: TimeOfDay;

  /** When it closes (`{ hours: 0 }` is midnight at the end of the day). */
  readonly end: TimeOfDay;
}

/**
 * An hours of operation to create for an instance (the wizard's "next
 * steps": "set hours").
 */
export interface HoursOfOperationOptions {
  /**
   * The name (1 to 127 characters), shown in the admin website.
   *
   * @default - a name unique in the app, built from the construct path
   */
  readonly hoursOfOperationName?: string;

  /**
   * A description (1 to 250 characters).
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * The IANA time zone the hours are in, such as `America/New_York`,
   * `Europe/London` or `UTC`. Amazon Connect adjusts for daylight saving
   * time by itself.
   *
   * @default "UTC"
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html#daylight-savings-time
   */
  readonly timeZone?: string;

  /**
   * When the contact center is open: one or more ranges per day, up to 100
   * in all, none overlapping another of the same day. A day without a range
   * is closed. `HoursOfOperation.always24x7()`, `HoursOfOperation.daily()`
   * and `HoursOfOperation.weekdays()` build the usual schedules.
   *
   * @default - open around the clock, every day (`HoursOfOperation.always24x7()`)
   */
  readonly hours?: OpenHours[];
}
