import { awscdk } from 'projen';

/**
 * Release, packaging, package checks and publishing. See README "Releases".
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
  // it from .jsii), the README's picture (linked from the repository), and the
  // handler compiled by tsc (the deployed handler is the esbuild bundle in assets/).
  for (const pattern of ['/API.md', '/docs/', '/lib/**/*.lambda.*', '/CHANGELOG.md']) {
    project.addPackageIgnore(pattern);
  }

  // `build` packages the npm tarball only (it needs nothing but Node.js) and
  // checks its file list and size.
  const checkPackage = project.addTask('check:package', {
    description: 'Check the npm tarball (npm pack --dry-run) against the file allow-list and byte budget',
    exec: 'node scripts/check-package.js',
  });
  project.packageTask.reset();
  project.packageTask.spawn(project.tasks.tryFind('package:js')!);
  project.packageTask.spawn(checkPackage);
}
