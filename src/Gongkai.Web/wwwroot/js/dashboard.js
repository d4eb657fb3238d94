// 仪表盘：从 /api/oversight/dashboard/… 取数，用 ECharts 绘制；每个图形元素都可下钻到单位的报告页。
// 本文件由页面以 <script src> 引入（CSP script-src 'self'，不用内联脚本）。
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') return;
  var year = root.dataset.year;
  var api = root.dataset.api;
  var reportBase = root.dataset.report;

  function reportUrl(id, cell) {
    var url = reportBase + encodeURIComponent(id);
    // 单元格下钻：报告页按 cell 参数定位并突出显示该行（片段用于无脚本时的锚点）。
    return cell ? url + '?cell=' + encodeURIComponent(cell) + '#cell-' + cell : url;
  }
  function get(path) {
    return fetch(api + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) throw new Error(r.status);
        var total = parseInt(r.headers.get('X-Total-Count') || '', 10);
        return r.json().then(function (data) { if (!isNaN(total)) data.total = total; return data; });
      });
  }
  // 单位很多时（如全省、全国）接口只返回前若干个单位：在图下注明显示了多少、共有多少。
  function partial(id, shown, total, what) {
    if (!(total > shown)) return;
    var note = document.createElement('p');
    note.className = 'hint partial';
    note.textContent = '仅显示' + what + '前 ' + shown + ' 个单位（共 ' + total + ' 个）。';
    document.getElementById(id).insertAdjacentElement('afterend', note);
  }
  function chart(id) {
    var el = document.getElementById(id);
    // SVG, and tooltips drawn as rich text: no inline style attributes or innerHTML, which the CSP (style-src 'self') refuses.
    var c = echarts.init(el, null, { renderer: 'svg' });
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }
  // 提示框：名称与数值分两行，数值带单位（富文本，不用 HTML）。
  function tip(unit) {
    return { trigger: 'item', renderMode: 'richText', formatter: function (p) {
      var v = p.value === null || p.value === undefined ? '无' : p.value + ' ' + unit;
      return p.name + '\n' + (p.seriesName ? p.seriesName + '：' : '') + v;
    } };
  }
  function drill(c, urlOf) {
    c.on('click', function (p) { var u = urlOf(p); if (u) window.location.href = u; });
  }
  function empty(c, text) {
    c.setOption({ title: { text: text, left: 'center', top: 'middle', textStyle: { color: '#888', fontSize: 14 } } });
  }

  // 1. 新收申请：单位 × 年度
  get('/applications').then(function (rows) {
    var c = chart('chart-applications');
    if (rows.length === 0) return empty(c, '暂无报告');
    var years = Array.from(new Set(rows.map(function (r) { return r.year; }))).sort();
    var units = Array.from(new Map(rows.map(function (r) { return [r.agencyId, r.agency]; })).entries());
    partial('chart-applications', units.length, rows.total, '新收申请最多的');
    c.setOption({
      tooltip: tip('件'),
      legend: { top: 0 },
      grid: { left: 20, right: 20, bottom: 20, top: 50, containLabel: true },
      xAxis: { type: 'category', data: units.map(function (u) { return u[1]; }), axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: 'value', name: '件', nameGap: 12 },
      series: years.map(function (y) {
        return {
          name: y + '年', type: 'bar',
          data: units.map(function (u) {
            var r = rows.find(function (x) { return x.agencyId === u[0] && x.year === y; });
            return r ? { value: r.newReceived, reportId: r.reportId } : { value: null };
          })
        };
      })
    });
    drill(c, function (p) { return p.data && p.data.reportId ? reportUrl(p.data.reportId) : null; });
  });

  // 2. 办理结果构成：按版式中“办理结果”角色的行分类汇总；点击色块定位到该行
  get('/outcomes/' + year).then(function (mix) {
    var c = chart('chart-outcomes');
    if (mix.units.length === 0) return empty(c, year + '年暂无报告');
    partial('chart-outcomes', mix.units.length, mix.total, '新收申请最多的');
    c.setOption({
      tooltip: tip('件'),
      legend: { top: 0, type: 'scroll' },
      grid: { left: 20, right: 40, bottom: 20, top: 60, containLabel: true },
      xAxis: { type: 'value', name: '件' },
      yAxis: { type: 'category', data: mix.units.map(function (u) { return u.agency; }) },
      series: mix.categories.map(function (cat, i) {
        return {
          name: cat.label, type: 'bar', stack: 'outcome',
          data: mix.units.map(function (u) { return { value: u.values[i], reportId: u.reportId, cell: cat.cell }; })
        };
      })
    });
    drill(c, function (p) { return p.data ? reportUrl(p.data.reportId, p.data.cell) : null; });
  });

  // 3. 纠错率
  get('/correction/' + year).then(function (rows) {
    var c = chart('chart-correction');
    if (rows.length === 0) return empty(c, year + '年暂无报告');
    partial('chart-correction', rows.length, rows.total, '审结复议、诉讼最多的');
    function pct(v) { return v === null ? null : Math.round(v * 1000) / 10; }
    c.setOption({
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: function (p) { return p.name + '\n' + p.seriesName + '：' + (p.value === null || p.value === undefined ? '无审结' : p.value + '%'); } },
      legend: { top: 0 },
      grid: { left: 20, right: 20, bottom: 20, top: 50, containLabel: true },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.agency; }), axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: 'value', name: '%', max: 100 },
      series: [
        { name: '行政复议纠错率', type: 'bar', data: rows.map(function (r) { return { value: pct(r.reviewRate), reportId: r.reportId }; }) },
        { name: '行政诉讼纠错率', type: 'bar', data: rows.map(function (r) { return { value: pct(r.suitRate), reportId: r.reportId }; }) }
      ]
    });
    drill(c, function (p) { return p.data ? reportUrl(p.data.reportId, 'reviewLitigation.review.corrected') : null; });
  });

  // 4. 排名
  function ranking(id, by, title, valueOf) {
    get('/ranking/' + year + '?by=' + by + '&limit=15').then(function (rows) {
      var c = chart(id);
      if (rows.length === 0) return empty(c, year + '年暂无报告');
      var top = rows.slice(0, 15).reverse();
      c.setOption({
        title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: tip(by === 'errors' ? '项' : '件'),
        grid: { left: 20, right: 40, bottom: 20, top: 40, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: top.map(function (r) { return r.rank + '. ' + r.agency; }) },
        series: [{ type: 'bar', name: title, data: top.map(function (r) { return { value: valueOf(r), reportId: r.reportId }; }) }]
      });
      drill(c, function (p) { return p.data ? reportUrl(p.data.reportId) : null; });
    });
  }
  ranking('chart-rank-applications', 'applications', '按新收申请', function (r) { return r.newReceived; });
  ranking('chart-rank-errors', 'errors', '按报告错误数', function (r) { return r.errors; });

  // 5. 异常
  get('/anomalies/' + year).then(function (list) {
    var ul = document.getElementById('anomalies');
    ul.textContent = '';
    if (list.length === 0) { var li0 = document.createElement('li'); li0.textContent = '未发现异常'; ul.appendChild(li0); return; }
    list.forEach(function (a) {
      var li = document.createElement('li');
      li.className = 'anomaly ' + a.kind;
      var link = document.createElement('a');
      link.href = reportUrl(a.reportId, 'applications.newReceived.total');
      link.textContent = a.agency;
      li.appendChild(link);
      li.appendChild(document.createTextNode('：' + a.message));
      ul.appendChild(li);
    });
    if (list.total > list.length) {
      var more = document.createElement('li');
      more.className = 'hint';
      more.textContent = '另有 ' + (list.total - list.length) + ' 条异常未列出（共 ' + list.total + ' 条）。';
      ul.appendChild(more);
    }
  });
})();
