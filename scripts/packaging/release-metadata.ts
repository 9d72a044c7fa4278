/**
 * The metadata npm's provenance needs before a release, kept in one place.
 *
 * `npm publish --provenance` links a package to the repository and workflow that built it
 * and refuses a package whose `repository` does not name that repository. The canonical
 * address of the project is a decision for its owners, so the manifests do not carry one
 * until somebody gives it: `pnpm release:metadata --repository URL` writes `repository`
 * (with the package's directory), `homepage` and `bugs` into every published package, and
 * `pnpm release:metadata --check` fails, naming each package and field, while any is
 * missing or points elsewhere. Nothing here guesses an address.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publishedPackages } from './published-packages.ts';

/** A repository address split into the parts the manifests need. */
export interface RepositoryAddress {
  /** `git+https://host/owner/name.git`, the form npm writes and provenance compares. */
  readonly gitUrl: string;
  /** `https://host/owner/name`, where a browser reads the repository. */
  readonly webUrl: string;
}

/**
 * Parses a repository address given as `https://host/owner/name(.git)`,
 * `git+https://host/owner/name.git` or `git@host:owner/name.git`; anything else is
 * refused with the reason, since a wrong address makes every provenance publish fail.
 */
export function parseRepositoryAddress(input: string): RepositoryAddress | { readonly error: string } {
  const text = input.trim();
  const ssh = /^git@([^:/\s]+):([^/\s]+)\/([^/\s]+?)(?:\.git)?$/.exec(text);
  const web = /^(?:git\+)?https:\/\/([^/\s]+)\/([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(text);
  const match = ssh ?? web;
  if (!match) {
    return {
      error: `"${input}" is not a repository address: give https://host/owner/name, git+https://host/owner/name.git or git@host:owner/name.git`,
    };
  }
  const [, host, owner, name] = match;
  return { gitUrl: `git+https://${host}/${owner}/${name}.git`, webUrl: `https://${host}/${owner}/${name}` };
}

/** The release fields one published package should carry, given the repository address. */
export function releaseFields(address: RepositoryAddress, directory: string) {
  return {
    repository: { type: 'git', url: address.gitUrl, directory },
    homepage: `${address.webUrl}/tree/main/${directory}#readme`,
    bugs: { url: `${address.webUrl}/issues` },
  };
}

/** The release fields as a manifest holds them (all optional until written). */
interface ReleaseManifest {
  readonly name: string;
  readonly repository?: { readonly type?: string; readonly url?: string; readonly directory?: string } | string;
  readonly homepage?: string;
  readonly bugs?: { readonly url?: string } | string;
}

/**
 * What keeps one manifest from a provenance publish: a missing or string-only
 * `repository`, a directory that is not the package's own, and repository addresses that
 * differ between packages (`others` is the address the first package names).
 */
export function releaseMetadataProblems(manifest: ReleaseManifest, directory: string, others?: string): string[] {
  const name = manifest.name;
  const repo = manifest.repository;
  if (repo === undefined) return [`${name}: no repository (run pnpm release:metadata --repository URL)`];
  if (typeof repo === 'string' || !repo.url)
    return [`${name}: repository must be an object with type, url and directory`];
  const problems: string[] = [];
  if (repo.type !== 'git') problems.push(`${name}: repository.type is ${repo.type ?? '(none)'}, not git`);
  if (!repo.url.startsWith('git+https://')) problems.push(`${name}: repository.url ${repo.url} is not git+https://`);
  if (repo.directory !== directory)
    problems.push(`${name}: repository.directory is ${repo.directory ?? '(none)'}, not ${directory}`);
  if (others !== undefined && repo.url !== others)
    problems.push(`${name}: repository.url ${repo.url} differs from the other packages' ${others}`);
  if (!manifest.homepage) problems.push(`${name}: no homepage`);
  if (!manifest.bugs) problems.push(`${name}: no bugs`);
  return problems;
}

/** Every problem of every published package of the workspace at `root`. */
export function workspaceReleaseProblems(root: string): string[] {
  let first: string | undefined;
  const problems: string[] = [];
  for (const pkg of publishedPackages(root)) {
    const manifest = pkg.manifest as ReleaseManifest;
    const directory = relative(root, pkg.dir).split('\\').join('/');
    problems.push(...releaseMetadataProblems(manifest, directory, first));
    const url = typeof manifest.repository === 'object' ? manifest.repository.url : undefined;
    first ??= url;
  }
  return problems;
}

/**
 * Writes the release fields into every published package's package.json, keeping every
 * other field and its order; returns the manifests written.
 */
export function writeReleaseMetadata(root: string, address: RepositoryAddress): string[] {
  const written: string[] = [];
  for (const pkg of publishedPackages(root)) {
    const file = join(pkg.dir, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const directory = relative(root, pkg.dir).split('\\').join('/');
    Object.assign(manifest, releaseFields(address, directory));
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    written.push(file);
  }
  return written;
}
