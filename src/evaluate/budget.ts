/**
 * The work budget: a bound on the total work of evaluating one unit (a Terraform root module with the modules it
 * calls, a Bicep file with its modules, an ARM template, a CloudFormation template, a CDK entry file with what it
 * imports). The individual limits (instances per
 * loop, string length, list size, nesting depth) each stay within bounds, but loops nested inside loops multiply;
 * the budget turns such a product into one located error instead of minutes of work.
 *
 * Evaluators count one step per expression node they evaluate (Terraform and ARM also a step per element, or per
 * 1,024 characters, of the value a function call builds). Evaluation is synchronous, so one counter serves the unit
 * being evaluated; a unit started inside another shares the outer budget. The count is an integer decrement on the
 * evaluators' hot path: on the Terraform corpus its cost is below measurement noise.
 */
import type { ToolError } from '../model/finding.js';
import type { SourceSpan } from '../model/span.js';

/**
 * Steps one unit may take. The heaviest unit of the shared corpus (a Terraform root module) takes 81,791 steps, about
 * 4% of this (test/hardening-budget.test.ts checks it stays under 5%); a unit past it multiplies loops. Two million
 * steps are one to two seconds of CPU in the slowest evaluators (Bicep, CDK).
 */
export const MAX_EVALUATION_STEPS = 2_000_000;

/** Steps left to the unit being evaluated; Infinity outside any unit (a lone expression is bounded by its own limits). */
let remaining = Infinity;
let active = false;
/** The limit of the current unit (it appears in the message). */
let limitOfUnit = MAX_EVALUATION_STEPS;
/** The most steps any unit took since takeLargestUnitSteps() was last called (for measuring real inputs). */
let largestUnit = 0;

/** Counts one evaluation step; true once the unit has spent its budget (the caller then throws BudgetExhausted). */
export function countStep(): boolean {
  return --remaining < 0;
}

/** Counts `n` steps at once, for work done without evaluating nodes (a function building a large value). */
export function countSteps(n: number): boolean {
  remaining -= n;
  return remaining < 0;
}

/**
 * Thrown where the budget runs out and caught by runWithBudget at the unit's boundary. Not an evaluation error:
 * try(), can() and the evaluators' per-expression guards let it pass, so the unit stops at once.
 */
export class BudgetExhausted extends Error {
  constructor(
    /** Repository-relative path of the file whose expression was being evaluated. */
    readonly file: string,
    /** Where the budget ran out; set by the nearest enclosing node with a position when the node has none. */
    public span: Pick<SourceSpan, 'line' | 'column' | 'endLine' | 'endColumn'> | undefined,
  ) {
    super('evaluation budget exhausted');
    this.name = 'BudgetExhausted';
  }
}

export interface BudgetUse<T> {
  result: T | undefined;
  /** Set when the unit ran out of budget (then `result` is undefined): the one error to report for the unit. */
  exhausted?: ToolError;
}

/**
 * Runs `fn` as one unit with a fresh budget. Inside another unit, `fn` shares the outer budget and an exhausted
 * budget propagates to the outer unit, which reports it once. `what` names the unit in the advice of the message.
 */
export function runWithBudget<T>(what: 'module' | 'template' | 'file' | 'app', fn: () => T, limit = MAX_EVALUATION_STEPS): BudgetUse<T> {
  if (active) return { result: fn() };
  active = true;
  remaining = limit;
  limitOfUnit = limit;
  try {
    return { result: fn() };
  } catch (err) {
    if (err instanceof BudgetExhausted) return { result: undefined, exhausted: budgetError(err, what) };
    throw err;
  } finally {
    largestUnit = Math.max(largestUnit, limit - Math.max(remaining, 0));
    active = false;
    remaining = Infinity;
  }
}

function budgetError(err: BudgetExhausted, what: string): ToolError {
  const at = err.span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const limit = limitOfUnit.toLocaleString('en-US');
  return {
    file: err.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    message: `evaluation of ${err.file} stopped: it needs more than ${limit} evaluation steps (limit ${limit}); simplify nested loops or split the ${what}`,
    code: 'too-large',
  };
}

/** The most steps a unit took since the last call; resets the figure. */
export function takeLargestUnitSteps(): number {
  const n = largestUnit;
  largestUnit = 0;
  return n;
}
