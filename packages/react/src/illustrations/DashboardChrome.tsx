import type { ReactNode } from 'react';
import type { Messages } from '../i18n/en';
import { canvas } from './canvas';
import { Label, Placeholder } from './ScreenParts';
import { look } from './stripeLook';

/** Where the Dashboard's side menu ends and the page begins, in canvas units. */
export const sidebarWidth = 210;

/** Props of {@link DashboardChrome}. */
export interface DashboardChromeProps {
  messages: Messages;
  /** Highlights the Developers entry near the bottom of the side menu. */
  developersActive?: boolean;
  children?: ReactNode;
}

/**
 * The frame of today's Stripe Dashboard as the pictures draw it: a top bar with the search
 * field, the side menu (Home, Balances, Transactions, Customers, Product catalog, the
 * products, and Developers near the bottom) and the page to its right. It is the root `<svg>`
 * of every Dashboard picture.
 */
export function DashboardChrome({ messages: m, developersActive, children }: DashboardChromeProps) {
  const entries = [
    m.illoHome,
    m.illoBalances,
    m.illoTransactions,
    m.illoCustomers,
    m.illoProductCatalog,
  ];
  return (
    <Screen>
      <rect width={canvas.width} height="48" fill={look.page} />
      <rect x="16" y="12" width="24" height="24" rx="6" fill={look.placeholder} />
      <Placeholder x={48} y={19} w={72} />
      <rect x="226" y="9" width="300" height="30" rx="8" fill={look.chrome} stroke={look.line} />
      <circle cx="245" cy="23" r="6" fill="none" stroke={look.muted} strokeWidth="2" />
      <path d="M249.5 27.5 254 32" stroke={look.muted} strokeWidth="2" />
      <Label x={262} y={29} fill={look.muted}>
        {m.illoSearch}
      </Label>
      <circle cx="578" cy="24" r="10" fill={look.placeholder} />
      <circle cx="612" cy="24" r="10" fill={look.placeholder} />
      <rect y="48" width={sidebarWidth} height={canvas.height - 48} fill={look.chrome} />
      <path
        d={`M0 48.5h${canvas.width}M${sidebarWidth + 0.5} 48v${canvas.height - 48}`}
        stroke={look.line}
      />
      {entries.map((entry, index) => (
        <g key={entry}>
          <rect x="18" y={70 + index * 32} width="16" height="16" rx="4" fill={look.icon} />
          <Label x={44} y={83 + index * 32} fill={look.secondary}>
            {entry}
          </Label>
        </g>
      ))}
      <Placeholder x={18} y={250} w={60} h={8} />
      <rect x="18" y="270" width="16" height="16" rx="4" fill={look.placeholder} />
      <Placeholder x={44} y={273} w={92} />
      <rect x="18" y="302" width="16" height="16" rx="4" fill={look.placeholder} />
      <Placeholder x={44} y={305} w={76} />
      {developersActive && (
        <rect x="8" y="352" width="194" height="32" rx="6" fill={look.selected} />
      )}
      <path
        d="M24 362l-6 6 6 6M30 362l6 6-6 6"
        fill="none"
        stroke={look.secondary}
        strokeWidth="2"
        strokeLinecap="round"
      />
      <Label x={44} y={374} bold={developersActive} fill={look.text}>
        {m.illoDevelopers}
      </Label>
      {children}
    </Screen>
  );
}

/** The root `<svg>` of a picture: a 640 × 400 canvas in Stripe's type face, hidden from AT. */
export function Screen({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${canvas.width} ${canvas.height}`}
      aria-hidden="true"
      focusable="false"
      style={{ fontFamily: look.font }}
    >
      <rect width={canvas.width} height={canvas.height} fill={look.page} />
      {children}
    </svg>
  );
}
