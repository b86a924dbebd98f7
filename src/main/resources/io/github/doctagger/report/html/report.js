/* doctagger reports: filter and page long tables. The page is complete without this script. */
(function () {
  'use strict';
  var PAGE = 100;

  function setUp(box) {
    var table = document.getElementById(box.getAttribute('data-filter-for'));
    if (!table || !table.tBodies.length) {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var input = box.querySelector('input');
    var select = box.querySelector('select');
    var pagers = [box].concat(Array.prototype.slice.call(
      document.querySelectorAll('[data-pager-for="' + table.id + '"]')));
    var page = 0;
    var matching = rows;

    function matches(row, query, category) {
      if (query && (row.getAttribute('data-text') || '').indexOf(query) < 0) {
        return false;
      }
      return !category || (' ' + (row.getAttribute('data-cats') || '') + ' ').indexOf(' ' + category + ' ') >= 0;
    }

    function show() {
      var from = page * PAGE;
      var to = Math.min(matching.length, from + PAGE);
      rows.forEach(function (row) {
        row.hidden = true;
        row.classList.remove('match');
      });
      matching.forEach(function (row, i) {
        row.classList.add('match');
        row.hidden = i < from || i >= to;
      });
      var text = matching.length === 0 ? 'no matching rows'
        : 'rows ' + (from + 1) + '\u2013' + to + ' of ' + matching.length
          + (matching.length < rows.length ? ' matching (' + rows.length + ' in the table)' : '');
      pagers.forEach(function (pager) {
        pager.querySelector('.count').textContent = text;
        pager.querySelector('.prev').disabled = page === 0;
        pager.querySelector('.next').disabled = to >= matching.length;
        pager.hidden = pager !== box && matching.length <= PAGE;
      });
    }

    function turn(step, pager) {
      var last = Math.max(0, Math.ceil(matching.length / PAGE) - 1);
      var wanted = Math.min(last, Math.max(0, page + step));
      if (wanted !== page) {
        page = wanted;
        show();
        if (pager !== box) {
          box.scrollIntoView();
        }
      }
    }

    function filter() {
      var query = input.value.trim().toLowerCase();
      var category = select ? select.value : '';
      matching = rows.filter(function (row) { return matches(row, query, category); });
      page = 0;
      show();
    }

    input.addEventListener('input', filter);
    if (select) {
      select.addEventListener('change', filter);
    }
    pagers.forEach(function (pager) {
      pager.querySelector('.prev').addEventListener('click', function () { turn(-1, pager); });
      pager.querySelector('.next').addEventListener('click', function () { turn(1, pager); });
    });
    box.hidden = false;
    filter();
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-filter-for]'), setUp);
  document.documentElement.setAttribute('data-js', 'ok');
}());
