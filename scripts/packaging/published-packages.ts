/**
 * Which workspace packages are published, and what a packed manifest must (not) hold to
 * install like any other package: dist/ entry points that exist in the tarball, no
 * `workspace:` ranges, no path back into the repository, a licence, engines, a README, a
 * changelog and no tests.
 *
 * A package is published when it is not private and declares `publishConfig.exports`; a
 * new package (store-eventstoredb, say) is picked up as soon as it adopts the shared build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fields of a package.json the checks read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly engines?: { readonly node?: string };
  readonly files?: readonly string[];
  readonly types?: string;
  readonly exports?: Record<string, unknown>;
  readonly publishConfig?: { readonly exports?: Record<string, unknown> };
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly scripts?: Record<string, string>;
}

/** A publishable package of the workspace: its directory and manifest. */
export interface PublishedPackage {
  readonly dir: string;
  readonly manifest: Manifest;
}

/** Every publishable package under `<root>/packages`, in directory order. */
export function publishedPackages(root: string): PublishedPackage[] {
  const out: PublishedPackage[] = [];
  for (const entry of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(root, 'packages', entry.name);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    } catch {
      continue;
    }
    if (!manifest.private && manifest.publishConfig?.exports) out.push({ dir, manifest });
  }
  return out;
}

/** Every string inside a JSON value, with its path (`exports../testing.types`). */
function strings(value: unknown, path: string, out: { path: string; value: string }[]) {
  if (typeof value === 'string') out.push({ path, value });
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) strings(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/**
 * What is wrong with a packed manifest, given the paths in its tarball (relative to the
 * package root, e.g. `dist/index.js`). An empty list means it installs like any other package.
 */
export function packedManifestProblems(manifest: Manifest, tarballFiles: readonly string[]): string[] {
  const problems: string[] = [];
  const files = new Set(tarballFiles);
  const name = manifest.name;
  if (!manifest.license) problems.push(`${name}: no license`);
  if (!manifest.engines?.node) problems.push(`${name}: no engines.node`);
  if (!manifest.files?.length) problems.push(`${name}: no files list`);
  for (const required of ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json']) {
    if (!files.has(required)) problems.push(`${name}: the tarball has no ${required}`);
  }
  for (const file of tarballFiles) {
    if (/\.test\.|(^|\/)test-(fixtures|support)\//.test(file))
      problems.push(`${name}: the tarball holds test file ${file}`);
    if (file.endsWith('.ts') && !file.endsWith('.d.ts'))
      problems.push(`${name}: the tarball holds TypeScript source ${file}`);
  }
  if (!manifest.exports?.['.']) problems.push(`${name}: no exports["."]`);
  for (const { path, value } of strings(manifest.exports ?? {}, 'exports', [])) {
    const file = value.replace(/^\.\//, '');
    if (!files.has(file)) problems.push(`${name}: ${path} points at ${value}, which is not in the tarball`);
    if (!/^\.\/dist\/.+\.(js|d\.ts)$/.test(value)) problems.push(`${name}: ${path} = ${value} is not a dist/ file`);
  }
  if (!manifest.types || !files.has(manifest.types.replace(/^\.\//, ''))) {
    problems.push(`${name}: types ${manifest.types ?? '(none)'} is not in the tarball`);
  }
  for (const { path, value } of strings(manifest, '', [])) {
    if (value.startsWith('workspace:')) problems.push(`${name}: ${path} is a workspace range (${value})`);
    if (value.includes('../')) problems.push(`${name}: ${path} = ${value} points outside the package`);
    if (/(^|[^a-z])src\//.test(value) && path !== 'description')
      problems.push(`${name}: ${path} = ${value} points at src/`);
  }
  return problems;
}
