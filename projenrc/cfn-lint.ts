import { awscdk } from 'projen';

/** The Python virtualenv cfn-lint is installed into (scripts/cfn-lint-venv.sh); never committed, never packed. */
const VENV = '.venv-cfnlint';

/** The cfn-lint test of the harness, which `lint:cfn` runs alone. */
const CFN_LINT_TEST = 'test/harness/cfn-lint.test.ts';

/**
 * cfn-lint, the CloudFormation linter, as a second template validator beside
 * aws-cdk-lib's built-in one: scripts/cfn-lint-venv.sh installs the version
 * pinned in scripts/cfn-lint-requirements.txt into a virtualenv in the
 * repository, before jest in `test` (so a fresh clone, CI's and the release
 * test's included, gets it), and test/harness/cfn-lint.test.ts lints every
 * scenario's template with it. `npx projen lint:cfn` runs that test alone.
 */
export function configureCfnLint(project: awscdk.AwsCdkConstructLibrary): void {
  project.gitignore.exclude(`/${VENV}/`);
  project.addPackageIgnore(`/${VENV}/`);
  // Thousands of files (cfn-lint's schemas are JSON) that jest, tsc and eslint must not read.
  project.jest!.addIgnorePattern(`/${VENV}/`);
  project.jest!.addWatchIgnorePattern(`/${VENV}/`);
  project.jest!.config.modulePathIgnorePatterns = [`<rootDir>/${VENV}/`];
  project.tsconfigDev.addExclude(VENV);
  project.eslint!.addIgnorePattern(`/${VENV}/`);

  const venv = project.addTask('cfn-lint:venv', {
    description: `Install the pinned cfn-lint into ${VENV}/ (does nothing when it is there already)`,
    exec: 'scripts/cfn-lint-venv.sh',
  });
  for (const name of ['test', 'test:update', 'test:watch']) {
    project.tasks.tryFind(name)?.prependSpawn(venv);
  }

  const lint = project.addTask('lint:cfn', {
    description: 'Lint the template of every harness scenario and of the example with cfn-lint (the cfn-lint test alone)',
  });
  lint.spawn(venv);
  lint.exec(`jest --ci --passWithNoTests=false ${CFN_LINT_TEST}`);
}
