// Entry of the Try-it bundle injected into the docs page: reads the operations the build embedded, puts a "Try it"
// button into each callable operation's section as Redoc renders it, and opens the console on a click.
import { createTryItConsole } from './console.mjs';
import { h } from './dom.mjs';
import { DATA_ELEMENT_ID } from './page-ids.mjs';

const BUTTON_CLASS = 'haso-try-it-open';

/** @type {import('../try-it-data.mjs').TryItData} */
const data = JSON.parse(document.getElementById(DATA_ELEMENT_ID)?.textContent ?? '{"operations":{}}');
/** @type {ReturnType<typeof createTryItConsole> | undefined} */
let tryIt;

/** Adds the button to every rendered operation section that lacks one (Redoc renders sections as you scroll). */
function addButtons() {
  for (const [sectionId, operation] of Object.entries(data.operations)) {
    const section = document.getElementById(sectionId);
    if (!section?.querySelector('h2') || section.querySelector(`.${BUTTON_CLASS}`)) continue;
    const button = h(
      'button',
      { type: 'button', class: BUTTON_CLASS, 'data-operation': operation.operationId },
      'Try it',
    );
    button.addEventListener('click', () => {
      tryIt ??= createTryItConsole(data.defaults);
      tryIt.open(operation);
    });
    section.querySelector('h2')?.after(button);
  }
}

let scheduled = false;
new MutationObserver(() => {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    addButtons();
  });
}).observe(document.body, { childList: true, subtree: true });
addButtons();
