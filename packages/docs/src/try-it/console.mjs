// The Try-it console's behaviour: fills the dialog for an operation, shows what will be signed as the fields change,
// signs in the browser (Web Crypto), sends with fetch or opens a browser form post, and shows the outcome.
import { createSigner } from '@haso-toolkit/signing';
import { isLoopback, operationUrl, parseBaseUrl } from './base-url.mjs';
import { createConsoleView } from './console-view.mjs';
import { curlCommand, formValue } from './curl-command.mjs';
import { fill, h } from './dom.mjs';
import { parseBody } from './json-body.mjs';
import { describeOutcome } from './outcome-text.mjs';
import { requestBody } from './request-body.mjs';
import { sendRequest } from './send-request.mjs';
import { describeParts } from './token-parts.mjs';

/** @typedef {import('../try-it-data.mjs').TryItOperation} TryItOperation */
/** @typedef {import('../try-it-data.mjs').TryItData['defaults']} Defaults */
/**
 * @typedef {{ ok: true, url: string, body: Record<string, unknown>, parts?: ReturnType<typeof describeParts> }
 *   | { ok: false, message: string, offset?: number }} Prepared
 */

/**
 * Creates the console (one dialog, appended to the body) prefilled with `defaults`.
 * @param {Defaults} defaults
 * @returns {{ open(operation: TryItOperation): void, view: import('./console-view.mjs').ConsoleView }}
 */
export function createTryItConsole(defaults) {
  const view = createConsoleView();
  view.baseUrl.value = defaults.baseUrl;
  view.merchantId.value = defaults.merchantId;
  view.merchantSalt.value = defaults.merchantSalt;
  view.hmacKey.value = defaults.hmacKey;
  document.body.append(view.dialog);

  /** @type {TryItOperation | undefined} */
  let current;
  /** Edited bodies by operationId, kept in memory while the page is open. */
  const edited = new Map();
  let generation = 0;

  /**
   * Parses the inputs, builds the body and, for a signed operation, computes its token.
   * @returns {Promise<Prepared>}
   */
  async function prepare() {
    const op = /** @type {TryItOperation} */ (current);
    const base = parseBaseUrl(view.baseUrl.value);
    if (!base.ok) return base;
    const parsed = parseBody(view.body.value);
    if (!parsed.ok) return { ok: false, message: parsed.message, offset: parsed.offset };
    const body = requestBody(op, parsed.value, view.merchantId.value);
    const url = operationUrl(base.url, op.path);
    if (!op.signed) return { ok: true, url, body };
    if (!view.merchantSalt.value) return { ok: false, message: 'The merchant salt is empty.' };
    if (!globalThis.crypto?.subtle) {
      return {
        ok: false,
        message: 'Web Crypto is not available here: open the page from disk, from localhost or over https.',
      };
    }
    try {
      const signer = createSigner({ merchantSalt: view.merchantSalt.value, hmacKey: view.hmacKey.value || undefined });
      const parts = describeParts(signer, op.operationId, body);
      body.requestToken = await signer.signAsync(op.operationId, body);
      return { ok: true, url, body, parts };
    } catch (error) {
      return { ok: false, message: `Cannot sign this body: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /** Re-renders what will be signed and the curl command; a stale computation is dropped. */
  async function preview() {
    const mine = ++generation;
    const base = parseBaseUrl(view.baseUrl.value);
    view.warning.hidden = !base.ok || isLoopback(base.url);
    if (base.ok) {
      view.warning.textContent =
        `${base.url.host} is not a loopback address: the request goes to that server. A real merchant salt belongs ` +
        'on a server, never in a web page; use this console with test credentials only.';
    }
    if (current) edited.set(current.operationId, view.body.value);
    const prepared = await prepare();
    if (mine !== generation) return;
    view.inputError.hidden = prepared.ok;
    if (!prepared.ok) {
      view.inputError.textContent = prepared.message;
      fill(view.parts);
      view.masked.textContent = '—';
      view.token.textContent = '—';
      return;
    }
    if (prepared.parts) {
      fill(
        view.parts,
        ...prepared.parts.parts.map((p, i) =>
          h(
            'tr',
            { class: p.masked ? 'haso-masked' : '' },
            h('td', {}, String(i + 1)),
            h('td', {}, h('code', {}, p.field)),
            h('td', {}, p.value === '' ? '"" (empty)' : h('code', {}, p.value)),
          ),
        ),
      );
      view.masked.textContent = prepared.parts.masked;
      view.token.textContent = String(prepared.body.requestToken);
    }
    view.curl.textContent = curlCommand(prepared.url, prepared.body, current?.kind ?? 'json');
  }

  /** Shows an input problem and moves the editor's caret to it. */
  function showInputError(/** @type {{ message: string, offset?: number }} */ problem) {
    view.inputError.hidden = false;
    view.inputError.textContent = problem.message;
    if (problem.offset !== undefined) {
      view.body.focus();
      view.body.setSelectionRange(problem.offset, Math.min(problem.offset + 1, view.body.value.length));
    }
  }

  async function send() {
    const op = /** @type {TryItOperation} */ (current);
    const prepared = await prepare();
    if (!prepared.ok) return showInputError(prepared);
    view.send.disabled = true;
    view.status.textContent = `Sending to ${prepared.url} …`;
    view.problem.hidden = true;
    view.response.textContent = '';
    const outcome = await sendRequest(prepared.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(prepared.body),
    });
    view.send.disabled = false;
    const text = describeOutcome(outcome, { url: prepared.url, signed: op.signed, origin: location.origin });
    view.status.textContent = text.status;
    view.problem.hidden = !text.problem;
    view.problem.textContent = text.problem ?? '';
    view.response.textContent = text.response;
    view.status.scrollIntoView({ block: 'nearest' });
  }

  async function openFormPost() {
    const prepared = await prepare();
    if (!prepared.ok) return showInputError(prepared);
    const form = h(
      'form',
      {
        method: 'post',
        action: prepared.url,
        target: '_blank',
        enctype: 'application/x-www-form-urlencoded',
        hidden: true,
      },
      ...Object.entries(prepared.body).map(([name, value]) =>
        h('input', { type: 'hidden', name, value: formValue(value) }),
      ),
    );
    document.body.append(form);
    form.submit();
    form.remove();
    view.status.textContent = `Form posted to ${prepared.url} in a new tab.`;
  }

  async function copyCurl() {
    const prepared = await prepare();
    if (!prepared.ok) return showInputError(prepared);
    const command = curlCommand(prepared.url, prepared.body, current?.kind ?? 'json');
    view.curl.textContent = command;
    try {
      await navigator.clipboard.writeText(command);
      view.copied.textContent = 'Copied.';
    } catch {
      view.curlBox.open = true;
      getSelection()?.selectAllChildren(view.curl);
      view.copied.textContent = 'The browser refused the clipboard: the command is selected below.';
    }
  }

  for (const control of [view.baseUrl, view.merchantId, view.merchantSalt, view.hmacKey, view.body]) {
    control.addEventListener('input', () => void preview());
  }
  view.showSecrets.addEventListener('change', () => {
    for (const secret of [view.merchantSalt, view.hmacKey])
      secret.type = view.showSecrets.checked ? 'text' : 'password';
  });
  view.close.addEventListener('click', () => view.dialog.close());
  view.send.addEventListener('click', () => void send());
  view.openForm.addEventListener('click', () => void openFormPost());
  view.copy.addEventListener('click', () => void copyCurl());

  return {
    view,
    open(operation) {
      current = operation;
      view.title.textContent = `Try it: ${operation.operationId}`;
      view.route.textContent = `POST ${operation.path}`;
      view.body.value = edited.get(operation.operationId) ?? JSON.stringify(operation.body, null, 2);
      view.body.rows = Math.min(14, Math.max(4, view.body.value.split('\n').length + 1));
      view.bodyHint.textContent = operation.merchantIdField
        ? `(${operation.merchantIdField}${operation.signed ? ' and requestToken are' : ' is'} added from the fields above)`
        : '';
      view.signed.hidden = !operation.signed;
      view.unsigned.hidden = operation.signed;
      view.unsigned.textContent = operation.signed
        ? ''
        : `No requestToken: ${operation.unsignedReason ?? 'none documented'}.`;
      view.outside.textContent = operation.signed
        ? `Outside the token (changeable after signing): ${operation.outsideToken.join(', ') || 'no listed field'}.`
        : '';
      view.send.hidden = operation.kind === 'form';
      view.openForm.hidden = operation.kind !== 'form';
      view.status.textContent =
        operation.kind === 'form' ? 'A browser form post: it opens in a new tab.' : 'Not sent yet.';
      view.problem.hidden = true;
      view.response.textContent = '';
      view.copied.textContent = '';
      view.inputError.hidden = true;
      if (!view.dialog.open) view.dialog.showModal();
      void preview();
    },
  };
}
