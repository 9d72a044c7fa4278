import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtDashboardRoot } from './dashboard-files.ts';

describe('builtDashboardRoot', () => {
  it('finds the built dashboard through the workspace dependency (the test setup builds it)', () => {
    const root = builtDashboardRoot();
    expect(root).not.toBeNull();
    expect(root!.endsWith(join('dashboard', 'dist'))).toBe(true);
    expect(existsSync(join(root!, 'index.html'))).toBe(true);
  });
});
