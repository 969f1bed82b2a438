// Preloaded with `node -r`: at exit, writes the path of every module Node's CommonJS loader loaded (packages imported
// from ES modules included) to the file named by RECORD_MODULES, one a line.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.RECORD_MODULES, Object.keys(require.cache).join('\n'));
});
