import { Resource } from 'aws-cdk-lib';
import { CfnHoursOfOperation } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import { DayOfWeek, HoursOfOperationOptions, IHoursOfOperation, OpenHours, TimeOfDay } from './hours-of-operation-options';
import type { IConnectInstance } from './instance';
import { checkOpenHours, checkTimeZone } from './private/hours-of-operation/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';

/** Every day, Sunday first as in the registry schema. */
const EVERY_DAY = Object.values(DayOfWeek);
const WEEKDAYS = [DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY];
const MIDNIGHT: TimeOfDay = { hours: 0, minutes: 0 };

/**
 * Properties of an `HoursOfOperation`.
 */
export interface HoursOfOperationProps extends HoursOfOperationOptions {
  /** The instance the hours of operation belong to. */
  readonly instance: IConnectInstance;
}

/**
 * Hours of operation of an Amazon Connect instance
 * (`AWS::Connect::HoursOfOperation`): a time zone and the ranges of each
 * day when the contact center is open. Queues take contacts during these
 * hours; flows check them with **Check hours of operation**.
 *
 * @resource AWS::Connect::HoursOfOperation
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/set-hours-operation.html
 */
export class HoursOfOperation extends Resource implements IHoursOfOperation {
  /**
   * Imports hours of operation by ARN
   * (`arn:<partition>:connect:<region>:<account>:instance/<instance id>/operating-hours/<id>`),
   * such as the **Basic Hours** every new instance has.
   */
  public static fromHoursOfOperationArn(scope: Construct, id: string, hoursOfOperationArn: string): IHoursOfOperation {
    checkInstanceResourceArn('hoursOfOperationArn', hoursOfOperationArn, 'operating-hours', 'Amazon Connect hours of operation');
    class Import extends Resource implements IHoursOfOperation {
      public readonly hoursOfOperationArn = hoursOfOperationArn;
      public readonly hoursOfOperationId = idFromInstanceResourceArn(hoursOfOperationArn);
    }
    return new Import(scope, id, { environmentFromArn: hoursOfOperationArn });
  }

  /**
   * Open around the clock, every day: 0:00 to midnight on each of the seven
   * days, as the **Basic Hours** of a new instance.
   */
  public static always24x7(): OpenHours[] {
    return HoursOfOperation.daily(MIDNIGHT, MIDNIGHT);
  }

  /**
   * The same range on each of `days`.
   *
   * @param start when the contact center opens
   * @param end when it closes (`{ hours: 0 }` is midnight at the end of the day)
   * @param days the days it is open (default: every day)
   */
  public static daily(start: TimeOfDay, end: TimeOfDay, days?: DayOfWeek[]): OpenHours[] {
    return (days ?? EVERY_DAY).map((day) => ({ day, start, end }));
  }

  /**
   * The same range from Monday to Friday; closed on Saturday and Sunday.
   *
   * @param start when the contact center opens
   * @param end when it closes (`{ hours: 0 }` is midnight at the end of the day)
   */
  public static weekdays(start: TimeOfDay, end: TimeOfDay): OpenHours[] {
    return HoursOfOperation.daily(start, end, WEEKDAYS);
  }

  /**
   * The ARN of the hours of operation.
   *
   * @attribute
   */
  public readonly hoursOfOperationArn: string;

  /**
   * The id of the hours of operation.
   *
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
