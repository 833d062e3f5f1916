// The HTML of the hosted pages: plain pages of the mock, labelled as such (Haso's own screens are not documented).
import type { HostedPage } from './state.js';

const BANNER = 'haso-mock sandbox — a test page of the local mock, not Haso’s screens';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · haso-mock</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}
.banner{background:#fff3cd;border:1px solid #e0c060;padding:.5rem .75rem}table{border-collapse:collapse}
td,th{border-bottom:1px solid #ddd;padding:.25rem .75rem;text-align:left}button{font-size:1rem;margin:.25rem .5rem 0 0}</style>
</head><body><p class="banner" role="note">${escapeHtml(BANNER)}</p>
${body}
</body></html>
`;
}

/** The page a valid form post opens: the posted order and the three outcomes. */
export function hostedPageHtml(hosted: HostedPage, limits: ReadonlyMap<string, number>): string {
  const rows = Object.entries(hosted.shown)
    .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('\n');
  const outcome =
    hosted.operationId === 'getLimit'
      ? `<p><label>KKB outcome (testResult) <select name="testResult">${[...limits]
          .map(
            ([letter, limit]) =>
              `<option value="${escapeHtml(letter)}">${escapeHtml(letter)} — limit ${limit}</option>`,
          )
          .join('')}</select></label></p>`
      : '';
  return page(
    `${hosted.operationId} ${hosted.pageId}`,
    `<h1>${escapeHtml(hosted.operationId === 'getLimit' ? 'Limit application' : 'Order')} (${escapeHtml(hosted.operationId)})</h1>
<p>The posted token was accepted without a check: Haso does not document the token of getToken.</p>
<table>${rows}</table>
<form method="post" action="/__mock/hosted/${escapeHtml(hosted.pageId)}">${outcome}
<button type="submit" name="action" value="approve">Approve</button>
<button type="submit" name="action" value="decline">Decline</button>
<button type="submit" name="action" value="cancel">Cancel</button>
</form>
<p>Approve returns to okUrl and notifies callbackUrl; Decline and Cancel return to failUrl.</p>`,
  );
}

/** The failure page of a rejected form post (or of a page that cannot be used any more). */
export function failurePageHtml(problems: readonly string[]): string {
  const items = problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('\n');
  return page('Rejected form post', `<h1>Rejected form post</h1>\n<ul>${items}</ul>`);
}

/** The page that sends the browser back to the merchant: a form post of `fields` to `url`, submitted at once. */
export function returnPageHtml(url: string, fields: Readonly<Record<string, string>>, outcome: string): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  return page(
    `Returning (${outcome})`,
    `<h1>${escapeHtml(outcome)}: returning to the shop</h1>
<form id="haso-mock-return" method="post" action="${escapeHtml(url)}">
${inputs}
<noscript><button type="submit">Continue</button></noscript>
</form>
<script>document.getElementById('haso-mock-return').submit();</script>`,
  );
}
