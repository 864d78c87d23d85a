// The stepper of `minipy --trace=html`: shows one step of the trace at a
// time, forwards and backwards.  The trace is Online Python Tutor's format
// (code, and a list of steps with line, event, func_name, globals,
// ordered_globals, stack_to_render, heap and stdout), with minipy's fields:
// minipy_code (the bytecode), minipy_instruction, minipy_instructions and
// minipy_refcounts.  See src/vm/trace_json.c.
//
// Everything the program made (names, strings, output) reaches the page as
// text (textContent), never as HTML.  The page's address can name a step:
// #step=5 shows the fifth; #step=5&press=next,prev then presses those
// buttons in turn (the tests use it).
'use strict';

(function () {
  const data = JSON.parse(document.getElementById('trace-data').textContent);
  const trace = data.trace || [];
  const codes = data.minipy_code || [];
  const sourceLines = (data.code || '').split('\n');
  if (sourceLines.length > 1 && sourceLines[sourceLines.length - 1] === '') sourceLines.pop();

  const $ = (id) => document.getElementById(id);
  let current = 0;

  // ---- making elements -------------------------------------------------------------

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function clear(e) {
    while (e.firstChild) e.removeChild(e.firstChild);
  }

  // ---- values as Python writes them ----------------------------------------------------

  // repr() of a float, from the shortest digits that read back as it.
  function floatRepr(x) {
    if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
    const parts = x.toExponential().split('e');
    let mant = parts[0];
    const exp = parseInt(parts[1], 10);
    const neg = mant[0] === '-';
    if (neg) mant = mant.slice(1);
    const digits = mant.replace('.', '');
    let s;
    if (exp < -4 || exp >= 16) {
      s = digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') +
        'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
    } else if (exp < 0) {
      s = '0.' + '0'.repeat(-exp - 1) + digits;
    } else if (digits.length <= exp + 1) {
      s = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    } else {
      s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    }
    return (neg ? '-' : '') + s;
  }

  // repr() of a str.
  function strRepr(s) {
    const q = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = q;
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (ch === '\\') out += '\\\\';
      else if (ch === q) out += '\\' + q;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c < 0xe000)) out += '\\u' + c.toString(16);
      else out += ch;
    }
    return out + q;
  }

  function specialFloat(text) {
    if (text === 'Infinity') return 'inf';
    if (text === '-Infinity') return '-inf';
    if (text === 'NaN') return 'nan';
    return text;
  }

  // The element for a value: its text, or a pointer to a heap object.
  function valueElement(v) {
    if (v === null) return el('span', 'prim none', 'None');
    if (v === true || v === false) return el('span', 'prim bool', v ? 'True' : 'False');
    if (typeof v === 'number') {
      return el('span', 'prim num', Number.isInteger(v) ? String(v) : floatRepr(v));
    }
    if (typeof v === 'string') return el('span', 'prim str', strRepr(v));
    if (Array.isArray(v) && v[0] === 'REF') {
      const p = el('span', 'pointer');
      p.dataset.target = String(v[1]);
      p.title = 'refers to object #' + v[1];
      return p;
    }
    if (Array.isArray(v) && v[0] === 'SPECIAL_FLOAT') return el('span', 'prim num', specialFloat(String(v[1])));
    if (Array.isArray(v) && v[0] === 'IMPORTED_FAUX_PRIMITIVE') return el('span', 'prim faux', String(v[1]));
    return el('span', 'prim', JSON.stringify(v));
  }

  // ---- the heap ------------------------------------------------------------------------

  const KINDS = { LIST: 'list', TUPLE: 'tuple', SET: 'set', DICT: 'dict' };

  function kindOf(obj) {
    const tag = obj[0];
    if (KINDS[tag]) return KINDS[tag];
    if (tag === 'INSTANCE' || tag === 'INSTANCE_PPRINT') return String(obj[1]) + ' instance';
    if (tag === 'CLASS') return String(obj[1]) + ' class';
    if (tag === 'FUNCTION') return 'function';
    if (tag === 'HEAP_PRIMITIVE') return String(obj[1]);
    return String(tag);
  }

  // A table of [name, value] rows.
  function pairTable(pairs, keyIsValue) {
    const t = el('table', 'pairs');
    for (const pair of pairs) {
      if (!Array.isArray(pair) || pair.length < 2) continue;
      const tr = el('tr');
      const k = el('td', 'key');
      k.appendChild(keyIsValue ? valueElement(pair[0]) : el('span', 'name', String(pair[0])));
      const v = el('td', 'val');
      v.appendChild(valueElement(pair[1]));
      tr.appendChild(k);
      tr.appendChild(v);
      t.appendChild(tr);
    }
    return t;
  }

  function heapObjectElement(id, obj, step) {
    const box = el('div', 'heap-object');
    box.dataset.id = String(id);
    box.id = 'object-' + id;
    const head = el('div', 'object-head');
    head.appendChild(el('span', 'kind', kindOf(obj)));
    head.appendChild(el('span', 'object-id', '#' + id));
    const counts = step.minipy_refcounts || {};
    if (counts[id] !== undefined) {
      const rc = el('span', 'refcount', 'rc ' + counts[id]);
      rc.title = 'reference count: how many references to this object exist';
      head.appendChild(rc);
    }
    box.appendChild(head);
    const tag = obj[0];
    const body = el('div', 'object-body');
    if (tag === 'LIST' || tag === 'TUPLE' || tag === 'SET') {
      const row = el('div', 'items ' + tag.toLowerCase());
      obj.slice(1).forEach((v, i) => {
        const cell = el('div', 'item');
        if (tag !== 'SET') cell.appendChild(el('div', 'index', String(i)));
        const val = el('div', 'val');
        val.appendChild(valueElement(v));
        cell.appendChild(val);
        row.appendChild(cell);
      });
      if (obj.length === 1) row.appendChild(el('div', 'empty', 'empty'));
      body.appendChild(row);
      const cut = step.minipy_cut && step.minipy_cut[id];
      if (cut !== undefined) body.appendChild(el('div', 'note', 'first ' + (obj.length - 1) + ' of ' + cut + ' items'));
    } else if (tag === 'DICT') {
      body.appendChild(pairTable(obj.slice(1), true));
      if (obj.length === 1) body.appendChild(el('div', 'empty', 'empty'));
    } else if (tag === 'INSTANCE') {
      body.appendChild(pairTable(obj.slice(2), false));
    } else if (tag === 'INSTANCE_PPRINT') {
      body.appendChild(el('div', 'text', String(obj[2])));
      body.appendChild(pairTable(obj.slice(3), false));
    } else if (tag === 'CLASS') {
      const bases = Array.isArray(obj[2]) ? obj[2] : [];
      if (bases.length) body.appendChild(el('div', 'note', 'bases: ' + bases.join(', ')));
      body.appendChild(pairTable(obj.slice(3), false));
    } else if (tag === 'FUNCTION') {
      body.appendChild(el('div', 'text func', String(obj[1])));
      if (obj[2] !== null && obj[2] !== undefined) body.appendChild(el('div', 'note', 'parent: f' + obj[2]));
      if (Array.isArray(obj[3]) && obj[3].length) {
        body.appendChild(el('div', 'note', 'defaults:'));
        body.appendChild(pairTable(obj[3], false));
      }
    } else if (tag === 'module') {
      body.appendChild(el('div', 'text', String(obj[1])));
    } else if (tag === 'HEAP_PRIMITIVE') {
      body.appendChild(valueElement(obj[2]));
    } else {
      body.appendChild(el('div', 'text', String(obj[1])));
    }
    box.appendChild(body);
    return box;
  }

  // The targets of the REFs inside a value or an object, in order.
  function refsIn(v, out) {
    if (Array.isArray(v)) {
      if (v[0] === 'REF' && v.length === 2) out.push(String(v[1]));
      else for (const x of v) refsIn(x, out);
    }
    return out;
  }

  // Python Tutor's layout: each object first reached from a name starts a
  // row, and the objects it refers to follow it in that row.
  function renderHeap(step, roots) {
    const heap = step.heap || {};
    const box = $('heap');
    clear(box);
    const placed = new Set();
    function place(id, row) {
      if (placed.has(id) || !(id in heap)) return;
      placed.add(id);
      row.appendChild(heapObjectElement(id, heap[id], step));
      for (const child of refsIn(heap[id].slice(1), [])) place(child, row);
    }
    for (const id of roots.concat(Object.keys(heap))) {
      if (placed.has(id) || !(id in heap)) continue;
      const row = el('div', 'heap-row');
      place(id, row);
      box.appendChild(row);
    }
    if (!box.firstChild) box.appendChild(el('div', 'empty', 'no objects'));
  }

  // ---- frames --------------------------------------------------------------------------

  function frameElement(title, names, values, opts) {
    const f = el('div', 'frame');
    if (opts.highlighted) f.classList.add('highlighted');
    if (opts.zombie) f.classList.add('zombie');
    const head = el('div', 'frame-head');
    head.appendChild(el('span', 'frame-name', title));
    if (opts.note) head.appendChild(el('span', 'note', opts.note));
    f.appendChild(head);
    const t = el('table', 'vars');
    for (const name of names) {
      if (!(name in values)) continue;
      const tr = el('tr');
      tr.appendChild(el('td', 'name', name === '__return__' ? 'Return value' : name));
      const td = el('td', 'val');
      td.appendChild(valueElement(values[name]));
      tr.appendChild(td);
      t.appendChild(tr);
    }
    if (!t.firstChild) f.appendChild(el('div', 'empty', 'no variables'));
    else f.appendChild(t);
    return f;
  }

  function renderFrames(step) {
    const list = $('frame-list');
    clear(list);
    const roots = [];
    const globals = step.globals || {};
    const gnames = step.ordered_globals || Object.keys(globals);
    const top = !(step.stack_to_render || []).some((fr) => fr.is_highlighted);
    list.appendChild(frameElement('Global frame', gnames, globals, { highlighted: top }));
    for (const n of gnames) refsIn(globals[n], roots);
    for (const fr of step.stack_to_render || []) {
      const notes = [];
      notes.push('f' + fr.frame_id);
      if ((fr.parent_frame_id_list || []).length) notes.push('parent f' + fr.parent_frame_id_list[0]);
      if (fr.is_zombie) notes.push('finished');
      const names = fr.ordered_varnames || Object.keys(fr.encoded_locals || {});
      list.appendChild(frameElement(String(fr.func_name), names, fr.encoded_locals || {},
        { highlighted: fr.is_highlighted, zombie: fr.is_zombie, note: notes.join(' \u00b7 ') }));
      for (const n of names) refsIn((fr.encoded_locals || {})[n], roots);
    }
    return roots;
  }

  // ---- arrows --------------------------------------------------------------------------

  const SVG = 'http://www.w3.org/2000/svg';

  function drawArrows() {
    const svg = $('arrows');
    const viz = $('viz');
    clear(svg);
    const area = viz.getBoundingClientRect();
    svg.setAttribute('width', String(viz.scrollWidth));
    svg.setAttribute('height', String(viz.scrollHeight));
    const defs = document.createElementNS(SVG, 'defs');
    const marker = document.createElementNS(SVG, 'marker');
    marker.setAttribute('id', 'arrowhead');
    marker.setAttribute('viewBox', '0 0 10 10');
    marker.setAttribute('refX', '9');
    marker.setAttribute('refY', '5');
    marker.setAttribute('markerWidth', '7');
    marker.setAttribute('markerHeight', '7');
    marker.setAttribute('orient', 'auto');
    const head = document.createElementNS(SVG, 'path');
    head.setAttribute('d', 'M0,0 L10,5 L0,10 z');
    head.setAttribute('class', 'arrowhead');
    marker.appendChild(head);
    defs.appendChild(marker);
    svg.appendChild(defs);
    for (const p of viz.querySelectorAll('.pointer')) {
      const target = document.getElementById('object-' + p.dataset.target);
      if (!target) continue;
      const a = p.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      const x1 = a.left + a.width / 2 - area.left;
      const y1 = a.top + a.height / 2 - area.top;
      const x2 = b.left - area.left;
      const y2 = b.top + 12 - area.top;
      const dx = Math.max(40, Math.abs(x2 - x1) / 2);
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', 'M' + x1 + ',' + y1 + ' C' + (x1 + dx) + ',' + y1 + ' ' +
        (x2 - dx) + ',' + y2 + ' ' + x2 + ',' + y2);
      path.setAttribute('class', 'arrow');
      path.setAttribute('marker-end', 'url(#arrowhead)');
      path.dataset.from = p.dataset.target;
      svg.appendChild(path);
    }
  }

  // ---- source, bytecode, output ---------------------------------------------------------

  function buildSource() {
    const ol = $('source');
    sourceLines.forEach((text, i) => {
      const li = el('li', 'line');
      li.dataset.line = String(i + 1);
      li.appendChild(el('span', 'lineno', String(i + 1)));
      li.appendChild(el('span', 'marker', ''));
      li.appendChild(el('code', 'text', text.length ? text : ' '));
      ol.appendChild(li);
    });
  }

  // The line of the step before, for the "just run" marker.
  function previousLine(k) {
    for (let j = k - 1; j >= 0; j--) if (typeof trace[j].line === 'number') return trace[j].line;
    return null;
  }

  function renderSource(step, k) {
    const prev = previousLine(k);
    for (const li of $('source').children) {
      const n = Number(li.dataset.line);
      const isCurrent = n === step.line;
      li.classList.toggle('current', isCurrent);
      li.classList.toggle('previous', n === prev && !isCurrent);
      li.id = isCurrent ? 'current-line' : '';
      li.querySelector('.marker').textContent = isCurrent || n === prev ? '\u279C' : '';
    }
    scrollTo($('source'), $('current-line'));
  }

  // Scrolls box (not the page) so that its row is in sight.
  function scrollTo(box, row) {
    if (!box || !row) return;
    const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }

  function renderBytecode(step) {
    const body = $('bytecode').tBodies[0];
    clear(body);
    const at = step.minipy_instruction;
    const code = at ? codes[at.code] : null;
    $('code-name').textContent = code ? String(code.name) : '';
    if (!code) return;
    const ran = new Set();
    for (const ins of step.minipy_instructions || []) if (ins.code === at.code) ran.add(ins.offset);
    let lastLine = null;
    for (const ins of code.instructions || []) {
      const tr = el('tr', 'instruction');
      tr.dataset.offset = String(ins.offset);
      const newLine = ins.line !== null && ins.line !== lastLine;
      if (newLine) tr.classList.add('starts-line');
      tr.appendChild(el('td', 'lineno', newLine ? String(ins.line) : ''));
      lastLine = ins.line === null ? lastLine : ins.line;
      const isCurrent = ins.offset === at.offset;
      tr.appendChild(el('td', 'marker', isCurrent ? '-->' : ins.target ? '>>' : ''));
      tr.appendChild(el('td', 'offset', String(ins.offset)));
      tr.appendChild(el('td', 'text', String(ins.text)));
      if (isCurrent) { tr.classList.add('current'); tr.id = 'current-instruction'; }
      if (ran.has(ins.offset)) tr.classList.add('ran');
      body.appendChild(tr);
    }
    scrollTo($('bytecode').parentNode, $('current-instruction'));
  }

  function instructionText(codeIndex, offset) {
    const code = codes[codeIndex];
    for (const ins of (code && code.instructions) || []) if (ins.offset === offset) return String(ins.text).split(/\s+/)[0];
    return '?';
  }

  function renderChanges(step) {
    const ul = $('changes');
    clear(ul);
    for (const ins of step.minipy_instructions || []) {
      const changes = ins.refcounts || [];
      if (!changes.length && !ins.more_refcounts) continue;
      const li = el('li');
      li.appendChild(el('span', 'where', ins.offset + ' ' + instructionText(ins.code, ins.offset) + ': '));
      li.appendChild(el('span', 'what', changes.map((c) => c[0] + ' ' + c.slice(1).join('\u2192') +
        (c[c.length - 1] === 0 ? ' (freed)' : '')).join(', ') +
        (ins.more_refcounts ? ' and ' + ins.more_refcounts + ' more' : '')));
      ul.appendChild(li);
    }
    if (!ul.firstChild) ul.appendChild(el('li', 'empty', 'none'));
  }

  // ---- a step ----------------------------------------------------------------------------

  const EVENTS = {
    step_line: 'about to run line',
    call: 'call of',
    return: 'return from',
    exception: 'exception in',
    uncaught_exception: 'the program ended by an exception',
    instruction_limit_reached: 'the trace stops here',
  };

  // The step whose state a step shows: itself, or for the entries that
  // carry none (instruction_limit_reached), the last step before it.
  function stateOf(k) {
    for (let j = k; j >= 0; j--) if (trace[j].heap || trace[j].event === 'uncaught_exception') return trace[j];
    return trace[k];
  }

  function show(k) {
    if (!trace.length) return;
    current = Math.max(0, Math.min(trace.length - 1, k));
    const step = trace[current];
    const state = stateOf(current);
    $('step-label').textContent = 'Step ' + (current + 1) + ' of ' + trace.length;
    $('slider').value = String(current + 1);
    $('first').disabled = $('prev').disabled = current === 0;
    $('next').disabled = $('last').disabled = current === trace.length - 1;
    const status = $('status');
    status.dataset.step = String(current + 1);
    status.dataset.event = String(step.event);
    status.dataset.line = step.line === undefined ? '' : String(step.line);
    let text = EVENTS[step.event] || String(step.event);
    if (step.event === 'step_line') text += ' ' + step.line + (step.func_name ? ' in ' + step.func_name : '');
    else if (step.func_name && step.event !== 'uncaught_exception' && step.event !== 'instruction_limit_reached') {
      text += ' ' + step.func_name + ' (line ' + step.line + ')';
    }
    status.textContent = text;
    const msg = $('message');
    msg.hidden = !step.exception_msg;
    msg.textContent = step.exception_msg ? String(step.exception_msg) : '';
    msg.className = step.event === 'instruction_limit_reached' ? 'note' : 'exception';
    renderSource(state, current);
    renderBytecode(state);
    $('stdout').textContent = previousStdout(current);
    renderChanges(state === step ? step : {});
    const roots = renderFrames(state);
    renderHeap(state, roots);
    drawArrows();
    const hash = '#step=' + (current + 1);
    if (location.hash.split('&')[0] !== hash && history.replaceState) history.replaceState(null, '', hash);
  }

  function previousStdout(k) {
    for (let j = k; j >= 0; j--) if (typeof trace[j].stdout === 'string') return trace[j].stdout;
    return '';
  }

  // ---- controls ------------------------------------------------------------------------------

  function stepFromHash() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const n = parseInt(params.get('step') || '1', 10);
    return { step: Number.isFinite(n) ? n - 1 : 0, press: (params.get('press') || '').split(',').filter(Boolean) };
  }

  function start() {
    document.title = 'minipy trace: ' + (data.minipy_file || 'program');
    $('title').textContent = 'minipy trace of ' + (data.minipy_file || 'a program');
    buildSource();
    $('slider').max = String(Math.max(1, trace.length));
    $('first').addEventListener('click', () => show(0));
    $('prev').addEventListener('click', () => show(current - 1));
    $('next').addEventListener('click', () => show(current + 1));
    $('last').addEventListener('click', () => show(trace.length - 1));
    $('slider').addEventListener('input', (e) => show(Number(e.target.value) - 1));
    document.addEventListener('keydown', (e) => {
      if (e.target && e.target.tagName === 'INPUT') return;
      if (e.key === 'ArrowRight') show(current + 1);
      else if (e.key === 'ArrowLeft') show(current - 1);
      else if (e.key === 'Home') show(0);
      else if (e.key === 'End') show(trace.length - 1);
      else return;
      e.preventDefault();
    });
    window.addEventListener('hashchange', () => show(stepFromHash().step));
    window.addEventListener('resize', drawArrows);
    const first = stepFromHash();
    show(first.step);
    for (const name of first.press) {
      const b = $(name);
      if (b && b.tagName === 'BUTTON') b.click();
    }
  }

  start();
})();
