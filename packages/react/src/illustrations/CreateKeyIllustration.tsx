import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { PermissionTable } from './PermissionTable';
import { endButton, pageEnd } from './pictureLayout';
import { ScreenButton } from './ScreenParts';
import { look } from './stripeLook';

/** The bottom of the permissions page, where Create key is. */
export default function CreateKeyIllustration({ messages: m }: IllustrationProps) {
  const create = endButton(m.illoCreateKey, pageEnd, 344);
  return (
    <DashboardChrome messages={m}>
      <PermissionTable
        messages={m}
        top={60}
        rows={[{ chosen: 0 }, { chosen: 0 }, { chosen: 1 }, { chosen: 0 }, { chosen: 0 }]}
      />
      <path d="M211 328.5h429" stroke={look.line} />
      <ScreenButton x={create.gapStart} y={344} label={m.illoCancel} alignEnd />
      <ScreenButton x={create.x} y={344} label={m.illoCreateKey} primary />
    </DashboardChrome>
  );
}
