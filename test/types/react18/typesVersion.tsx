// Proves these tests see React 18's types: `useActionState` came with React 19.
// @ts-expect-error not in React 18
import { useActionState } from 'react';

export const react18Only: unknown = useActionState;
