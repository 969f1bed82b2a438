// shacl-engine's Validator. `npm run build` bundles this module with shacl-engine's core into
// dist/vendor/shacl-engine.js (scripts/bundle-vendor.mjs): the published package then needs no shacl-engine, whose
// dependencies bring Comunica (about 290 packages, 30 MB) for SHACL-SPARQL, which deai-kg never loads.
/// <reference path="../validate/shacl-engine.d.ts" />
export { type EngineResult, Validator } from 'shacl-engine';
