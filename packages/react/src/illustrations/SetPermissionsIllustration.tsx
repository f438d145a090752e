import { textSize } from './canvas';
import { DashboardChrome } from './DashboardChrome';
import type { IllustrationProps } from './IllustrationProps';
import { PermissionTable } from './PermissionTable';
import { Label } from './ScreenParts';

/** The permission list with Charges and Refunds at Write and the rest at None. */
export default function SetPermissionsIllustration({ messages: m }: IllustrationProps) {
  return (
    <DashboardChrome messages={m}>
      <Label x={234} y={84} size={textSize.title} bold>
        {m.illoPermissions}
      </Label>
      <PermissionTable
        messages={m}
        rows={[
          { name: m.illoCharges, chosen: 2 },
          { name: m.illoRefunds, chosen: 2 },
          { chosen: 0 },
          { chosen: 0 },
          { chosen: 0 },
        ]}
      />
    </DashboardChrome>
  );
}
