import { useRouteError } from 'react-router';
import { CrashNotice } from './CrashNotice';

/** The router's last line of defence: a route that failed outside the page's own error handling. */
export function RouteError() {
  return <CrashNotice error={useRouteError()} />;
}
