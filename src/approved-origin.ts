import { IResource, Resource } from 'aws-cdk-lib';
import { CfnApprovedOrigin } from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { IConnectInstance } from './instance';
import { checkRequiredString } from './private/resources/checks';
import { PropValidator } from './private/validation';

/** A web origin an Amazon Connect instance approves. */
export interface IApprovedOrigin extends IResource {
  /** The approved origin, such as `https://support.example.com`. */
  readonly origin: string;
}

/** A web origin to approve for an instance. */
export interface ApprovedOriginOptions {
  /**
   * The origin (scheme, host, optional port; no path) of the web application that embeds the
   * Contact Control Panel or chat widget, at most 267 characters.
   */
  readonly origin: string;
}

/** Properties of an `ApprovedOrigin`. */
export interface ApprovedOriginProps extends ApprovedOriginOptions {
  /** The instance that approves the origin. */
  readonly instance: IConnectInstance;
}

/** The registry schema's Origin: at most 267 characters. */
const MAX_ORIGIN = 267;
/** An origin: http(s), a host, an optional port, nothing after. */
const ORIGIN = /^https?:\/\/[^/\s?#:]+(:[0-9]{1,5})?$/;

/**
 * A web origin whose pages may embed the Contact Control Panel or the communications widget.
 * Changing it replaces the resource; there is nothing to import.
 *
 * @resource AWS::Connect::ApprovedOrigin
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/app-integration.html
 */
export class ApprovedOrigin extends Resource implements IApprovedOrigin {
  /** The approved origin. */
  public readonly origin: string;

  constructor(scope: Construct, id: string, props: ApprovedOriginProps) {
    super(scope, id);
    const v = new PropValidator();
    v.checkRequired('instance', props.instance);
    checkRequiredString(v, 'origin', props.origin, {
      maxLength: MAX_ORIGIN,
      pattern: ORIGIN,
      patternMessage: 'must be an origin: http:// or https://, a host and an optional port, without a path, such as https://support.example.com',
    });
    v.throwIfAny(this, 'ApprovedOrigin');

    // The registry schema names it InstanceId but takes the instance ARN.
    new CfnApprovedOrigin(this, 'Resource', { instanceId: props.instance.instanceArn, origin: props.origin });
    this.origin = props.origin;
  }
}
