import { Notification, NotificationPriority, User } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Notifications: their text by language and their recipients (users, or the whole instance), as
 * a raw resource of its type (aws-cdk-lib 2.220.0 has no L1 for it), and the importer.
 */

describe('what is deployed', () => {
  test('a high-priority notice to two users, in two languages', () => {
    const { stack, instance } = importedInstance();
    const notice = instance.addNotification('Outage', {
      content: { enUs: 'The CRM is down until noon', frFr: 'Le CRM est indisponible jusqu\'à midi' },
      recipients: [User.fromUserArn(stack, 'Jane', arnOf('agent', 'jane')), User.fromUserArn(stack, 'Joe', arnOf('agent', 'joe'))],
      priority: NotificationPriority.HIGH,
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Notification', {
      InstanceArn: INSTANCE_ARN,
      Content: { EnUS: 'The CRM is down until noon', FrFR: 'Le CRM est indisponible jusqu\'à midi' },
      Recipients: [arnOf('agent', 'jane'), arnOf('agent', 'joe')],
      Priority: 'HIGH',
    });
    expect(stack.resolve(notice.notificationArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterOutage/), 'Arn'] });
    expect(stack.resolve(notice.notificationId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterOutage/), 'Id'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('every user of the instance unless told: the instance is the recipient', () => {
    const { stack, instance } = importedInstance();
    new Notification(stack, 'Notice', { instance, content: { zhTw: '你好' } });
    templateOf(stack).hasResourceProperties('AWS::Connect::Notification', { Content: { ZhTW: '你好' }, Recipients: [INSTANCE_ARN] });
  });
});

describe('checks', () => {
  test('no text, text too long, an unknown language, a user of another instance, an unknown priority', () => {
    const { stack, instance } = importedInstance();
    const other = 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555/agent/u-1';
    expect(errorOf(() => new Notification(stack, 'Empty', { instance, content: {} }))).toContain('  - content must have the text in one language at least, got {}');
    const message = errorOf(() => new Notification(stack, 'Notice', {
      instance,
      content: { enUs: 'x'.repeat(251), nlNl: 'Hallo' } as any,
      recipients: [User.fromUserArn(stack, 'Other', other)],
      priority: 'URGENT' as any,
    }));
    expect(message).toContain('  - content.enUs must be 0 to 250 characters long (length 251)');
    expect(message).toContain('  - content.nlNl is not a language of notifications, which are enUs, deDe, esEs, frFr, idId, itIt, jaJp, koKr, ptBr, zhCn, zhTw, got "Hallo"');
    expect(message).toContain(`  - recipients[0] must be a user of the instance ${INSTANCE_ARN}`);
    expect(message).toContain('  - priority must be one of HIGH, LOW, got "URGENT"');
    expect(errorOf(() => new Notification(stack, 'NoOne', { instance, content: { enUs: 'x' }, recipients: [] }))).toContain('  - recipients must have 1 to 200 items, got "0 items"');
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const notice = Notification.fromNotificationArn(stack, 'Imported', arnOf('notification', 'n-1'));
    expect([notice.notificationArn, notice.notificationId]).toEqual([arnOf('notification', 'n-1'), 'n-1']);
    expect(errorOf(() => Notification.fromNotificationArn(stack, 'Bad', arnOf('rule', 'r')))).toMatch(/^notificationArn must be the ARN of an Amazon Connect notification/);
  });
});
