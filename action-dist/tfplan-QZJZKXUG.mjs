import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  planGrants,
  tfplanFrontEnd
} from "./chunk-2GEUZEG2.mjs";
import "./chunk-SYEESI4A.mjs";
import "./chunk-MEY65LLP.mjs";
import "./chunk-O7GAQ72C.mjs";
import "./chunk-NIX622U4.mjs";
import "./chunk-456KF6NM.mjs";
import "./chunk-G6JY42Q3.mjs";
import "./chunk-FNZ3QBDF.mjs";
import "./chunk-S2ETVMBP.mjs";
import "./chunk-XF6FTM5H.mjs";
import "./chunk-YZXYJYQ3.mjs";
import "./chunk-E2WJM2F3.mjs";
export {
  planGrants,
  tfplanFrontEnd
};
