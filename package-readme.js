// Writes dist/README.md, the README the package ships (package.json's vsce.readmePath): the
// repository's README without its pictures. `vsce package` accepts only pictures at an https address,
// to which it rewrites relative ones from the public repository's; Crosscheck has none to give.
const fs = require('node:fs');

const picture = /^!\[[^\]]*\](\[[^\]]+\]|\([^)]+\))\n\n/gm;

fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/README.md', fs.readFileSync('README.md', 'utf8').replace(picture, ''));
