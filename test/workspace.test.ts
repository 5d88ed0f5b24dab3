import { RoutingProfile, User, Workspace, WorkspaceFont, WorkspaceLogoType, WorkspaceVisibility } from '../src';
import { arnOf, importedInstance, INSTANCE_ARN } from './helpers/instance';
import { errorOf, templateOf } from './helpers/stack';

/**
 * Workspaces: theme, logos, pages and the users and routing profiles they are assigned to, as a
 * raw resource of its type (aws-cdk-lib 2.220.0 has no L1 for it), and the importer.
 */

const VIEW_ARN = arnOf('view', 'v-1');
const LOGO = 'data:image/svg+xml;base64,PHN2Zy8+';

describe('what is deployed', () => {
  test('a themed workspace with a page and logo, for a user and a routing profile', () => {
    const { stack, instance } = importedInstance();
    const workspace = instance.addWorkspace('Support', {
      workspaceName: 'Support',
      title: 'Acme Support',
      description: 'For the support team',
      visibility: WorkspaceVisibility.ALL,
      users: [User.fromUserArn(stack, 'Jane', arnOf('agent', 'jane'))],
      routingProfiles: [RoutingProfile.fromRoutingProfileArn(stack, 'Agents', arnOf('routing-profile', 'rp-1'))],
      lightTheme: { headerBackground: '#0a2540', headerText: '#ffffff', primary: '#635bff', font: WorkspaceFont.VERDANA },
      darkTheme: { pageBackground: '#000000' },
      logos: [{ type: WorkspaceLogoType.LIGHT_HORIZONTAL, source: LOGO }],
      pages: [{ page: 'HOME', viewArn: VIEW_ARN, slug: 'home', inputData: '{"greeting":"hi"}' }],
    });
    const template = templateOf(stack);
    template.hasResourceProperties('AWS::Connect::Workspace', {
      InstanceArn: INSTANCE_ARN,
      Name: 'Support',
      Title: 'Acme Support',
      Description: 'For the support team',
      Visibility: 'ALL',
      Associations: [arnOf('agent', 'jane'), arnOf('routing-profile', 'rp-1')],
      Theme: {
        Light: {
          Palette: { Header: { Background: '#0a2540', Text: '#ffffff' }, Primary: { Default: '#635bff' } },
          Typography: { FontFamily: { Default: 'VERDANA' } },
        },
        Dark: { Palette: { Canvas: { PageBackground: '#000000' } } },
      },
      Media: [{ Type: 'IMAGE_LOGO_LIGHT_HORIZONTAL', Source: LOGO }],
      Pages: [{ Page: 'HOME', ResourceArn: VIEW_ARN, Slug: 'home', InputData: '{"greeting":"hi"}' }],
    });
    expect(stack.resolve(workspace.workspaceArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ContactCenterSupport/), 'Arn'] });
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('nothing but a generated name, assigned', () => {
    const { stack, instance } = importedInstance();
    new Workspace(stack, 'Workspace', { instance });
    expect(Object.values(templateOf(stack).findResources('AWS::Connect::Workspace'))[0].Properties).toEqual({
      InstanceArn: INSTANCE_ARN, Name: expect.stringMatching(/^TestStackWorkspace[0-9A-F]{8}$/), Visibility: 'ASSIGNED',
    });
  });
});

describe('checks', () => {
  test('every problem at once: names, theme colors, logos, pages, users', () => {
    const { stack, instance } = importedInstance();
    const message = errorOf(() => new Workspace(stack, 'Workspace', {
      instance,
      workspaceName: '',
      description: 'x'.repeat(251),
      users: [arnOf('agent', 'jane') as any],
      lightTheme: { headerBackground: '', font: 'COMIC_SANS' as any },
      logos: [{ type: WorkspaceLogoType.DARK_FAVICON, source: LOGO }, { type: WorkspaceLogoType.DARK_FAVICON, source: '' }],
      pages: [{ page: 'HOME', viewArn: 'v-1', slug: 'x', inputData: 'not json' }, { page: 'HOME', viewArn: VIEW_ARN }],
    }));
    expect(message).toContain('  - workspaceName must be 1 to 127 characters long (length 0), got ""');
    expect(message).toContain('  - description must be 0 to 250 characters long (length 251)');
    expect(message).toContain('  - users[0] must be a user (IUser), got');
    expect(message).toContain('  - lightTheme.headerBackground must be 1 to 127 characters long (length 0), got ""');
    expect(message).toContain('  - lightTheme.font must be one of ARIAL, COURIER_NEW, GEORGIA, TIMES_NEW_ROMAN, TREBUCHET, VERDANA, got "COMIC_SANS"');
    expect(message).toContain('  - logos[1].source must be 1 to 533333 characters long (length 0), got ""');
    expect(message).toContain('  - logos[].type must be unique: one logo of each type, got "IMAGE_LOGO_DARK_FAVICON"');
    expect(message).toContain('  - pages[0].viewArn must be the ARN of a view, got "v-1"');
    expect(message).toContain('  - pages[0].slug must be 3 or more letters, digits, spaces and -_.:=@\'|, got "x"');
    expect(message).toContain('  - pages[0].inputData must be JSON, got "not json"');
    expect(message).toContain('  - pages[].page must be unique in the workspace, got "HOME"');
  });

  test('a routing profile of another instance throws', () => {
    const { stack, instance } = importedInstance();
    const other = RoutingProfile.fromRoutingProfileArn(stack, 'Other', 'arn:aws:connect:us-east-1:123456789012:instance/99999999-2222-3333-4444-555555555555/routing-profile/rp');
    expect(errorOf(() => new Workspace(stack, 'Workspace', { instance, routingProfiles: [other] }))).toMatch(/belongs to the instance .* not to the instance at 'TestStack\/ContactCenter'/);
  });
});

describe('importing', () => {
  test('by ARN', () => {
    const { stack } = importedInstance();
    const workspace = Workspace.fromWorkspaceArn(stack, 'Imported', arnOf('workspace', 'w-1'));
    expect([workspace.workspaceArn, workspace.workspaceId]).toEqual([arnOf('workspace', 'w-1'), 'w-1']);
    expect(errorOf(() => Workspace.fromWorkspaceArn(stack, 'Bad', VIEW_ARN))).toMatch(/^workspaceArn must be the ARN of an Amazon Connect workspace/);
  });
});
