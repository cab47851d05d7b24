// The case file as the desk shows it, in Tasklist's case-file tab and on the case search page:
// everything comes from our API (/api/cases…) with the webapps' login, rendered as text only.

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
});

export function time(instant) {
  return instant ? TIME.format(new Date(instant)) : '—';
}

/** An element with text content only: nothing the API returns is ever read as HTML. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  children.flat().forEach(child => element.append(child instanceof Node ? child : String(child ?? '—')));
  return element;
}

export async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...options });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const reason = response.status === 401 ? '请先登录 Tasklist' : (body.detail || '请求未成功（' + response.status + '）');
    throw new Error(reason);
  }
  return body;
}

export function loadCaseFile(caseNumber) {
  return api('/api/cases/' + encodeURIComponent(caseNumber));
}

function table(headers, rows) {
  return el('table', { class: 'xf-table' },
    el('thead', {}, el('tr', {}, headers.map(header => el('th', {}, header)))),
    el('tbody', {}, rows.length ? rows.map(row => el('tr', {}, row.map(cell => el('td', {}, cell))))
      : el('tr', {}, el('td', { colspan: String(headers.length) }, '无'))));
}

function section(title, ...content) {
  return el('section', { class: 'xf-section' }, el('h4', {}, title), ...content);
}

function met(dueDate) {
  if (!dueDate.dueAt) return '未起算';
  if (dueDate.met === true) return '按期办理';
  if (dueDate.met === false) return '超期';
  return '进行中';
}

/** Who acted: the timers and the notices' sender are recorded as "system", which the bureau reads as 系统. */
function actor(name) {
  return name === 'system' ? '系统' : name;
}

function field(label, value) {
  return el('div', { class: 'xf-field' }, el('span', { class: 'xf-label' }, label), el('span', {}, value ?? '—'));
}

/** The whole file of one case, replacing what the container held. */
export function renderCaseFile(container, c) {
  container.replaceChildren(el('article', { class: 'xf-case-file' },
    el('h3', {}, c.caseNumber + '　' + c.title),
    el('div', { class: 'xf-fields' },
      field('状态', c.status?.label + (c.overdue ? '（有期限已超期）' : '')),
      field('信访渠道', c.channel?.label),
      field('事项类别', c.caseClass?.label),
      field('内容分类', c.subjectCategory?.label),
      field('信访人数', c.personCount),
      field('问题发生地', c.place?.label),
      field('责任单位', c.responsibleUnit?.label),
      field('办理方式', c.routingDecision?.label),
      field('登记时间', time(c.milestones?.registeredAt)),
      field('登记人', actor(c.registeredBy)),
      field('初信初访', c.firstTime ? '是' : '否，重复信访' + (c.repeatOf ? '（原事项' + c.repeatOf + '）' : '')),
      field('处理结果', c.outcome?.label)),
    section('信访人', c.accuserWithheld ? el('p', {}, '检举控告事项，检举人身份对您保密（《信访工作条例》第三十条第三款）')
      : table(['姓名', '公民身份号码', '联系电话', '通讯地址'], c.petitioners.map(p => [p.name, p.idNumber, p.phone, p.address]))),
    section('信访内容', el('p', { class: 'xf-text' }, c.content ?? '检举材料对您保密')),
    section('法定期限', table(['期限', '依据', '届满时间', '是否按期'],
      c.dueDates.map(d => [d.label, d.article, time(d.dueAt), met(d)]))),
    c.replyText ? section('答复意见', el('p', { class: 'xf-text' }, c.replyText)) : '',
    section('办理过程', table(['时间', '事项', '操作人', '说明'],
      c.timeline.map(e => [time(e.occurredAt), e.type?.label, actor(e.actor), e.description]))),
    section('通知', table(['通知', '接收人', '方式', '状态', '生成时间', '发送时间'],
      c.notifications.map(n => [n.notice, n.recipient, n.channel?.label, n.status?.label, time(n.createdAt), time(n.sentAt)]))),
    section('领导批示', table(['批示时间', '批示', '落实单位', '期限届满', '状态', '落实情况'],
      c.instructions.map(i => [time(i.instructedAt), i.leaderRole?.label + '：' + i.text, i.addressee?.label,
        time(i.dueAt), i.status?.label + (i.overdue ? '（逾期）' : ''), i.completionReport]))),
    section('督办', table(['时间', '事项', '说明'], c.timeline.filter(e => e.type?.code?.startsWith('SUPERVISION'))
      .map(e => [time(e.occurredAt), e.type.label, e.description]))),
    section('复查复核', table(['类别', '请求日', '是否受理', '期限届满', '是否按期', '结论', '意见'],
      c.reviews.map(r => [r.stage?.label, r.requestedOn, r.accepted ? '受理' : '不予受理：' + (r.refusalReason ?? ''),
        time(r.answerDueAt), r.answerMet == null ? '进行中' : (r.answerMet ? '按期' : '超期'), r.conclusion?.label, r.opinion]))),
    section('满意度评价', table(['时间', '说明'], c.timeline.filter(e => e.type?.code === 'RATED')
      .map(e => [time(e.occurredAt), e.description])))));
}

/** The case search: its filters, its results, and the file of the case chosen. */
export function renderSearch(container, open) {
  const statuses = [['', '全部'], ['AWAITING_ROUTING', '待信访室处理'], ['AWAITING_ACCEPTANCE', '待责任单位受理'],
    ['IN_HANDLING', '办理中'], ['EXTENSION_PENDING', '延期审批中'], ['REPLY_PENDING_APPROVAL', '答复意见审批中'],
    ['REPORT_PENDING_REVIEW', '办结报告审核中'], ['CLOSED', '已办结'], ['NOT_ACCEPTED', '不予受理'],
    ['NOT_ACCEPTED_AGAIN', '不再受理'], ['ROUTED_POLITICAL_LEGAL', '已导入政法途径'], ['ROUTED_DISCIPLINE', '已转纪检监察机关'],
    ['UNDER_REVIEW', '复查中'], ['REVIEWED', '已复查'], ['UNDER_RE_REVIEW', '复核中'], ['RE_REVIEWED', '已复核']];
  const channels = [['', '全部'], ['VISIT', '来访'], ['LETTER', '来信'], ['ONLINE', '网上信访'], ['PHONE', '电话'],
    ['FAX', '传真'], ['HIGHER_LEVEL', '上级转送交办']];
  const select = (name, options) => el('select', { name }, options.map(([value, label]) => el('option', { value }, label)));
  const input = (name, type = 'text') => el('input', { name, type });
  const labelled = (text, control) => el('label', {}, el('span', {}, text), control);
  const form = el('form', { class: 'xf-search', id: 'xf-search' },
    labelled('事项编号', input('caseNumber')), labelled('信访人', input('petitioner')),
    labelled('责任单位代码', input('unit')), labelled('状态', select('status', statuses)),
    labelled('信访渠道', select('channel', channels)),
    labelled('登记日期起', input('registeredFrom', 'date')), labelled('登记日期止', input('registeredTo', 'date')),
    labelled('是否超期', select('overdue', [['', '全部'], ['true', '已超期'], ['false', '未超期']])),
    el('button', { type: 'submit' }, '查询'));
  const results = el('div', { class: 'xf-results' });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const query = new URLSearchParams();
    new FormData(form).forEach((value, name) => { if (value) query.set(name, value); });
    try {
      const page = await api('/api/cases?' + query);
      results.replaceChildren(el('p', {}, '共' + page.totalElements + '件'), table(['事项编号', '标题', '状态', '渠道', '责任单位', '登记时间', '超期'],
        page.content.map(s => [
          Object.assign(el('a', { href: '#' + s.caseNumber, class: 'xf-open' }, s.caseNumber), { onclick: e => { e.preventDefault(); open(s.caseNumber); } }),
          s.title, s.status?.label, s.channel?.label, s.responsibleUnit?.label, time(s.registeredAt), s.overdue ? '是' : '否'])));
    } catch (failure) {
      results.replaceChildren(el('p', { class: 'xf-error' }, failure.message));
    }
  });
  container.replaceChildren(form, results);
}
