import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IContactFlow } from '../contact-flow';
import { FlowAction } from './flow-action';
import type { FlowDefinition } from './flow-definition';
import { FlowValue } from './flow-value';
import { flowTypes } from '../private/flows/flow-types';
import {
  checkNames, checkRequired, checkSeconds, checkValue, checkValueMap, checkWholeNumber, defined, numberText, renderValueMap, secondsOf,
} from '../private/flows/participant-props';
import type { IQueue } from '../queue';
import type { IUser } from '../user';

/** How the flow invokes a Lambda function (`InvocationType`). */
export enum LambdaInvocationType {
  /** The flow waits for the function's response, read with `FlowValue.external`. */
  SYNCHRONOUS = 'SYNCHRONOUS',
  /** The flow goes on at once; a `Wait` action can wait for the function. */
  ASYNCHRONOUS = 'ASYNCHRONOUS',
}

/** What a Lambda function must return (`ResponseValidation.ResponseType`). */
export enum LambdaResponseType {
  /** A flat object of string keys and string values. */
  STRING_MAP = 'STRING_MAP',
  /** Any JSON, nested objects included. */
  JSON = 'JSON',
}

/** Properties of an `InvokeLambdaFunction` action. */
export interface InvokeLambdaFunctionProps {
  /** The function invoked (`LambdaFunctionARN`); the flow associates it with its instance. */
  readonly lambdaFunction: lambda.IFunction;

  /**
   * How long to wait for the function (`InvocationTimeLimitSeconds`), in whole seconds: at most 8 seconds
   * when synchronous, 60 when asynchronous.
   *
   * @default Duration.seconds(3)
   */
  readonly timeout?: Duration;

  /**
   * Whether the flow waits for the function.
   *
   * @default LambdaInvocationType.SYNCHRONOUS
   */
  readonly invocationType?: LambdaInvocationType;

  /**
   * Parameters sent to the function (`LambdaInvocationAttributes`), besides the contact's data.
   *
   * @default - none
   */
  readonly attributes?: { [name: string]: FlowValue };

  /**
   * What the function must return.
   *
   * @default LambdaResponseType.STRING_MAP
   */
  readonly responseType?: LambdaResponseType;
}

/** Timeouts: "no larger than 8" (Flow language); 60 seconds when asynchronous (admin guide, AWS Lambda function block). */
const LAMBDA_TIMEOUT = { [LambdaInvocationType.SYNCHRONOUS]: 8, [LambdaInvocationType.ASYNCHRONOUS]: 60 };

/**
 * Invokes a Lambda function with the contact's data and `attributes`; its response is read with
 * `FlowValue.external(name)` (`$.External.name`). Errors: NoMatchingError. Allowed in every flow type.
 * The flow associates the function with its instance and lets Amazon Connect invoke it.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-invokelambdafunction.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html
 */
export class InvokeLambdaFunction extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: InvokeLambdaFunctionProps) {
    const invocationType = props.invocationType ?? LambdaInvocationType.SYNCHRONOUS;
    super(definition, id, {
      type: 'InvokeLambdaFunction',
      parameters: defined({
        LambdaFunctionARN: props.lambdaFunction?.functionArn,
        InvocationTimeLimitSeconds: numberText(secondsOf(props.timeout ?? Duration.seconds(3))),
        InvocationType: invocationType,
        LambdaInvocationAttributes: renderValueMap(props.attributes),
        ResponseValidation: { ResponseType: props.responseType ?? LambdaResponseType.STRING_MAP },
      }),
      raisesErrors: true,
    });
    const problems = [
      ...checkRequired('lambdaFunction', props.lambdaFunction),
      ...checkValueMap('attributes', props.attributes),
    ];
    if (!Object.values(LambdaInvocationType).includes(invocationType)) {
      problems.push(`invocationType must be a LambdaInvocationType, got ${JSON.stringify(invocationType)}`);
    } else {
      problems.push(...checkSeconds(`timeout (${invocationType.toLowerCase()})`, props.timeout, 1, LAMBDA_TIMEOUT[invocationType]));
    }
    if (props.responseType !== undefined && !Object.values(LambdaResponseType).includes(props.responseType)) {
      problems.push(`responseType must be a LambdaResponseType, got ${JSON.stringify(props.responseType)}`);
    }
    if (props.lambdaFunction !== undefined) {
      this.usesFunction(props.lambdaFunction);
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** Properties of a `CreateCallbackContact` action. */
export interface CreateCallbackContactProps {
  /**
   * The queue the callback is routed to (`QueueId`); not with `agent`.
   *
   * @default - the contact's current target queue
   */
  readonly queue?: IQueue;

  /**
   * The agent whose queue the callback is routed to (`AgentId`); not with `queue`.
   *
   * @default - the contact's current target queue
   */
  readonly agent?: IUser;

  /** How long to wait before routing the callback (`InitialCallDelaySeconds`), 1 second to 3 days. */
  readonly initialDelay: Duration;

  /** How many times to try to reach the customer (`MaximumConnectionAttempts`), at least 1. */
  readonly maximumAttempts: number;

  /** How long to wait between two attempts (`RetryDelaySeconds`), 1 second to 3 days. */
  readonly retryDelay: Duration;

  /**
   * The flow the callback runs (`ContactFlowId`); with it, `initialDelay` is ignored.
   *
   * @default - none
   */
  readonly flow?: IContactFlow;
}

/** Callback delays: "larger than 0, no greater than 259,200 (three days)". */
const CALLBACK_DELAY_MAX = 259_200;

/**
 * Creates a callback contact to the contact's callback number (see `UpdateContactCallbackNumber`).
 * Errors: NoMatchingError. Allowed in inbound, transfer and customer queue flows.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-createcallbackcontact.html
 */
export class CreateCallbackContact extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CreateCallbackContactProps) {
    super(definition, id, {
      type: 'CreateCallbackContact',
      parameters: defined({
        QueueId: props.queue?.queueArn,
        AgentId: props.agent?.userArn,
        InitialCallDelaySeconds: numberText(secondsOf(props.initialDelay)),
        MaximumConnectionAttempts: numberText(props.maximumAttempts),
        RetryDelaySeconds: numberText(secondsOf(props.retryDelay)),
        ContactFlowId: props.flow?.contactFlowArn,
      }),
      raisesErrors: true,
      allowedIn: flowTypes('inbound', 'transfer', 'customerQueue', 'module'),
    });
    const problems = [
      ...checkRequired('initialDelay', props.initialDelay),
      ...checkRequired('maximumAttempts', props.maximumAttempts),
      ...checkRequired('retryDelay', props.retryDelay),
      ...checkSeconds('initialDelay', props.initialDelay, 1, CALLBACK_DELAY_MAX),
      ...checkWholeNumber('maximumAttempts', props.maximumAttempts, 1, Number.MAX_SAFE_INTEGER),
      ...checkSeconds('retryDelay', props.retryDelay, 1, CALLBACK_DELAY_MAX),
    ];
    if (props.queue !== undefined && props.agent !== undefined) {
      problems.push(`takes a queue or an agent, not both, got queue ${props.queue.node?.path} and agent ${props.agent.node?.path}`);
    }
    problems.forEach(p => this.addProblem(p));
  }
}

/** A search identifier of Customer Profiles and its value. */
export interface CustomerProfileIdentifier {
  /** The identifier's name, such as `_phone`, `_email`, `_account` or a custom search key. */
  readonly name: string;
  /** The value searched for, such as `FlowValue.customerEndpointAddress()`. */
  readonly value: FlowValue;
}

/** How several search identifiers combine (`LogicalOperator`). */
export enum CustomerProfileSearchOperator {
  /** A profile must match every identifier. */
  AND = 'AND',
  /** A profile may match any identifier. */
  OR = 'OR',
}

/** The profile id found by `GetCustomerProfile` or made by `CreateCustomerProfile`. */
const CURRENT_PROFILE = FlowValue.jsonPath('$.Customer.ProfileId');

/** Properties of an `AssociateContactToCustomerProfile` action. */
export interface AssociateContactToCustomerProfileProps {
  /**
   * The profile (`ProfileId`).
   *
   * @default - the profile found or created earlier in the flow (`$.Customer.ProfileId`)
   */
  readonly profileId?: FlowValue;

  /**
   * The contact (`ContactId`).
   *
   * @default - this contact (`$.ContactId`)
   */
  readonly contactId?: FlowValue;
}

/**
 * Associates a contact with a customer profile (Customer Profiles must be enabled). Errors: NoMatchingError.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-associatecontacttocustomerprofile.html
 */
export class AssociateContactToCustomerProfile extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: AssociateContactToCustomerProfileProps = {}) {
    const profileId = props.profileId ?? CURRENT_PROFILE;
    const contactId = props.contactId ?? FlowValue.jsonPath('$.ContactId');
    super(definition, id, {
      type: 'AssociateContactToCustomerProfile',
      parameters: { ProfileRequestData: { ProfileId: `${profileId}`, ContactId: `${contactId}` } },
      raisesErrors: true,
    });
    [...checkValue('profileId', profileId), ...checkValue('contactId', contactId)].forEach(p => this.addProblem(p));
  }
}

/** Properties of a `CreateCustomerProfile` or `UpdateCustomerProfile` action. */
export interface CustomerProfileWriteProps {
  /**
   * The profile's fields (`ProfileRequestData`), such as `FirstName`, `PhoneNumber` or `Attributes.tier`.
   *
   * @default - none
   */
  readonly fields?: { [field: string]: FlowValue };

  /**
   * The fields read back under `$.Customer` (`ProfileResponseData`).
   *
   * @default - none
   */
  readonly responseFields?: string[];
}

/**
 * Creates a customer profile (Customer Profiles must be enabled); its id is then `$.Customer.ProfileId`.
 * Errors: NoMatchingError.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-createcustomerprofile.html
 */
export class CreateCustomerProfile extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CustomerProfileWriteProps = {}) {
    super(definition, id, { type: 'CreateCustomerProfile', parameters: profileWrite(props), raisesErrors: true });
    profileWriteProblems(props).forEach(p => this.addProblem(p));
  }
}

/**
 * Updates the customer profile created or found earlier in the flow. Errors: NoMatchingError.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-updatecustomerprofile.html
 */
export class UpdateCustomerProfile extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: CustomerProfileWriteProps = {}) {
    super(definition, id, { type: 'UpdateCustomerProfile', parameters: profileWrite(props), raisesErrors: true });
    profileWriteProblems(props).forEach(p => this.addProblem(p));
  }
}

/** Properties of a `GetCustomerProfile` action. */
export interface GetCustomerProfileProps {
  /** The identifiers searched for, one to five. */
  readonly searchBy: CustomerProfileIdentifier[];

  /**
   * How several identifiers combine.
   *
   * @default CustomerProfileSearchOperator.AND
   */
  readonly operator?: CustomerProfileSearchOperator;

  /**
   * The fields read under `$.Customer` (`ProfileResponseData`), such as `FirstName`.
   *
   * @default - only the profile id (`$.Customer.ProfileId`)
   */
  readonly responseFields?: string[];
}

/** "Up to five total" search identifiers. */
const MAX_SEARCH_IDENTIFIERS = 5;

/**
 * Finds one customer profile by up to five search identifiers; its fields are read under `$.Customer`.
 * Branches: `onMultipleFound`, `onNoneFound`, NoMatchingError.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-getcustomerprofile.html
 */
export class GetCustomerProfile extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: GetCustomerProfileProps) {
    const searchBy = Array.isArray(props.searchBy) ? props.searchBy : [];
    const operator = props.operator ?? CustomerProfileSearchOperator.AND;
    const request = searchBy.length === 1
      ? { IdentifierName: searchBy[0]?.name, IdentifierValue: `${searchBy[0]?.value}` }
      : { SearchCriteria: searchBy.map(c => ({ IdentifierName: c?.name, IdentifierValue: `${c?.value}` })), LogicalOperator: operator };
    super(definition, id, {
      type: 'GetCustomerProfile',
      parameters: defined({ ProfileRequestData: request, ProfileResponseData: props.responseFields }),
      errors: ['MultipleFoundError', 'NoneFoundError'],
    });
    const problems = [
      ...searchBy.flatMap((c, i) => identifierProblems(`searchBy[${i}]`, c)),
      ...checkNames('responseFields', props.responseFields),
    ];
    if (searchBy.length < 1 || searchBy.length > MAX_SEARCH_IDENTIFIERS) {
      problems.push(`searchBy must hold 1 to ${MAX_SEARCH_IDENTIFIERS} identifiers, got ${searchBy.length}`);
    }
    if (!Object.values(CustomerProfileSearchOperator).includes(operator)) {
      problems.push(`operator must be a CustomerProfileSearchOperator, got ${JSON.stringify(operator)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when several profiles match (MultipleFoundError). */
  public onMultipleFound(action: FlowAction): FlowAction {
    return this.branchOnError('MultipleFoundError', action);
  }

  /** Where the flow goes when no profile matches (NoneFoundError). */
  public onNoneFound(action: FlowAction): FlowAction {
    return this.branchOnError('NoneFoundError', action);
  }
}

/** Properties of a `GetCustomerProfileObject` action. */
export interface GetCustomerProfileObjectProps {
  /** The type of object, such as `_asset`, `_order` or `_case`, or a custom object type. */
  readonly objectType: string;

  /**
   * The profile that owns the object (`ProfileId`).
   *
   * @default - the profile found or created earlier in the flow (`$.Customer.ProfileId`)
   */
  readonly profileId?: FlowValue;

  /**
   * The identifier the object is searched by; `identifier` or `useLatest` is needed.
   *
   * @default - none
   */
  readonly identifier?: CustomerProfileIdentifier;

  /**
   * Whether the most recent object is read (`UseLatest`); `identifier` or `useLatest` is needed.
   *
   * @default false
   */
  readonly useLatest?: boolean;

  /**
   * The fields read under `$.Customer` (`ProfileResponseData`), such as `AssetStatus`.
   *
   * @default - only the object's id
   */
  readonly responseFields?: string[];
}

/**
 * Reads an object (an asset, order, case or custom object) of a customer profile, the most recent or by
 * an identifier; its fields are read under `$.Customer`. Branches: `onNoneFound`, NoMatchingError.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-getcustomerprofileobject.html
 */
export class GetCustomerProfileObject extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: GetCustomerProfileObjectProps) {
    const profileId = props.profileId ?? CURRENT_PROFILE;
    super(definition, id, {
      type: 'GetCustomerProfileObject',
      parameters: defined({
        ProfileRequestData: defined({
          ProfileId: `${profileId}`,
          ObjectType: props.objectType,
          IdentifierName: props.identifier?.name,
          IdentifierValue: props.identifier === undefined ? undefined : `${props.identifier.value}`,
          UseLatest: props.useLatest,
        }),
        ProfileResponseData: props.responseFields,
      }),
      errors: ['NoneFoundError'],
    });
    const problems = [
      ...checkRequired('objectType', props.objectType),
      ...checkValue('profileId', profileId),
      ...(props.identifier === undefined ? [] : identifierProblems('identifier', props.identifier)),
      ...checkNames('responseFields', props.responseFields),
    ];
    if (props.objectType === '') {
      problems.push('objectType must not be empty, got ""');
    }
    if (props.identifier === undefined && props.useLatest !== true) {
      problems.push(`needs an identifier or useLatest: true, got useLatest ${JSON.stringify(props.useLatest)} and no identifier`);
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when no object matches (NoneFoundError). */
  public onNoneFound(action: FlowAction): FlowAction {
    return this.branchOnError('NoneFoundError', action);
  }
}

/** Properties of a `GetCalculatedAttributesForCustomerProfile` action. */
export interface GetCalculatedAttributesForCustomerProfileProps {
  /**
   * The profile (`ProfileId`).
   *
   * @default - the profile found or created earlier in the flow (`$.Customer.ProfileId`)
   */
  readonly profileId?: FlowValue;

  /** The calculated attributes read under `$.Customer`, such as `CalculatedAttributes._average_hold_time`. */
  readonly responseFields: string[];
}

/**
 * Reads calculated attributes of a customer profile under `$.Customer`. Branches: `onNoneFound`, NoMatchingError.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-getcalculatedattributesforcustomerprofile.html
 */
export class GetCalculatedAttributesForCustomerProfile extends FlowAction {
  constructor(definition: FlowDefinition, id: string, props: GetCalculatedAttributesForCustomerProfileProps) {
    const profileId = props.profileId ?? CURRENT_PROFILE;
    super(definition, id, {
      type: 'GetCalculatedAttributesForCustomerProfile',
      parameters: { ProfileRequestData: { ProfileId: `${profileId}` }, ProfileResponseData: props.responseFields },
      errors: ['NoneFoundError'],
    });
    const problems = [...checkValue('profileId', profileId), ...checkNames('responseFields', props.responseFields)];
    if (!Array.isArray(props.responseFields) || props.responseFields.length === 0) {
      problems.push(`responseFields must name at least one calculated attribute, got ${JSON.stringify(props.responseFields)}`);
    }
    problems.forEach(p => this.addProblem(p));
  }

  /** Where the flow goes when the profile has no such attributes (NoneFoundError). */
  public onNoneFound(action: FlowAction): FlowAction {
    return this.branchOnError('NoneFoundError', action);
  }
}

function profileWrite(props: CustomerProfileWriteProps): { [key: string]: any } {
  return defined({ ProfileRequestData: renderValueMap(props.fields) ?? {}, ProfileResponseData: props.responseFields });
}

function profileWriteProblems(props: CustomerProfileWriteProps): string[] {
  return [...checkValueMap('fields', props.fields), ...checkNames('responseFields', props.responseFields)];
}

function identifierProblems(prop: string, identifier: CustomerProfileIdentifier): string[] {
  if (identifier === undefined || identifier === null) {
    return [`${prop} is required`];
  }
  const problems = checkValue(`${prop}.value`, identifier.value);
  if (typeof identifier.name !== 'string' || identifier.name.length === 0) {
    problems.push(`${prop}.name must name a search identifier, got ${JSON.stringify(identifier.name)}`);
  }
  return [...checkRequired(`${prop}.value`, identifier.value), ...problems];
}
