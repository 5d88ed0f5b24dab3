import { IResource } from 'aws-cdk-lib';

/**
 * A web origin an Amazon Connect instance approves.
 */
export interface IApprovedOrigin extends IResource {
  /** The approved origin, such as `https://support.example.com`. */
  readonly origin: string;
}

/**
 * A web origin to approve for an instance.
 */
export interface ApprovedOriginOptions {
  /**
   * The origin of the web application that embeds the Contact Control Panel
   * or the chat widget: scheme and host, with a port if any, without a path,
   * such as `https://support.example.com` (at most 267 characters).
   */
  readonly origin: string;
}
