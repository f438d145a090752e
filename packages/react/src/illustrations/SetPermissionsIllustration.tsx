import type { Messages } from '../i18n/en';
import {
  Bar,
  DashboardSketch,
  ink,
  line,
  muted,
  onPrimary,
  Panel,
  primary,
  surface,
} from './DashboardSketch';
import type { IllustrationProps } from './IllustrationProps';

/** The permissions table with Charges and Refunds set to Write and the rest at None. */
export default function SetPermissionsIllustration({ messages }: IllustrationProps) {
  return (
    <DashboardSketch messages={messages}>
      <text x="88" y="42" fill={ink} fontSize="11" fontWeight="700">
        {messages.illoPermissions}
      </text>
      <Row y={52} name={messages.illoCharges} messages={messages} chosen={2} />
      <Row y={76} name={messages.illoRefunds} messages={messages} chosen={2} />
      <Row y={100} messages={messages} chosen={0} />
      <Row y={124} messages={messages} chosen={0} />
    </DashboardSketch>
  );
}

function Row({
  y,
  name,
  messages,
  chosen,
}: {
  y: number;
  name?: string;
  messages: Messages;
  chosen: number;
}) {
  const choices = [messages.illoNone, messages.illoRead, messages.illoWrite];
  return (
    <>
      <Panel x={88} y={y} w={208} h={20} />
      {name ? (
        <text x="96" y={y + 13} fill={ink} fontWeight="600">
          {name}
        </text>
      ) : (
        <Bar x={96} y={y + 7} w={56} fill={muted} opacity={0.35} />
      )}
      {choices.map((label, index) => {
        const x = 184 + index * 36;
        // Write, the choice that matters, stands out; the other rows stay quiet.
        const write = index === 2;
        return (
          <g key={label}>
            {index === chosen && (
              <rect
                x={x}
                y={y + 3}
                width="34"
                height="14"
                rx="3"
                fill={write ? primary : surface}
                stroke={write ? undefined : line}
              />
            )}
            <text
              x={x + 17}
              y={y + 13}
              textAnchor="middle"
              fontSize="7"
              fill={index === chosen ? (write ? onPrimary : ink) : muted}
            >
              {label}
            </text>
          </g>
        );
      })}
    </>
  );
}
