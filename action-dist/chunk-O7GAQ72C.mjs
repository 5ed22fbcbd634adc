import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// src/pipeline/frontend.ts
function eachFileApart(files) {
  return files.map((f) => [f]);
}

export {
  eachFileApart
};
