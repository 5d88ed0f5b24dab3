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
}
