import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StyledComponentsRegistry } from './StyledComponentsRegistry';
import './globals.css';

export const metadata: Metadata = {
  title: 'Payments · Acme Events on Tickety',
  description: 'Connect Stripe to take registrations on your own account.',
};

/** The root layout is a server component; the registry puts the kit's styles in its HTML. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">Tickety · Organiser settings</header>
        <StyledComponentsRegistry>{children}</StyledComponentsRegistry>
      </body>
    </html>
  );
}
