// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A question shown only for some answer on the same page waits, hidden, for that answer.
// Without JavaScript it is always shown, and the server ignores it when it does not apply.
for (const field of document.querySelectorAll('[data-reveal-input]')) {
  const inputs = document.querySelectorAll(`[name="${CSS.escape(field.dataset.revealInput)}"]`);
  const expected = field.dataset.revealValue;
  const update = () => {
    field.hidden = ![...inputs].some((input) =>
      input.type === 'radio' || input.type === 'checkbox' ? input.checked && input.value === expected : input.value === expected);
  };
  inputs.forEach((input) => input.addEventListener('change', update));
  update();
}
