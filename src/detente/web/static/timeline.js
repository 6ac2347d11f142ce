/* detente: the timeline of a pair, drawn on a canvas.

   Time runs in days since 1970-01-01 (fractions allowed). Each frame draws only the events in view: they are
   sorted by position, found by binary search, and gathered into bins a few pixels wide; a bin with more events
   than its lane can stack becomes one cluster mark with its count (click it to zoom in). So the page stays
   smooth with tens of thousands of events, from a century down to a day. An event is drawn at the middle of
   its date interval, and a date known only to the year or the month also shows its whole interval as a line.
   Cooperation: green circles above the axis line; conflict: red triangles below; neutral: grey squares on it.
*/
(function () {
  "use strict";
  var D = window.detente;
  var chart = document.getElementById("chart");
  if (!chart) { return; }
  var canvas = document.getElementById("timeline-canvas");
  var indexCanvas = document.getElementById("index-canvas");
  var tooltip = document.getElementById("tooltip");
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  var viewLabel = document.getElementById("view-label");
  var dataNode = document.getElementById("page-data");
  var pageData = dataNode ? JSON.parse(dataNode.textContent) : {};

  var DAY_MS = 86400000;
  var YEAR = 365.2425;
  var MIN_SPAN = 2;            // days: a day and its neighbours
  var MAX_SPAN = 400 * YEAR;   // four centuries
  var BIN = 10;                // px per bin
  var ROW = 11;                // px per stacked mark
  var MAX_ROWS = 6;            // marks a lane stacks in one bin before it becomes a cluster
  var PAGE = 5000;             // events per API page
  var CAP = 100000;            // never hold more than this many events in the page
  var COLORS = {cooperation: "#1b7f5a", conflict: "#c0392b", neutral: "#6c7a89"};
  var LEVELS = {century: 100 * YEAR, decade: 10 * YEAR, year: YEAR, month: YEAR / 12, day: 3};

  var state = {
    events: [],          // {id, x, b, e, polarity, ...} sorted by x
    undated: 0,
    total: 0,
    view: null,          // [start, end] in days
    periods: [],
    index: {year: null, month: null},
    hits: [],
    selected: null,
    drag: null,
    loading: true
  };

  function dayOf(iso) {
    if (!iso) { return null; }
    var m = /^(-?\d{1,4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) { return null; }
    var date = new Date(0);
    date.setUTCFullYear(parseInt(m[1], 10), parseInt(m[2], 10) - 1, parseInt(m[3], 10));
    return date.getTime() / DAY_MS;
  }

  function isoOf(day) {
    var date = new Date(Math.round(day) * DAY_MS);
    var y = date.getUTCFullYear(), mo = date.getUTCMonth() + 1, d = date.getUTCDate();
    return String(y).padStart(4, "0") + "-" + String(mo).padStart(2, "0") + "-" + String(d).padStart(2, "0");
  }

  // ---------------------------------------------------------------------------------------------- geometry
  function size(c) {
    var ratio = window.devicePixelRatio || 1;
    var width = c.clientWidth || 800;
    var height = parseInt(c.getAttribute("height"), 10);
    if (c.width !== Math.round(width * ratio)) {
      c.width = Math.round(width * ratio);
      c.height = Math.round(height * ratio);
      c.style.height = height + "px";
    }
    var ctx = c.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    return {ctx: ctx, width: width, height: height};
  }

  function xOf(day, width) {
    return (day - state.view[0]) / (state.view[1] - state.view[0]) * width;
  }

  function dayAt(x, width) {
    return state.view[0] + x / width * (state.view[1] - state.view[0]);
  }

  function setView(start, end, keepUrl) {
    var span = Math.min(Math.max(end - start, MIN_SPAN), MAX_SPAN);
    var middle = (start + end) / 2;
    state.view = [middle - span / 2, middle + span / 2];
    if (!keepUrl) { saveUrl(); }
    schedule();
    if (span < 4 * YEAR && state.index.month === null) { loadIndex("month"); }
  }

  function zoom(factor, anchorX) {
    var width = canvas.clientWidth || 800;
    var anchor = anchorX === undefined ? (state.view[0] + state.view[1]) / 2 : dayAt(anchorX, width);
    var start = anchor - (anchor - state.view[0]) * factor;
    var end = anchor + (state.view[1] - anchor) * factor;
    if (end - start < MIN_SPAN || end - start > MAX_SPAN) {
      var span = Math.min(Math.max(end - start, MIN_SPAN), MAX_SPAN);
      var share = (anchor - state.view[0]) / (state.view[1] - state.view[0]);
      start = anchor - span * share;
      end = start + span;
    }
    setView(start, end);
  }

  function fitAll() {
    if (!state.events.length) {
      setView(dayOf("1900-01-01"), dayOf("2000-12-31"));
      return;
    }
    var first = state.events[0].b, last = state.events[0].e;
    for (var i = 0; i < state.events.length; i++) {
      first = Math.min(first, state.events[i].b);
      last = Math.max(last, state.events[i].e);
    }
    var pad = Math.max((last - first) * 0.03, 15);
    setView(first - pad, last + pad);
  }

  // ------------------------------------------------------------------------------------------------- ticks
  var STEPS = [
    {unit: "year", n: 100}, {unit: "year", n: 50}, {unit: "year", n: 20}, {unit: "year", n: 10}, {unit: "year", n: 5},
    {unit: "year", n: 2}, {unit: "year", n: 1}, {unit: "month", n: 6}, {unit: "month", n: 3}, {unit: "month", n: 1},
    {unit: "day", n: 14}, {unit: "day", n: 7}, {unit: "day", n: 2}, {unit: "day", n: 1}
  ];

  function stepDays(step) {
    return step.unit === "year" ? step.n * YEAR : step.unit === "month" ? step.n * YEAR / 12 : step.n;
  }

  function ticks(width) {
    var perPx = (state.view[1] - state.view[0]) / width;
    var step = STEPS[0];
    for (var i = 0; i < STEPS.length; i++) {
      if (stepDays(STEPS[i]) / perPx >= 80) { step = STEPS[i]; }
    }
    var out = [];
    var start = new Date(state.view[0] * DAY_MS);
    var y = start.getUTCFullYear(), m = start.getUTCMonth(), d = start.getUTCDate();
    var date = new Date(0);
    if (step.unit === "year") { y = Math.floor(y / step.n) * step.n; m = 0; d = 1; }
    else if (step.unit === "month") { m = Math.floor(m / step.n) * step.n; d = 1; }
    for (var guard = 0; guard < 400; guard++) {
      date.setUTCFullYear(y, m, d);
      date.setUTCHours(0, 0, 0, 0);
      var day = date.getTime() / DAY_MS;
      if (day > state.view[1]) { break; }
      if (day >= state.view[0]) { out.push({day: day, label: tickLabel(step, date)}); }
      if (step.unit === "year") { y += step.n; }
      else if (step.unit === "month") { m += step.n; }
      else { d += step.n; }
      if (step.unit === "day") {
        date.setUTCFullYear(y, m, d);
        y = date.getUTCFullYear(); m = date.getUTCMonth(); d = date.getUTCDate();
        if (step.n > 1 && d > 28) { d = 1; m += 1; }
      }
    }
    return {list: out, step: step};
  }

  function tickLabel(step, date) {
    var y = date.getUTCFullYear();
    if (step.unit === "year") { return String(y); }
    if (step.unit === "month") { return date.getUTCMonth() === 0 ? String(y) : D.SHORT[date.getUTCMonth()] + " " + y; }
    return date.getUTCDate() + " " + D.SHORT[date.getUTCMonth()] + " " + y;
  }

  function describeView() {
    var span = state.view[1] - state.view[0];
    var a = isoOf(state.view[0]), b = isoOf(state.view[1]);
    if (span > 3 * YEAR) { return a.slice(0, 4) + "–" + b.slice(0, 4); }
    if (span > 60) { return D.dateLabel(a.slice(0, 7)) + " – " + D.dateLabel(b.slice(0, 7)); }
    return D.dateLabel(a) + " – " + D.dateLabel(b);
  }

  // ------------------------------------------------------------------------------------------------ drawing
  var pending = false;
  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(function () {
        var began = window.performance.now();
        pending = false;
        draw();
        drawIndex();
        state.drawMs = window.performance.now() - began;
      });
    }
  }

  function firstAtOrAfter(x) {
    var lo = 0, hi = state.events.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (state.events[mid].x < x) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  function mark(ctx, polarity, x, y, r) {
    ctx.fillStyle = COLORS[polarity] || COLORS.neutral;
    ctx.beginPath();
    if (polarity === "cooperation") {
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    } else if (polarity === "conflict") {
      ctx.moveTo(x, y + r); ctx.lineTo(x - r, y - r * 0.8); ctx.lineTo(x + r, y - r * 0.8); ctx.closePath();
    } else {
      ctx.rect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
    }
    ctx.fill();
  }

  function draw() {
    if (!state.view) { return; }
    var g = size(canvas), ctx = g.ctx, width = g.width, height = g.height;
    var axis = height - 26, middle = Math.round((axis + 18) / 2);
    ctx.clearRect(0, 0, width, height);
    state.hits = [];

    // periods as bands behind everything, names along the top
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "top";
    var labelEnd = -Infinity;
    state.periods.forEach(function (period, i) {
      var x0 = xOf(period.b, width), x1 = xOf(period.e, width);
      if (x1 < 0 || x0 > width) { return; }
      ctx.fillStyle = period.polarity === "cooperation" ? "rgba(27, 127, 90, 0.08)"
        : period.polarity === "conflict" ? "rgba(192, 57, 43, 0.08)"
        : i % 2 ? "rgba(70, 110, 170, 0.07)" : "rgba(170, 130, 50, 0.08)";
      ctx.fillRect(Math.max(x0, 0), 14, Math.min(x1, width) - Math.max(x0, 0), axis - 14);
      ctx.fillStyle = "#555";
      ctx.strokeStyle = "rgba(0, 0, 0, 0.15)";
      ctx.beginPath(); ctx.moveTo(Math.round(x0) + 0.5, 0); ctx.lineTo(Math.round(x0) + 0.5, axis); ctx.stroke();
      var labelX = Math.max(x0, 0) + 3;
      var labelWidth = ctx.measureText(period.name).width;
      if (labelX > labelEnd + 6 && x1 - labelX > Math.min(labelWidth, 40)) {
        ctx.fillText(period.name, labelX, 2);
        labelEnd = labelX + labelWidth;
      }
    });

    // axis and ticks
    var t = ticks(width);
    ctx.strokeStyle = "#ddd";
    ctx.fillStyle = "#333";
    ctx.textBaseline = "top";
    t.list.forEach(function (tick) {
      var x = Math.round(xOf(tick.day, width)) + 0.5;
      ctx.beginPath(); ctx.moveTo(x, 14); ctx.lineTo(x, axis + 4); ctx.stroke();
      ctx.fillText(tick.label, x + 3, axis + 8);
    });
    ctx.strokeStyle = "#999";
    ctx.beginPath(); ctx.moveTo(0, middle + 0.5); ctx.lineTo(width, middle + 0.5); ctx.stroke();

    // events, binned
    var lanes = {cooperation: -1, conflict: 1, neutral: 0};
    var perPx = (state.view[1] - state.view[0]) / width;
    var from = firstAtOrAfter(state.view[0] - 10 * perPx);
    var bins = new Map();  // pixel bin and polarity -> the events drawn there
    for (var i = from; i < state.events.length; i++) {
      var ev = state.events[i];
      if (ev.x > state.view[1] + 10 * perPx) { break; }
      var x = xOf(ev.x, width);
      var key = Math.floor(x / BIN) + ":" + ev.polarity;
      var bin = bins.get(key);
      if (!bin) { bin = {x0: Math.floor(x / BIN) * BIN, polarity: ev.polarity, items: []}; bins.set(key, bin); }
      bin.items.push(ev);
    }
    var drawn = 0;
    bins.forEach(function (bin) {
      var lane = lanes[bin.polarity] === undefined ? 0 : lanes[bin.polarity];
      var rows = lane === 0 ? 2 : MAX_ROWS;
      if (bin.items.length > rows) {
        // too many to stack: one bar for the bin, its height growing with the log of the count
        var tall = Math.min(10 + Math.log2(bin.items.length) * 9, lane === 0 ? 22 : MAX_ROWS * ROW + 20);
        var top = lane < 0 ? middle - 4 - tall : lane > 0 ? middle + 4 : middle - tall / 2;
        ctx.globalAlpha = 0.8;
        ctx.fillStyle = COLORS[bin.polarity] || COLORS.neutral;
        ctx.fillRect(bin.x0 + 1, top, BIN - 2, tall);
        ctx.globalAlpha = 1;
        state.hits.push({x: bin.x0 + BIN / 2, y: top + tall / 2, r: Math.max(tall / 2, BIN / 2), cluster: bin});
        drawn += 1;
        return;
      }
      bin.items.forEach(function (ev, k) {
        var cx = xOf(ev.x, width);
        var cy = lane === 0 ? middle + (k ? 9 : 0) : middle + lane * (9 + k * ROW);
        var x0 = xOf(ev.b, width), x1 = xOf(ev.e, width);
        if (x1 - x0 > 4) {  // a date known to the year or month: its whole interval
          ctx.strokeStyle = COLORS[ev.polarity] || COLORS.neutral;
          ctx.globalAlpha = 0.35;
          ctx.lineWidth = 3;
          ctx.beginPath(); ctx.moveTo(Math.max(x0, -5), cy); ctx.lineTo(Math.min(x1, width + 5), cy); ctx.stroke();
          ctx.lineWidth = 1;
          ctx.globalAlpha = 1;
        }
        mark(ctx, ev.polarity, cx, cy, 4.5);
        if (state.selected === ev.id) {
          ctx.strokeStyle = "#000"; ctx.lineWidth = 2;
          ctx.beginPath(); ctx.arc(cx, cy, 8, 0, 2 * Math.PI); ctx.stroke(); ctx.lineWidth = 1;
        }
        state.hits.push({x: cx, y: cy, r: 7, event: ev});
        drawn += 1;
      });
    });
    chart.setAttribute("data-drawn", String(drawn));
    if (state.loading) {
      ctx.fillStyle = "#333";
      ctx.textBaseline = "top";
      ctx.fillText("loading " + state.events.length + " of " + state.total + " events…", 8, 18);
    }
    viewLabel.textContent = describeView() + (state.undated ? " · " + state.undated + " undated not drawn" : "");
  }

  function drawIndex() {
    if (!state.view || !indexCanvas) { return; }
    var g = size(indexCanvas), ctx = g.ctx, width = g.width, height = g.height;
    ctx.clearRect(0, 0, width, height);
    var monthly = (state.view[1] - state.view[0]) < 4 * YEAR && state.index.month;
    var points = (monthly ? state.index.month : state.index.year) || [];
    document.getElementById("index-step").textContent = monthly ? "month" : "year";
    var zero = Math.round(height / 2) + 0.5;
    ctx.strokeStyle = "#999";
    ctx.beginPath(); ctx.moveTo(0, zero); ctx.lineTo(width, zero); ctx.stroke();
    var most = 1;
    points.forEach(function (p) { most = Math.max(most, p.events); });
    var line = [];
    points.forEach(function (p) {
      var x0 = xOf(p.b, width), x1 = xOf(p.e, width);
      if (x1 < 0 || x0 > width) { return; }
      var h = Math.max(Math.min(p.mean / 10, 1), -1) * (height / 2 - 6);
      ctx.fillStyle = p.mean >= 0 ? COLORS.cooperation : COLORS.conflict;
      ctx.fillRect(x0 + 0.5, h >= 0 ? zero - h : zero, Math.max(x1 - x0 - 1, 1), Math.abs(h));
      line.push([(x0 + x1) / 2, height - 4 - p.events / most * (height - 10)]);
    });
    if (line.length > 1) {
      ctx.strokeStyle = "rgba(40, 40, 40, 0.6)";
      ctx.beginPath();
      line.forEach(function (pt, i) { if (i) { ctx.lineTo(pt[0], pt[1]); } else { ctx.moveTo(pt[0], pt[1]); } });
      ctx.stroke();
    }
    ctx.fillStyle = "#555";
    ctx.font = "10px system-ui, sans-serif";
    ctx.textBaseline = "top";
    ctx.fillText("+10 cooperation", 4, 2);
    ctx.textBaseline = "bottom";
    ctx.fillText("−10 conflict", 4, height - 2);
  }

  // ------------------------------------------------------------------------------------------- interaction
  function hitAt(x, y) {
    var best = null, bestDistance = Infinity;
    state.hits.forEach(function (hit) {
      var distance = Math.hypot(hit.x - x, hit.y - y);
      if (distance <= hit.r && distance < bestDistance) { best = hit; bestDistance = distance; }
    });
    return best;
  }

  function position(event) {
    var rect = canvas.getBoundingClientRect();
    return {x: event.clientX - rect.left, y: event.clientY - rect.top};
  }

  canvas.addEventListener("wheel", function (event) {
    event.preventDefault();
    var p = position(event);
    zoom(Math.exp(Math.max(Math.min(event.deltaY, 200), -200) * 0.002), p.x);
  }, {passive: false});

  canvas.addEventListener("mousedown", function (event) {
    var p = position(event);
    state.drag = {x: p.x, view: state.view.slice(), moved: false};
  });

  window.addEventListener("mousemove", function (event) {
    var p = position(event);
    if (state.drag) {
      var dx = p.x - state.drag.x;
      if (Math.abs(dx) > 3) { state.drag.moved = true; }
      if (state.drag.moved) {
        var shift = dx / (canvas.clientWidth || 800) * (state.drag.view[1] - state.drag.view[0]);
        setView(state.drag.view[0] - shift, state.drag.view[1] - shift, true);
      }
      return;
    }
    if (event.target !== canvas) { tooltip.hidden = true; return; }
    var hit = hitAt(p.x, p.y);
    if (!hit) { tooltip.hidden = true; canvas.style.cursor = "grab"; return; }
    canvas.style.cursor = "pointer";
    tooltip.textContent = hit.event
      ? D.dateLabel(hit.event.date) + " · " + hit.event.type + " · " + (hit.event.actors || []).join(", ")
      : hit.cluster.items.length + " " + hit.cluster.polarity + " events: click to zoom in";
    tooltip.hidden = false;
    tooltip.style.left = Math.min(p.x + 12, (canvas.clientWidth || 800) - 220) + "px";
    tooltip.style.top = (p.y + 14) + "px";
  });

  window.addEventListener("mouseup", function (event) {
    if (!state.drag) { return; }
    var moved = state.drag.moved;
    state.drag = null;
    if (moved) { saveUrl(); return; }
    if (event.target !== canvas) { return; }
    var p = position(event);
    var hit = hitAt(p.x, p.y);
    if (hit && hit.event) { select(hit.event.id); }
    else if (hit && hit.cluster) {
      var items = hit.cluster.items;
      var first = items[0].x, last = items[items.length - 1].x;
      var pad = Math.max((last - first) * 0.2, MIN_SPAN);
      setView(first - pad, last + pad);
    }
  });

  canvas.addEventListener("keydown", function (event) {
    var span = state.view[1] - state.view[0];
    if (event.key === "+" || event.key === "=") { zoom(0.5); }
    else if (event.key === "-") { zoom(2); }
    else if (event.key === "ArrowLeft") { setView(state.view[0] - span / 5, state.view[1] - span / 5); }
    else if (event.key === "ArrowRight") { setView(state.view[0] + span / 5, state.view[1] + span / 5); }
    else { return; }
    event.preventDefault();
  });

  chart.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var what = button.getAttribute("data-zoom");
      if (what === "in") { zoom(0.5); } else if (what === "out") { zoom(2); } else { fitAll(); }
    });
  });
  chart.querySelectorAll("[data-level]").forEach(function (button) {
    button.addEventListener("click", function () {
      var span = LEVELS[button.getAttribute("data-level")];
      var middle = state.selected ? selectedX() : (state.view[0] + state.view[1]) / 2;
      setView(middle - span / 2, middle + span / 2);
    });
  });
  window.addEventListener("resize", schedule);

  function selectedX() {
    for (var i = 0; i < state.events.length; i++) {
      if (state.events[i].id === state.selected) { return state.events[i].x; }
    }
    return (state.view[0] + state.view[1]) / 2;
  }

  // --------------------------------------------------------------------------------------------------- URL
  var saveTimer = null;
  function saveUrl() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () {
      var params = new URLSearchParams(location.search);
      params.set("view", isoOf(state.view[0]) + "," + isoOf(state.view[1]));
      if (state.selected) { params.set("event", state.selected); } else { params.delete("event"); }
      history.replaceState(null, "", location.pathname + "?" + params.toString());
    }, 150);
  }

  // ---------------------------------------------------------------------------------------------- the panel
  document.getElementById("panel-close").addEventListener("click", function () {
    panel.hidden = true;
    state.selected = null;
    saveUrl();
    schedule();
  });

  function select(id) {
    state.selected = id;
    saveUrl();
    schedule();
    panel.hidden = false;
    panelBody.textContent = "";
    panelBody.appendChild(D.el("p", "loading", "Loading…"));
    D.getJSON("/events/" + encodeURIComponent(id) + ".json").then(showEvent, function (error) {
      panelBody.textContent = "";
      panelBody.appendChild(D.el("p", "error", error.message));
    });
  }

  function showEvent(ev) {
    panelBody.textContent = "";
    var heading = D.el("h2", "", null, D.el("span", "glyph " + ev.polarity));
    heading.appendChild(document.createTextNode(" " + D.dateLabel(ev.date) + " · " + ev.type));
    panelBody.appendChild(heading);
    var facts = D.el("dl", "facts");
    function fact(name, value) { facts.appendChild(D.el("dt", "", name)); facts.appendChild(D.el("dd", "", value)); }
    fact("Date", D.dateLabel(ev.date) + (ev.precision ? " (" + ev.precision + ")" : "") + (ev.date_text ? " — “" + ev.date_text + "”" : ""));
    fact("Who", (ev.source || "?") + " → " + (ev.target || "?") + "  [" + (ev.actors || []).join(", ") + "]");
    fact("Type", ev.type + " (CAMEO " + ev.cameo + ")");
    fact("Score", ev.polarity + ", Goldstein " + (ev.goldstein >= 0 ? "+" : "") + Number(ev.goldstein).toFixed(1));
    panelBody.appendChild(facts);
    if (ev.disagreements && ev.disagreements.length) {
      var box = D.el("section", "disagreements", null, D.el("h3", "", "The sources disagree"));
      var list = D.el("ul");
      ev.disagreements.forEach(function (d) {
        list.appendChild(D.el("li", "", "on the " + d.field + ": " + d.values.map(function (v) {
          return (d.field === "date" ? D.dateLabel(v.value) : v.value) + (v.support ? " [support " + v.support + "]" : "") +
            " (" + v.sources.join(", ") + ")";
        }).join("; ")));
      });
      box.appendChild(list);
      panelBody.appendChild(box);
    }
    var sources = D.el("section", "sources", null, D.el("h3", "", ev.sources.length + (ev.sources.length === 1 ? " source" : " sources")));
    ev.sources.forEach(function (s) {
      var item = D.el("div", "source");
      var title = D.el("h4");
      title.appendChild(D.link("/documents/" + encodeURIComponent(s.doc_id) + "?event=" + encodeURIComponent(ev.id) + "#span-" + s.span[0],
        s.title || D.address(s.origin)));
      item.appendChild(title);
      item.appendChild(D.el("p", "origin", D.address(s.url || s.origin)));
      var quote = D.el("blockquote", "context");
      var c = s.context || {before: "", evidence: s.evidence, after: ""};
      quote.appendChild(document.createTextNode((c.clipped_before ? "…" : "") + c.before));
      quote.appendChild(D.el("mark", "evidence focus", c.evidence));
      quote.appendChild(document.createTextNode(c.after + (c.clipped_after ? "…" : "")));
      item.appendChild(quote);
      sources.appendChild(item);
    });
    panelBody.appendChild(sources);
    if (ev.same_evidence && ev.same_evidence.length) {
      var same = D.el("section", "same", null, D.el("h3", "", "Other events read from the same sentence"));
      var ul = D.el("ul");
      ev.same_evidence.forEach(function (other) {
        var li = D.el("li", "", null, D.el("span", "glyph " + other.polarity));
        li.appendChild(document.createTextNode(" "));
        var a = D.link("/events/" + encodeURIComponent(other.id), D.dateLabel(other.date) + " " + other.type);
        a.addEventListener("click", function (e) { e.preventDefault(); select(other.id); });
        li.appendChild(a);
        ul.appendChild(li);
      });
      same.appendChild(ul);
      panelBody.appendChild(same);
    }
    panelBody.appendChild(D.link("/events/" + encodeURIComponent(ev.id), "Open as a page", "more"));
  }

  document.querySelectorAll(".event-list a.event-link").forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); select(a.getAttribute("data-event")); });
  });

  // --------------------------------------------------------------------------------------------- loading
  function add(events) {
    events.forEach(function (ev) {
      var b = dayOf(ev.begin), e = dayOf(ev.end);
      if (b === null || e === null) { state.undated += 1; return; }
      ev.b = b; ev.e = e + 1; ev.x = (ev.b + ev.e) / 2;
      state.events.push(ev);
    });
    state.events.sort(function (p, q) { return p.x - q.x; });
  }

  /* Page after page by the API's `next` cursor (keyset paging): the last page of a long history costs the
     server what the first does, where an offset would walk every event before it. */
  function loadEvents(after, loaded) {
    var url = chart.getAttribute("data-timeline") + "&limit=" + PAGE;
    if (after) { url += "&after=" + encodeURIComponent(after); }
    return D.getJSON(url).then(function (page) {
      state.total = page.total;
      add(page.events);
      loaded += page.events.length;
      if (page.events.length && page.next && loaded < CAP) { schedule(); return loadEvents(page.next, loaded); }
      return null;
    });
  }

  function loadIndex(step) {
    state.index[step] = [];
    return D.getJSON(chart.getAttribute("data-index") + "&step=" + step).then(function (data) {
      state.index[step] = data.points.map(function (p) {
        return {b: dayOf(p.begin), e: dayOf(p.end) + 1, mean: p.mean, events: p.events};
      });
      schedule();
    });
  }

  /* The pair's own periods (detected in its index, or stated by its texts) as bands; the named periods of
     history only when the pair has none. Read from the page's own data: the same dict as its JSON twin. */
  function loadPeriods() {
    var data = pageData.periods || {};
    var own = (data.detected || []).length ? data.detected : (data.stated || []);
    // the named periods of history: only those of three years or more, the twelve longest
    var named = (data.named || []).filter(function (p) { return dayOf(p.end) - dayOf(p.begin) >= 3 * YEAR; })
      .sort(function (p, q) { return (dayOf(q.end) - dayOf(q.begin)) - (dayOf(p.end) - dayOf(p.begin)); })
      .slice(0, 12).sort(function (p, q) { return dayOf(p.begin) - dayOf(q.begin); });
    var list = own.length ? own : named;
    state.periods = list.map(function (p) {
      return {name: p.name || p.label, b: dayOf(p.begin), e: dayOf(p.end) + 1, polarity: p.polarity || ""};
    }).filter(function (p) { return p.b !== null && p.e !== null; });
    schedule();
    return Promise.resolve();
  }

  function start() {
    var params = new URLSearchParams(location.search);
    var view = (params.get("view") || "").split(",");
    var fixed = view.length === 2 && dayOf(view[0]) !== null && dayOf(view[1]) !== null;
    state.view = fixed ? [dayOf(view[0]), dayOf(view[1])] : [dayOf("1900-01-01"), dayOf("2000-12-31")];
    schedule();
    Promise.all([loadEvents(null, 0), loadIndex("year"), loadPeriods()]).then(function () {
      state.loading = false;
      if (!fixed) { fitAll(); } else { setView(state.view[0], state.view[1], true); }
      chart.setAttribute("data-loaded", String(state.events.length));
      if (params.get("event")) { select(params.get("event")); }
    }, function (error) {
      state.loading = false;
      chart.setAttribute("data-error", error.message);
      viewLabel.textContent = "Could not load the timeline: " + error.message;
    });
  }

  /* What is drawn where, for tests and for anyone scripting the page: canvas positions of marks and clusters. */
  window.detenteTimeline = {
    marks: function () {
      return state.hits.map(function (h) {
        return {x: h.x, y: h.y, id: h.event ? h.event.id : null, count: h.cluster ? h.cluster.items.length : 1};
      });
    },
    view: function () { return [isoOf(state.view[0]), isoOf(state.view[1])]; },
    drawMs: function () { return state.drawMs; }  // how long the last frame took to draw
  };

  start();
}());
