import type { ReactNode } from 'react';

/** A message block for loading, empty and failed states: a heading, a body, and optional actions. */
export function Notice({
  title,
  children,
  tone = 'info',
  role,
  actions,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  tone?: 'info' | 'error';
  role?: 'status' | 'alert';
  actions?: ReactNode;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={`notice notice--${tone}`} role={role}>
      <Heading className="notice__title">{title}</Heading>
      {children}
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </section>
  );
}
