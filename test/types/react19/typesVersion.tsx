// Proves these tests see React 19's types: `useActionState` came with React 19.
import { useActionState } from 'react';

export const react19Only: typeof useActionState = useActionState;
