import type { Messages } from '../i18n/en';
import { permissionRadio, permissionTable as table } from './pictureLayout';
import { Label, Placeholder, Radio } from './ScreenParts';
import { look } from './stripeLook';

/** One row of the table: a named resource (or a grey stand-in) and its chosen level. */
export interface PermissionRow {
  name?: string;
  chosen: 0 | 1 | 2;
}

/** Stripe's permission list: a resource per row, with None, Read and Write to choose from. */
export function PermissionTable({
  messages: m,
  rows,
  top = table.headerY,
}: {
  messages: Messages;
  rows: PermissionRow[];
  top?: number;
}) {
  const shift = top - table.headerY;
  const height = 36 + rows.length * table.rowHeight;
  const choices = [m.illoNone, m.illoRead, m.illoWrite];
  return (
    <g transform={shift ? `translate(0 ${shift})` : undefined}>
      <rect
        x={table.x}
        y={table.headerY}
        width={table.width}
        height={height}
        rx="8"
        fill={look.page}
        stroke={look.line}
      />
      {choices.map((choice, index) => (
        <Label
          key={choice}
          x={permissionRadio(0, index as 0 | 1 | 2).cx}
          y={table.headerY + 24}
          anchor="middle"
          fill={look.muted}
        >
          {choice}
        </Label>
      ))}
      {rows.map((row, index) => {
        const top = table.firstRow + index * table.rowHeight;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are a fixed picture
          <g key={index}>
            <path d={`M${table.x} ${top + 0.5}h${table.width}`} stroke={look.line} />
            {row.name ? (
              <Label x={table.x + 12} y={top + 28}>
                {row.name}
              </Label>
            ) : (
              <Placeholder x={table.x + 12} y={top + 17} w={84} />
            )}
            {([0, 1, 2] as const).map((choice) => (
              <Radio
                key={choice}
                {...permissionRadio(index, choice)}
                checked={row.chosen === choice}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
}
