/**
 * Cloud Storage legacy ACLs (`google_storage_*_access_control`, `google_storage_*_acl`): the other way a bucket or
 * object is opened to `allUsers`. ACL entities are turned into IAM member text so the member rules read them alike.
 * Entity and predefined ACL names: Cloud Storage JSON API, BucketAccessControls / ObjectAccessControls.
 */

/** ACL resource types: what they protect and how they state entries. */
export const STORAGE_ACL_RESOURCES: Readonly<Record<string, { target: 'bucket' | 'default-object' | 'object'; form: 'entry' | 'list' }>> = {
  google_storage_bucket_access_control: { target: 'bucket', form: 'entry' },
  google_storage_default_object_access_control: { target: 'default-object', form: 'entry' },
  google_storage_object_access_control: { target: 'object', form: 'entry' },
  google_storage_bucket_acl: { target: 'bucket', form: 'list' },
  google_storage_default_object_acl: { target: 'default-object', form: 'list' },
  google_storage_object_acl: { target: 'object', form: 'list' },
};

/** Predefined ACLs that grant to principals outside the project team, as the `ROLE:entity` entries they stand for. */
export const PREDEFINED_ACL_ENTRIES: Readonly<Record<string, readonly string[]>> = {
  publicRead: ['READER:allUsers'],
  publicReadWrite: ['READER:allUsers', 'WRITER:allUsers'],
  authenticatedRead: ['READER:allAuthenticatedUsers'],
};

const ENTITY_PREFIXES: ReadonlyArray<[string, string]> = [
  ['user-', 'user:'],
  ['group-', 'group:'],
  ['domain-', 'domain:'],
  ['project-owners-', 'projectOwner:'],
  ['project-editors-', 'projectEditor:'],
  ['project-viewers-', 'projectViewer:'],
];

/** `user-a@b.c` → `user:a@b.c`, `allUsers` → `allUsers`; an unknown form stays as written. */
export function aclEntityMember(entity: string): string {
  for (const [prefix, member] of ENTITY_PREFIXES) {
    if (entity.startsWith(prefix)) return member + entity.slice(prefix.length);
  }
  return entity;
}

/** `READER:allUsers` → role and entity; undefined when the text has no colon. */
export function splitRoleEntity(text: string): { role: string; entity: string } | undefined {
  const colon = text.indexOf(':');
  return colon > 0 ? { role: text.slice(0, colon), entity: text.slice(colon + 1) } : undefined;
}
