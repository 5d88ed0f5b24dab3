import { CfnResource, IResource, Resource, Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkEnum, checkInInstance, checkList, checkReference, checkRequiredString, checkUnique } from './private/resources/checks';
import { checkInstanceResourceArn, idFromInstanceResourceArn } from './private/resources/connect-arn';
import { defaultResourceName } from './private/resources/names';
import { PropValidator } from './private/validation';
import type { IRoutingProfile } from './routing-profile';
import type { IUser } from './user';

/** A workspace of an Amazon Connect instance: the agent workspace's pages, theme and logos for its users. */
export interface IWorkspace extends IResource {
  /** The ARN of the workspace. @attribute */
  readonly workspaceArn: string;

  /** The id of the workspace. @attribute */
  readonly workspaceId: string;
}

/** Who sees a workspace. */
export enum WorkspaceVisibility {
  /** Every user of the instance. */
  ALL = 'ALL',
  /** The users and routing profiles it is assigned to. */
  ASSIGNED = 'ASSIGNED',
  /** Nobody. */
  NONE = 'NONE',
}

/** A font of a workspace's theme (the registry schema's `WorkspaceFontFamily`). */
export enum WorkspaceFont {
  /** Arial. */
  ARIAL = 'ARIAL',
  /** Courier New. */
  COURIER_NEW = 'COURIER_NEW',
  /** Georgia. */
  GEORGIA = 'GEORGIA',
  /** Times New Roman. */
  TIMES_NEW_ROMAN = 'TIMES_NEW_ROMAN',
  /** Trebuchet. */
  TREBUCHET = 'TREBUCHET',
  /** Verdana. */
  VERDANA = 'VERDANA',
}

/** Where a workspace's logo is shown (the registry schema's `MediaType`). */
export enum WorkspaceLogoType {
  /** The favicon in light mode. */
  LIGHT_FAVICON = 'IMAGE_LOGO_LIGHT_FAVICON',
  /** The favicon in dark mode. */
  DARK_FAVICON = 'IMAGE_LOGO_DARK_FAVICON',
  /** The header logo in light mode. */
  LIGHT_HORIZONTAL = 'IMAGE_LOGO_LIGHT_HORIZONTAL',
  /** The header logo in dark mode. */
  DARK_HORIZONTAL = 'IMAGE_LOGO_DARK_HORIZONTAL',
}

/** A logo of a workspace. */
export interface WorkspaceLogo {
  /** Where it is shown; a workspace has one logo of each type at most. */
  readonly type: WorkspaceLogoType;

  /** The image, such as a `data:image/svg+xml;base64,…` URI (at most 533,333 characters). */
  readonly source: string;
}

/**
 * The colors (CSS colors, such as `#0a2540`, each 1 to 127 characters) and font of a workspace in
 * light or dark mode.
 */
export interface WorkspaceTheme {
  /** The header's background. @default - Amazon Connect's */
  readonly headerBackground?: string;

  /** The header's text. @default - Amazon Connect's */
  readonly headerText?: string;

  /** The navigation bar's background. @default - Amazon Connect's */
  readonly navigationBackground?: string;

  /** The navigation bar's text. @default - Amazon Connect's */
  readonly navigationText?: string;

  /** The page's background. @default - Amazon Connect's */
  readonly pageBackground?: string;

  /** The background of containers on the page. @default - Amazon Connect's */
  readonly containerBackground?: string;

  /** The primary color, of buttons and links. @default - Amazon Connect's */
  readonly primary?: string;

  /** The text on the primary color. @default - Amazon Connect's */
  readonly primaryContrastText?: string;

  /** The font. @default - Amazon Connect's */
  readonly font?: WorkspaceFont;
}

/** A page of a workspace, showing a view. */
export interface WorkspacePage {
  /** The page's identifier (1 to 25 characters), such as `HOME` or `AGENT_EXPERIENCE`. */
  readonly page: string;

  /** The ARN of the view the page shows. */
  readonly viewArn: string;

  /** The page's part of the URL (3 to 63 letters, digits, spaces and `-_.:=@'|`). @default - none */
  readonly slug?: string;

  /** Input of the view, as JSON (at most 4,096 characters). @default - none */
  readonly inputData?: string;
}

/**
 * A workspace to create for an instance.
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/agent-workspace.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateWorkspace.html
 */
export interface WorkspaceOptions {
  /** The name (1 to 127 characters), unique in the instance. @default - a name unique in the app, built from the construct path */
  readonly workspaceName?: string;

  /** The title shown (at most 127 characters). @default - none */
  readonly title?: string;

  /** A description (at most 250 characters). @default - none */
  readonly description?: string;

  /** Who sees the workspace. @default WorkspaceVisibility.ASSIGNED */
  readonly visibility?: WorkspaceVisibility;

  /** The users it is assigned to. @default - none */
  readonly users?: IUser[];

  /** The routing profiles whose users it is assigned to. @default - none */
  readonly routingProfiles?: IRoutingProfile[];

  /** The theme in light mode. @default - Amazon Connect's */
  readonly lightTheme?: WorkspaceTheme;

  /** The theme in dark mode. @default - Amazon Connect's */
  readonly darkTheme?: WorkspaceTheme;

  /** The logos (at most 4, one of each type). @default - Amazon Connect's */
  readonly logos?: WorkspaceLogo[];

  /** The pages. @default - none */
  readonly pages?: WorkspacePage[];
}

/** Properties of a `Workspace`. */
export interface WorkspaceProps extends WorkspaceOptions {
  /** The instance the workspace belongs to. */
  readonly instance: IConnectInstance;
}

/**
 * A workspace of an Amazon Connect instance. aws-cdk-lib 2.220.0 has no `CfnWorkspace`, so the
 * resource is a `CfnResource` of its type.
 * @resource AWS::Connect::Workspace
 */
export class Workspace extends Resource implements IWorkspace {
  /** Imports a workspace by ARN. */
  public static fromWorkspaceArn(scope: Construct, id: string, workspaceArn: string): IWorkspace {
    checkInstanceResourceArn('workspaceArn', workspaceArn, 'workspace', 'an Amazon Connect workspace');
    class Import extends Resource implements IWorkspace {
      public readonly workspaceArn = workspaceArn;
      public readonly workspaceId = idFromInstanceResourceArn(workspaceArn);
    }
    return new Import(scope, id, { environmentFromArn: workspaceArn });
  }

  /** The ARN of the workspace. @attribute */
  public readonly workspaceArn: string;

  /** The id of the workspace. @attribute */
  public readonly workspaceId: string;

  constructor(scope: Construct, id: string, props: WorkspaceProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    const instance = props.instance;
    // Name 1 to 127 and Description at most 250 (CreateWorkspace); Title at most 127 (the registry schema).
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-workspace.html
    v.checkString('workspaceName', props.workspaceName, { minLength: 1, maxLength: 127, pattern: /\S/, patternMessage: 'must not be blank' });
    v.checkString('title', props.title, { maxLength: 127, pattern: /^\P{C}*$/u, patternMessage: 'must not hold control characters' });
    v.checkString('description', props.description, { maxLength: 250, pattern: /^[\P{C}\r\n\t]*$/u, patternMessage: 'must not hold control characters' });
    checkEnum(v, 'visibility', props.visibility, WorkspaceVisibility);
    const associations: string[] = [];
    if (props.users !== undefined && checkList(v, 'users', props.users, 0, Number.MAX_SAFE_INTEGER)) {
      props.users.forEach((user, i) => {
        if (checkReference(v, `users[${i}]`, user, 'userArn', 'a user (IUser)')) {
          checkInInstance(v, `users[${i}]`, user.userArn, instance?.instanceArn, 'a user');
          associations.push(user.userArn);
        }
      });
    }
    if (props.routingProfiles !== undefined && checkList(v, 'routingProfiles', props.routingProfiles, 0, Number.MAX_SAFE_INTEGER) && instance) {
      props.routingProfiles.forEach((profile, i) => {
        if (typeof profile?.routingProfileArnFor !== 'function') {
          v.fail(`routingProfiles[${i}]`, profile, 'must be a routing profile (IRoutingProfile)');
          return;
        }
        // Throws for a profile of another instance.
        associations.push(instance.routingProfileArn(profile));
      });
    }
    const logos = props.logos !== undefined && checkList(v, 'logos', props.logos, 0, 4) ? props.logos : [];
    logos.forEach((logo, i) => {
      if (v.checkRequired(`logos[${i}]`, logo)) {
        checkEnum(v, `logos[${i}].type`, logo.type, WorkspaceLogoType);
        v.checkString(`logos[${i}].source`, logo.source, { minLength: 1, maxLength: 533_333, pattern: /\S/, patternMessage: 'must not be blank' });
      }
    });
    checkUnique(v, 'logos[].type', logos.map((l) => l?.type), 'must be unique: one logo of each type');
    const pages = props.pages !== undefined && checkList(v, 'pages', props.pages, 0, Number.MAX_SAFE_INTEGER) ? props.pages : [];
    pages.forEach((page, i) => checkPage(v, `pages[${i}]`, page));
    checkUnique(v, 'pages[].page', pages.map((p) => p?.page), 'must be unique in the workspace');
    const theme = {
      Light: props.lightTheme ? renderTheme(v, 'lightTheme', props.lightTheme) : undefined,
      Dark: props.darkTheme ? renderTheme(v, 'darkTheme', props.darkTheme) : undefined,
    };
    v.throwIfAny(this, 'Workspace');

    const resource = new CfnResource(this, 'Resource', {
      type: 'AWS::Connect::Workspace',
      properties: {
        InstanceArn: instance.instanceArn,
        Name: props.workspaceName ?? defaultResourceName(this),
        Title: props.title,
        Description: props.description,
        Visibility: props.visibility ?? WorkspaceVisibility.ASSIGNED,
        Theme: theme.Light || theme.Dark ? theme : undefined,
        Media: logos.length > 0 ? logos.map((l) => ({ Type: l.type, Source: l.source })) : undefined,
        Pages: pages.length > 0
          ? pages.map((p) => ({ Page: p.page, ResourceArn: p.viewArn, Slug: p.slug, InputData: p.inputData }))
          : undefined,
        Associations: associations.length > 0 ? associations : undefined,
      },
    });
    this.workspaceArn = resource.getAtt('Arn').toString();
    this.workspaceId = resource.getAtt('Id').toString();
  }
}

function checkPage(v: PropValidator, prop: string, page: WorkspacePage): void {
  if (!v.checkRequired(prop, page)) {
    return;
  }
  checkRequiredString(v, `${prop}.page`, page.page, { minLength: 1, maxLength: 25 });
  checkRequiredString(v, `${prop}.viewArn`, page.viewArn, { maxLength: 2048, pattern: /^arn:/, patternMessage: 'must be the ARN of a view' });
  v.checkString(`${prop}.slug`, page.slug, { maxLength: 63, pattern: /^[\p{L}\p{Z}\p{N}\-_.:=@'|]{3,}$/u, patternMessage: 'must be 3 or more letters, digits, spaces and -_.:=@\'|' });
  v.checkString(`${prop}.inputData`, page.inputData, { maxLength: 4096 });
  if (typeof page.inputData === 'string' && !Token.isUnresolved(page.inputData)) {
    try {
      JSON.parse(page.inputData);
    } catch {
      v.fail(`${prop}.inputData`, page.inputData, 'must be JSON');
    }
  }
}

/** The registry schema's `WorkspaceThemeConfig`, with what its `ThemeString`s reject recorded. */
function renderTheme(v: PropValidator, prop: string, t: WorkspaceTheme): Record<string, unknown> {
  for (const [key, value] of Object.entries(t)) {
    if (key !== 'font') {
      v.checkString(`${prop}.${key}`, value as string, { minLength: 1, maxLength: 127, pattern: /\S/, patternMessage: 'must not be blank' });
    }
  }
  checkEnum(v, `${prop}.font`, t.font, WorkspaceFont);
  const some = (o: Record<string, unknown>) => (Object.values(o).some((x) => x !== undefined) ? o : undefined);
  return {
    Palette: some({
      Header: some({ Background: t.headerBackground, Text: t.headerText }),
      Navigation: some({ Background: t.navigationBackground, Text: t.navigationText }),
      Canvas: some({ PageBackground: t.pageBackground, ContainerBackground: t.containerBackground }),
      Primary: some({ Default: t.primary, ContrastText: t.primaryContrastText }),
    }),
    Typography: t.font ? { FontFamily: { Default: t.font } } : undefined,
  };
}
