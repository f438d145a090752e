import { memoryStore } from './memoryStore';
import { describeKeyStoreContract } from './storeContract';

describeKeyStoreContract('memoryStore', () => memoryStore());
