// Component tests opt into a DOM with `// @vitest-environment happy-dom`; core tests run in plain Node.
import { afterEach, beforeAll } from 'vitest';

beforeAll(async () => {
  if (typeof document === 'undefined') return;
  // The default of 1 s for `findBy…` is a timing assertion in disguise: on a loaded 2-core machine a lazy route
  // (the library) has been seen to take longer to render. Waiting longer costs nothing when it is quick.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 4_000 }); // below Vitest's 5 s per test
});

afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
