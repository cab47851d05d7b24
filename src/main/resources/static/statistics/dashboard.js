'use strict';

// The dashboard logs in to the API with the user's own credentials (HTTP Basic), kept in memory
// only; the API decides which figures the user may see.
let authorization = null;
const charts = {};
let casesLink = null;
let casesPage = 0;
const PAGE_SIZE = 20;
// dates as the bureau reads them, whatever the browser's own zone
const CHINA = { timeZone: 'Asia/Shanghai' };

const COUNTS = ['ITEMS', 'VISIT_BATCHES', 'VISIT_PERSONS', 'GROUP_VISITS', 'FIRST_TIME', 'OVERDUE_NOW',
  'SUPERVISIONS', 'INSTRUCTIONS'];
const RATES = ['ROUTING_ON_TIME', 'ACCEPTANCE_ON_TIME', 'REPLY_ON_TIME', 'ONE_TIME_RESOLUTION',
  'RATING_PARTICIPATION', 'DEPARTMENT_SATISFACTION', 'UNIT_SATISFACTION', 'REPEAT_RATE'];

const $ = (id) => document.getElementById(id);

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: authorization, Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const reasons = (body.errors || []).map((e) => e.reason).join('；');
    const error = new Error(reasons || body.detail || body.title || '请求失败');
    error.status = response.status;
    throw error;
  }
  return body;
}

function showError(target, error) {
  target.textContent = error.message;
  target.hidden = false;
}

function percent(rate) {
  return rate === null || rate === undefined ? '—' : (rate * 100).toFixed(2) + '%';
}

function figure(report, indicator) {
  return report.figures.find((f) => f.indicator === indicator);
}

function link(text, href, title) {
  const a = element('a', text);
  a.href = '#';
  a.addEventListener('click', (event) => { event.preventDefault(); openCases(href, title); });
  return a;
}

function query() {
  const params = new URLSearchParams({ year: $('year').value });
  if ($('quarter').value) params.set('quarter', $('quarter').value);
  if ($('unit').value) params.set('unit', $('unit').value);
  return params;
}

async function refresh() {
  $('error').hidden = true;
  try {
    const params = query();
    const byMonth = await api('/api/statistics?' + params + '&groupBy=MONTH');
    const byUnit = await api('/api/statistics?' + params + '&groupBy=UNIT');
    $('scope').textContent = byMonth.period.label + '，' + (byMonth.scope.wholeDistrict ? '全区' : '本单位')
      + (byMonth.scope.unit ? '：' + byMonth.scope.unit.label : '') + '；统计时点 '
      + new Date(byMonth.asOf).toLocaleString('zh-CN', CHINA);
    drawTiles(byMonth);
    drawTrend(byMonth);
    drawUnits(byUnit);
    drawChannels(byMonth);
  } catch (error) {
    showError($('error'), error);
  }
}

function drawTiles(report) {
  const counts = $('counts');
  counts.replaceChildren();
  for (const indicator of COUNTS) {
    const f = figure(report, indicator);
    const tile = element('div', null, 'tile');
    tile.append(element('div', f.label, 'name'));
    const number = element('div', null, 'number');
    number.append(link(String(f.value), f.cases, f.label));
    tile.append(number);
    if (indicator === 'FIRST_TIME') {
      const change = report.firstTime.change;
      tile.append(element('div', '上年同期 ' + report.firstTime.yearBefore + ' 件，同比 '
        + (change === null ? '—' : (change >= 0 ? '上升 ' : '下降 ') + Math.abs(change * 100).toFixed(1) + '%'), 'parts'));
    }
    tile.append(element('div', f.periodRule, 'rule'));
    counts.append(tile);
  }
  const rates = $('rates');
  rates.replaceChildren();
  for (const indicator of RATES) {
    const f = figure(report, indicator);
    const tile = element('div', null, 'tile');
    tile.title = '分子：' + f.numeratorCounted + '\n分母：' + f.counted;
    tile.append(element('div', f.label, 'name'));
    const number = element('div', null, 'number');
    number.append(link(percent(f.rate), f.numeratorCases, f.label + ' · 分子'));
    tile.append(number);
    const parts = element('div', null, 'parts');
    parts.append(link(String(f.numerator), f.numeratorCases, f.label + ' · 分子'), ' / ',
      link(String(f.denominator), f.denominatorCases, f.label + ' · 分母'));
    tile.append(parts, element('div', f.periodRule, 'rule'));
    rates.append(tile);
  }
}

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init($(id));
    charts[id].on('click', (params) => {
      if (params.data && params.data.link) openCases(params.data.link, params.data.title);
    });
  }
  return charts[id];
}

function drawTrend(report) {
  const months = report.groups.map((g) => g.key.label);
  const items = report.groups.map((g) => {
    const f = figure(g, 'ITEMS');
    return { value: f.value, link: f.cases, title: g.key.label + ' · ' + f.label };
  });
  const replies = report.groups.map((g) => {
    const f = figure(g, 'REPLY_ON_TIME');
    return { value: f.rate === null ? null : +(f.rate * 100).toFixed(2), link: f.denominatorCases,
      title: g.key.label + ' · ' + f.label + ' · 分母' };
  });
  chart('trend').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['信访事项', '按期答复率'] },
    xAxis: { type: 'category', data: months },
    yAxis: [{ type: 'value', name: '件' }, { type: 'value', name: '%', min: 0, max: 100 }],
    series: [
      { name: '信访事项', type: 'bar', data: items },
      { name: '按期答复率', type: 'line', yAxisIndex: 1, data: replies, connectNulls: false }
    ]
  }, true);
}

function drawUnits(report) {
  const groups = report.groups.filter((g) => g.key.code !== null);
  const series = (indicator, name) => ({
    name, type: 'bar', data: groups.map((g) => {
      const f = figure(g, indicator);
      return { value: f.value, link: f.cases, title: g.key.label + ' · ' + f.label };
    })
  });
  chart('units').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['信访事项', '当前超期未办'] },
    grid: { left: 120 },
    yAxis: { type: 'category', data: groups.map((g) => g.key.label) },
    xAxis: { type: 'value' },
    series: [series('ITEMS', '信访事项'), series('OVERDUE_NOW', '当前超期未办')]
  }, true);
}

function drawChannels(report) {
  chart('channels').setOption({
    tooltip: { trigger: 'item', formatter: '{b}：{c}件（{d}%）' },
    series: [{
      type: 'pie', radius: '65%',
      data: report.byChannel.map((b) => ({ name: b.key.label, value: b.items, link: b.cases,
        title: b.key.label + ' · 信访事项' }))
    }]
  }, true);
}

async function openCases(href, title) {
  if (!href) return;
  casesLink = href;
  casesPage = 0;
  $('cases-title').textContent = title;
  await showCases();
  $('cases').hidden = false;
  $('cases').scrollIntoView({ behavior: 'smooth' });
}

async function showCases() {
  try {
    const page = await api(casesLink + '&page=' + casesPage + '&size=' + PAGE_SIZE);
    $('cases-counted').textContent = page.period.label + '：' + page.counted + '，共 ' + page.totalElements + ' 件';
    const rows = page.content.map((c) => {
      const row = document.createElement('tr');
      row.append(element('td', c.caseNumber), element('td', c.title), element('td', c.status.label),
        element('td', c.channel.label), element('td', c.responsibleUnit ? c.responsibleUnit.label : '—'),
        element('td', new Date(c.registeredAt).toLocaleDateString('zh-CN', CHINA)),
        element('td', new Date(c.countedAt).toLocaleDateString('zh-CN', CHINA)));
      return row;
    });
    $('cases-rows').replaceChildren(...rows);
    $('page').textContent = '第 ' + (page.page + 1) + ' / ' + Math.max(page.totalPages, 1) + ' 页';
    $('previous').disabled = page.page === 0;
    $('next').disabled = page.page + 1 >= page.totalPages;
  } catch (error) {
    showError($('error'), error);
  }
}

async function loadUnits() {
  const units = await api('/api/units');
  const select = $('unit');
  for (const unit of units) {
    const option = element('option', unit.name);
    option.value = unit.code;
    select.append(option);
  }
}

$('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('login-error').hidden = true;
  const credentials = $('user').value.trim() + ':' + $('password').value;
  authorization = 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(credentials)));
  try {
    $('year').value = $('year').value || new Date().getFullYear();
    await api('/api/statistics?year=' + $('year').value);
    $('login-form').hidden = true;
    $('dashboard').hidden = false;
    await loadUnits();
    await refresh();
  } catch (error) {
    authorization = null;
    if (error.status === 401) error.message = '用户名或密码不正确';
    showError($('login-error'), error);
  }
});

$('period-form').addEventListener('submit', (event) => { event.preventDefault(); refresh(); });
$('previous').addEventListener('click', () => { casesPage--; showCases(); });
$('next').addEventListener('click', () => { casesPage++; showCases(); });
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
