// Progressive enhancement only: every page works without this file.
// 1. Copy buttons next to citations.  2. Instant results under the search box.
(function () {
  'use strict';

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      }, function () {
        button.textContent = 'Copy failed';
      });
    });
  });

  var input = document.querySelector('input[data-instant]');
  var box = document.getElementById('instant-results');
  if (!input || !box || !window.fetch) return;
  var endpoint = input.getAttribute('data-instant');
  var timer = null;
  var latest = 0;

  function clear() {
    box.hidden = true;
    box.textContent = '';
  }

  function show(data) {
    box.textContent = '';
    if (!data.results.length) { clear(); return; }
    var list = document.createElement('ul');
    data.results.forEach(function (quote) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = quote.permalink;
      var text = quote.text.length > 140 ? quote.text.slice(0, 139) + '…' : quote.text;
      link.appendChild(document.createTextNode('“' + text + '” '));
      var who = document.createElement('span');
      who.className = 'who';
      who.textContent = '— ' + (quote.speakerName || 'Unattributed');
      link.appendChild(who);
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    box.hidden = false;
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { clear(); return; }
    timer = setTimeout(function () {
      var ticket = ++latest;
      fetch(endpoint + '?limit=5&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && ticket === latest) show(data); })
        .catch(clear);
    }, 200);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') clear();
  });
  document.addEventListener('click', function (event) {
    if (!box.contains(event.target) && event.target !== input) clear();
  });
})();
