/**
 * The check report's only script (inlined, allowed by its hash). Findings: a folded customer group gets its
 * table when it is first opened (the server-escaped markup from the findings data block), and printing
 * opens every group. Matrix: filters rows by principal name and role, columns and findings by customer
 * name, and expands a group column into its customers, 100 at a time, cloning the group's cells (members
 * have the same access by construction) with names from the matrix data block through textContent.
 * Plain ES2017, no library, no network.
 */
export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var foldedSource = document.getElementById('findings-data');
  var folded = null;
  function fill(details) {
    var index = details.getAttribute('data-f');
    if (index === null || details.getAttribute('data-filled') === '1') return;
    if (folded === null) folded = JSON.parse(foldedSource.textContent);
    details.insertAdjacentHTML('beforeend', folded[Number(index)]);
    details.setAttribute('data-filled', '1');
  }
  if (foldedSource) {
    document.addEventListener('toggle', function (event) { if (event.target.open) fill(event.target); }, true);
  }

  // Printing shows every folded findings group, and folds them back afterwards.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details.fc:not([open])'), function (d) { fill(d); d.open = true; return true; });
  });
  window.addEventListener('afterprint', function () { opened.forEach(function (d) { d.open = false; }); opened = []; });

  var PAGE = 100;
  var source = document.getElementById('matrix-data');
  var table = document.getElementById('access-matrix');
  if (!source || !table) return;
  var data = JSON.parse(source.textContent);
  var headRow = table.tHead.rows[0];
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var rowText = rows.map(function (tr) { return tr.getAttribute('data-q') || ''; });
  var rowRoles = rows.map(function (tr) { return ' ' + (tr.getAttribute('data-r') || '') + ' '; });
  var principalInput = document.getElementById('filter-principal');
  var roleSelect = document.getElementById('filter-role');
  var customerInput = document.getElementById('filter-customer');
  var status = document.getElementById('matrix-status');
  var findings = Array.prototype.slice.call(document.querySelectorAll('details[data-cq]'));
  var findingText = findings.map(function (d) { return d.getAttribute('data-cq'); });
  var shown = {};
  var customerCount = data.columns.reduce(function (n, c) { return n + c.length; }, 0);

  function query(input) { return input.value.trim().toLowerCase(); }
  function count(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function plural(n, noun) { return count(n) + ' ' + noun + (n === 1 ? '' : 's'); }

  function members(col) {
    var q = query(customerInput);
    var all = data.columns[col];
    if (q === '') return all;
    return all.filter(function (c) { return c[0].toLowerCase().indexOf(q) >= 0 || c[1].toLowerCase().indexOf(q) >= 0; });
  }

  function groupHeader(col) { return headRow.querySelector('th[data-c="' + col + '"]'); }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function memberHeader(col, customer) {
    var th = element('th', 'member');
    th.scope = 'col';
    th.setAttribute('data-of', col);
    th.appendChild(element('span', 'n', customer[1]));
    th.appendChild(document.createElement('br'));
    th.appendChild(element('small', 'k', customer[0]));
    return th;
  }

  function moreHeader(col, rest) {
    var th = element('th', 'member');
    th.scope = 'col';
    th.setAttribute('data-of', col);
    var button = element('button', '', 'show ' + count(Math.min(PAGE, rest)) + ' more (' + count(rest) + ' not shown)');
    button.type = 'button';
    button.setAttribute('data-more', col);
    th.appendChild(button);
    return th;
  }

  /** Removes the member columns of a group and, when it is expanded, adds the first shown[col] matching members. */
  function renderMembers(col) {
    var old = headRow.querySelectorAll('th[data-of="' + col + '"]');
    if (old.length > 0) {
      var first = old[0].cellIndex;
      for (var r = 0; r < rows.length; r++) for (var k = old.length - 1; k >= 0; k--) rows[r].cells[first + k].remove();
      for (var h = 0; h < old.length; h++) old[h].remove();
    }
    if (!shown[col]) return;
    var list = members(col);
    var n = Math.min(shown[col], list.length);
    var group = groupHeader(col);
    var at = group.cellIndex;
    var heads = document.createDocumentFragment();
    for (var i = 0; i < n; i++) heads.appendChild(memberHeader(col, list[i]));
    if (n < list.length) heads.appendChild(moreHeader(col, list.length - n));
    group.after(heads);
    rows.forEach(function (tr) {
      var cell = tr.cells[at];
      var cells = document.createDocumentFragment();
      for (var j = 0; j < n; j++) cells.appendChild(cell.cloneNode(true));
      if (n < list.length) cells.appendChild(document.createElement('td'));
      cell.after(cells);
    });
  }

  /** Hides the columns whose customers all fail the customer filter (and the findings of such customers). */
  function filterCustomers() {
    var q = query(customerInput);
    var visible = 0;
    for (var col = 0; col < data.columns.length; col++) {
      if (shown[col]) renderMembers(col);
      var matching = members(col).length;
      visible += matching;
      var th = groupHeader(col);
      var note = th.querySelector('.m');
      if (note) {
        note.hidden = q === '' || matching === 0;
        note.textContent = ' (' + count(matching) + ' match)';
      }
      th.setAttribute('data-hide', matching === 0 ? '1' : '');
    }
    var heads = headRow.cells;
    var hide = [];
    for (var i = 0; i < heads.length; i++) {
      var of = heads[i].getAttribute('data-of');
      var owner = of === null ? heads[i] : groupHeader(Number(of));
      hide.push(owner.getAttribute('data-hide') === '1');
      heads[i].hidden = hide[i];
    }
    rows.forEach(function (tr) { for (var c = 0; c < hide.length; c++) tr.cells[c].hidden = hide[c]; });
    findings.forEach(function (d, i) { d.hidden = q !== '' && findingText[i].indexOf(q) < 0; });
    return visible;
  }

  function filterPrincipals() {
    var q = query(principalInput);
    var role = roleSelect.value;
    var visible = 0;
    rows.forEach(function (tr, i) {
      var match = (q === '' || rowText[i].indexOf(q) >= 0) && (role === '' || rowRoles[i].indexOf(' ' + role + ' ') >= 0);
      tr.hidden = !match;
      if (match) visible++;
    });
    return visible;
  }

  var customersVisible = customerCount;
  var principalsVisible = rows.length;
  function report() {
    status.textContent = 'Showing ' + count(principalsVisible) + ' of ' + plural(rows.length, 'principal') + ' and ' +
      count(customersVisible) + ' of ' + plural(customerCount, 'customer') + '.';
  }

  var timers = {};
  function later(name, fn) {
    clearTimeout(timers[name]);
    timers[name] = setTimeout(function () { fn(); report(); }, 120);
  }
  principalInput.addEventListener('input', function () { later('p', function () { principalsVisible = filterPrincipals(); }); });
  roleSelect.addEventListener('change', function () { principalsVisible = filterPrincipals(); report(); });
  customerInput.addEventListener('input', function () { later('c', function () { customersVisible = filterCustomers(); }); });

  table.tHead.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) return;
    var expand = button.getAttribute('data-expand');
    var more = button.getAttribute('data-more');
    if (expand !== null) {
      var col = Number(expand);
      shown[col] = shown[col] ? 0 : PAGE;
      button.setAttribute('aria-expanded', shown[col] ? 'true' : 'false');
      button.textContent = shown[col] ? 'hide' : 'show';
      customersVisible = filterCustomers();
    } else if (more !== null) {
      var group = Number(more);
      shown[group] += PAGE;
      customersVisible = filterCustomers();
      var next = headRow.querySelector('button[data-more="' + group + '"]') || groupHeader(group).querySelector('button');
      next.focus();
    }
  });

  // A filter typed before the script ran (or kept by the browser on reload) applies at once.
  if (principalInput.value !== '' || roleSelect.value !== '') principalsVisible = filterPrincipals();
  if (customerInput.value !== '') customersVisible = filterCustomers();
  report();
})();
`;
