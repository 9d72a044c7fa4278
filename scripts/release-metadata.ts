/**
 * `pnpm release:metadata --repository URL` writes the repository, homepage and bugs fields
 * every published package needs for `npm publish --provenance`; `--check` fails while any
 * is missing. The address is the project owners' to give, so it is never guessed.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  parseRepositoryAddress,
  workspaceReleaseProblems,
  writeReleaseMetadata,
} from './packaging/release-metadata.ts';

/** Writes (with `--repository`) and checks the release fields; the process's exit status. */
function releaseMetadata(root: string): number {
  const { values } = parseArgs({
    options: { repository: { type: 'string' }, check: { type: 'boolean', default: false } },
  });
  if (values.repository !== undefined) {
    const address = parseRepositoryAddress(values.repository);
    if ('error' in address) {
      console.error(address.error);
      return 2;
    }
    for (const file of writeReleaseMetadata(root, address)) console.log(`wrote ${file}`);
  } else if (!values.check) {
    console.error('usage: pnpm release:metadata --repository URL | --check');
    return 2;
  }
  const problems = workspaceReleaseProblems(root);
  if (problems.length > 0) {
    console.error(`not ready for a provenance publish:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  console.log('every published package names its repository, homepage and bugs');
  return 0;
}

process.exitCode = releaseMetadata(join(import.meta.dirname, '..'));
