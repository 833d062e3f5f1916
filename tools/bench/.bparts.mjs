import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const entry = "export { createHasoCore } from '@haso-toolkit/client/core'; export { changeCustomerGsmNo } from '@haso-toolkit/client/operations';";
async function size(filter) {
  const plugins = filter ? [{ name: 'x', setup: (b) => b.onLoad({ filter }, (a) => {
    const names = [...readFileSync(a.path, 'utf8').matchAll(/export (?:async )?(?:function|const|class|let) (\w+)/g)].map(m => m[1]);
    return { contents: names.map(n => `export const ${n} = undefined;`).join('\n'), loader: 'js' };
  }) }] : [];
  const r = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, plugins });
  return gzipSync(r.outputFiles[0].contents, { level: 9 }).length;
}
const total = await size();
console.log('total', total);
for (const m of ['validate','pipeline','errors','observe','log','exchange','prepare-body','response','send','options','not-sent','attempt-signal','read-body','call-promise','find-codes']) {
  console.log(m, total - await size(new RegExp(`client/dist/${m}\\.js$`)));
}
for (const m of ['token-string','token-signer','providers/webcrypto','calendar-date','errors']) console.log('signing/'+m, total - await size(new RegExp(`signing/dist/${m}\\.js$`)));
