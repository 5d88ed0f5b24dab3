/**
 * Deploys each integration test for real, checks its assertions, and
 * destroys it, whatever happened: `INTEG_ALIAS=<alias> npx projen integ:deploy`.
 * Needs AWS credentials for a bootstrapped account and Region, and an
 * instance alias that no other Amazon Connect instance in any account uses.
 * Uses the cdk CLI (integ-runner does not run with the aws-cdk-lib this
 * library is developed with).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { INTEG_APPS, INTEG_CONTEXT } from './apps';

const ROOT = path.join(__dirname, '..', '..');

/** The outputs file `cdk deploy --outputs-file` writes: outputs by stack name. */
export type DeployOutputs = Record<string, Record<string, string>>;

/**
 * The assertions that did not hold, from the `AssertionResults…` outputs
 * IntegTest adds to its assertion stack (`{"status":"success"}` or
 * `{"status":"fail","message":…}`). No assertion output at all is a failure
 * too: the assertion stack was not deployed.
 */
export function failedAssertions(outputs: DeployOutputs): string[] {
  const results = Object.entries(outputs).flatMap(([stack, values]) => Object.entries(values)
    .filter(([key]) => key.startsWith('AssertionResults'))
    .map(([key, value]) => ({ name: `${stack}.${key}`, value })));
  if (results.length === 0) {
    return ['no assertion results in the deployment outputs'];
  }
  return results.filter(({ value }) => {
    try {
      return JSON.parse(value).status !== 'success';
    } catch {
      return true;
    }
  }).map(({ name, value }) => `${name}: ${value}`);
}

/** The cdk.json of one integration test's working directory. */
export function cdkJson(file: string, alias: string): object {
  const tsNode = path.join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js');
  return {
    app: `node ${tsNode} --transpile-only -P ${path.join(ROOT, 'tsconfig.dev.json')} ${path.join(__dirname, file)}`,
    output: 'cdk.out',
    context: { ...INTEG_CONTEXT, alias },
  };
}

function cdk(cwd: string, args: string[]): boolean {
  console.log(`\n$ cdk ${args.join(' ')}`);
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'cdk'), args, { cwd, stdio: 'inherit' });
  return result.status === 0;
}

function main(): number {
  const alias = process.env.INTEG_ALIAS;
  if (!alias) {
    console.error('INTEG_ALIAS must name an Amazon Connect instance alias no instance in any account uses (1-45 letters, digits and hyphens, '
      + 'not starting with d-): INTEG_ALIAS=acme-integ-1234 npx projen integ:deploy');
    return 2;
  }
  let failed = false;
  for (const integ of INTEG_APPS) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `integ-${integ.name}-`));
    fs.writeFileSync(path.join(dir, 'cdk.json'), JSON.stringify(cdkJson(integ.file, alias), undefined, 2));
    const outputs = path.join(dir, 'outputs.json');
    try {
      // The test stack, then the assertion stack, whose assertions wait until they hold or fail its deployment.
      if (!cdk(dir, ['deploy', '--all', '--require-approval', 'never', '--outputs-file', outputs])) {
        console.error(`${integ.name}: deployment failed (a failed assertion fails the assertion stack's deployment)`);
        failed = true;
      } else {
        const failures = failedAssertions(JSON.parse(fs.readFileSync(outputs, 'utf8')));
        failures.forEach((f) => console.error(`${integ.name}: assertion failed: ${f}`));
        failed ||= failures.length > 0;
        if (failures.length === 0) {
          console.log(`${integ.name}: every assertion holds`);
        }
      }
    } finally {
      if (!cdk(dir, ['destroy', '--all', '--force'])) {
        console.error(`${integ.name}: cdk destroy failed: delete what remains of its stacks by hand (see ${dir}/cdk.out for their names)`);
        failed = true;
      }
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main();
}
