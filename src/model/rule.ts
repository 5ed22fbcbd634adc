import type { Category, Severity } from './severity.js';
import type { Grant, Principal } from './grant.js';
import type { SourceSpan } from './span.js';
import type { UnresolvedItem } from './finding.js';

export interface ComplianceRef {
  framework: 'cis-aws' | 'cis-azure' | 'cis-gcp' | 'pci-dss-4' | 'hipaa' | 'soc2' | 'nist-800-53';
  control: string;
}

export interface RuleMeta<M extends string = string> {
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  /** "Disallow ..." / "Require ..." one-liner. */
  description: string;
  /** Docs path relative to the repository (rules/<id>/README.md); the URL is derived from it. */
  docs: string;
  compliance: ComplianceRef[];
  /** Packs that enable the rule: recommended implies strict. */
  packs: ('recommended' | 'strict')[];
  /** Message templates with {{placeholders}}, by id. */
  messages: Record<M, string>;
}

export interface RuleReport<M extends string = string> {
  grant: Grant;
  messageId: M;
  data?: Record<string, string | number>;
  /** Defaults to the grant's source span. */
  span?: SourceSpan;
  /** Defaults to the grant's principal. */
  principal?: Principal;
  /** Other grants that contribute (for cross-grant findings). */
  related?: Grant[];
  /** Distinguishes two findings of one rule on one grant (e.g. the action named). */
  key?: string;
  /** Lowers or raises this one finding below/above meta.severity (a user's severity setting still wins). */
  severity?: Severity;
}

/** A finding about something that is not a grant: an UnresolvedItem (remote module, linked template). */
export interface ItemReport<M extends string = string> {
  item: UnresolvedItem;
  messageId: M;
  data?: Record<string, string | number>;
  /** Distinguishes two findings of one rule on one item. */
  key?: string;
  severity?: Severity;
}

export interface RuleContext<M extends string = string> {
  /** Every grant in the scan (rules may correlate across files). */
  grants: readonly Grant[];
  /** What the front ends could not evaluate outside grants (remote modules, linked templates). */
  unresolved: readonly UnresolvedItem[];
  options: Record<string, unknown>;
  report(r: RuleReport<M> | ItemReport<M>): void;
}

export interface RuleModule<M extends string = string> {
  meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

export function defineRule<M extends string>(rule: RuleModule<M>): RuleModule<M> {
  return rule;
}
