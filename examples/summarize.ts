import * as fs from 'fs';
import * as path from 'path';

/**
 * Prints what the synthesized example would deploy, and where its
 * templates were written: a summary for people, not a test.
 */
function main(): void {
  const outdir = path.resolve(__dirname, '..', 'cdk.out');
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf-8'));
  for (const [name, artifact] of Object.entries<any>(manifest.artifacts)) {
    if (artifact.type !== 'aws:cloudformation:stack') {
      continue;
    }
    const templatePath = path.join(outdir, artifact.properties.templateFile);
    const template = JSON.parse(fs.readFileSync(templatePath, 'utf-8'));
    const counts = new Map<string, number>();
    for (const resource of Object.values<any>(template.Resources ?? {})) {
      counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`\nStack ${name} (${artifact.environment}) would deploy ${total} resources:`);
    for (const [type, count] of [...counts.entries()].sort()) {
      console.log(`  ${String(count).padStart(3)}  ${type}`);
    }
    console.log(`Outputs: ${Object.keys(template.Outputs ?? {}).join(', ')}`);
    console.log(`Template: ${path.relative(process.cwd(), templatePath)}`);
  }
}

main();
