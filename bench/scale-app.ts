/**
 * One stack holding one contact center built by bench/center.ts, for
 * whole-process measurement: `node scale-app.js <S|M|L>`, `x<factor>` for M
 * grown by a factor (`x1.20`), or `unit` for the center with one of each
 * resource (`scaledM(0)`: the fixed cost bench/run.ts takes off the
 * per-resource figures).
 */
import { App, Stack } from 'aws-cdk-lib';
import { buildCenter, scaledM, SIZES, SizeName } from './center';

const arg = process.argv[2] ?? '';
// Context (examples/cdk.json) comes from the environment, as `cdk synth` passes it.
const app = new App();
const stack = new Stack(app, 'ScaleCenter', { env: { region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' } });
if (arg === 'unit') {
  buildCenter(stack, scaledM(0), 'acme-scale-unit');
} else if (/^x\d+(\.\d+)?$/.test(arg)) {
  buildCenter(stack, scaledM(Number(arg.slice(1))), `acme-scale-${arg.slice(1).replace('.', '-')}`);
} else if (arg in SIZES) {
  buildCenter(stack, SIZES[arg as SizeName], `acme-scale-${arg.toLowerCase()}`);
} else {
  throw new Error(`the size must be S, M, L, x<factor> or unit, got ${JSON.stringify(arg)}`);
}
app.synth();
