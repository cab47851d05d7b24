// The opened task's header names its case: number, title, responsible unit and the legal limit its
// due date is. Tasklist has no plugin point there, so this script adds a line under the task's name
// whenever Tasklist draws a task. The values are the task's own variables (workflow.TaskListing),
// which the list shows too and everyone who may read the task may read.
import { el } from '/desk/case-file.js';

const SHOWN = [
  ['caseNumber', '事项编号', 'xf-case-number'],
  ['caseTitle', '标题', 'xf-case-title'],
  ['listedUnit', '责任单位', 'xf-unit'],
  ['listedLimit', '法定期限', 'xf-limit']
];

function engineApi() {
  const engine = /\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname);
  return document.querySelector('base').getAttribute('engine-api') + 'engine/' + (engine ? engine[1] : 'default');
}

function openedTaskId() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
}

async function variablesOf(taskId) {
  const response = await fetch(engineApi() + '/task/' + encodeURIComponent(taskId) + '/localVariables',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : {};
}

async function describe(names, taskId) {
  const line = el('div', { class: 'xf-task-header' });
  line.dataset.task = taskId;
  names.after(line);
  const variables = await variablesOf(taskId);
  line.replaceChildren(...SHOWN.filter(([name]) => variables[name] && variables[name].value)
    .map(([name, label, style]) => el('span', { class: 'xf-task-fact' },
      el('span', { class: 'xf-label' }, label + '：'), el('span', { class: style }, variables[name].value))));
}

function update() {
  const names = document.querySelector('section.task-card > header .names');
  const taskId = openedTaskId();
  if (!names || !taskId) {
    return;
  }
  const shown = names.nextElementSibling;
  if (shown && shown.classList.contains('xf-task-header')) {
    if (shown.dataset.task === taskId) {
      return;
    }
    shown.remove();
  }
  describe(names, taskId);
}

new MutationObserver(update).observe(document.body, { childList: true, subtree: true });
window.addEventListener('hashchange', update);
