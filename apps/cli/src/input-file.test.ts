import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { readInputText } from './input-file.ts';
import { scratchDir } from './test-support/run-cli.ts';

describe('readInputText', () => {
  it('reads a file relative to the working directory', () => {
    const scratch = scratchDir();
    try {
      writeFileSync(join(scratch.dir, 'cp.txt'), 'origin\n3\n');
      expect(readInputText('cp.txt', scratch.dir, 'checkpoint file')).toBe('origin\n3\n');
    } finally {
      scratch.remove();
    }
  });

  it('names what the file was for, its path and why it could not be read', () => {
    const scratch = scratchDir();
    try {
      const missing = () => readInputText('nope.txt', scratch.dir, 'checkpoint file');
      expect(missing).toThrow(CliError);
      expect(missing).toThrow('cannot read checkpoint file nope.txt: no such file');
      expect(() => readInputText('.', scratch.dir, 'bundle')).toThrow('cannot read bundle .: it is a directory');
      try {
        missing();
      } catch (error) {
        expect((error as CliError).kind).toBe('environment');
      }
    } finally {
      scratch.remove();
    }
  });
});
