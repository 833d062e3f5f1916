// The console's elements: one <dialog> for all operations, outside Redoc's React tree so a re-render never drops it.
import { h } from './dom.mjs';

/** What the page says about secrets (shown in the console). */
export const SECRETS_NOTE =
  "Secrets stay in this page's memory: nothing is written to localStorage, cookies or the URL, and the salt never " +
  "leaves the page (only the request with its computed token does). The fields are prefilled with the mock's public " +
  'test credentials; a real salt belongs on your server, not in a browser.';

/**
 * @typedef {ReturnType<typeof createConsoleView>} ConsoleView
 */

/** Builds the dialog and returns it with the elements the controller uses. */
export function createConsoleView() {
  const input = (/** @type {string} */ name, /** @type {string} */ type = 'text') =>
    h('input', { name, type, autocomplete: 'off', spellcheck: 'false', 'data-haso': name });
  const baseUrl = input('baseUrl', 'url');
  const merchantId = input('merchantId');
  const merchantSalt = input('merchantSalt', 'password');
  const hmacKey = input('hmacKey', 'password');
  const showSecrets = h('input', { type: 'checkbox', 'data-haso': 'showSecrets' });
  const body = h('textarea', { rows: '10', spellcheck: 'false', autocomplete: 'off', 'data-haso': 'body' });
  const title = h('h2', { id: 'haso-try-it-title' });
  const route = h('code', { 'data-haso': 'route' });
  const close = h('button', { type: 'button', class: 'haso-close', 'aria-label': 'Close', 'data-haso': 'close' }, '×');
  const warning = h('p', { class: 'haso-warning', role: 'alert', hidden: true, 'data-haso': 'warning' });
  const inputError = h('p', { class: 'haso-error', role: 'alert', hidden: true, 'data-haso': 'input-error' });
  const bodyHint = h('span', { class: 'haso-hint' });
  const parts = h('tbody');
  const masked = h('code', { 'data-haso': 'masked' });
  const token = h('code', { 'data-haso': 'token' });
  const signed = h(
    'div',
    { 'data-haso': 'signed' },
    h(
      'table',
      { class: 'haso-parts' },
      h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, 'field'), h('th', {}, 'enters the token as'))),
      parts,
    ),
    h('p', {}, 'Token string (salt masked): ', masked),
    h('p', {}, 'requestToken: ', token),
  );
  const outside = h('p', { class: 'haso-hint', 'data-haso': 'outside' });
  const unsigned = h('p', { 'data-haso': 'unsigned', hidden: true });
  const send = h('button', { type: 'button', class: 'haso-primary', 'data-haso': 'send' }, 'Send');
  const openForm = h(
    'button',
    { type: 'button', class: 'haso-primary', 'data-haso': 'open-form' },
    'Open in a new tab',
  );
  const copy = h('button', { type: 'button', 'data-haso': 'copy-curl' }, 'Copy as curl');
  const copied = h('span', { class: 'haso-hint', 'aria-live': 'polite', 'data-haso': 'copied' });
  const status = h('p', { class: 'haso-status', 'data-haso': 'status' });
  const problem = h('div', { class: 'haso-error', role: 'alert', hidden: true, 'data-haso': 'problem' });
  const response = h('pre', { class: 'haso-response', 'data-haso': 'response' });
  const curl = h('pre', { class: 'haso-curl', 'data-haso': 'curl' });
  const curlBox = h('details', {}, h('summary', {}, 'curl'), curl);
  const label = (/** @type {string} */ text, /** @type {HTMLElement} */ control) =>
    h('label', {}, h('span', {}, text), control);

  const dialog = h(
    'dialog',
    { class: 'haso-try-it', 'aria-labelledby': 'haso-try-it-title', 'data-haso': 'console' },
    h('header', {}, title, route, close),
    h('p', { class: 'haso-note', 'data-haso': 'secrets-note' }, SECRETS_NOTE),
    h(
      'div',
      { class: 'haso-grid' },
      label('Base URL', baseUrl),
      label('merchantId', merchantId),
      label('Merchant salt', merchantSalt),
      label('HMAC key (optional; empty = the salt)', hmacKey),
    ),
    h('label', { class: 'haso-inline' }, showSecrets, ' show the salt and key'),
    warning,
    h('label', { class: 'haso-body' }, h('span', {}, 'Request body (JSON) ', bodyHint), body),
    inputError,
    h('section', {}, h('h3', {}, 'What is signed'), signed, unsigned, outside),
    h('div', { class: 'haso-actions' }, send, openForm, copy, copied),
    h('section', { 'data-haso': 'result' }, h('h3', {}, 'Response'), status, problem, response),
    curlBox,
  );
  return {
    dialog,
    title,
    route,
    close,
    baseUrl,
    merchantId,
    merchantSalt,
    hmacKey,
    showSecrets,
    body,
    bodyHint,
    warning,
    inputError,
    signed,
    parts,
    masked,
    token,
    unsigned,
    outside,
    send,
    openForm,
    copy,
    copied,
    status,
    problem,
    response,
    curl,
    curlBox,
  };
}
