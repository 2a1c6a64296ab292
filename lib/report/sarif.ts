import { Finding, Level, Rule } from '../policy/rule';
import { ReportInput, rulesById } from './report-input';
import { jsonWithVisibleText, visibleText } from '../util/visible-text';

/*
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). @types/sarif is not a dependency, so the few
 * shapes written here are declared locally, named as in the specification.
 */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
export const INFORMATION_URI = 'https://github.com/lighthouse-iac/lighthouse-iac';
/**
 * The `partialFingerprints` key: the runner's fingerprint, versioned so it can change without clashing. v2: derived
 * from the finding's subject (v1 let two offers sharing a set collide on one subscription).
 */
export const FINGERPRINT_KEY = 'lighthouseFindingHash/v2';
/** The base of relative artifact URIs (the checkout root for GitHub). */
export const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifToolComponent };
  /** Columns are positions in JavaScript strings (the YAML parser's offsets). */
  readonly columnKind: 'utf16CodeUnits';
  readonly results: readonly SarifResult[];
}

export interface SarifToolComponent {
  readonly name: string;
  readonly version: string;
  readonly semanticVersion?: string;
  readonly informationUri: string;
  readonly rules: readonly SarifReportingDescriptor[];
}

export interface SarifMultiformatMessage {
  readonly text: string;
  readonly markdown?: string;
}

export interface SarifReportingDescriptor {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifMultiformatMessage;
  readonly fullDescription: SarifMultiformatMessage;
  readonly help: SarifMultiformatMessage;
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties: { readonly tags: readonly string[] };
}

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex?: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: readonly SarifLocation[];
  readonly partialFingerprints: Readonly<Record<string, string>>;
  readonly suppressions?: readonly SarifSuppression[];
  readonly properties?: Readonly<Record<string, string>>;
}

export interface SarifLocation {
  readonly physicalLocation: {
    readonly artifactLocation: SarifArtifactLocation;
    readonly region: { readonly startLine: number; readonly startColumn: number };
  };
  readonly logicalLocations?: ReadonlyArray<{ readonly fullyQualifiedName: string }>;
}

export interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

export interface SarifSuppression {
  readonly kind: 'inSource' | 'external';
  readonly justification?: string;
}

const SARIF_LEVEL: Record<Level, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF log as data (what `renderSarif` prints). */
export function sarifLog(input: ReportInput): SarifLog {
  const rules = [...rulesById(input.rules).values()];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [{
      tool: {
        driver: {
          name: input.tool.name,
          version: input.tool.version,
          ...(SEMVER.test(input.tool.version) && { semanticVersion: input.tool.version }),
          informationUri: INFORMATION_URI,
          rules: rules.map(reportingDescriptor),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: input.findings.map((finding) => result(finding, index.get(finding.ruleId), input)),
    }],
  };
}

/** Pretty-printed (2 spaces) with a trailing newline. */
export function renderSarif(input: ReportInput): string {
  return `${jsonWithVisibleText(sarifLog(input), 2)}\n`;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function reportingDescriptor(rule: Rule): SarifReportingDescriptor {
  const help = [rule.fix, `Source: ${rule.source}`, ...(rule.helpUri === '' ? [] : [`Documentation: ${rule.helpUri}`])];
  const helpMarkdown = [
    `**How to fix:** ${rule.fix}`,
    `Source: \`${rule.source.replace(/`/g, "'")}\``,
    ...(rule.helpUri === '' ? [] : [`Documentation: [${rule.helpUri}](${rule.helpUri})`]),
  ];
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text: help.join('\n\n'), markdown: helpMarkdown.join('\n\n') },
    ...(rule.helpUri !== '' && { helpUri: rule.helpUri }),
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultLevel] },
    properties: { tags: [rule.pack] },
  };
}

function result(finding: Finding, ruleIndex: number | undefined, input: ReportInput): SarifResult {
  const location = finding.location;
  const properties: Record<string, string> = {};
  for (const key of ['customer', 'subscription', 'offer', 'scope', 'principal', 'role'] as const) {
    const value = finding[key];
    if (value !== undefined) properties[key] = value;
  }
  if (finding.customers !== undefined) properties.customers = finding.customers.join(',');
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined && { ruleIndex }),
    level: SARIF_LEVEL[finding.level],
    // Shown by code-scanning UIs: controls and bidirectional overrides visible, not interpreted.
    message: { text: visibleText(finding.message, { keepLineBreaks: true }) },
    // GitHub requires a location: a finding about no particular entry points at the top of the manifest.
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(location?.file ?? input.manifestFile, input.baseDir),
        region: { startLine: location?.line ?? 1, startColumn: location?.column ?? 1 },
      },
      ...(location !== undefined && { logicalLocations: [{ fullyQualifiedName: location.path }] }),
    }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.suppressed && {
      suppressions: [{ kind: 'inSource' as const, ...(finding.suppressionReason !== undefined && { justification: finding.suppressionReason }) }],
    }),
    ...(Object.keys(properties).length > 0 && { properties }),
  };
}

/** `Owner role is not allowed` -> `OwnerRoleIsNotAllowed` (words are runs of letters and digits). */
export function pascalCase(title: string): string {
  return (title.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word[0].toUpperCase() + word.slice(1)).join('');
}

/**
 * The artifact location of a file: relative to `baseDir` (or as given, when relative and no base) against
 * `%SRCROOT%`, forward slashes, percent-encoded; an absolute path outside the base becomes a `file://` URI.
 * Pure: never consults the working directory.
 */
export function artifactLocation(file: string, baseDir?: string): SarifArtifactLocation {
  const path = normalize(file);
  if (baseDir !== undefined) {
    const base = normalize(baseDir);
    if (base === '.' || base === '') {
      if (!isAbsolute(path)) return { uri: encodePath(path), uriBaseId: SRCROOT };
    } else if (isAbsolute(base) === isAbsolute(path)) {
      const relative = under(path, base);
      if (relative !== undefined) return { uri: encodePath(relative), uriBaseId: SRCROOT };
    }
  }
  if (!isAbsolute(path)) return { uri: encodePath(path), uriBaseId: SRCROOT };
  return { uri: fileUri(path) };
}

/** Forward slashes, no `.` segments, no duplicate or trailing slashes (`..` kept: it has no meaning without a base). */
function normalize(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const prefix = /^\/\/+/.test(slashed) ? '//' : /^\//.test(slashed) ? '/' : '';
  const segments = slashed.split('/').filter((segment) => segment !== '' && segment !== '.');
  const body = segments.join('/');
  return prefix === '' && body === '' ? '.' : prefix + body;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** `path` relative to `base` when it lies inside it (drive letters compared without case). */
function under(path: string, base: string): string | undefined {
  const comparable = (p: string): string => p.replace(/^([A-Za-z]):/, (_, drive: string) => `${drive.toLowerCase()}:`);
  const p = comparable(path);
  const b = comparable(base).replace(/\/$/, '');
  if (b.split('/').includes('..')) return undefined;
  if (p.startsWith(`${b}/`)) return path.slice(b.length + 1);
  if (b === '/' && p.startsWith('/') && !p.startsWith('//')) return path.slice(1);
  return undefined;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `/a/b` -> `file:///a/b`, `C:/a` -> `file:///C:/a`, `//server/share/a` -> `file://server/share/a`. */
function fileUri(path: string): string {
  if (path.startsWith('//')) return `file:${encodePath(path)}`;
  const drive = /^[A-Za-z]:\//.exec(path);
  if (drive) return `file:///${path.slice(0, 2)}/${encodePath(path.slice(3))}`;
  return `file://${encodePath(path)}`;
}
