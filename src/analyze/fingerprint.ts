/**
 * Finding fingerprints: stable across line shifts and reformatting, so baselines and PR comments survive edits above
 * a finding. Built from what the finding is about (rule, file, logical address, principal, the grants' identities,
 * the report key), never from line or column. Grant ids already hash the grant's content without its position.
 */
import { hashText } from '../extract/grant.js';
import type { UnresolvedItem } from '../model/finding.js';
import type { Grant, Principal } from '../model/grant.js';

export function grantFindingFingerprint(input: {
  ruleId: string;
  file: string;
  address: string | undefined;
  principal: Principal | undefined;
  grants: readonly Grant[];
  key: string | undefined;
}): string {
  const grantIds = [...new Set(input.grants.map((g) => g.id))].sort();
  return hashText(
    JSON.stringify([
      'grant',
      input.ruleId,
      input.file,
      input.address ?? '',
      input.principal ? [input.principal.type, input.principal.name] : null,
      grantIds,
      input.key ?? '',
    ]),
  );
}

export function itemFindingFingerprint(input: { ruleId: string; item: UnresolvedItem; key: string | undefined }): string {
  const { item } = input;
  return hashText(JSON.stringify(['item', input.ruleId, item.span.file, item.span.address ?? '', item.expr, item.reason, input.key ?? '']));
}
