import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// src/shared/directives.ts
function mayHoldDirective(comment) {
  return comment.text.includes("grantlint");
}

export {
  mayHoldDirective
};
