import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli';

const ROOT = join(__dirname, '../..');
const PROGRAM = join(ROOT, 'dist/lib/cli/program.js');
const EXAMPLE = join(ROOT, 'examples/contoso/lighthouse.yaml');
const TERRAFORM_INPUT = join(ROOT, 'test/fixtures/terraform/contoso-synth/fabrikam/cdk.tf.json');
const maybe = existsSync(PROGRAM) ? test.each : test.skip.each;
const maybeOnce = existsSync(PROGRAM) ? test : test.skip;

/** The cdktf runtime, the provider bindings and constructs: seconds of loading, needed by synth only. */
const CDKTF = /node_modules[\\/](cdktf|@cdktf|constructs)[\\/]/;
/** What start-up must not pay for on a manifest: Ajv's compiler (validators are precompiled) and the importers. */
// An importer is its folder but its light `detect.js`, which detection loads for every input.
const NOT_FOR_A_MANIFEST = /node_modules[\\/]ajv[\\/]dist[\\/](?!runtime[\\/])|dist[\\/]lib[\\/]import[\\/](arm|terraform|az-cli)[\\/](?!detect\.js$)/;

/** Runs the compiled CLI in a fresh process and lists the loaded modules whose path matches `pattern`. */
function modulesLoadedBy(argv: string[], pattern: RegExp): { code: number; loaded: string[] } {
  const script = `
    const { runCli } = require(${JSON.stringify(PROGRAM)});
    runCli(${JSON.stringify(argv)}, { stdout() {}, stderr() {}, color: false }).then((code) => {
      const pattern = new RegExp(${JSON.stringify(pattern.source)});
      const loaded = Object.keys(require.cache).filter((p) => pattern.test(p)).map((p) => p.slice(${JSON.stringify(ROOT.length)}));
      process.stdout.write(JSON.stringify({ code, loaded }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: 'pipe' }));
}

maybe([
  ['check', ['check', EXAMPLE, '--format', 'json']],
  ['arm', ['arm', EXAMPLE, '--out', join(tempDir(), 'arm')]],
  ['partner-center', ['partner-center', EXAMPLE, '--out', join(tempDir(), 'pc')]],
  ['import', ['import', TERRAFORM_INPUT]],
])('%s never loads cdktf, the provider bindings or constructs', (_name, argv) => {
  expect(modulesLoadedBy(argv as string[], CDKTF)).toEqual({ code: 0, loaded: [] });
});

maybeOnce('check of a manifest loads neither the Ajv compiler nor an importer', () => {
  expect(modulesLoadedBy(['check', EXAMPLE], NOT_FOR_A_MANIFEST)).toEqual({ code: 0, loaded: [] });
});

maybeOnce('check of Terraform JSON loads the Terraform importer, and only that one (the filter above can see importers)', () => {
  const { code, loaded } = modulesLoadedBy(['check', TERRAFORM_INPUT], NOT_FOR_A_MANIFEST);
  expect(code).toBe(0);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.every((p) => p.includes('/lib/import/terraform/'))).toBe(true);
});

/** What `--help` and `rules` must not pay for: the YAML parser, the readers and validators, the role catalog. */
const NOT_FOR_HELP = /node_modules[\\/](yaml|ajv)[\\/]|dist[\\/]lib[\\/](source|roles[\\/](catalog|builtin-roles)|manifest[\\/]generated|policy[\\/]generated)/;

maybe([
  ['--help', ['--help']],
  ['rules', ['rules']],
  ['rules --json', ['rules', '--json']],
])('%s loads neither the YAML parser, the validators nor the role catalog', (_name, argv) => {
  expect(modulesLoadedBy(argv as string[], NOT_FOR_HELP)).toEqual({ code: 0, loaded: [] });
});

maybeOnce('the pattern above sees the YAML parser, the validators and the role catalog when check loads them', () => {
  const { loaded } = modulesLoadedBy(['check', EXAMPLE], NOT_FOR_HELP);
  for (const part of ['node_modules/yaml/', 'dist/lib/source/', 'dist/lib/roles/builtin-roles.json', 'dist/lib/manifest/generated/']) {
    expect(loaded.some((p) => p.includes(part))).toBe(true);
  }
});
