import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers/cli';
import { readTree } from '../helpers/tree';
import { inspectOutputTarget, MARKER_FILE } from '../../lib/output/output-target';
import { SYNTH_LAYOUT } from '../../lib/output/layout';

const EXAMPLE = join(__dirname, '../../examples/contoso/lighthouse.yaml');
const COMMANDS = ['synth', 'arm', 'partner-center'] as const;

/**
 * A user's repository: the manifest, a folder of their own files, a notes file and a `.git` folder, inside a
 * parent directory that holds a file of its own. The tests run with the repository as working directory.
 */
function userRepository(): { parent: string; repo: string } {
  const parent = tempDir('lighthouse-iac-safety-');
  const repo = join(parent, 'repo');
  mkdirSync(join(repo, 'src'), { recursive: true });
  mkdirSync(join(repo, '.git', 'refs'), { recursive: true });
  copyFileSync(EXAMPLE, join(repo, 'lighthouse.yaml'));
  writeFileSync(join(repo, 'src', 'main.ts'), 'export const mine = 1;\n');
  writeFileSync(join(repo, 'notes.txt'), 'my notes\n');
  writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(parent, 'budget.xlsx'), 'numbers');
  return { parent, repo };
}

/** Every file under `root` with its bytes, and every directory: what must survive a refused run unchanged. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = `${prefix}${name}`;
      if (lstatSync(path).isDirectory()) {
        files[`${rel}/`] = '(dir)';
        walk(path, `${rel}/`);
      } else files[rel] = readFileSync(path).toString('base64');
    }
  };
  walk(root, '');
  return files;
}

async function inDirectory<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await run();
  } finally {
    process.chdir(before);
  }
}

describe.each(COMMANDS)('%s --out never destroys what the tool did not write', (command) => {
  test.each([
    ['.', /it is the working directory/],
    ['..', /it contains the working directory/],
    ['src', /it is not empty and was not written by lighthouse-iac .*no \.lighthouse-iac marker; it holds main\.ts/],
    ['notes.txt', /it is a file, not a directory/],
    ['lighthouse.yaml', /it is a file, not a directory/],
    ['', /the output directory is an empty string/],
  ])('--out %j: exit 2, says why, and every user file is still there byte for byte', async (out, why) => {
    const { parent, repo } = userRepository();
    const before = snapshot(parent);
    const result = await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', out));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(why);
    expect(result.stderr).toContain('fix:');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(parent)).toEqual(before);
  });

  test('an --out that contains the input (the manifest in a folder of its own) is refused', async () => {
    const { parent, repo } = userRepository();
    mkdirSync(join(repo, 'config'));
    copyFileSync(EXAMPLE, join(repo, 'config', 'lighthouse.yaml'));
    const before = snapshot(parent);
    const result = await inDirectory(repo, () => cli(command, join('config', 'lighthouse.yaml'), '--out', 'config'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/it contains the input file config\/lighthouse\.yaml/);
    expect(snapshot(parent)).toEqual(before);
  });

  test('an --out that contains the policy file is refused, even when it is empty otherwise', async () => {
    const { parent, repo } = userRepository();
    mkdirSync(join(repo, 'out'));
    writeFileSync(join(repo, 'out', 'policy.yaml'), 'rules: {}\n');
    const result = await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', 'out', '--policy', join('out', 'policy.yaml')));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/it contains the input file out\/policy\.yaml/);
    expect(readFileSync(join(repo, 'out', 'policy.yaml'), 'utf8')).toBe('rules: {}\n');
    expect(existsSync(join(parent, 'repo', 'out', MARKER_FILE))).toBe(false);
  });

  test('re-running into its own output works every time and leaves nothing beside it', async () => {
    const { repo } = userRepository();
    const first = await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', 'generated'));
    expect(first.code).toBe(0);
    const written = readTree(join(repo, 'generated'));
    expect(JSON.parse(written[MARKER_FILE])).toMatchObject({ tool: 'lighthouse-iac', command });
    for (let run = 0; run < 3; run++) {
      const again = await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', 'generated'));
      expect(again.code).toBe(0);
      expect(readTree(join(repo, 'generated'))).toEqual(written);
    }
    expect(readdirSync(repo).sort()).toEqual(['.git', 'generated', 'lighthouse.yaml', 'notes.txt', 'src']);
  });

  test('an empty directory is used as it is; its mode stays', async () => {
    const { repo } = userRepository();
    mkdirSync(join(repo, 'empty'));
    chmodSync(join(repo, 'empty'), 0o750);
    expect((await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', 'empty'))).code).toBe(0);
    expect(statSync(join(repo, 'empty')).mode & 0o777).toBe(0o750);
    expect((await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', 'empty'))).code).toBe(0);
    expect(statSync(join(repo, 'empty')).mode & 0o777).toBe(0o750);
  });

  test('a new directory gets the mode of the umask, not 0700', async () => {
    const { repo } = userRepository();
    expect((await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', join('deep', 'new')))).code).toBe(0);
    const umask = process.umask();
    expect(statSync(join(repo, 'deep', 'new')).mode & 0o777).toBe(0o777 & ~umask);
  });

  test('a symbolic link at --out stays a link; the output goes into its target', async () => {
    const { parent, repo } = userRepository();
    mkdirSync(join(parent, 'elsewhere'));
    symlinkSync(join(parent, 'elsewhere'), join(repo, 'linked'));
    for (let run = 0; run < 2; run++) {
      expect((await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', 'linked'))).code).toBe(0);
      expect(lstatSync(join(repo, 'linked')).isSymbolicLink()).toBe(true);
      expect(readdirSync(join(parent, 'elsewhere'))).toContain(MARKER_FILE);
    }
  });

  test('a symbolic link to a missing directory is refused', async () => {
    const { parent, repo } = userRepository();
    symlinkSync(join(parent, 'nowhere'), join(repo, 'dangling'));
    const result = await inDirectory(repo, () => cli(command, 'lighthouse.yaml', '--out', 'dangling'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/symbolic link to a directory that does not exist/);
    expect(existsSync(join(parent, 'nowhere'))).toBe(false);
  });
});

describe('output directories of one command are not another\'s', () => {
  test('synth refuses an arm output directory, and the reverse', async () => {
    const { repo } = userRepository();
    expect((await inDirectory(repo, () => cli('arm', 'lighthouse.yaml', '--out', 'out'))).code).toBe(0);
    const before = readTree(join(repo, 'out'));
    const result = await inDirectory(repo, () => cli('synth', 'lighthouse.yaml', '--out', 'out'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/it holds the output of `lighthouse-iac arm`, not of `lighthouse-iac synth`/);
    expect(readTree(join(repo, 'out'))).toEqual(before);
  });

  test('a marker that is not this tool\'s is refused', async () => {
    const { repo } = userRepository();
    mkdirSync(join(repo, 'out'));
    writeFileSync(join(repo, 'out', MARKER_FILE), 'something else\n');
    const result = await inDirectory(repo, () => cli('synth', 'lighthouse.yaml', '--out', 'out'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/marker is not one lighthouse-iac writes/);
    expect(readFileSync(join(repo, 'out', MARKER_FILE), 'utf8')).toBe('something else\n');
  });
});

describe('the home directory and file system roots are never an output', () => {
  test('--out / is refused', async () => {
    const { repo } = userRepository();
    const root = await inDirectory(repo, () => cli('synth', 'lighthouse.yaml', '--out', '/'));
    expect(root.code).toBe(2);
    expect(root.stderr).toMatch(/the root of a file system/);
  });

  test('the home directory and its ancestors are refused even when empty or marked', () => {
    const { repo } = userRepository();
    const home = join(repo, 'home', 'me');
    mkdirSync(home, { recursive: true });
    const cwd = join(repo, 'src');
    expect(() => inspectOutputTarget(home, SYNTH_LAYOUT, { home, cwd })).toThrow(/it is your home directory/);
    expect(() => inspectOutputTarget(join(repo, 'home'), SYNTH_LAYOUT, { home, cwd })).toThrow(/it contains your home directory/);
    expect(inspectOutputTarget(join(home, 'cdktf.out'), SYNTH_LAYOUT, { home, cwd }).state).toBe('missing');
  });
});

describe('report outputs (check --output, import --output)', () => {
  test('check --output <the manifest> is refused and the manifest stays', async () => {
    const { repo } = userRepository();
    const manifest = readFileSync(join(repo, 'lighthouse.yaml'), 'utf8');
    const result = await inDirectory(repo, () => cli('check', 'lighthouse.yaml', '--output', 'lighthouse.yaml'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write the report to lighthouse\.yaml: it is the input file lighthouse\.yaml/);
    expect(readFileSync(join(repo, 'lighthouse.yaml'), 'utf8')).toBe(manifest);
  });

  test('a hard link to the input is the input too', async () => {
    const { repo } = userRepository();
    linkSync(join(repo, 'lighthouse.yaml'), join(repo, 'report.txt'));
    const result = await inDirectory(repo, () => cli('check', 'lighthouse.yaml', '--output', 'report.txt'));
    expect(result.code).toBe(2);
    expect(readFileSync(join(repo, 'lighthouse.yaml'), 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  test('import --output <the input> is refused', async () => {
    const { repo } = userRepository();
    const result = await inDirectory(repo, () => cli('import', 'lighthouse.yaml', '--output', 'lighthouse.yaml'));
    expect(result.code).toBe(2);
    expect(readFileSync(join(repo, 'lighthouse.yaml'), 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  test('a directory as --output is refused; -o - is standard output', async () => {
    const { repo } = userRepository();
    const dir = await inDirectory(repo, () => cli('check', 'lighthouse.yaml', '--output', 'src'));
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/it is a directory/);
    const stdout = await inDirectory(repo, () => cli('check', 'lighthouse.yaml', '--format', 'json', '-o', '-'));
    expect(JSON.parse(stdout.stdout).tool.name).toBe('lighthouse-iac');
    expect(existsSync(join(repo, '-'))).toBe(false);
  });

  test('an existing report is replaced and keeps its mode; no temporary file is left', async () => {
    const { repo } = userRepository();
    writeFileSync(join(repo, 'report.json'), 'old');
    chmodSync(join(repo, 'report.json'), 0o640);
    expect((await inDirectory(repo, () => cli('check', 'lighthouse.yaml', '--format', 'json', '-o', 'report.json'))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'report.json'), 'utf8')).tool.name).toBe('lighthouse-iac');
    expect(statSync(join(repo, 'report.json')).mode & 0o777).toBe(0o640);
    expect(readdirSync(repo).sort()).toEqual(['.git', 'lighthouse.yaml', 'notes.txt', 'report.json', 'src']);
  });
});

describe('leftovers of versions that staged beside the output', () => {
  test('.tmp-<out>-XXXXXX and .previous folders holding only tool output are removed; anything else with such a name stays', async () => {
    const { repo } = userRepository();
    for (const name of ['.tmp-cdktf.out-Ab12Cd', '.tmp-cdktf.out-Ab12Cd.previous']) {
      mkdirSync(join(repo, name, 'stacks', 'x'), { recursive: true });
      writeFileSync(join(repo, name, 'stacks', 'x', 'cdk.tf.json'), '{}');
      writeFileSync(join(repo, name, 'manifest.json'), '{}');
    }
    mkdirSync(join(repo, '.tmp-cdktf.out-Zz99Zz'));
    writeFileSync(join(repo, '.tmp-cdktf.out-Zz99Zz', 'thesis.tex'), 'mine');
    expect((await inDirectory(repo, () => cli('synth', 'lighthouse.yaml', '--out', 'cdktf.out'))).code).toBe(0);
    expect(readdirSync(repo).filter((name) => name.startsWith('.tmp-'))).toEqual(['.tmp-cdktf.out-Zz99Zz']);
    expect(readFileSync(join(repo, '.tmp-cdktf.out-Zz99Zz', 'thesis.tex'), 'utf8')).toBe('mine');
  });
});
