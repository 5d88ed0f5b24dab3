import { Lazy, Token } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as fc from 'fast-check';
import { DayOfWeek, HoursOfOperation, HoursOfOperationOptions, OpenHours, TimeOfDay } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';
import { isTimeZoneName } from '../src/private/hours-of-operation/checks';

/**
 * Hours of operation: time zone, open ranges per day, the midnight rule,
 * overlap and bound checks, the helpers and the importer.
 */

const ALL_DAY = { StartTime: { Hours: 0, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 } };

function build(options: HoursOfOperationOptions) {
  const { stack, instance } = importedInstance();
  const hours = new HoursOfOperation(stack, 'Hours', { instance, ...options });
  return { stack, hours };
}

function problems(options: HoursOfOperationOptions): string {
  return errorOf(() => build(options));
}

describe('what is deployed', () => {
  test('by default: open around the clock every day, in UTC, with a generated name', () => {
    const { stack } = build({});
    templateOf(stack).hasResourceProperties('AWS::Connect::HoursOfOperation', {
      InstanceArn: INSTANCE_ARN,
      Name: Match.stringLikeRegexp('^TestStackHours[0-9A-F]{8}$'),
      TimeZone: 'UTC',
      Description: Match.absent(),
      Config: Object.values(DayOfWeek).map((Day) => ({ Day, ...ALL_DAY })),
    });
  });

  test('weekdays and a Saturday with a lunch break, in a time zone, with a name and a description', () => {
    const { stack } = build({
      hoursOfOperationName: 'Support hours',
      description: 'Support desk, New York',
      timeZone: 'America/New_York',
      hours: [
        ...HoursOfOperation.weekdays(TimeOfDay.of(9), TimeOfDay.of(17, 30)),
        { day: DayOfWeek.SATURDAY, start: TimeOfDay.of(8), end: TimeOfDay.of(12) },
        { day: DayOfWeek.SATURDAY, start: TimeOfDay.of(12), end: TimeOfDay.of(0) },
      ],
    });
    const weekday = { StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 30 } };
    templateOf(stack).hasResourceProperties('AWS::Connect::HoursOfOperation', {
      Name: 'Support hours',
      Description: 'Support desk, New York',
      TimeZone: 'America/New_York',
      Config: [
        { Day: 'MONDAY', ...weekday },
        { Day: 'TUESDAY', ...weekday },
        { Day: 'WEDNESDAY', ...weekday },
        { Day: 'THURSDAY', ...weekday },
        { Day: 'FRIDAY', ...weekday },
        { Day: 'SATURDAY', StartTime: { Hours: 8, Minutes: 0 }, EndTime: { Hours: 12, Minutes: 0 } },
        { Day: 'SATURDAY', StartTime: { Hours: 12, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 } },
      ],
    });
  });

  test('a schedule with no range (always closed) is sent as such', () => {
    const { stack } = build({ hours: [] });
    templateOf(stack).hasResourceProperties('AWS::Connect::HoursOfOperation', { Config: [] });
  });

  test('exposes the ARN and the id from the ARN', () => {
    const { stack, hours } = build({});
    expect(stack.resolve(hours.hoursOfOperationArn)).toEqual({ 'Fn::GetAtt': ['Hours4B9280E2', 'HoursOfOperationArn'] });
    expect(stack.resolve(hours.hoursOfOperationId)).toEqual({
      'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': ['Hours4B9280E2', 'HoursOfOperationArn'] }] }],
    });
  });

  test('snapshot: business hours', () => {
    const { stack } = build({
      hoursOfOperationName: 'Business hours',
      timeZone: 'Europe/London',
      hours: HoursOfOperation.weekdays(TimeOfDay.of(8), TimeOfDay.of(18)),
    });
    expect(templateOf(stack).toJSON()).toMatchSnapshot();
  });
});

describe('helpers', () => {
  test('always24x7 is 0:00 to midnight on each of the seven days', () => {
    expect(HoursOfOperation.always24x7()).toEqual(Object.values(DayOfWeek).map((day) => ({
      day, start: TimeOfDay.of(0, 0), end: TimeOfDay.of(0, 0),
    })));
  });

  test('daily takes the days it is open', () => {
    expect(HoursOfOperation.daily(TimeOfDay.of(10), TimeOfDay.of(14), [DayOfWeek.SUNDAY])).toEqual([
      { day: DayOfWeek.SUNDAY, start: TimeOfDay.of(10), end: TimeOfDay.of(14) },
    ]);
  });

  test('weekdays is Monday to Friday', () => {
    expect(HoursOfOperation.weekdays(TimeOfDay.of(9), TimeOfDay.of(17)).map((h) => h.day))
      .toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
  });
});

describe('TimeOfDay', () => {
  test('of takes the hour and minutes, minutes 0 by default', () => {
    expect([TimeOfDay.of(9).hours, TimeOfDay.of(9).minutes]).toEqual([9, 0]);
    expect([TimeOfDay.of(17, 30).hours, TimeOfDay.of(17, 30).minutes]).toEqual([17, 30]);
    expect(TimeOfDay.of(7, 5).toString()).toBe('07:05');
    expect(TimeOfDay.MIDNIGHT.toString()).toBe('00:00');
  });

  test('parse reads HH:MM and H:MM on a 24-hour clock', () => {
    expect(TimeOfDay.parse('09:00')).toEqual(TimeOfDay.of(9));
    expect(TimeOfDay.parse('9:00')).toEqual(TimeOfDay.of(9));
    expect(TimeOfDay.parse('23:59')).toEqual(TimeOfDay.of(23, 59));
    expect(TimeOfDay.parse('00:00')).toEqual(TimeOfDay.MIDNIGHT);
  });

  test('of rejects times out of the schema bounds, naming the part and the value', () => {
    expect(errorOf(() => TimeOfDay.of(24))).toBe('time of day: hours must be a whole number from 0 to 23 (midnight at the end of the day is 0), got 24');
    expect(errorOf(() => TimeOfDay.of(8.5))).toContain('hours must be a whole number from 0 to 23 (midnight at the end of the day is 0), got 8.5');
    expect(errorOf(() => TimeOfDay.of(-1, 60))).toBe('time of day: hours must be a whole number from 0 to 23 (midnight at the end of the day is 0), got -1; '
      + 'minutes must be a whole number from 0 to 59, got 60');
  });

  test('parse rejects what is not a time, showing it', () => {
    for (const bad of ['9am', '09:5', '0900', '', '09:00:00']) {
      expect(errorOf(() => TimeOfDay.parse(bad))).toBe(`time of day must be HH:MM on a 24-hour clock, such as 09:00 or 17:30, known at synth time, got ${JSON.stringify(bad)}`);
    }
    expect(errorOf(() => TimeOfDay.parse('24:00'))).toBe('time of day must be 00:00 to 23:59 (midnight at the end of the day is 00:00), got "24:00"');
    expect(errorOf(() => TimeOfDay.parse('12:60'))).toContain('got "12:60"');
    expect(errorOf(() => TimeOfDay.parse(Lazy.string({ produce: () => '09:00' })))).toMatch(/known at synth time, got "\$\{Token\[/);
  });

  test('hours known only at deploy time are not checked by of', () => {
    const later = Token.asNumber(Lazy.number({ produce: () => 10 }));
    expect(TimeOfDay.of(later).hours).toBe(later);
  });
});

describe('time zones', () => {
  test.each(['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Kyiv', 'America/Port-au-Prince', 'Etc/GMT+5', 'EST5EDT', 'US/Eastern'])(
    'takes the IANA name %s', (timeZone) => {
      const { stack } = build({ timeZone });
      templateOf(stack).hasResourceProperties('AWS::Connect::HoursOfOperation', { TimeZone: timeZone });
    });

  test.each(['Mars/Olympus_Mons', 'america/new_york', 'utc', '+05:00', 'GMT+5', ''])('rejects %j', (timeZone) => {
    expect(problems({ timeZone })).toContain(
      `  - timeZone must be an IANA time zone name, such as "America/New_York", "Europe/London" or "UTC", got ${JSON.stringify(timeZone)}`);
  });

  test('a canonical name needs no date formatter, a link still gets one', () => {
    // Building an Intl.DateTimeFormat loads ICU's date patterns: the most
    // expensive step of a stack's synth that the template does not need.
    const formatter = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(isTimeZoneName('America/New_York')).toBe(true);
      expect(formatter).not.toHaveBeenCalled();
      expect(isTimeZoneName('Asia/Kolkata')).toBe(true);
      expect(isTimeZoneName('Mars/Olympus_Mons')).toBe(false);
      expect(formatter).toHaveBeenCalledTimes(2);
    } finally {
      formatter.mockRestore();
    }
  });

  test('takes every name the runtime lists that the date formatter takes, spelt as listed', () => {
    const listed = Intl.supportedValuesOf('timeZone');
    expect(listed.length).toBeGreaterThan(300);
    const formatterTakes = (name: string) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
      } catch {
        return false;
      }
    };
    expect(listed.filter((name) => isTimeZoneName(name) !== (/^[A-Z]/.test(name) && formatterTakes(name)))).toEqual([]);
  });

  test('takes a time zone known only at deploy time', () => {
    const { stack } = build({ timeZone: Lazy.string({ produce: () => 'Europe/Paris' }) });
    templateOf(stack).hasResourceProperties('AWS::Connect::HoursOfOperation', { TimeZone: 'Europe/Paris' });
  });
});

describe('open hours', () => {
  const monday = (start: [number, number], end: [number, number]): OpenHours => ({
    day: DayOfWeek.MONDAY, start: TimeOfDay.of(start[0], start[1]), end: TimeOfDay.of(end[0], end[1]),
  });

  test('overlapping ranges of a day fail, naming the prop, the day and both ranges', () => {
    expect(problems({ hours: [monday([9, 0], [12, 0]), monday([18, 0], [19, 0]), monday([11, 30], [17, 0])] }))
      .toBe("HoursOfOperation at 'TestStack/Hours' has 1 invalid prop:\n"
        + '  - hours[2] (MONDAY 11:30 to 17:00) overlaps hours[0] (MONDAY 09:00 to 12:00)');
  });

  test('the same range twice overlaps itself', () => {
    expect(problems({ hours: [monday([9, 0], [17, 0]), monday([9, 0], [17, 0])] }))
      .toContain('  - hours[1] (MONDAY 09:00 to 17:00) overlaps hours[0] (MONDAY 09:00 to 17:00)');
  });

  test('a range ending at midnight overlaps a later one of the same day', () => {
    expect(problems({ hours: [monday([20, 0], [0, 0]), monday([22, 0], [23, 0])] }))
      .toContain('  - hours[1] (MONDAY 22:00 to 23:00) overlaps hours[0] (MONDAY 20:00 to 00:00)');
  });

  test('ranges of different days never overlap, and touching ranges do not', () => {
    const { stack } = build({
      hours: [
        monday([22, 0], [0, 0]),
        { day: DayOfWeek.TUESDAY, start: TimeOfDay.of(0), end: TimeOfDay.of(2) },
        monday([9, 0], [12, 0]),
        monday([12, 0], [17, 0]),
      ],
    });
    templateOf(stack).resourceCountIs('AWS::Connect::HoursOfOperation', 1);
  });

  test('a range running past midnight fails, saying how to write it', () => {
    expect(problems({ hours: [monday([22, 0], [2, 0])] })).toContain(
      '  - hours[0] (MONDAY 22:00 to 02:00) must end after it starts: hours that run past midnight are two ranges, '
      + 'such as MONDAY 22:00 to 00:00 and TUESDAY 00:00 to 02:00');
  });

  test('an empty range fails', () => {
    expect(problems({ hours: [monday([9, 0], [9, 0])] })).toContain('  - hours[0] (MONDAY 09:00 to 09:00) must end after it starts');
  });

  test('times out of the schema bounds fail, each named (untyped JavaScript, without TimeOfDay)', () => {
    const at = (hours: number, minutes?: number) => ({ hours, minutes }) as unknown as TimeOfDay;
    const message = problems({
      hours: [
        { day: DayOfWeek.MONDAY, start: at(9), end: at(24) },
        { day: DayOfWeek.TUESDAY, start: at(9, 60), end: at(17) },
        { day: DayOfWeek.WEDNESDAY, start: at(8.5), end: at(17) },
        { day: DayOfWeek.THURSDAY, start: at(-1), end: at(17, -5) },
      ],
    });
    expect(message).toContain('5 invalid props');
    expect(message).toContain('  - hours[0].end.hours must be a whole number from 0 to 23 (midnight at the end of the day is 0), got 24');
    expect(message).toContain('  - hours[1].start.minutes must be a whole number from 0 to 59, got 60');
    expect(message).toContain('  - hours[2].start.hours must be a whole number from 0 to 23 (midnight at the end of the day is 0), got 8.5');
    expect(message).toContain('  - hours[3].start.hours must be a whole number from 0 to 23 (midnight at the end of the day is 0), got -1');
    expect(message).toContain('  - hours[3].end.minutes must be a whole number from 0 to 59, got -5');
  });

  test('a day that is not a day, or missing parts, fail (untyped JavaScript)', () => {
    const message = problems({
      hours: [
        { day: 'MON' as DayOfWeek, start: TimeOfDay.of(9), end: TimeOfDay.of(17) },
        { day: DayOfWeek.MONDAY } as OpenHours,
        { start: { minutes: 5 }, end: { hours: 17 } } as any,
      ],
    });
    expect(message).toContain('  - hours[0].day must be one of SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, got "MON"');
    expect(message).toContain('  - hours[1].start is required, got undefined');
    expect(message).toContain('  - hours[1].end is required, got undefined');
    expect(message).toContain('  - hours[2].day is required, got undefined');
    expect(message).toContain('  - hours[2].start.hours is required, got undefined');
  });

  test('more than 100 ranges fail', () => {
    const hours = Array.from({ length: 101 }, (_, i): OpenHours => ({
      day: Object.values(DayOfWeek)[i % 7], start: TimeOfDay.of(Math.floor(i / 7), 0), end: TimeOfDay.of(Math.floor(i / 7), 30),
    }));
    expect(problems({ hours })).toContain('  - hours must have at most 100 ranges, got "101 ranges"');
  });

  test('times known only at deploy time are not checked', () => {
    const later = Token.asNumber(Lazy.number({ produce: () => 10 }));
    const { stack } = build({ hours: [monday([9, 0], [17, 0]), { day: DayOfWeek.MONDAY, start: TimeOfDay.of(later), end: TimeOfDay.of(12) }] });
    templateOf(stack).hasResourceProperties('AWS::Connect::HoursOfOperation', {
      Config: Match.arrayWith([{ Day: 'MONDAY', StartTime: { Hours: 10, Minutes: 0 }, EndTime: { Hours: 12, Minutes: 0 } }]),
    });
  });
});

describe('other props', () => {
  test('name and description lengths of the registry schema', () => {
    const message = problems({ hoursOfOperationName: 'x'.repeat(128), description: '' });
    expect(message).toContain('  - hoursOfOperationName must be 1 to 127 characters long (length 128)');
    expect(message).toContain('  - description must be 1 to 250 characters long (length 0), got ""');
  });

  test('every problem is reported at once', () => {
    const message = problems({ timeZone: 'Nowhere', description: 'x'.repeat(251), hours: [{ day: DayOfWeek.FRIDAY, start: TimeOfDay.of(18), end: TimeOfDay.of(9) }] });
    expect(message).toContain('3 invalid props');
  });

  test('a missing instance fails (untyped JavaScript)', () => {
    const { stack } = importedInstance();
    expect(errorOf(() => new HoursOfOperation(stack, 'Hours', {} as any))).toContain('  - instance is required, got undefined');
  });
});

describe('importing', () => {
  const ARN = arnOf('operating-hours', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');

  test('by ARN, with its id and environment', () => {
    const { stack } = importedInstance();
    const hours = HoursOfOperation.fromHoursOfOperationArn(stack, 'Basic', ARN);
    expect(hours.hoursOfOperationArn).toBe(ARN);
    expect(hours.hoursOfOperationId).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect(hours.env).toEqual({ account: '123456789012', region: 'us-east-1' });
  });

  test('by an ARN known only at deploy time', () => {
    const { stack } = importedInstance();
    const arn = Lazy.string({ produce: () => ARN });
    const hours = HoursOfOperation.fromHoursOfOperationArn(stack, 'Basic', arn);
    expect(stack.resolve(hours.hoursOfOperationId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', ARN] }] });
  });

  test.each([
    ['a queue ARN', arnOf('queue', 'q')],
    ['an instance ARN', INSTANCE_ARN],
    ['an id', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'],
  ])('rejects %s', (_, arn) => {
    const { stack } = importedInstance();
    expect(errorOf(() => HoursOfOperation.fromHoursOfOperationArn(stack, 'Basic', arn))).toBe(
      'hoursOfOperationArn must be the ARN of Amazon Connect hours of operation '
      + `(arn:<partition>:connect:<region>:<account>:instance/<instance id>/operating-hours/<id>), got ${JSON.stringify(arn)}`);
  });
});

describe('property: overlaps and order are judged as minute sets would judge them', () => {
  const DAYS = [DayOfWeek.MONDAY, DayOfWeek.TUESDAY];
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => TimeOfDay.of(h, m));
  const range = fc.record({ day: fc.constantFrom(...DAYS), start: time, end: time });

  /** The reference: each range a set of minutes; valid when every range is non-empty and no minute is in two ranges of a day. */
  function expectedValid(hours: OpenHours[]): boolean {
    const used = new Map<DayOfWeek, Set<number>>(DAYS.map((d) => [d, new Set<number>()]));
    for (const h of hours) {
      const start = h.start.hours * 60 + h.start.minutes;
      const endRaw = h.end.hours * 60 + h.end.minutes;
      const end = endRaw === 0 ? 1440 : endRaw;
      if (end <= start) {
        return false;
      }
      for (let m = start; m < end; m++) {
        if (used.get(h.day)!.has(m)) {
          return false;
        }
        used.get(h.day)!.add(m);
      }
    }
    return true;
  }

  test('accepted exactly when the reference accepts, and an error names only range problems', () => {
    fc.assert(fc.property(fc.array(range, { maxLength: 5 }), (hours) => {
      let error: string | undefined;
      try {
        build({ hours });
      } catch (e) {
        error = (e as Error).message;
      }
      expect(error === undefined).toBe(expectedValid(hours));
      if (error !== undefined) {
        for (const line of error.split('\n').slice(1)) {
          expect(line).toMatch(/^ {2}- hours\[\d+\] \((MONDAY|TUESDAY) \d\d:\d\d to \d\d:\d\d\) (overlaps hours\[\d+\]|must end after it starts)/);
        }
      }
    }), { seed: 20251125, numRuns: 150 });
  });
});
