import { awscdk } from 'projen';

/**
 * publib, the publisher projen's release workflows use, pinned: `publish:*`
 * runs it with npx, so it is downloaded only when someone publishes.
 */
const PUBLIB = 'publib@0.2.1061';

/**
 * The languages a release packages besides JavaScript. .NET stays configured
 * (`package:dotnet`, `publish:nuget`) but needs a .NET SDK, which the project's
 * machines do not have.
 */
const RELEASE_LANGUAGES = ['python', 'java', 'go'];

/**
 * Release, packaging, package checks and publishing: `npx projen release`
 * cuts a version, `npx projen publish:<registry>` publishes it. See
 * docs/releases.md.
 */
export function configureRelease(project: awscdk.AwsCdkConstructLibrary): void {
  // README examples compile in every jsii language: rosetta compiles each one
  // in strict mode (fixtures in rosetta/) and writes the translations to
  // .jsii.tabl.json, which jsii-pacmak and Construct Hub read.
  const rosetta = project.addTask('rosetta:extract', {
    description: 'Compile the README and doc-comment examples with jsii-rosetta in strict mode and translate them',
    exec: 'jsii-rosetta extract --strict',
  });
  project.postCompileTask.spawn(rosetta);
  project.gitignore.exclude('/.jsii.tabl.json');

  // What the npm tarball leaves out: the API reference (Construct Hub renders
  // it from .jsii), docs/ (the README's picture and the longer documents it
  // links to, read in the repository), the contributor notes, and the handler
  // compiled by tsc (the deployed handler is the esbuild bundle in assets/).
  for (const pattern of ['/API.md', '/docs/', '/CONTRIBUTING.md', '/lib/**/*.lambda.*', '/CHANGELOG.md']) {
    project.addPackageIgnore(pattern);
  }

  // `build` packages the npm tarball only (it needs nothing but Node.js) and
  // checks its file list and size; the release packages the other languages.
  const checkPackage = project.addTask('check:package', {
    description: 'Check the npm tarball (npm pack --dry-run) against the file allow-list and byte budget',
    exec: 'node scripts/check-package.js',
  });
  project.packageTask.reset();
  project.packageTask.spawn(project.tasks.tryFind('package:js')!);
  project.packageTask.spawn(checkPackage);

  const releaseTask = project.tasks.tryFind('release')!;
  // Refuse to start from a dirty tree or from a commit that is already released.
  releaseTask.prependExec('scripts/release-preflight.sh');
  const afterBuild = releaseTask.steps.findIndex((step) => step.spawn === project.buildTask.name) + 1;
  releaseTask.insertStep(afterBuild, ...RELEASE_LANGUAGES.map((language) => ({ spawn: `package:${language}` })));

  // Tests of what a release produces, each from a scratch project outside the repository.
  const tests: Record<string, string> = {
    'test:release': 'Run `npx projen release` in a throwaway clone, check what it produced and copy its dist/ here',
    'test:registry': 'Publish dist/js to a local npm registry and install it by name and version into a new CDK app',
    'test:python': 'Synthesize a ConnectInstance from Python with the wheel in dist/python',
    'test:java': 'Synthesize a ConnectInstance from Java with the Maven artifact in dist/java',
    'test:go': 'Synthesize a ConnectInstance from Go with the module in dist/go',
  };
  for (const [name, description] of Object.entries(tests)) {
    project.addTask(name, { description, exec: `scripts/${name.replace(':', '-')}.sh` });
  }

  // Publishing runs only when asked, from the dist/ of a release.
  const publishers: Record<string, [string, string]> = {
    npm: ['publib-npm', 'npm (NPM_TOKEN; NPM_CONFIG_PROVENANCE=true from a CI that supports provenance)'],
    pypi: ['publib-pypi', 'PyPI (TWINE_USERNAME, TWINE_PASSWORD)'],
    maven: ['publib-maven', 'Maven Central (MAVEN_SERVER_ID, MAVEN_USERNAME, MAVEN_PASSWORD, MAVEN_GPG_PRIVATE_KEY, MAVEN_GPG_PRIVATE_KEY_PASSPHRASE)'],
    go: ['publib-golang', 'the Go module repository (GITHUB_TOKEN)'],
    nuget: ['publib-nuget', 'NuGet (NUGET_API_KEY; needs dist/dotnet, built with a .NET SDK)'],
  };
  for (const [registry, [command, description]] of Object.entries(publishers)) {
    project.addTask(`publish:${registry}`, {
      description: `Publish the release in dist/ to ${description}`,
      exec: `scripts/publish.sh ${registry} ${PUBLIB} ${command}`,
    });
  }
}
