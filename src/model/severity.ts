export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);
}

export const CATEGORIES = [
  'admin',
  'wildcard',
  'privilege-escalation',
  'data-exfiltration',
  'credentials-exposure',
  'permissions-management',
  'public-access',
  'cross-account',
  'federation',
  'privileged-role',
  'custom-role',
  'static-credentials',
  'direct-user-grant',
  'policy-violation',
  'malformed',
  'unresolved',
] as const;
export type Category = (typeof CATEGORIES)[number];
