import type { ReactNode } from 'react';
import type { Messages } from '../i18n/en';

// Colours come from the theme, so the sketches follow light, dark and custom palettes.
export const primary = 'var(--pelago-color-primary)';
export const onPrimary = 'var(--pelago-color-on-primary)';
export const ink = 'var(--pelago-color-text)';
export const muted = 'var(--pelago-color-text-muted)';
export const paper = 'var(--pelago-color-background)';
export const surface = 'var(--pelago-color-surface)';
export const line = 'var(--pelago-color-border)';

/** Props of {@link DashboardSketch}. */
export interface DashboardSketchProps {
  messages: Messages;
  /** Shows the Developers menu open with API keys under it. */
  menuOpen?: boolean;
  /** Highlights an entry of the side menu. */
  highlight?: 'developers' | 'apiKeys';
  children: ReactNode;
}

/**
 * A stylised dashboard in the kit's own look (a top bar, a side menu and a content area at
 * x ≥ 88 of a 320 × 200 canvas) that every step sketch draws into.
 */
export function DashboardSketch({ messages, menuOpen, highlight, children }: DashboardSketchProps) {
  return (
    <svg viewBox="0 0 320 200" aria-hidden="true" focusable="false" fontSize="8">
      <rect width="320" height="200" fill={surface} />
      <rect width="320" height="22" fill={paper} />
      <rect x="8" y="6" width="10" height="10" rx="3" fill={primary} />
      <rect x="88" y="6" width="120" height="10" rx="5" fill={surface} />
      <rect y="22" width="76" height="178" fill={paper} />
      <path d="M0 22.5h320M76.5 22v178" stroke={line} strokeOpacity=".5" />
      <g fill={muted} opacity=".35">
        <Bar x={10} y={34} w={44} />
        <Bar x={10} y={48} w={36} />
        <Bar x={10} y={62} w={50} />
      </g>
      {highlight === 'developers' && (
        <rect x="4" y="83" width="68" height="13" rx="3" fill={surface} />
      )}
      <text x="10" y="92" fill={ink} fontWeight="600">
        {messages.illoDevelopers}
      </text>
      {menuOpen && (
        <>
          {highlight === 'apiKeys' && (
            <rect x="12" y="99" width="60" height="13" rx="3" fill={surface} />
          )}
          <text x="18" y="108" fill={ink}>
            {messages.illoApiKeys}
          </text>
          <Bar x={18} y={118} w={36} fill={muted} opacity={0.35} />
        </>
      )}
      {children}
    </svg>
  );
}

/** Props of {@link Bar}. */
export interface BarProps {
  x: number;
  y: number;
  w: number;
  h?: number;
  fill?: string;
  opacity?: number;
}

/** A rounded grey line that stands for text the sketch does not spell out. */
export function Bar({ x, y, w, h = 6, fill, opacity }: BarProps) {
  return <rect x={x} y={y} width={w} height={h} rx={h / 2} fill={fill} opacity={opacity} />;
}

/** Props of {@link Button}. */
export interface ButtonProps {
  x: number;
  y: number;
  w: number;
  label: string;
  /** An outlined button instead of a filled one. */
  outline?: boolean;
}

/** A 16-unit-high button with a centred label. */
export function Button({ x, y, w, label, outline }: ButtonProps) {
  return (
    <>
      <rect
        x={x}
        y={y}
        width={w}
        height="16"
        rx="4"
        fill={outline ? paper : primary}
        stroke={outline ? primary : undefined}
      />
      <text
        x={x + w / 2}
        y={y + 11}
        textAnchor="middle"
        fill={outline ? primary : onPrimary}
        fontWeight="600"
        fontSize="7.5"
      >
        {label}
      </text>
    </>
  );
}

/** A white panel with a border, for cards and table rows. */
export function Panel({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return <rect x={x} y={y} width={w} height={h} rx="4" fill={paper} stroke={line} />;
}
