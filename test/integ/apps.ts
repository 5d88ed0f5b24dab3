import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { contactCenterInteg } from './integ.contact-center';

/** One integration-test app: a file the cdk CLI runs, and the function that builds it. */
export interface IntegApp {
  /** A name for test titles and logs. */
  readonly name: string;
  /** The app's file, relative to this directory. */
  readonly file: string;
  /** Adds the app's stacks (test stacks and the assertion stack) to `app`. */
  build(app: App): void;
}

/** Every integration test: synthesized offline by `npx projen test`, deployed by `npx projen integ:deploy`. */
export const INTEG_APPS: IntegApp[] = [
  { name: 'contact-center', file: 'integ.contact-center.ts', build: contactCenterInteg },
];

/** The context the integration tests run with: examples/cdk.json's (aws-cdk-lib's recommended feature flags), as the example's. */
export const INTEG_CONTEXT: Record<string, unknown> =
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'cdk.json'), 'utf8')).context;

/** The alias the committed snapshots are synthesized with (a real deployment takes one of its own). */
export const SNAPSHOT_ALIAS = 'cdk-connect-integ';
