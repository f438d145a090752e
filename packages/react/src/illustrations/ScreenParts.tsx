import type { ReactNode } from 'react';
import { textSize } from './canvas';
import { look } from './stripeLook';
import { buttonWidth, textWidth } from './textMetrics';

/** Props of {@link Label}. */
export interface LabelProps {
  x: number;
  y: number;
  children: ReactNode;
  size?: number;
  bold?: boolean;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  mono?: boolean;
}

/**
 * A line of text. Size, weight and family go in the `style` attribute: a host page's CSS
 * (`* { font-size: … }`) outranks SVG presentation attributes but not inline styles.
 */
export function Label({
  x,
  y,
  children,
  size = textSize.body,
  bold,
  fill = look.text,
  anchor,
  mono,
}: LabelProps) {
  return (
    <text
      x={x}
      y={y}
      fill={fill}
      textAnchor={anchor}
      style={{
        fontSize: `${size}px`,
        fontWeight: bold ? 600 : 400,
        ...(mono ? { fontFamily: look.mono } : {}),
      }}
    >
      {children}
    </text>
  );
}

/** Props of {@link WrappedLabel}. */
export interface WrappedLabelProps extends Omit<LabelProps, 'children' | 'anchor'> {
  text: string;
  /** Width to wrap at, in canvas units. */
  width: number;
  lineHeight?: number;
}

/** Text broken into lines at word boundaries to fit `width`; `y` is the first baseline. */
export function WrappedLabel({ text, width, lineHeight, ...label }: WrappedLabelProps) {
  const size = label.size ?? textSize.body;
  const lines = wrap(text, width, size, label.bold);
  const step = lineHeight ?? Math.round(size * 1.35);
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed label
        <Label key={index} {...label} y={label.y + index * step}>
          {line}
        </Label>
      ))}
    </>
  );
}

/** How many lines {@link WrappedLabel} uses for the same text and width. */
export function lineCount(text: string, width: number, size: number = textSize.body, bold = false) {
  return wrap(text, width, size, bold).length;
}

function wrap(text: string, width: number, size: number, bold?: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  // Only plain spaces break: a no-break space (French « ? ») keeps its word on the line.
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A grey line that stands for text the picture does not spell out. */
export function Placeholder({ x, y, w, h = 10 }: { x: number; y: number; w: number; h?: number }) {
  return <rect x={x} y={y} width={w} height={h} rx={h / 2} fill={look.placeholder} />;
}

/** Props of {@link ScreenButton}. */
export interface ScreenButtonProps {
  x: number;
  y: number;
  label: string;
  /** Stripe's primary (filled) button instead of a secondary (outlined) one. */
  primary?: boolean;
  /** A leading "+" as on Stripe's create buttons. */
  plus?: boolean;
  /** Right-align the button at `x` instead of starting there. */
  alignEnd?: boolean;
}

/** A Stripe button, 32 units high. */
export function ScreenButton({ x, y, label, primary, plus, alignEnd }: ScreenButtonProps) {
  const width = buttonWidth(label, plus);
  const left = alignEnd ? x - width : x;
  const ink = primary ? look.onPrimary : look.text;
  return (
    <g>
      <rect
        x={left}
        y={y}
        width={width}
        height="32"
        rx="6"
        fill={primary ? look.primary : look.field}
        stroke={primary ? look.primary : look.line}
      />
      {plus && (
        <path
          d={`M${left + 19} ${y + 10}v12M${left + 13} ${y + 16}h12`}
          stroke={ink}
          strokeWidth="2"
        />
      )}
      <Label x={left + 14 + (plus ? 18 : 0)} y={y + 21} bold fill={ink}>
        {label}
      </Label>
    </g>
  );
}

/** A text field, 36 units high, with its value or a grey placeholder. */
export function ScreenField({
  x,
  y,
  w,
  value,
  mono,
}: {
  x: number;
  y: number;
  w: number;
  value?: string;
  mono?: boolean;
}) {
  return (
    <g>
      <rect x={x} y={y} width={w} height="36" rx="6" fill={look.field} stroke={look.fieldLine} />
      {value ? (
        <Label x={x + 12} y={y + 24} mono={mono}>
          {value}
        </Label>
      ) : (
        <Placeholder x={x + 12} y={y + 13} w={w * 0.45} />
      )}
    </g>
  );
}

/** A radio button, chosen or not, centred on `cx`, `cy`. */
export function Radio({ cx, cy, checked }: { cx: number; cy: number; checked?: boolean }) {
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r="8"
        fill={look.field}
        stroke={checked ? look.primary : look.fieldLine}
        strokeWidth={checked ? 5 : 1.5}
      />
    </g>
  );
}

/** A white card with Stripe's thin border. */
export function Card({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return <rect x={x} y={y} width={w} height={h} rx="8" fill={look.page} stroke={look.line} />;
}

/** A dialog over the dimmed page. */
export function Dialog({
  x,
  y,
  w,
  h,
  children,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  children: ReactNode;
}) {
  return (
    <g>
      <rect width="640" height="400" fill={look.scrim} />
      <rect x={x} y={y + 4} width={w} height={h} rx="10" fill="#000" opacity=".08" />
      <rect x={x} y={y} width={w} height={h} rx="10" fill={look.page} stroke={look.line} />
      {children}
    </g>
  );
}
