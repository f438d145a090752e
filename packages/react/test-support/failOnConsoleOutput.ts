import { afterEach, beforeEach, expect, vi } from 'vitest';

/** Test support: fails each test of the file that writes to console.error or console.warn. */
export function failOnConsoleOutput(): void {
  let errors: ReturnType<typeof vi.spyOn>;
  let warnings: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error');
    warnings = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
}
