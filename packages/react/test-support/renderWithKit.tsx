import { type RenderResult, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ConnectClient } from '../src/client/createConnectClient';
import {
  PelagoConnectProvider,
  type PelagoConnectProviderProps,
} from '../src/provider/PelagoConnectProvider';

/** Renders `ui` inside a provider with `client` (and any other provider props). */
export function renderWithKit(
  ui: ReactElement,
  client: ConnectClient,
  props: Omit<PelagoConnectProviderProps, 'children' | 'client'> = {},
): RenderResult {
  return render(
    <PelagoConnectProvider client={client} {...props}>
      <main>{ui}</main>
    </PelagoConnectProvider>,
  );
}
