import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// src/evaluate/budget.ts
var MAX_EVALUATION_STEPS = 2e6;
var remaining = Infinity;
var active = false;
var limitOfUnit = MAX_EVALUATION_STEPS;
var largestUnit = 0;
function countStep() {
  return --remaining < 0;
}
function countSteps(n) {
  remaining -= n;
  return remaining < 0;
}
var BudgetExhausted = class extends Error {
  constructor(file, span) {
    super("evaluation budget exhausted");
    this.file = file;
    this.span = span;
    this.name = "BudgetExhausted";
  }
  file;
  span;
};
function runWithBudget(what, fn, limit = MAX_EVALUATION_STEPS) {
  if (active) return { result: fn() };
  active = true;
  remaining = limit;
  limitOfUnit = limit;
  try {
    return { result: fn() };
  } catch (err) {
    if (err instanceof BudgetExhausted) return { result: void 0, exhausted: budgetError(err, what) };
    throw err;
  } finally {
    largestUnit = Math.max(largestUnit, limit - Math.max(remaining, 0));
    active = false;
    remaining = Infinity;
  }
}
function budgetError(err, what) {
  const at = err.span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const limit = limitOfUnit.toLocaleString("en-US");
  return {
    file: err.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    message: `evaluation of ${err.file} stopped: it needs more than ${limit} evaluation steps (limit ${limit}); simplify nested loops or split the ${what}`,
    code: "too-large"
  };
}

export {
  countStep,
  countSteps,
  BudgetExhausted,
  runWithBudget
};
