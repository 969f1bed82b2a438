// Preloaded with `node -r`: at exit, writes Node's own modules this run loaded beyond what Node loads for any script
// ("NativeModule crypto", "Internal Binding v8", …, from process.moduleLoadList) to the file named by RECORD_BUILTINS.
const before = new Set(process.moduleLoadList);
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((name) => !before.has(name));
  require('node:fs').writeFileSync(process.env.RECORD_BUILTINS, loaded.join('\n'));
});
