/**
 * A link to a page of the app: React Router's `<Link>` without what this app never asks of it (prefetching a page's
 * modules and data in framework mode, masked and absolute addresses, view transitions). Those parts kept about two
 * kilobytes of gzip in every page's first JavaScript, since React Router's `<Link>` renders its prefetching links when
 * asked to. A plain click navigates in the app (React Router's `useLinkClickHandler`: not with a modifier key or
 * another button, not with another `target`; the same address is replaced rather than pushed), unless the
 * `onClick` given prevents it or `reloadDocument` asks the server for the page.
 */
import type { AnchorHTMLAttributes, Ref } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  /** Load the page from the server rather than in the app (e.g. offline, for the offline copy of it). */
  reloadDocument?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

export function Link({ to, reloadDocument = false, onClick, target, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={
        reloadDocument
          ? onClick
          : (event) => {
              onClick?.(event);
              if (!event.defaultPrevented) navigate(event);
            }
      }
    />
  );
}
