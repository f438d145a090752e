import { describeKeyStoreContract } from '../../test-support/storeContract';
import { memoryStore } from './memoryStore';

describeKeyStoreContract('memoryStore', () => memoryStore());
