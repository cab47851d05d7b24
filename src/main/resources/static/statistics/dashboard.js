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

// X-Requested-With asks the API for a plain 401 on wrong credentials: its Basic challenge would
// make the browser open a login dialog of its own, or, headless, wait for one forever.
function headers(extra) {
  return Object.assign({ Authorization: authorization, 'X-Requested-With': 'XMLHttpRequest' }, extra);
}

async function problem(response) {
  const body = await response.json().catch(() => ({}));
  const reasons = (body.errors || []).map((e) => e.reason).join('；');
  const error = new Error(reasons || body.detail || body.title || '请求失败');
  error.status = response.status;
  error.errors = body.errors || [];
  return error;
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ headers: headers({ Accept: 'application/json' }) }, options));
  if (!response.ok) throw await problem(response);
  return response.json();
}

// A file the API makes for the user: fetched with their credentials, saved under the name the server gives.
async function download(path, target) {
  target.hidden = true;
  try {
    const response = await fetch(path, { headers: headers() });
    if (!response.ok) throw await problem(response);
    const disposition = response.headers.get('Content-Disposition') || '';
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    const a = element('a');
    a.href = URL.createObjectURL(await response.blob());
    a.download = encoded ? decodeURIComponent(encoded[1]) : 'export';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (error) {
    showError(target, error);
  }
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
    $('annual').hidden = !byMonth.scope.wholeDistrict;
    if (!byMonth.scope.wholeDistrict) $('targets-form').hidden = true;
    drawTiles(byMonth);
    drawTrend(byMonth);
    drawUnits(byUnit);
    drawChannels(byMonth);
  } catch (error) {
    showError($('error'), error);
  }
}

function drawTiles(report) {
  labels = Object.fromEntries(report.figures.map((f) => [f.indicator, f.label]));
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

// indicators whose target is a ceiling rather than a floor
const AT_MOST = ['REPEAT_RATE', 'FIRST_TIME', 'GROUP_VISITS'];
const TARGETED = RATES.concat(['INSTRUCTION_ON_TIME', 'FIRST_TIME', 'GROUP_VISITS']);
let labels = {};

async function showTargets() {
  $('targets-error').hidden = true;
  $('targets-message').hidden = true;
  const year = $('year').value;
  $('targets-title').textContent = year + '年度绩效目标';
  try {
    const saved = await api('/api/statistics/targets/' + encodeURIComponent(year));
    const byIndicator = Object.fromEntries(saved.targets.map((t) => [t.indicator, t]));
    $('targets-rows').replaceChildren(...TARGETED.map((indicator) => {
      const row = document.createElement('tr');
      row.dataset.indicator = indicator;
      const comparison = element('select');
      for (const [value, text] of [['AT_LEAST', '不低于（≥）'], ['AT_MOST', '不高于（≤）']]) {
        const option = element('option', text);
        option.value = value;
        comparison.append(option);
      }
      const target = byIndicator[indicator];
      comparison.value = target ? target.comparison : (AT_MOST.includes(indicator) ? 'AT_MOST' : 'AT_LEAST');
      const value = element('input');
      value.type = 'number';
      value.step = 'any';
      value.value = target ? target.value : '';
      value.setAttribute('aria-label', (labels[indicator] || indicator) + '目标值');
      const unit = indicator === 'GROUP_VISITS' ? ' 批' : indicator === 'FIRST_TIME' ? ' %（同比）' : ' %';
      const valueCell = element('td');
      valueCell.append(value, unit);
      const comparisonCell = element('td');
      comparisonCell.append(comparison);
      row.append(element('td', labels[indicator] || indicator), comparisonCell, valueCell);
      return row;
    }));
    $('targets-form').hidden = false;
  } catch (error) {
    showError($('error'), error);
  }
}

async function saveTargets() {
  $('targets-error').hidden = true;
  $('targets-message').hidden = true;
  const rows = [...$('targets-rows').children];
  const targets = rows.filter((row) => row.querySelector('input').value.trim() !== '').map((row) => ({
    indicator: row.dataset.indicator,
    comparison: row.querySelector('select').value,
    value: Number(row.querySelector('input').value)
  }));
  try {
    const saved = await api('/api/statistics/targets/' + encodeURIComponent($('year').value), {
      method: 'PUT',
      headers: headers({ Accept: 'application/json', 'Content-Type': 'application/json' }),
      body: JSON.stringify({ targets })
    });
    $('targets-message').textContent = '已保存' + saved.year + '年度目标' + saved.targets.length + '项';
    $('targets-message').hidden = false;
  } catch (error) {
    // the problem names a target by its place in the list sent: name it by its indicator instead
    const named = error.errors.map((e) => {
      const place = /^targets\[(\d+)\]/.exec(e.field || '');
      const target = place && targets[Number(place[1])];
      return (target ? (labels[target.indicator] || target.indicator) + '：' : '') + e.reason;
    });
    if (named.length) error.message = named.join('；');
    showError($('targets-error'), error);
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

$('period-form').addEventListener('submit', (event) => {
  event.preventDefault();
  refresh();
  if (!$('targets-form').hidden) showTargets();
});
$('export-figures').addEventListener('click', () => download('/api/statistics?' + query() + '&groupBy=MONTH&format=xlsx', $('error')));
$('export-cases').addEventListener('click', () => download(casesLink + '&format=xlsx', $('error')));
$('annual-pdf').addEventListener('click', () => download('/api/statistics/annual/' + encodeURIComponent($('year').value) + '?format=pdf', $('error')));
$('annual-xlsx').addEventListener('click', () => download('/api/statistics/annual/' + encodeURIComponent($('year').value) + '?format=xlsx', $('error')));
$('targets-toggle').addEventListener('click', () => ($('targets-form').hidden ? showTargets() : ($('targets-form').hidden = true)));
$('targets-form').addEventListener('submit', (event) => { event.preventDefault(); saveTargets(); });
$('previous').addEventListener('click', () => { casesPage--; showCases(); });
$('next').addEventListener('click', () => { casesPage++; showCases(); });
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
