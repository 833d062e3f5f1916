// ServletV2 operations are browser form posts (the customer's browser goes to Haso's screens): the client never
// fetches them, it describes the form and renders an auto-submitting HTML snippet.

/** A browser form post: where to post, the fields, and an HTML snippet that submits itself. */
export interface FormPost {
  readonly action: string;
  readonly method: 'POST';
  readonly fields: Readonly<Record<string, string>>;
  readonly html: string;
}

/** Options of the HTML snippet. */
export interface FormHtmlOptions {
  /** CSP nonce for the inline submit script. */
  nonce?: string;
  /** id of the form element (default `haso-form-post`). */
  formId?: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Form field values as strings (absent and null fields are left out; objects become JSON). */
export function formFields(body: Readonly<Record<string, unknown>>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    fields[name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return fields;
}

/** The auto-submitting form (with a no-script button) for `action` and `fields`. */
export function formPost(action: string, fields: Record<string, string>, options: FormHtmlOptions = {}): FormPost {
  const id = options.formId ?? 'haso-form-post';
  const nonce = options.nonce === undefined ? '' : ` nonce="${escapeHtml(options.nonce)}"`;
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const html =
    `<form id="${escapeHtml(id)}" method="POST" action="${escapeHtml(action)}" accept-charset="UTF-8">${inputs}` +
    `<noscript><button type="submit">Continue</button></noscript></form>` +
    `<script${nonce}>document.getElementById(${JSON.stringify(id).replace(/</g, '\\u003c')}).submit();</script>`;
  return { action, method: 'POST', fields, html };
}
