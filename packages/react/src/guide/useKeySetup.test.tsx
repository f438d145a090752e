import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fr } from '../locales/fr';
import {
  PelagoConnectProvider,
  type PelagoConnectProviderProps,
} from '../provider/PelagoConnectProvider';
import type { KeySetupOptions } from './KeySetupOptions';
import { fixPermissionsStepIds, keySetupStepIds } from './stepIds';
import { useKeySetup } from './useKeySetup';

function setup(
  options: KeySetupOptions = {},
  provider: Omit<PelagoConnectProviderProps, 'children'> = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PelagoConnectProvider {...provider}>{children}</PelagoConnectProvider>
  );
  return renderHook((props: KeySetupOptions) => useKeySetup(props), {
    wrapper,
    initialProps: options,
  });
}

describe('useKeySetup', () => {
  it('gives the default steps with stable ids, in the provider’s language', () => {
    const { result } = setup({}, { locale: 'fr', messages: fr });
    expect(result.current.steps.map((step) => step.id)).toEqual([...keySetupStepIds]);
    expect(result.current.step.title).toBe('Ouvrir vos clés API');
    expect(result.current.total).toBe(9);
    expect(result.current.isFirst).toBe(true);
  });

  it('gives the fix-permissions steps, editing the existing key', () => {
    const { result } = setup({ flow: 'fix-permissions' });
    expect(result.current.steps.map((step) => step.id)).toEqual([...fixPermissionsStepIds]);
    expect(result.current.flow).toBe('fix-permissions');
    expect(result.current.context.flow).toBe('fix-permissions');
  });

  it('passes the website address to the steps', () => {
    const { result } = setup({ websiteUrl: ' https://events.example.com ' });
    expect(result.current.context.websiteUrl).toBe('https://events.example.com');
    expect(setup().result.current.context.websiteUrl).toBe('');
  });

  it('moves, tracks the furthest step and the status of each', () => {
    const { result } = setup();
    act(() => result.current.next());
    act(() => result.current.next());
    act(() => result.current.goTo(0));
    expect(result.current.index).toBe(0);
    expect(result.current.reachedIndex).toBe(2);
    expect(result.current.getStepStatus(0)).toBe('current');
    expect(result.current.getStepStatus(1)).toBe('completed');
    expect(result.current.getStepStatus(3)).toBe('not-started');
    expect(result.current.canGoTo(2)).toBe(true);
    expect(result.current.canGoTo(3)).toBe(false);
  });

  it('completes on next() from the last step, once per press', () => {
    const onComplete = vi.fn();
    const { result } = setup({ defaultStep: 8, onComplete });
    expect(result.current.isLast).toBe(true);
    act(() => result.current.next());
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(result.current.isComplete).toBe(true);
    expect(result.current.getStepStatus(0)).toBe('completed');
  });

  it('does not move before the first step', () => {
    const onStepChange = vi.fn();
    const { result } = setup({ onStepChange });
    act(() => result.current.back());
    expect(result.current.index).toBe(0);
    expect(onStepChange).not.toHaveBeenCalled();
  });

  it('derives the key name and links from the company name and mode', () => {
    const { result, rerender } = setup({ companyName: 'The Big Apple Events LLC', mode: 'live' });
    expect(result.current.keyName).toBe('BigApple_Pelago');
    expect(result.current.links.apiKeys).toBe('https://dashboard.stripe.com/apikeys');
    expect(result.current.links.createRestrictedKey).toContain('name=BigApple_Pelago');
    act(() => result.current.setCompanyName('Globex'));
    expect(result.current.keyName).toBe('Globex_Pelago');
    rerender({ companyName: 'Ignored once typed', mode: 'test' });
    expect(result.current.keyName).toBe('Globex_Pelago');
    expect(result.current.links.apiKeys).toBe('https://dashboard.stripe.com/test/apikeys');
  });

  it('has no key name until a company name is known', () => {
    const { result } = setup();
    expect(result.current.keyName).toBe('');
    expect(result.current.links.createRestrictedKey).not.toContain('name=');
  });

  it('takes a plain list of custom steps', () => {
    const { result } = setup({ steps: [{ id: 'only', title: 'Only step' }] });
    expect(result.current.total).toBe(1);
    expect(result.current.isFirst && result.current.isLast).toBe(true);
  });

  it('refuses an empty step list with a clear error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => setup({ steps: () => [] })).toThrow(/needs at least one step/);
    vi.restoreAllMocks();
  });
});
