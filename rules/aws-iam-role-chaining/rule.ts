import {
  allowingStatements,
  classifyConditions,
  effectivePermissions,
  isAdministrator,
  statementLocation,
  type Effective,
  type EffectiveStatement,
  type PrincipalPermissions,
} from '../../src/analyze/aws/effective.js';
import { openMethods } from '../../src/analyze/aws/escalation.js';
import { hasWildcard, wildcardRegex } from '../../src/analyze/aws/iam-data.js';
import type { Grant } from '../../src/model/grant.js';
import { defineRule } from '../../src/model/rule.js';
import { isWildcardResource } from '../../src/analyze/aws/policy-semantics.js';

/** Longest chain followed (A → B → C → D). */
const MAX_HOPS = 3;

/** The statements letting `from` call sts:AssumeRole without a narrowing condition (asked once per principal and target). */
const unconditionalAssume = new WeakMap<PrincipalPermissions, EffectiveStatement[]>();

/** The identity statement letting `from` call sts:AssumeRole on role `target` without a narrowing condition. */
function assumeStatement(from: PrincipalPermissions, target: string): EffectiveStatement | undefined {
  let statements = unconditionalAssume.get(from);
  if (!statements) {
    statements = allowingStatements(from, 'sts:AssumeRole').filter((s) => Object.keys(s.conditions).length === 0);
    unconditionalAssume.set(from, statements);
  }
  return statements.find((s) => {
    if (s.notResources.length > 0 || isWildcardResource(s.resources)) return true;
    return s.resources.some((r) => {
      const name = /^arn:[^:]*:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/.exec(r)?.[1];
      if (name === undefined) return false;
      return hasWildcard(name) ? wildcardRegex(name).test(target) : name === target;
    });
  });
}

const admittersByRole = new WeakMap<Effective, Map<string, Grant[]>>();

/**
 * The trust statements of role `target` that can admit a role or user at all: unconditional Allows of sts:AssumeRole
 * to a principal that is not a service or `*` (neither names a role, a user or an account). Most roles trust only a
 * service, and are passed over at once.
 */
function admitters(effective: Effective, target: string): Grant[] {
  let byRole = admittersByRole.get(effective);
  if (!byRole) admittersByRole.set(effective, (byRole = new Map()));
  let list = byRole.get(target);
  if (!list) {
    list = (effective.trustByRole.get(target) ?? []).filter(
      (t) =>
        t.effect === 'allow' &&
        String(t.details?.trustedBy ?? 'sts:AssumeRole').includes('sts:AssumeRole') &&
        t.principal.type !== 'service' &&
        t.principal.type !== 'public' &&
        classifyConditions(t.conditions).state === 'always',
    );
    byRole.set(target, list);
  }
  return list;
}

const arnPatterns = new WeakMap<PrincipalPermissions, RegExp>();

/** The trust statement of role `target` that admits `from`: by name or ARN, or the whole account (`:root`). */
function trustStatement(effective: Effective, target: string, from: PrincipalPermissions): Grant | undefined {
  const { type, name } = from.principal;
  let arn = arnPatterns.get(from);
  if (!arn) {
    arn = new RegExp(`^arn:[^:]*:(?:iam|sts)::\\d{12}:(?:${type === 'role' ? 'role|assumed-role' : 'user'})/(?:.*/)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    arnPatterns.set(from, arn);
  }
  return admitters(effective, target).find((t) => {
    const p = t.principal;
    if (p.type === type && p.name === name) return true;
    if (arn!.test(p.name)) return true;
    return p.type === 'account' && (/^\d{12}$/.test(p.name) || /:root$/.test(p.name));
  });
}

interface Gain {
  text: string;
  grants: Grant[];
}

/** What role B gives beyond what A has: administrator access, or escalation methods A does not have itself. */
function gainOf(effective: Effective, from: PrincipalPermissions, to: PrincipalPermissions): Gain | undefined {
  if (isAdministrator(to)) {
    const admin = to.statements.find((s) => s.actions.includes('*'))!;
    return { text: `administrator access (${statementLocation(admin)})`, grants: [admin.grant] };
  }
  const own = new Set(openMethods(from, { effective }).map((m) => m.method.id));
  const gained = openMethods(to, { effective }).filter((m) => !own.has(m.method.id));
  if (gained.length === 0) return undefined;
  const first = gained[0]!;
  const more = gained.length > 1 ? ` and ${gained.length - 1} more method(s)` : '';
  return {
    text: `privilege escalation through ${first.method.name} (${first.method.id}, ${statementLocation(first.statements[0]!)})${more}`,
    grants: [...new Set(gained.flatMap((m) => m.statements.map((s) => s.grant)))],
  };
}

export default defineRule({
  meta: {
    id: 'aws-iam-role-chaining',
    title: 'Privileges gained by assuming another role',
    category: 'privilege-escalation',
    severity: 'high',
    description: 'Disallow AWS principals that can assume a role (directly or through a chain) that holds administrator access or escalation paths they lack',
    docs: 'rules/aws-iam-role-chaining/README.md',
    compliance: [
      { framework: 'nist-800-53', control: 'AC-6' },
      { framework: 'soc2', control: 'CC6.3' },
    ],
    packs: ['recommended'],
    messages: {
      chain:
        '`{{principal}}` can assume {{chain}} ({{hops}}) and so gains {{gain}}. Limit its `sts:AssumeRole` to the roles it needs, or narrow the trust policy of `{{target}}`.',
    },
  },
  check(context) {
    const effective = effectivePermissions(context.grants);
    const roles = new Map<string, PrincipalPermissions>();
    for (const p of effective.principals.values()) if (p.principal.type === 'role') roles.set(p.principal.name, p);
    for (const start of effective.principals.values()) {
      if ((start.principal.type !== 'role' && start.principal.type !== 'user') || isAdministrator(start)) continue;
      if (allowingStatements(start, 'sts:AssumeRole').length === 0) continue;
      // Breadth-first over roles the start can reach; report the nearest role of each gain once.
      const seen = new Set<string>([start.principal.type === 'role' ? start.principal.name : '']);
      let frontier: Array<{ at: PrincipalPermissions; path: string[]; hops: string[]; grants: Grant[] }> = [
        { at: start, path: [], hops: [], grants: [] },
      ];
      for (let depth = 0; depth < MAX_HOPS && frontier.length > 0; depth++) {
        const next: typeof frontier = [];
        for (const { at, path, hops, grants } of frontier) {
          for (const target of effective.trustByRole.keys()) {
            if (seen.has(target) || admitters(effective, target).length === 0) continue;
            const assume = assumeStatement(at, target);
            const trusted = assume && trustStatement(effective, target, at);
            if (!assume || !trusted) continue;
            seen.add(target);
            const step = {
              at: roles.get(target) ?? { key: `role:${target}`, principal: { type: 'role' as const, name: target }, label: target, statements: [] },
              path: [...path, target],
              hops: [...hops, `${statementLocation(assume)} → trust ${trusted.source.file}:${trusted.source.line}`],
              grants: [...grants, assume.grant, trusted],
            };
            const gain = gainOf(effective, start, step.at);
            if (gain) {
              context.report({
                grant: step.grants[0]!,
                related: [...step.grants.slice(1), ...gain.grants],
                principal: start.principal,
                key: step.path.join('>'),
                messageId: 'chain',
                data: {
                  principal: start.label,
                  chain: step.path.map((r) => `\`${r}\``).join(' then '),
                  hops: step.hops.join('; '),
                  gain: gain.text,
                  target: target,
                },
              });
            } else next.push(step);
          }
        }
        frontier = next;
      }
    }
  },
});
