// The petitioner's lookup: sends the case number and query code by POST, shows the answer.
// Everything shown is set as text, never as HTML.
(function () {
  'use strict';

  var opened = null; // the number and code of the case on screen, kept for the rating

  function $(id) { return document.getElementById(id); }

  function day(iso) {
    if (!iso) { return ''; }
    var parts = iso.split('-');
    return parts[0] + '年' + Number(parts[1]) + '月' + Number(parts[2]) + '日';
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function showError(target, message) {
    target.textContent = message;
    target.hidden = false;
  }

  // A problem detail in Chinese: each bad field, the throttle's wait, or its own detail.
  function problemText(status, problem) {
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) {
        var field = { 'caseNumber': '事项编号', 'queryCode': '查询码', 'lookup.caseNumber': '事项编号',
          'lookup.queryCode': '查询码', 'department': '对信访部门的评价', 'unit': '对责任单位的评价' }[e.field];
        return (field ? field + '：' : '') + e.reason;
      }).join('；');
    }
    if (problem && problem.detail) { return problem.detail; }
    return status >= 500 ? '系统暂时无法查询，请稍后再试。' : '查询失败，请稍后再试。';
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        return { ok: response.ok, status: response.status, json: json };
      });
    });
  }

  function render(view) {
    $('title').textContent = view.title;
    $('case-number').textContent = view.caseNumber;
    $('channel').textContent = view.channel;
    $('status').textContent = view.status;
    $('status').className = 'status' + (view.finished ? ' finished' : '');
    $('unit').textContent = view.responsibleUnit || '尚未确定';
    $('content').textContent = view.content;

    var steps = $('steps');
    steps.replaceChildren();
    view.steps.forEach(function (step) {
      var item = element('li');
      item.appendChild(element('span', 'date', day(step.date)));
      item.appendChild(element('span', 'name', step.name));
      if (step.detail) { item.appendChild(document.createTextNode('：' + step.detail)); }
      steps.appendChild(item);
    });

    var deadlines = $('deadlines');
    deadlines.replaceChildren();
    view.deadlines.forEach(function (deadline) {
      var item = element('li', deadline.done ? 'done' : '');
      item.appendChild(element('span', '', deadline.name));
      item.appendChild(element('span', '', day(deadline.dueOn) + (deadline.done ? '（已办理）' : '前')));
      deadlines.appendChild(item);
    });
    $('deadlines-card').hidden = view.deadlines.length === 0;

    $('reply').textContent = view.reply || '';
    $('reply-card').hidden = !view.reply;

    var notices = $('notices');
    notices.replaceChildren();
    if (view.notices.length === 0) {
      notices.appendChild(element('p', 'empty', '暂无告知书。'));
    }
    view.notices.forEach(function (notice) {
      var details = element('details');
      var summary = element('summary', '', notice.title);
      summary.appendChild(element('span', 'date', day(notice.issuedOn)));
      details.appendChild(summary);
      details.appendChild(element('p', '', notice.text));
      notices.appendChild(details);
    });

    renderRating(view.rating);
    $('result').hidden = false;
  }

  function renderRating(rating) {
    var state = $('rating-state');
    var form = $('rating-form');
    form.hidden = rating.state.code !== 'OPEN';
    $('rating-error').hidden = true;
    switch (rating.state.code) {
      case 'OPEN':
        state.textContent = '事项已答复，请于' + day(rating.windowEndsOn) + '前对办理情况作出评价。';
        break;
      case 'RATED':
        state.textContent = '您已于' + day(rating.ratedOn) + '评价（' + rating.channel.label + '）：对信访部门'
          + rating.department.label + '，对责任单位' + rating.unit.label + '。感谢您的评价。';
        break;
      case 'EXPIRED_UNRATED':
        state.textContent = '评价期限已于' + day(rating.windowEndsOn) + '届满，未作评价。';
        break;
      default:
        state.textContent = '事项答复后，可在此对办理情况作出评价。';
    }
  }

  $('lookup-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var request = { caseNumber: $('caseNumber').value, queryCode: $('queryCode').value };
    var error = $('lookup-error');
    error.hidden = true;
    $('lookup-button').disabled = true;
    post('/api/public/lookup', request).then(function (answer) {
      if (answer.ok) {
        opened = request;
        render(answer.json);
      } else {
        opened = null;
        $('result').hidden = true;
        showError(error, problemText(answer.status, answer.json));
      }
    }).catch(function () {
      showError(error, '网络连接失败，请检查网络后重试。');
    }).then(function () {
      $('lookup-button').disabled = false;
    });
  });

  $('rating-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var department = document.querySelector('input[name=department]:checked');
    var unit = document.querySelector('input[name=unit]:checked');
    var error = $('rating-error');
    if (!department || !unit) {
      showError(error, '请对信访部门和责任单位分别作出评价。');
      return;
    }
    $('rating-button').disabled = true;
    post('/api/public/lookup/rating', { lookup: opened, department: department.value, unit: unit.value })
      .then(function (answer) {
        if (answer.ok) {
          render(answer.json);
        } else {
          showError(error, problemText(answer.status, answer.json));
        }
      }).catch(function () {
        showError(error, '网络连接失败，请检查网络后重试。');
      }).then(function () {
        $('rating-button').disabled = false;
      });
  });
}());
