/**
 * Would CloudFormation and IAM take this template? The checks a synth does
 * not make, shared by the bench (bench/run.ts, scale part) and the jest
 * tests (test/scale):
 *
 * - a dependency cycle among resources, found from `Ref`, `Fn::GetAtt`,
 *   `Fn::Sub` and `DependsOn` (CloudFormation rejects the template:
 *   "Circular dependency between resources"), printed as its path;
 * - the size of every IAM policy as IAM counts it (the JSON without
 *   whitespace, after CloudFormation resolved it; see `estimateResolved`),
 *   against IAM's quotas;
 * - the resource, output and template size quotas of CloudFormation.
 *
 * Quotas: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html.
 */

/** CloudFormation's and IAM's quotas the checks hold templates to. */
export const LIMITS = {
  /** Resources in one template. */
  resources: 500,
  /** Outputs in one template. */
  outputs: 200,
  /** Bytes of a template uploaded to S3 (what the cdk CLI does with a bootstrapped environment). */
  templateBytes: 1_000_000,
  /** Bytes of a template passed in the API call itself (`--template-body`); reported, not enforced. */
  templateBodyBytes: 51_200,
  /** Characters of all inline policies of one role, together (`Policies` and `AWS::IAM::Policy` resources). */
  roleInlinePolicyChars: 10_240,
  /** Characters of one managed policy. */
  managedPolicyChars: 6_144,
  /** Characters of a role's trust policy (the default quota; it can be raised to 4,096). */
  trustPolicyChars: 2_048,
  /** Characters of an S3 bucket policy, and of a Secrets Manager resource policy. */
  bucketPolicyChars: 20_480,
  /** Characters of a KMS key policy. */
  keyPolicyChars: 32_768,
} as const;

/** A CloudFormation template, as synthesized. */
export interface CfnTemplate {
  Resources?: Record<string, { Type: string; Properties?: any; DependsOn?: string | string[]; [key: string]: any }>;
  Outputs?: Record<string, unknown>;
  [section: string]: unknown;
}

/** One policy, measured. */
export interface PolicySize {
  /** What it is: `inline policies of role X (2 documents)`, `managed policy Y`, `trust policy of role X`, … */
  readonly name: string;
  /** Characters as IAM counts them (estimated for values resolved at deploy time). */
  readonly chars: number;
  /** The quota it is held to. */
  readonly limit: number;
}

/** What the checks found in one template. */
export interface DeployabilityReport {
  readonly resources: number;
  readonly outputs: number;
  /** Bytes of the template as the cdk CLI writes it (or as given). */
  readonly bytes: number;
  /** Every policy, the closest to its quota first. */
  readonly policies: PolicySize[];
  /** A dependency cycle, as the path of logical ids that closes it (`A → B → A`), if any. */
  readonly cycle?: string[];
  /** Why the template would not deploy; empty when it would. */
  readonly problems: string[];
}

/** What estimates of values resolved at deploy time assume. */
export interface EstimateContext {
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '123456789012' */
  readonly account?: string;
}

/**
 * Checks a template against the quotas above and for a dependency cycle.
 *
 * @param bytes the size of the template file, when there is one; otherwise
 *   the template is measured as the cdk CLI writes it (JSON, indented by one space)
 */
export function checkTemplate(template: CfnTemplate, bytes?: number, context: EstimateContext = {}): DeployabilityReport {
  const resources = Object.keys(template.Resources ?? {}).length;
  const outputs = Object.keys(template.Outputs ?? {}).length;
  const size = bytes ?? Buffer.byteLength(JSON.stringify(template, undefined, 1));
  const policies = policySizes(template, context);
  const cycle = findResourceCycle(template);
  const problems: string[] = [];
  if (cycle) {
    problems.push(`dependency cycle: ${cycle.join(' → ')}`);
  }
  for (const policy of policies.filter((p) => p.chars > p.limit)) {
    problems.push(`${policy.name} has ${policy.chars} characters, over IAM's ${policy.limit}`);
  }
  if (resources > LIMITS.resources) {
    problems.push(`${resources} resources, over CloudFormation's ${LIMITS.resources}`);
  }
  if (outputs > LIMITS.outputs) {
    problems.push(`${outputs} outputs, over CloudFormation's ${LIMITS.outputs}`);
  }
  if (size > LIMITS.templateBytes) {
    problems.push(`template of ${size} bytes, over CloudFormation's ${LIMITS.templateBytes} (uploaded to S3)`);
  }
  return { resources, outputs, bytes: size, policies, cycle, problems };
}

// ---- dependency cycles ---------------------------------------------------------

/** The logical ids a value refers to with `Ref`, `Fn::GetAtt` and `Fn::Sub` (pseudo parameters and `Fn::Sub` variables excluded). */
export function referencesIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    value.forEach((item) => referencesIn(item, into));
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 1) {
      const [key, arg] = entries[0];
      if (key === 'Ref' && typeof arg === 'string') {
        if (!arg.startsWith('AWS::')) {
          into.add(arg);
        }
        return into;
      }
      if (key === 'Fn::GetAtt') {
        const target = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
        if (typeof target === 'string') {
          into.add(target);
        }
        // The attribute name may itself be a Ref.
        if (Array.isArray(arg)) {
          referencesIn(arg.slice(1), into);
        }
        return into;
      }
      if (key === 'Fn::Sub') {
        const [text, variables] = Array.isArray(arg) ? [arg[0], arg[1] ?? {}] : [arg, {}];
        if (typeof text === 'string') {
          for (const match of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
            const name = match[1].trim().split('.')[0];
            if (!name.startsWith('AWS::') && !(name in variables)) {
              into.add(name);
            }
          }
        }
        referencesIn(variables, into);
        return into;
      }
    }
    for (const [, item] of entries) {
      referencesIn(item, into);
    }
  }
  return into;
}

/** The dependencies of each resource of a template: what it references, and its `DependsOn`. */
export function dependencyGraph(template: CfnTemplate): Map<string, Set<string>> {
  const resources = template.Resources ?? {};
  const graph = new Map<string, Set<string>>();
  for (const [id, resource] of Object.entries(resources)) {
    const { DependsOn: dependsOn, Type: _type, Metadata: _metadata, ...rest } = resource;
    const edges = referencesIn(rest);
    for (const target of [dependsOn ?? []].flat()) {
      edges.add(target);
    }
    // Parameters and other sections are not resources: they cannot be part of a cycle.
    graph.set(id, new Set([...edges].filter((target) => target in resources)));
  }
  return graph;
}

/** A cycle among the resources of a template, as a path (`A → B → … → A`), or undefined. */
export function findResourceCycle(template: CfnTemplate): string[] | undefined {
  return findCycle(dependencyGraph(template));
}

/**
 * A cycle in a directed graph (node → the nodes it depends on), as a path
 * whose last node is its first; undefined when there is none. Iterative
 * depth-first search, nodes in sorted order, so that the path is stable.
 */
export function findCycle(graph: Map<string, Iterable<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const edgesOf = (node: string) => [...(graph.get(node) ?? [])].sort();
  for (const start of [...graph.keys()].sort()) {
    if (state.has(start)) {
      continue;
    }
    const path: string[] = [start];
    const pending: string[][] = [edgesOf(start)];
    state.set(start, 'open');
    while (path.length > 0) {
      const next = pending[pending.length - 1].shift();
      if (next === undefined) {
        state.set(path.pop()!, 'done');
        pending.pop();
        continue;
      }
      const seen = state.get(next);
      if (seen === 'open') {
        return [...path.slice(path.indexOf(next)), next];
      }
      if (seen === undefined) {
        state.set(next, 'open');
        path.push(next);
        pending.push(edgesOf(next));
      }
    }
  }
  return undefined;
}

// ---- policy sizes --------------------------------------------------------------

const UUID = '00000000-0000-0000-0000-000000000000';
/** A name CloudFormation or CDK generates: stack name, construct path and a hash, cut at 64. */
const GENERATED_NAME = 'x'.repeat(64);

/** Connect resource types and the kind their ARNs name below the instance. */
const CONNECT_ARN_KINDS: Record<string, string> = {
  'AWS::Connect::ContactFlow': 'contact-flow',
  'AWS::Connect::ContactFlowModule': 'flow-module',
  'AWS::Connect::HoursOfOperation': 'operating-hours',
  'AWS::Connect::Queue': 'queue',
  'AWS::Connect::QuickConnect': 'transfer-destination',
  'AWS::Connect::RoutingProfile': 'routing-profile',
  'AWS::Connect::SecurityProfile': 'security-profile',
  'AWS::Connect::User': 'agent',
  'AWS::Connect::Prompt': 'prompt',
};

/** The ARN a resource of `type` would have, in length. */
function arnEstimate(type: string | undefined, context: Required<EstimateContext>): string {
  const { region, account } = context;
  if (type === 'AWS::Connect::Instance') {
    return `arn:aws:connect:${region}:${account}:instance/${UUID}`;
  }
  if (type === 'AWS::Connect::PhoneNumber') {
    return `arn:aws:connect:${region}:${account}:phone-number/${UUID}`;
  }
  const kind = type ? CONNECT_ARN_KINDS[type] : undefined;
  if (kind) {
    return `arn:aws:connect:${region}:${account}:instance/${UUID}/${kind}/${UUID}`;
  }
  const service = type?.split('::')[1]?.toLowerCase() ?? 'service';
  return `arn:aws:${service}:${region}:${account}:resource/${GENERATED_NAME}`;
}

/**
 * A value with its intrinsic functions replaced by strings as long as what
 * CloudFormation would resolve them to: the pseudo parameters of the
 * context, ARNs of the resource's type (Connect ids are 36-character UUIDs),
 * generated names of 64 characters, an imported value as long as a Connect
 * instance ARN. `Fn::If` takes the longer branch.
 */
export function estimateResolved(value: unknown, template: CfnTemplate, context: EstimateContext = {}): unknown {
  const ctx: Required<EstimateContext> = { region: context.region ?? 'us-east-1', account: context.account ?? '123456789012' };
  const resources = template.Resources ?? {};
  const pseudo: Record<string, string> = {
    'AWS::Partition': 'aws',
    'AWS::Region': ctx.region,
    'AWS::AccountId': ctx.account,
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': GENERATED_NAME,
    'AWS::StackId': `arn:aws:cloudformation:${ctx.region}:${ctx.account}:stack/${GENERATED_NAME}/${UUID}`,
  };
  const ref = (name: string): string => {
    if (name in pseudo) {
      return pseudo[name];
    }
    const type = resources[name]?.Type;
    // The Ref of a Connect resource (but the instance's) and of a managed policy is its ARN.
    return type && (type.startsWith('AWS::Connect::') || type === 'AWS::IAM::ManagedPolicy') ? arnEstimate(type, ctx) : GENERATED_NAME;
  };
  const getAtt = (name: string, attribute: string): string => {
    const type = resources[name]?.Type;
    if (/Arn$/.test(attribute)) {
      return arnEstimate(type, ctx);
    }
    return /Id$/.test(attribute) ? UUID : GENERATED_NAME;
  };
  const text = (v: unknown): string => {
    const resolved = walk(v);
    return typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      return v.map(walk);
    }
    if (typeof v !== 'object' || v === null) {
      return v;
    }
    const entries = Object.entries(v);
    if (entries.length === 1) {
      const [key, arg] = entries[0] as [string, any];
      switch (key) {
        case 'Ref': return ref(arg);
        case 'Fn::GetAtt': return Array.isArray(arg) ? getAtt(arg[0], String(arg[1])) : getAtt(...(String(arg).split('.') as [string, string]));
        case 'Fn::Join': return (walk(arg[1]) as unknown[]).map(text).join(arg[0]);
        case 'Fn::Sub': {
          const [body, variables] = Array.isArray(arg) ? [arg[0], arg[1] ?? {}] : [arg, {}];
          return String(body).replace(/\$\{([^!}][^}]*)\}/g, (_, name: string) => {
            const [id, ...attribute] = name.trim().split('.');
            if (id in variables) {
              return text(variables[id]);
            }
            return attribute.length > 0 ? getAtt(id, attribute.join('.')) : ref(id);
          });
        }
        case 'Fn::Split': return text(arg[1]).split(arg[0]);
        case 'Fn::Select': {
          const list = walk(arg[1]);
          return Array.isArray(list) && list[Number(arg[0])] !== undefined ? list[Number(arg[0])] : UUID;
        }
        case 'Fn::ImportValue': return arnEstimate('AWS::Connect::Instance', ctx);
        case 'Fn::If': {
          const [a, b] = [text(arg[1]), text(arg[2])];
          return a.length >= b.length ? walk(arg[1]) : walk(arg[2]);
        }
        case 'Fn::Base64': return Buffer.from(text(arg)).toString('base64');
        default: break;
      }
    }
    return Object.fromEntries(entries.map(([k, item]) => [k, walk(item)]));
  };
  return walk(value);
}

/** Characters of a policy document as IAM counts them: its JSON without whitespace, once resolved. */
export function policyChars(document: unknown, template: CfnTemplate, context: EstimateContext = {}): number {
  return JSON.stringify(estimateResolved(document, template, context)).length;
}

/** Every policy of a template, measured, the closest to its quota first. */
export function policySizes(template: CfnTemplate, context: EstimateContext = {}): PolicySize[] {
  const resources = template.Resources ?? {};
  const chars = (document: unknown) => policyChars(document, template, context);
  const sizes: PolicySize[] = [];
  // Inline policies of each role: its own `Policies`, and the `AWS::IAM::Policy` / `AWS::IAM::RolePolicy` resources put on it.
  const inline = new Map<string, number[]>();
  const addInline = (role: string, n: number) => inline.set(role, [...(inline.get(role) ?? []), n]);
  for (const [id, resource] of Object.entries(resources)) {
    const props = resource.Properties ?? {};
    switch (resource.Type) {
      case 'AWS::IAM::Role':
        for (const policy of props.Policies ?? []) {
          addInline(id, chars(policy.PolicyDocument));
        }
        if (props.AssumeRolePolicyDocument) {
          sizes.push({ name: `trust policy of role ${id}`, chars: chars(props.AssumeRolePolicyDocument), limit: LIMITS.trustPolicyChars });
        }
        break;
      case 'AWS::IAM::Policy':
        for (const role of props.Roles ?? []) {
          const roleId = typeof role === 'object' && role !== null && typeof role.Ref === 'string' ? role.Ref : `${id} (role ${JSON.stringify(role)})`;
          addInline(roleId, chars(props.PolicyDocument));
        }
        break;
      case 'AWS::IAM::RolePolicy':
        addInline(typeof props.RoleName?.Ref === 'string' ? props.RoleName.Ref : `${id} (role ${JSON.stringify(props.RoleName)})`, chars(props.PolicyDocument));
        break;
      case 'AWS::IAM::ManagedPolicy':
        sizes.push({ name: `managed policy ${id}`, chars: chars(props.PolicyDocument), limit: LIMITS.managedPolicyChars });
        break;
      case 'AWS::S3::BucketPolicy':
        sizes.push({ name: `bucket policy ${id}`, chars: chars(props.PolicyDocument), limit: LIMITS.bucketPolicyChars });
        break;
      case 'AWS::SecretsManager::ResourcePolicy':
        sizes.push({ name: `secret policy ${id}`, chars: chars(props.ResourcePolicy), limit: LIMITS.bucketPolicyChars });
        break;
      case 'AWS::KMS::Key':
        if (props.KeyPolicy) {
          sizes.push({ name: `key policy of ${id}`, chars: chars(props.KeyPolicy), limit: LIMITS.keyPolicyChars });
        }
        break;
      default:
        break;
    }
  }
  for (const [role, documents] of inline) {
    sizes.push({
      name: `inline policies of role ${role} (${documents.length} document${documents.length === 1 ? '' : 's'})`,
      chars: documents.reduce((sum, n) => sum + n, 0),
      limit: LIMITS.roleInlinePolicyChars,
    });
  }
  return sizes.sort((a, b) => b.chars / b.limit - a.chars / a.limit);
}
