import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Keeps one broken part from blanking the page: renders `fallback(error, reset)` instead of the failed subtree.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; fallback: (error: unknown, reset: () => void) => ReactNode },
  { error: unknown; failed: boolean }
> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('Part of the page failed:', error, info.componentStack);
  }

  reset = () => this.setState({ error: undefined, failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}
