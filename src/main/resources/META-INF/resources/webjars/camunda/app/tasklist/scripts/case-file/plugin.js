// Tasklist plugins of the desk: the case file (事项档案) as a tab of every task, and the case search
// (事项查询) in the header. The file comes from our API with the webapps' login; a registration's
// receipt is taken from it once, with the webapps' CSRF token.
import { api, el, loadCaseFile, renderCaseFile, time } from '/desk/case-file.js';

const RECEIPT_TASK = 'Task_RegistrationReceipt';

function stylesheet() {
  if (!document.getElementById('xf-case-file-css')) {
    document.head.append(el('link', { id: 'xf-case-file-css', rel: 'stylesheet', href: '/desk/case-file.css' }));
  }
}

async function caseNumberOf(engineApi, taskId) {
  const response = await fetch(engineApi + '/task/' + taskId + '/variables/caseNumber',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).value : null;
}

// The receipt asked for on this page, by registration: the code is given out once, so a tab that
// Tasklist draws again while the answer is on its way (or after) shows that answer, not a new button.
const receipts = new Map();

function receipt(node, registrationId, csrfToken) {
  const box = el('div', { class: 'xf-receipt' }, el('h4', {}, '登记回执'),
    el('p', {}, '查询码只显示一次，显示后请交给信访人或打印（Ctrl+P）。'));
  const shown = answer => answer
    .then(taken => box.replaceChildren(el('h4', {}, '信访事项登记回执'),
      el('p', {}, '事项编号：', el('strong', { class: 'xf-case-number' }, taken.caseNumber)),
      el('p', {}, '查询码：', el('span', { class: 'xf-code' }, taken.queryCode)),
      el('p', {}, '登记时间：' + time(taken.registeredAt)),
      el('p', {}, '凭事项编号和查询码可在“信访事项查询”页面查询办理进度和评价。')))
    .catch(failure => box.append(el('p', { class: 'xf-error' }, failure.message)));
  if (receipts.has(registrationId)) {
    shown(receipts.get(registrationId));
  } else {
    const show = el('button', { type: 'button', class: 'btn btn-primary xf-no-print', id: 'xf-show-receipt' }, '显示查询码');
    show.addEventListener('click', () => {
      show.disabled = true;
      const answer = api('/api/registrations/' + encodeURIComponent(registrationId) + '/receipt',
        { method: 'POST', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken } });
      receipts.set(registrationId, answer);
      shown(answer);
    });
    box.append(show);
  }
  node.append(box);
}

const caseFileTab = {
  id: 'xinfang.case-file',
  pluginPoint: 'tasklist.task.detail',
  priority: 1000,
  properties: { label: '事项档案' },
  render: async (node, { api: webapp, taskId }) => {
    stylesheet();
    // Tasklist may render the tab again before this one has read the task: only the last render
    // writes, so the receipt button clicked is the one shown, not one a later render threw away
    const render = Symbol(taskId);
    node.xfRender = render;
    node.replaceChildren(el('p', {}, '正在读取事项档案…'));
    const task = await (await fetch(webapp.engineApi + '/task/' + taskId,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })).json();
    const caseNumber = await caseNumberOf(webapp.engineApi, taskId);
    if (node.xfRender !== render) {
      return;
    }
    node.replaceChildren();
    if (task.taskDefinitionKey === RECEIPT_TASK) {
      receipt(node, task.processInstanceId, webapp.CSRFToken);
    }
    if (!caseNumber) {
      node.append(el('p', {}, '尚未登记，没有事项档案。'));
      return;
    }
    node.append(el('p', { class: 'xf-actions xf-no-print' },
      el('a', { href: '/desk/#' + caseNumber, target: '_blank', rel: 'noopener' }, '在新窗口打开并打印')));
    const file = el('div');
    node.append(file);
    try {
      renderCaseFile(file, await loadCaseFile(caseNumber));
    } catch (failure) {
      file.replaceChildren(el('p', { class: 'xf-error' }, failure.message));
    }
  }
};

const caseSearchLink = {
  id: 'xinfang.case-search',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: node => {
    node.replaceChildren(el('a', { href: '/desk/', target: '_blank', rel: 'noopener', id: 'xf-case-search',
      style: 'display:inline-block;padding:15px 10px;color:inherit' }, '事项查询'));
  }
};

export default [caseFileTab, caseSearchLink];
