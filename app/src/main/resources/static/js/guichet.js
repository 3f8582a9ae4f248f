// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A question shown only for some answers on the same page waits, hidden, for them. The rule comes from
// the server (data-reveal); without JavaScript the question is always shown, and the server ignores it
// when it does not apply. A comparison with an unanswered input is false, whatever the operator, as on
// the server.
const answersOf = (inputs) => [...inputs]
  .filter((input) => (input.type === 'radio' || input.type === 'checkbox') ? input.checked : input.value.trim() !== '')
  .map((input) => input.value.trim());

const number = (text) => {
  const n = Number(text.replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
};

const holds = (clause, answers) => {
  if (clause.op === 'empty') return answers.length === 0;
  if (clause.op === 'not_empty') return answers.length > 0;
  if (answers.length === 0) return false;
  if (clause.kind === 'number') {
    const actual = number(answers[0]);
    const expected = number(clause.value);
    if (actual === null || expected === null) return false;
    return { eq: actual === expected, neq: actual !== expected, lt: actual < expected, lte: actual <= expected,
      gt: actual > expected, gte: actual >= expected }[clause.op] ?? false;
  }
  if (clause.op === 'contains') {
    return clause.kind === 'choice' ? answers.includes(clause.value)
      : answers[0].toLocaleLowerCase('fr').includes(clause.value.toLocaleLowerCase('fr'));
  }
  if (clause.op === 'eq') return answers.includes(clause.value);
  if (clause.op === 'neq') return !answers.includes(clause.value);
  return false;
};

for (const field of document.querySelectorAll('[data-reveal]')) {
  const rule = JSON.parse(field.dataset.reveal);
  const clauses = rule.clauses.map((clause) => ({
    ...clause, inputs: document.querySelectorAll(`[name="${CSS.escape(clause.input)}"]`) }));
  if (clauses.some((clause) => clause.inputs.length === 0)) continue;
  const update = () => {
    const results = clauses.map((clause) => holds(clause, answersOf(clause.inputs)));
    field.hidden = !(rule.any ? results.some(Boolean) : results.every(Boolean));
  };
  clauses.forEach((clause) => clause.inputs.forEach((input) => {
    input.addEventListener('change', update);
    input.addEventListener('input', update);
  }));
  update();
}
