/** Once per test file: data that scan() loads on demand, for tests that call rules and analyses directly. */
import { loadManagedPolicies } from '../../src/analyze/aws/managed-policies.js';

await loadManagedPolicies();
