import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);

// src/shared/connected-groups.ts
function connectedGroups(files, keyOf, linksOf) {
  const parent = /* @__PURE__ */ new Map();
  const find = (node) => {
    let root = node;
    for (let up = parent.get(root); up !== void 0 && up !== root; up = parent.get(root)) root = up;
    if (!parent.has(root)) parent.set(root, root);
    for (let x = node; x !== root; ) {
      const up = parent.get(x);
      parent.set(x, root);
      x = up;
    }
    return root;
  };
  const union = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const keys = files.map((f) => {
    const key = keyOf(f);
    find(key);
    for (const link of linksOf(f)) union(key, link);
    return key;
  });
  const groups = /* @__PURE__ */ new Map();
  files.forEach((f, i) => {
    const name = find(keys[i]);
    const group = groups.get(name) ?? { files: [], bytes: 0 };
    group.files.push(f);
    group.bytes += f.text.length;
    groups.set(name, group);
  });
  return [...groups.entries()].sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, g]) => g.files);
}

export {
  connectedGroups
};
