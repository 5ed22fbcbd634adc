/**
 * Compliance view of a scan: every control of a framework with pass, fail or not assessed, and the findings behind it.
 * Rules declare the controls they support (`meta.compliance`); this file names the controls (own words, after
 * ../shared/reference/iam-facts.md §7) and decides each control's status from the rules that ran.
 */
import type { Finding } from '../model/finding.js';
import type { ComplianceRef, RuleModule } from '../model/rule.js';

export type Framework = ComplianceRef['framework'];

export const FRAMEWORKS: Record<Framework, { title: string; controls: Record<string, string> }> = {
  'cis-aws': {
    title: 'CIS Amazon Web Services Foundations Benchmark (IAM, v1.4–v4.0 numbering)',
    controls: {
      '1.15': 'IAM users receive permissions only through groups',
      '1.16': 'No attached policy grants full *:* administrative privileges',
      '1.17': 'A support role exists for incident handling with AWS Support',
      '1.18': 'Workloads on EC2 use instance roles, not long-lived keys',
      '1.22': 'Access to AWSCloudShellFullAccess is restricted',
    },
  },
  'cis-azure': {
    title: 'CIS Microsoft Azure Foundations Benchmark (identity and RBAC, v5.0 numbering; 5.4 from v6.0)',
    controls: {
      '5.3.3': 'Use of User Access Administrator (elevated access) is restricted',
      '5.3.4': 'Privileged role assignments are reviewed periodically',
      '5.4': 'No custom subscription administrator (owner) roles (v6.0 numbering of 5.23)',
      '5.23': 'No custom subscription administrator (owner) roles',
      '5.24': 'A custom role exists for administering resource locks',
      '5.27': 'A subscription has between 2 and 3 owners',
      '8.3.6': 'Key Vaults use the RBAC permission model',
    },
  },
  'cis-gcp': {
    title: 'CIS Google Cloud Platform Foundations Benchmark (IAM, v3.0/v4.0 numbering)',
    controls: {
      '1.1': 'Corporate identities are used, not personal accounts',
      '1.4': 'Service accounts have only Google-managed keys',
      '1.5': 'Service accounts hold no admin, editor or owner roles',
      '1.6': 'Service Account User and Token Creator are not granted at project level',
      '1.7': 'User-managed service account keys are rotated within 90 days',
      '1.8': 'Nobody holds both Service Account Admin and Service Account User',
      '1.9': 'KMS keys are not accessible to allUsers or allAuthenticatedUsers',
      '1.11': 'KMS administration is separated from encrypt/decrypt use',
      '5.1': 'Cloud Storage buckets are not anonymously or publicly accessible',
      '7.1': 'BigQuery datasets are not anonymously or publicly accessible',
    },
  },
  'pci-dss-4': {
    title: 'PCI DSS v4.0 Requirement 7 (restrict access by business need to know)',
    controls: {
      '7.2.1': 'An access-control model grants access by business need and least privilege',
      '7.2.2': "Each user's access follows job classification and least privilege",
      '7.2.4': 'User accounts and privileges are reviewed at least every six months',
      '7.2.5': 'Application and system accounts get only the least privilege they need',
      '7.3.1': 'An access-control system restricts access by need to know',
      '7.3.3': 'The access-control system denies by default',
      '8.3.1': 'User and administrator access is authenticated with a managed factor',
    },
  },
  hipaa: {
    title: 'HIPAA Security Rule (45 CFR 164)',
    controls: {
      '164.308(a)(3)(i)': 'Workforce access to ePHI is appropriate',
      '164.308(a)(4)(i)': 'Information access is managed by policy',
      '164.312(a)(1)': 'Technical access control: only authorized persons and programs reach ePHI',
    },
  },
  soc2: {
    title: 'SOC 2 Trust Services Criteria (logical access)',
    controls: {
      'CC6.1': 'Logical access to protected assets is restricted',
      'CC6.2': 'Users are registered and authorized before credentials are issued',
      'CC6.3': 'Access is granted, changed and removed by authorization, least privilege and separation of duties',
    },
  },
  'nist-800-53': {
    title: 'NIST SP 800-53 Rev. 5 (access control)',
    controls: {
      'AC-2': 'Account management',
      'AC-3': 'Access enforcement',
      'AC-5': 'Separation of duties',
      'AC-6': 'Least privilege',
      'AC-6(1)': 'Access to security functions is authorized explicitly',
      'AC-6(2)': 'Non-privileged accounts are used for non-security work',
      'AC-6(5)': 'Privileged accounts are limited to designated roles',
      'AC-6(10)': 'Non-privileged users cannot execute privileged functions',
      'CM-6': 'Configuration settings are established and enforced',
      'IA-5': 'Authenticator management',
    },
  },
};

export const FRAMEWORK_NAMES = Object.keys(FRAMEWORKS) as Framework[];

export function isFramework(name: string): name is Framework {
  return Object.hasOwn(FRAMEWORKS, name);
}

export type ControlStatus = 'pass' | 'fail' | 'not-assessed';

export interface ControlResult {
  control: string;
  title: string;
  status: ControlStatus;
  /** Rules that ran and support the control. */
  rules: string[];
  /** Active findings of those rules: the reason for `fail`. */
  findings: Finding[];
  /** Suppressed findings of those rules (accepted risk, not failing). */
  suppressed: Finding[];
}

export interface ComplianceReport {
  framework: Framework;
  title: string;
  controls: ControlResult[];
  summary: Record<ControlStatus, number>;
}

/**
 * A control passes when at least one rule supporting it ran without an active finding, fails when any such rule has
 * one, and is not assessed when no rule that ran supports it (a control about process, or a rule turned off).
 */
export function complianceReport(framework: Framework, rules: readonly RuleModule[], findings: readonly Finding[]): ComplianceReport {
  const catalog = FRAMEWORKS[framework];
  const rulesByControl = new Map<string, string[]>();
  for (const rule of rules) {
    for (const ref of rule.meta.compliance) {
      if (ref.framework !== framework) continue;
      const list = rulesByControl.get(ref.control) ?? [];
      if (!list.includes(rule.meta.id)) list.push(rule.meta.id);
      rulesByControl.set(ref.control, list);
    }
  }
  const controlIds = [...new Set([...Object.keys(catalog.controls), ...rulesByControl.keys()])].sort(compareControls);
  const controls = controlIds.map((control): ControlResult => {
    const ruleIds = (rulesByControl.get(control) ?? []).sort();
    const behind = findings.filter((f) => ruleIds.includes(f.ruleId));
    const active = behind.filter((f) => !f.suppressed);
    const status: ControlStatus = ruleIds.length === 0 ? 'not-assessed' : active.length > 0 ? 'fail' : 'pass';
    return { control, title: catalog.controls[control] ?? control, status, rules: ruleIds, findings: active, suppressed: behind.filter((f) => f.suppressed) };
  });
  const summary: Record<ControlStatus, number> = { pass: 0, fail: 0, 'not-assessed': 0 };
  for (const c of controls) summary[c.status]++;
  return { framework, title: catalog.title, controls, summary };
}

/** `1.9` before `1.15`, `AC-6` before `AC-6(1)` before `AC-6(10)`: numeric parts compared as numbers. */
function compareControls(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}
