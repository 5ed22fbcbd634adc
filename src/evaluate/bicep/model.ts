/**
 * The evaluated Bicep deployment: the contract between src/evaluate/bicep and the Azure extractor.
 *
 * Addresses: a resource's address is its symbolic name, prefixed by the module calls that lead to it and suffixed by
 * its loop index: `ra`, `ra[1]`, `module.rbac.ra`, `module.perPrincipal[0].ra[2]`; a nested child resource is written
 * `parent::child`. References to resources are UnknownValues with `ref.address` (the referenced resource's address;
 * without a loop index when the index is not known) and `ref.attribute` (`''` for the resource itself, as in
 * `scope: kv`; `id`, `properties.principalId`, ...).
 */
import type { ToolError, UnresolvedItem } from '../../model/finding.js';
import type { SourceSpan } from '../../model/span.js';
import type { Value } from '../value.js';

export type BicepTargetScope = 'resourceGroup' | 'subscription' | 'managementGroup' | 'tenant';

/**
 * Where a file is deployed: its `targetScope` and, when a module call says so, the evaluated `scope:` value
 * (e.g. the object of `subscription('...')` or `managementGroup('mg')`), else inherited from the caller.
 */
export interface BicepDeploymentScope {
  kind: BicepTargetScope;
  /** The scope object (`resourceGroup()`, `subscription()`...): has at least `id`; unknown parts are symbolic. */
  value: Value;
}

/** One resource instance (after loop expansion). */
export interface BicepResource {
  /** Symbolic name as declared (`ra`; `secret` for `kv::secret`). */
  symbolicName: string;
  /** See the file comment. */
  address: string;
  /** Address without the loop index. */
  baseAddress: string;
  /** The root file whose deployment declares it (addresses are unique within one deployment, not across them). */
  deployment: string;
  /** `Microsoft.Authorization/roleAssignments` (nested child types are made full: `Microsoft.KeyVault/vaults/secrets`). */
  type: string;
  apiVersion: string;
  existing: boolean;
  /** The declaration (decorators included); file is repository-relative. */
  span: SourceSpan;
  /** Evaluated body: `name`, `scope`, `parent`, `properties`, ... */
  body: Map<string, Value>;
  /** Span of each top-level body property, by name. */
  propertySpans: Map<string, SourceSpan>;
  /** Only deployed under an `if` condition that could not be decided before deployment. */
  conditional: boolean;
  /** Loop index of this instance; `'*'` when the loop collection is unknown (one symbolic instance). */
  instanceKey?: number | '*';
  /** Address of the parent resource: the enclosing declaration of a nested resource, or the `parent:` property. */
  parent?: string;
  /** Module call chain (`module.rbac`), '' for the root file. */
  modulePath: string;
  /** Where the declaring file deploys. */
  deploymentScope: BicepDeploymentScope;
}

export interface BicepEvaluation {
  resources: BicepResource[];
  /** Registry (`br:`) and template-spec (`ts:`) modules, missing local files: reported as unresolved (info). */
  unresolved: UnresolvedItem[];
  /** Parse errors and evaluation problems of the tool itself. */
  errors: ToolError[];
  /** Comments per file (for inline suppressions): repository-relative path -> comments. */
  comments: Map<string, Array<{ line: number; column: number; endLine: number; text: string }>>;
}
