import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: "export { createHasoCore } from '@haso-toolkit/client/core'; export { changeCustomerGsmNo } from '@haso-toolkit/client/operations';", resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true });
const code = r.outputFiles[0].contents;
console.log(code.length, gzipSync(code, { level: 9 }).length);
for (const [f, { bytesInOutput }] of Object.entries(Object.values(r.metafile.outputs)[0].inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(bytesInOutput, f.replace(/.*packages\//,''));
if (process.argv[2]) process.stdout.write(new TextDecoder().decode(code));
