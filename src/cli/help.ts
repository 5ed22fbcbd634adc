/** The --help text. */
import { FAIL_ON_VALUES, FORMATS_BY_COMMAND } from './args.js';
import { FRAMEWORK_NAMES } from '../analyze/compliance.js';

export const HELP_TEXT = `grantlint: find risky IAM grants in infrastructure code before it is deployed

Usage:
  grantlint scan [paths...]     check grants against the rules (default path: .)
  grantlint grants [paths...]   list who can do what, where, grouped by principal
  grantlint diff --base REF [paths...]   access added/removed since a git revision (read from git objects)
  grantlint diff BEFORE AFTER   access added/removed between two directories
  grantlint diff --plan FILE    access added/removed by a Terraform plan (before → after)
  grantlint rules               list the built-in rules
  grantlint baseline [paths...] record today's findings in .grantlint-baseline.json (repository root; -o FILE)
  grantlint report --compliance FRAMEWORK [paths...]   each control with pass/fail and the findings behind it
  grantlint init [dir]          write a commented starter policy .grantlint.yaml
  grantlint lsp                 language server over stdio (editors: diagnostics, quick fixes, hovers)

Options:
  -f, --format FORMAT    scan: ${FORMATS_BY_COMMAND.scan.join('|')}; grants: ${FORMATS_BY_COMMAND.grants.join('|')};
                         diff: ${FORMATS_BY_COMMAND.diff.join('|')}; rules: ${FORMATS_BY_COMMAND.rules.join('|')};
                         report: ${FORMATS_BY_COMMAND.report.join('|')} (default: text)
  -o, --output FILE      write the report to FILE instead of standard output
      --fail-on LEVEL    exit 1 when a finding is at or above LEVEL: ${FAIL_ON_VALUES.join('|')} (default: high)
      --ignore GLOB      skip repository-relative paths matching GLOB (repeatable)
      --var-file FILE    Terraform variable file (repeatable)
      --var NAME=VALUE   Terraform variable value (repeatable)
      --param NAME=VALUE CloudFormation/Bicep parameter value (repeatable)
      --param-file FILE  CloudFormation/Bicep parameter file (repeatable)
      --azure-roles FILE Azure role definitions (JSON of 'az role definition list') added to the built-in catalog
      --base REF         git revision to compare with (diff; scan --new-only)
      --new-only         scan: report only findings absent at --base (matched by fingerprint, not line)
      --plan FILE        diff: a Terraform plan JSON (terraform show -json)
      --principal GLOB   grants: effective AWS permissions of matching roles, users and groups, by
                         service and access level, with the statements (file:line) granting them
      --config FILE      policy file to use; default: .grantlint.yaml|.yml|.json found from the first path up to
                         the repository root, else the grantlint:recommended pack
      --baseline FILE    scan: findings recorded in FILE (grantlint baseline) no longer count; entries that no
                         longer occur are listed on standard error
      --compliance NAME  report: ${FRAMEWORK_NAMES.join('|')}
      --force            init: overwrite an existing policy file
      --threads N        threads that read the files (default for inputs over 1 MB: one per core but one, up to
                         4, and 1 on two cores; 1 = no worker threads)
      --debug            keep stack traces of internal errors
  -h, --help             show this help
  -v, --version          show the version

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  grantlint could not do its job: bad arguments, a bad policy or baseline file, or an input that could not
     be read or parsed
`;
