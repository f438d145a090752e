import { PelagoConnectProvider } from '@pelago/connect-react';
import type { Decorator } from '@storybook/react-vite';
import { userEvent } from 'storybook/test';
import {
  connectedStatus,
  createFakeConnectClient,
  type FakeConnectClient,
  type FakeConnectScript,
} from './fakeConnectClient';
import type { FakeRefundsScript } from './fakeRefundsServer';
import { HostPage, type KitParameters } from './withKit';

/** Story parameters: the fake server's script and the usual kit framing. */
export interface FakeClientParameters {
  fake?: FakeConnectScript;
  kit?: KitParameters;
}

/** Story parameters of a connected merchant whose fake server answers refunds as `refunds` says. */
export const refundsServer = (refunds: FakeRefundsScript, rest: FakeClientParameters = {}) => ({
  ...rest,
  fake: { status: connectedStatus(), refunds },
});

/** Makes a fresh fake server for each story render, from `parameters.fake`. */
export async function fakeClientLoader(context: { parameters: { fake?: FakeConnectScript } }) {
  return { client: createFakeConnectClient(context.parameters.fake ?? {}) };
}

/** The fake server a story's play function can inspect. */
export function fakeClientOf(context: { loaded: Record<string, unknown> }): FakeConnectClient {
  return context.loaded.client as FakeConnectClient;
}

/** Wraps a story in a provider around the loaded fake client, framed as `parameters.kit` asks. */
export const withFakeClient: Decorator = (Story, context) => {
  const kit = (context.parameters.kit ?? {}) as KitParameters;
  return (
    <PelagoConnectProvider {...kit.provider} client={fakeClientOf(context)}>
      <HostPage kit={kit}>
        <Story />
      </HostPage>
    </PelagoConnectProvider>
  );
};

/** Puts the text in a field the way a merchant does: click, then paste. */
export async function pasteInto(field: HTMLElement, text: string): Promise<void> {
  await userEvent.click(field);
  await userEvent.paste(text);
}
