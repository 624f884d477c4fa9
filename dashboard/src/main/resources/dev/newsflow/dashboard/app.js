// newsflow dashboard: polls the JSON endpoints and draws with uPlot (bundled, served from the jar).
// Untrusted text (titles, entity names, error messages) is only ever set with textContent.
(function () {
  'use strict';
  const POLL_MS = 2000;
  const COLORS = ['#4cc2ff', '#3ddc97', '#ff9f43', '#a882ff', '#ff5c5c', '#ffd166', '#06d6a0', '#ef476f'];
  const charts = {};

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function byId(id) { return document.getElementById(id); }

  function setEmpty(id, empty) { byId(id).classList.toggle('hidden', !empty); }

  function fmt(n, digits) {
    if (n === null || n === undefined || Number.isNaN(n)) return '–';
    if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en');
    return Number(n).toFixed(digits === undefined ? 0 : digits);
  }

  function fmtSeconds(s) {
    if (s === null || s === undefined || Number.isNaN(s)) return '–';
    if (s < 1) return (s * 1000).toFixed(s < 0.01 ? 2 : 0) + ' ms';
    if (s < 120) return s.toFixed(2) + ' s';
    return (s / 60).toFixed(1) + ' min';
  }

  // One uPlot chart per element; rebuilt when its series change, else fed new data.
  function drawChart(id, names, xs, columns, yLabel) {
    const target = byId(id);
    const key = names.join('|');
    const width = Math.max(280, target.clientWidth || 600);
    let chart = charts[id];
    if (!chart || chart.key !== key) {
      if (chart) chart.plot.destroy();
      const opts = {
        width: width, height: 200,
        scales: { x: { time: true } },
        axes: [{ stroke: '#8b98a5', grid: { stroke: '#2a3540' } },
               { stroke: '#8b98a5', grid: { stroke: '#2a3540' }, label: yLabel, size: 60 }],
        series: [{}].concat(names.map((name, i) => ({
          label: name, stroke: COLORS[i % COLORS.length], width: 2, points: { show: false }
        })))
      };
      chart = { key: key, plot: new uPlot(opts, [xs].concat(columns), target) };
      charts[id] = chart;
    } else {
      chart.plot.setData([xs].concat(columns));
      if (Math.abs(chart.plot.width - width) > 20) chart.plot.setSize({ width: width, height: 200 });
    }
    target.dataset.points = String(xs.length);
    target.dataset.series = String(names.length);
  }

  function drawThroughput(series) {
    const stages = [];
    series.forEach(p => Object.keys(p.throughput).forEach(s => { if (!stages.includes(s)) stages.push(s); }));
    const xs = series.map(p => p.t / 1000);
    const columns = stages.map(s => series.map(p => (s in p.throughput ? p.throughput[s] : null)));
    if (stages.length) drawChart('chart-throughput', stages, xs, columns, 'articles/s');
  }

  function drawLatency(series) {
    const names = [];
    series.forEach(p => Object.keys(p.latency).forEach(s => { if (!names.includes(s)) names.push(s); }));
    const xs = series.map(p => p.t / 1000);
    const columns = names.map(n => series.map(p => (p.latency[n] && p.latency[n].p95 !== undefined) ? p.latency[n].p95 : null));
    if (names.length) drawChart('chart-latency', names, xs, columns, 'seconds');
    const body = byId('latency-table').tBodies[0];
    body.replaceChildren();
    const last = series.length ? series[series.length - 1].latency : {};
    names.forEach(n => {
      const row = el('tr');
      const v = last[n] || {};
      [n, fmtSeconds(v.p50), fmtSeconds(v.p95), fmtSeconds(v.p99)].forEach(c => row.appendChild(el('td', null, c)));
      body.appendChild(row);
    });
    const e2e = last['end-to-end enriched'];
    byId('kpi-e2e').textContent = e2e ? fmtSeconds(e2e.p95) : '–';
  }

  function drawLag(lag) {
    const body = byId('lag').tBodies[0];
    body.replaceChildren();
    const groups = new Map();
    lag.forEach(l => {
      const client = (l.client || '').replace(/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, '');
      const key = l.topic + '|' + client;
      if (!groups.has(key)) groups.set(key, { topic: l.topic, client: client, parts: [] });
      groups.get(key).parts.push(l);
    });
    groups.forEach(g => {
      const row = el('tr');
      row.appendChild(el('td', null, g.topic));
      row.appendChild(el('td', null, g.client));
      const parts = el('td', 'partitions');
      g.parts.forEach(p => parts.appendChild(el('span', 'chip' + (p.lag > 0 ? ' lagging' : ''), p.partition + ': ' + fmt(p.lag))));
      row.appendChild(parts);
      row.appendChild(el('td', null, fmt(g.parts.reduce((sum, p) => sum + p.lag, 0))));
      body.appendChild(row);
    });
    setEmpty('lag-empty', lag.length === 0);
  }

  function drawBars(id, emptyId, items) {
    const list = byId(id);
    list.replaceChildren();
    const max = items.reduce((m, i) => Math.max(m, i.count), 0) || 1;
    items.forEach(item => {
      const li = el('li');
      const bar = el('span', 'bar');
      bar.style.width = (100 * item.count / max).toFixed(1) + '%';
      li.appendChild(bar);
      li.appendChild(el('span', 'name', item.name));
      li.appendChild(el('span', 'count', fmt(item.count)));
      list.appendChild(li);
    });
    setEmpty(emptyId, items.length === 0);
  }

  function drawDlq(dlq) {
    byId('dlq-count').textContent = fmt(dlq.count);
    byId('kpi-dlq').textContent = fmt(dlq.count);
    const stages = byId('dlq-stages');
    stages.replaceChildren();
    Object.entries(dlq.byStage).forEach(([stage, n]) => stages.appendChild(el('span', 'chip stage', stage + ': ' + n)));
    const list = byId('dlq-latest');
    list.replaceChildren();
    dlq.latest.slice(0, 8).forEach(d => {
      const li = el('li');
      li.appendChild(el('b', null, d.stage));
      li.appendChild(document.createTextNode(' ' + (d.exception || '').split('.').pop() + ': ' + (d.message || '') +
        ' (' + (d.topic || '?') + '-' + (d.partition || '?') + '@' + (d.offset || '?') + ')'));
      list.appendChild(li);
    });
    setEmpty('dlq-empty', dlq.count === 0);
  }

  function drawArticles(articles) {
    const list = byId('articles');
    list.replaceChildren();
    articles.forEach(a => {
      const li = el('li', 'article');
      li.dataset.id = a.id;
      const title = el('a', 'title', a.title || '(untitled)');
      title.href = '/api/articles/' + encodeURIComponent(a.id);
      title.target = '_blank';
      title.rel = 'noopener';
      li.appendChild(title);
      const meta = [a.source, a.language, a.words + ' words', 'enriched ' + (a.enrichedAt || '').replace('T', ' ').replace(/\..*$/, '')];
      if (a.duplicateOf) meta.push('copy of ' + a.duplicateOf);
      li.appendChild(el('div', 'meta', meta.filter(Boolean).join(' · ')));
      li.appendChild(tagChips(a.entities.slice(0, 12), a.topics));
      list.appendChild(li);
    });
    setEmpty('articles-empty', articles.length === 0);
  }

  /** Entity chips (coloured by type) and topic chips, as articles and stories show them. */
  function tagChips(entities, topics) {
    const chips = el('div', 'chips');
    entities.forEach(e => chips.appendChild(el('span', 'chip entity ' + e.type, e.name)));
    topics.forEach(t => chips.appendChild(el('span', 'chip topic', t)));
    return chips;
  }

  function drawStories(stories) {
    const list = byId('stories');
    list.replaceChildren();
    stories.forEach(s => {
      const li = el('li', 'story');
      li.dataset.id = s.id;
      li.appendChild(el('span', 'title', s.headline || '(untitled)'));
      const outlets = s.outlets.slice(0, 6).join(', ') + (s.outlets.length > 6 ? ', …' : '');
      li.appendChild(el('div', 'meta', s.articleCount + (s.articleCount === 1 ? ' article' : ' articles') + ' · ' +
        s.outletCount + (s.outletCount === 1 ? ' outlet' : ' outlets') + (outlets ? ': ' + outlets : '') +
        ' · last ' + (s.lastArticleAt || '').replace('T', ' ').replace(/(:\d\d)?(\.\d+)?Z$/, '')));
      li.appendChild(tagChips(s.entities.slice(0, 8), s.topics));
      list.appendChild(li);
    });
    setEmpty('stories-empty', stories.length === 0);
  }

  function render(summary, articles, stories) {
    const counts = summary.counts || {};
    const enriched = counts.dedupe ? counts.dedupe.out : (counts.clean ? counts.clean.out : summary.enrichedSeen);
    byId('kpi-enriched').textContent = fmt(enriched);
    byId('kpi-stored').textContent = counts.sink ? fmt(counts.sink.out) : '–';
    drawThroughput(summary.series || []);
    drawLatency(summary.series || []);
    drawLag(summary.lag || []);
    drawDlq(summary.dlq);
    drawBars('top-entities', 'entities-empty', summary.topEntities || []);
    drawBars('top-topics', 'topics-empty', summary.topTopics || []);
    const trends = summary.trends && Array.isArray(summary.trends.top)
      ? summary.trends.top.map(t => ({ name: t.entity, count: t.count })) : [];
    drawBars('trends', 'trends-empty', trends);
    drawStories(stories);
    drawArticles(articles);
    document.body.dataset.updated = summary.time;
  }

  async function poll() {
    const status = byId('status');
    try {
      const [summary, articles, stories, ready] = await Promise.all([
        fetch('/api/summary').then(r => r.json()),
        fetch('/api/articles/latest?limit=20').then(r => r.json()),
        fetch('/api/stories?limit=8').then(r => r.json()),
        fetch('/ready').then(r => r.status)
      ]);
      render(summary, articles, stories);
      status.textContent = ready === 200 ? 'ready' : 'not ready';
      status.className = 'pill ' + (ready === 200 ? 'up' : 'down');
    } catch (e) {
      status.textContent = 'disconnected';
      status.className = 'pill down';
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }

  poll();
})();
