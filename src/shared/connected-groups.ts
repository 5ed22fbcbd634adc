/**
 * Groups of files that a front end must read together: files are nodes named by `keyOf` (a directory for Terraform,
 * the file itself for Bicep), `linksOf` names the nodes a file refers to (local modules, the template a parameter
 * file uses), and every connected set of nodes is one group. Largest groups come first, so parallel workers finish
 * close together; the order is fixed by sizes and keys, never by the order files were found in.
 */
import type { SourceFile } from '../model/document.js';

export function connectedGroups(files: readonly SourceFile[], keyOf: (file: SourceFile) => string, linksOf: (file: SourceFile) => readonly string[]): SourceFile[][] {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    if (!parent.has(root)) parent.set(root, root);
    // Path compression keeps later lookups short.
    for (let x = node; x !== root; ) {
      const up = parent.get(x)!;
      parent.set(x, root);
      x = up;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // The smaller key becomes the group's name: the grouping does not depend on the order of the links.
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const keys = files.map((f) => {
    const key = keyOf(f);
    find(key);
    for (const link of linksOf(f)) union(key, link);
    return key;
  });
  const groups = new Map<string, { files: SourceFile[]; bytes: number }>();
  files.forEach((f, i) => {
    const name = find(keys[i]!);
    const group = groups.get(name) ?? { files: [], bytes: 0 };
    group.files.push(f);
    group.bytes += f.text.length;
    groups.set(name, group);
  });
  return [...groups.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, g]) => g.files);
}
