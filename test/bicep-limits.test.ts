import { describe, expect, it } from 'vitest';
import { scan } from '../src/pipeline/scan.js';

const LOOP = `resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for i in range(0, 5000): {
  name: guid('x', string(i))
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')
    principalId: 'p\${i}'
  }
}]
`;

describe('Bicep loop bound', () => {
  it('a loop beyond 1,000 instances is cut with a located error, never silently', async () => {
    const result = await scan({ paths: [], sources: { root: '/virtual', files: [{ path: 'main.bicep', absPath: '/virtual/main.bicep', text: LOOP }] } });
    expect(result.errors.map((e) => [e.file, e.line, e.column, e.code, e.message])).toEqual([
      ['main.bicep', 1, 78, 'too-large', 'This loop expands to 5,000 instances; limit 1,000: only the first 1,000 are checked.'],
    ]);
    expect(result.grants.length).toBe(1000);
  });
});
