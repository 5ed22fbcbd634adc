import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// src/shared/hash.ts
import crypto from "node:crypto";
var oneShot = crypto.hash;
function digest(algorithm, text, encoding = "hex") {
  return oneShot ? oneShot(algorithm, text, encoding) : crypto.createHash(algorithm).update(text, "utf8").digest(encoding);
}

// src/extract/grant.ts
function grantIdentity(g) {
  return JSON.stringify([
    g.cloud,
    g.kind,
    g.source.format,
    g.source.file,
    g.source.address ?? "",
    g.principal.type,
    g.principal.name,
    g.effect,
    [...g.actions].sort(),
    [...g.notActions].sort(),
    g.role ?? "",
    [...g.resources].sort(),
    [...g.notResources].sort(),
    g.scope ?? "",
    sortKeysDeep(g.conditions),
    g.details?.sid ?? "",
    g.details?.attachedTo ?? ""
  ]);
}
function hashText(text, length = 16) {
  return digest("sha256", text).slice(0, length);
}
function reformatGrant(g, format, details) {
  const { id: _previous, ...rest } = g;
  const next = { ...rest, source: { ...g.source, format }, ...details ? { details: { ...g.details, ...details } } : {} };
  return { id: hashText(grantIdentity(next)), ...next };
}
function makeGrant(input) {
  const g = {
    notActions: [],
    resources: [],
    notResources: [],
    conditions: {},
    unresolved: [],
    ...input
  };
  return { id: hashText(grantIdentity(g)), ...g };
}
function canonicalJson(x) {
  return JSON.stringify(sortKeysDeep(x));
}
function sortKeysDeep(x) {
  if (Array.isArray(x)) return x.map(sortKeysDeep);
  if (x && typeof x === "object") {
    const out = {};
    for (const k of Object.keys(x).sort()) out[k] = sortKeysDeep(x[k]);
    return out;
  }
  return x;
}

export {
  digest,
  hashText,
  reformatGrant,
  makeGrant,
  canonicalJson
};
