import 'react';

declare module 'react' {
  // The Element Timing attribute, which React passes through as is but its types do not list.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string | undefined;
  }
}
