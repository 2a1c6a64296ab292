/**
 * The check report's only script (inlined, allowed by its hash). Plain ES2017, no library, no network.
 *
 * Findings: in a large report, customer groups are listed from the findings data block 100 at a time, and
 * a group gets its table when it is first opened; printing opens the listed groups. In a small report the
 * groups are all in the page and the customer filter hides the others.
 *
 * Matrix: redrawn from the matrix data block when a filter changes or something is expanded: rows filtered
 * by principal name and role, columns by customer name (and then only principals with access there), a
 * group column expanded into its customers (the group's cells cloned: same access by construction), rows,
 * columns and members a page at a time. Markup pieces come from the server, escaped like the page; the
 * only text the script writes itself goes in through textContent, or is a number.
 */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  function read(id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }
  function count(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function plural(n, noun) { return count(n) + ' ' + noun + (n === 1 ? '' : 's'); }
  function query(input) { return input ? input.value.trim().toLowerCase() : ''; }
  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function button(text, attribute, value) {
    var b = element('button', '', text);
    b.type = 'button';
    b.setAttribute(attribute, value);
    return b;
  }
  var customerInput = document.getElementById('filter-customer');

  // ---- findings ----
  var findings = read('findings-data');
  var findingsList = document.getElementById('findings-list');
  var findingsShown = findings ? findings.page : 0;
  function fill(details) {
    var index = details.getAttribute('data-f');
    if (!findings || index === null || details.getAttribute('data-filled') === '1') return;
    details.insertAdjacentHTML('beforeend', findings.groups[Number(index)][2]);
    details.setAttribute('data-filled', '1');
  }
  document.addEventListener('toggle', function (event) { if (event.target.open) fill(event.target); }, true);
  function drawFindings() {
    var q = query(customerInput);
    if (!findings) {
      Array.prototype.forEach.call(document.querySelectorAll('details[data-cq]'), function (d) {
        d.hidden = q !== '' && d.getAttribute('data-cq').indexOf(q) < 0;
      });
      return;
    }
    var matching = [];
    findings.groups.forEach(function (group, i) { if (q === '' || group[0].indexOf(q) >= 0) matching.push(i); });
    findingsList.innerHTML = matching.slice(0, findingsShown).map(function (i) { return findings.groups[i][1]; }).join('\n');
    var rest = matching.length - Math.min(matching.length, findingsShown);
    var note = element('p', 'more');
    note.appendChild(element('span', '', matching.length === 0 ? 'No customer with findings matches. ' : 'Showing ' + count(matching.length - rest) + ' of ' + plural(matching.length, 'customer') + ' with findings. '));
    if (rest > 0) note.appendChild(button('show ' + count(Math.min(rest, findings.page)) + ' more', 'data-more-findings', '1'));
    findingsList.appendChild(note);
  }
  if (findingsList) {
    findingsList.addEventListener('click', function (event) {
      if (!event.target.closest('button[data-more-findings]')) return;
      findingsShown += findings.page;
      drawFindings();
      var next = findingsList.querySelector('button[data-more-findings]');
      if (next) next.focus();
    });
  }
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details.fc:not([open])'), function (d) { fill(d); d.open = true; return true; });
  });
  window.addEventListener('afterprint', function () { opened.forEach(function (d) { d.open = false; }); opened = []; });

  // ---- matrix ----
  var data = read('matrix-data');
  var table = document.getElementById('access-matrix');
  if (!data || !table) {
    if (customerInput) customerInput.addEventListener('input', drawFindings);
    return;
  }
  var principalInput = document.getElementById('filter-principal');
  var roleSelect = document.getElementById('filter-role');
  var status = document.getElementById('matrix-status');
  var pages = data.pages;
  var rowsShown = pages.rows;
  var columnsShown = pages.columns;
  var expanded = {};
  var customerTotal = data.columns.reduce(function (n, c) { return n + c[1].length; }, 0);
  var cellMaps = [];
  function cellOf(row, col) {
    var map = cellMaps[col];
    if (!map) {
      map = cellMaps[col] = new Map();
      data.columns[col][2].forEach(function (pair) { map.set(pair[0], pair[1]); });
    }
    var cell = map.get(row);
    return cell === undefined ? '<td></td>' : data.cells[cell];
  }
  function members(col, q) {
    var all = data.columns[col][1];
    if (q === '') return all;
    return all.filter(function (c) { return c[0].toLowerCase().indexOf(q) >= 0 || c[1].toLowerCase().indexOf(q) >= 0; });
  }
  function memberHeader(customer) {
    var th = element('th', 'member');
    th.scope = 'col';
    th.appendChild(element('span', 'n', customer[1]));
    th.appendChild(document.createElement('br'));
    th.appendChild(element('small', 'k', customer[0]));
    return th;
  }

  function draw() {
    var q = query(customerInput);
    var p = query(principalInput);
    var role = roleSelect.value;
    var entries = [];
    var matchingColumns = [];
    var customersVisible = 0;
    var columns = 0;
    var columnsRest = 0;
    data.columns.forEach(function (column, col) {
      var list = members(col, q);
      if (list.length === 0) return;
      matchingColumns.push(col);
      customersVisible += list.length;
      // A page of columns counts groups and single customers; an expanded group's members come with it.
      if (columns >= columnsShown) { columnsRest++; return; }
      columns++;
      entries.push({ col: col, matching: list.length });
      if (!expanded[col]) return;
      var n = Math.min(expanded[col], list.length);
      for (var i = 0; i < n; i++) entries.push({ col: col, member: list[i] });
      if (n < list.length) entries.push({ col: col, rest: list.length - n });
    });

    var withAccess = null;
    if (q !== '') {
      withAccess = new Set();
      matchingColumns.forEach(function (col) { data.columns[col][2].forEach(function (pair) { withAccess.add(pair[0]); }); });
    }
    var rows = [];
    data.rows.forEach(function (row, i) {
      if (p !== '' && row[1].indexOf(p) < 0) return;
      if (role !== '' && (' ' + row[2] + ' ').indexOf(' ' + role + ' ') < 0) return;
      if (withAccess && !withAccess.has(i)) return;
      rows.push(i);
    });
    var rowsRest = Math.max(0, rows.length - rowsShown);

    var head = document.createElement('tr');
    head.appendChild(element('th', '', 'Principal')).scope = 'col';
    entries.forEach(function (entry) {
      if (entry.member) { head.appendChild(memberHeader(entry.member)); return; }
      if (entry.rest !== undefined) {
        var more = element('th', 'member');
        more.scope = 'col';
        more.appendChild(button('show ' + count(Math.min(entry.rest, pages.members)) + ' more', 'data-more-members', String(entry.col)));
        more.appendChild(element('small', '', ' (' + count(entry.rest) + ' not shown)'));
        head.appendChild(more);
        return;
      }
      head.insertAdjacentHTML('beforeend', data.columns[entry.col][0]);
      var th = head.lastElementChild;
      var note = th.querySelector('.m');
      if (note) {
        note.hidden = q === '';
        note.textContent = ' (' + count(entry.matching) + ' match)';
      }
      var toggle = th.querySelector('button[data-expand]');
      if (toggle) {
        toggle.setAttribute('aria-expanded', expanded[entry.col] ? 'true' : 'false');
        toggle.textContent = expanded[entry.col] ? 'hide' : 'show';
      }
    });
    if (columnsRest > 0) {
      var moreColumns = element('th', 'more');
      moreColumns.scope = 'col';
      moreColumns.appendChild(button('show ' + count(Math.min(columnsRest, pages.columns)) + ' more columns', 'data-more-columns', '1'));
      moreColumns.appendChild(element('small', '', ' (' + count(columnsRest) + ' not shown)'));
      head.appendChild(moreColumns);
    }
    table.tHead.replaceChildren(head);

    var extra = columnsRest > 0 ? '<td></td>' : '';
    var body = rows.slice(0, rowsShown).map(function (row) {
      return data.rows[row][0] + entries.map(function (entry) { return entry.rest !== undefined ? '<td></td>' : cellOf(row, entry.col); }).join('') + extra + '</tr>';
    });
    if (rowsRest > 0) {
      body.push('<tr class="more"><th scope="row"><button type="button" data-more-rows="1">show ' + count(Math.min(rowsRest, pages.rows)) +
        ' more principals</button> <small>(' + count(rowsRest) + ' not shown)</small></th>' +
        (entries.length + (extra ? 1 : 0) > 0 ? '<td colspan="' + (entries.length + (extra ? 1 : 0)) + '"></td>' : '') + '</tr>');
    }
    table.tBodies[0].innerHTML = body.join('\n');
    status.textContent = 'Showing ' + count(Math.min(rows.length, rowsShown)) + ' of ' + plural(data.rows.length, 'principal') +
      (rows.length > rowsShown ? ' (' + count(rows.length) + ' match)' : '') + ' and ' + count(customersVisible) + ' of ' + plural(customerTotal, 'customer') + '.';
  }

  function redraw() { draw(); drawFindings(); }
  var timer;
  function later() { clearTimeout(timer); timer = setTimeout(redraw, 120); }
  principalInput.addEventListener('input', later);
  customerInput.addEventListener('input', later);
  roleSelect.addEventListener('change', redraw);

  table.addEventListener('click', function (event) {
    var b = event.target.closest('button');
    if (!b) return;
    var focus;
    if (b.hasAttribute('data-expand')) {
      var col = Number(b.getAttribute('data-expand'));
      expanded[col] = expanded[col] ? 0 : pages.members;
      focus = 'button[data-expand="' + col + '"]';
    } else if (b.hasAttribute('data-more-members')) {
      var group = Number(b.getAttribute('data-more-members'));
      expanded[group] += pages.members;
      focus = 'button[data-more-members="' + group + '"]';
    } else if (b.hasAttribute('data-more-columns')) {
      columnsShown += pages.columns;
      focus = 'button[data-more-columns]';
    } else if (b.hasAttribute('data-more-rows')) {
      rowsShown += pages.rows;
      focus = 'button[data-more-rows]';
    } else {
      return;
    }
    draw();
    var next = table.querySelector(focus) || table.querySelector('thead th');
    if (next) next.focus();
  });

  // A filter the browser kept on reload applies at once.
  if (query(principalInput) !== '' || roleSelect.value !== '' || query(customerInput) !== '') redraw();
})();
`;
