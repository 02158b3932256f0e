// Progressive enhancement only: every page works without this file (the forms are plain GET forms).
// 1. Copy buttons next to citations, on any deployment.  2. The filters panel folded on small screens.
// 3. Instant search: results, counts and facets follow the form as it changes, and the address follows them.
// 4. Suggestions under the search box as an ARIA 1.2 combobox.
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  // ---- 1. Copy buttons --------------------------------------------------------------------------------------

  /** Copies through a hidden textarea: for plain-http hosts, where navigator.clipboard does not exist. */
  function copyWithTextarea(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-buffer';
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (error) {
      // Some browsers throw instead of returning false; either way the person is asked to copy by hand.
      copied = false;
    }
    area.remove();
    return copied;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () {
          return true;
        },
        function () {
          return copyWithTextarea(text);
        },
      );
    }
    return Promise.resolve(copyWithTextarea(text));
  }

  /** Selects the text of an element so the person can copy it with the keyboard. */
  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  var copyKey = /Mac|iPhone|iPad/.test(navigator.platform || '') ? '⌘C' : 'Ctrl+C';
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var target = document.getElementById(button.getAttribute('data-copy'));
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      copyText(target.textContent.trim()).then(function (copied) {
        if (copied) {
          button.textContent = 'Copied';
          setTimeout(function () {
            button.textContent = 'Copy';
          }, 2000);
        } else {
          selectText(target);
          button.textContent = 'Selected: press ' + copyKey;
        }
      });
    });
  });

  // ---- 2. Filters panel -------------------------------------------------------------------------------------

  var panel = document.getElementById('filters-panel');
  if (panel && window.matchMedia) {
    var small = window.matchMedia('(max-width: 48rem)');
    // Folded above the results on a phone (its summary says how many filters are on); always open on a desktop.
    panel.open = !small.matches;
    var follow = function () {
      if (!small.matches) panel.open = true;
    };
    if (small.addEventListener) small.addEventListener('change', follow);
  }

  // ---- 3. Instant search ------------------------------------------------------------------------------------

  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  if (!form || !input || !window.fetch || !window.AbortController) return;
  var fragmentPath = form.getAttribute('data-fragment');
  var status = document.getElementById('search-status');
  var DEBOUNCE_MS = 200;

  /** The form's state as a query string, empty fields left out (as the server's own links do). */
  function formQuery() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, name === 'q' ? value.trim() : value);
    });
    return params.toString();
  }

  var searchTimer = null;
  var searchSeq = 0;
  var searchAbort = null;
  var shownQuery = formQuery();

  function scheduleSearch(delay) {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, delay);
  }

  function runSearch() {
    clearTimeout(searchTimer);
    var query = formQuery();
    if (query === shownQuery) return;
    // Only the newest request may change the page: older ones are aborted, and a late answer is dropped.
    var seq = ++searchSeq;
    if (searchAbort) searchAbort.abort();
    searchAbort = new AbortController();
    form.setAttribute('aria-busy', 'true');
    fetch(fragmentPath + (query ? '?' + query : ''), { signal: searchAbort.signal, headers: { Accept: 'text/html' } })
      .then(function (response) {
        return response.text().then(function (html) {
          return { ok: response.ok, html: html };
        });
      })
      .then(function (answer) {
        if (seq !== searchSeq) return;
        form.removeAttribute('aria-busy');
        if (answer.ok) showResults(answer.html, query);
        else showError(answer.html);
      })
      .catch(function (error) {
        if (error.name === 'AbortError' || seq !== searchSeq) return;
        form.removeAttribute('aria-busy');
        showError(null);
      });
  }

  function parseHtml(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  /** Puts the new results and facets in place, keeping focus on the same facet box and "more" folded as it was. */
  function showResults(html, query) {
    var fragment = parseHtml(html);
    var meta = fragment.getElementById('fragment-meta');
    var results = fragment.getElementById('results');
    var facets = fragment.getElementById('facet-fields');
    if (!meta || !results || !facets) {
      showError(null);
      return;
    }
    var oldFacets = document.getElementById('facet-fields');
    var focused = document.activeElement;
    var focusKey = focused && oldFacets.contains(focused) && focused.name ? [focused.name, focused.value] : null;
    var moreWasOpen = !!oldFacets.querySelector('details.facet-more[open]');
    oldFacets.replaceWith(facets);
    var moreNow = facets.querySelector('details.facet-more');
    if (moreNow && moreWasOpen) moreNow.open = true;
    if (focusKey) {
      var same = Array.prototype.find.call(facets.querySelectorAll('input'), function (el) {
        return el.name === focusKey[0] && el.value === focusKey[1];
      });
      if (same) same.focus();
    }
    document.getElementById('results').replaceWith(results);
    document.title = meta.getAttribute('data-title');
    var activeFilters = Number(meta.getAttribute('data-active'));
    var count = panel && panel.querySelector('summary .active-count');
    if (panel && !count) {
      count = document.createElement('span');
      count.className = 'active-count';
      panel.querySelector('summary').appendChild(count);
    }
    if (count) count.textContent = activeFilters ? ' (' + activeFilters + ' on)' : '';
    if (status) status.textContent = meta.getAttribute('data-summary');
    shownQuery = query;
    history.replaceState(null, '', form.getAttribute('action') + (query ? '?' + query : ''));
  }

  /** A search the server refused (a 400 naming the field) or that failed: said above the last results. */
  function showError(html) {
    var message = 'The search could not be run. Press Search to try again.';
    if (html) {
      var page = parseHtml(html).querySelector('.error-page p');
      if (page && page.textContent.trim()) message = page.textContent.trim();
    }
    var results = document.getElementById('results');
    var note = results.querySelector('.search-error');
    if (!note) {
      note = document.createElement('p');
      note.className = 'search-error';
      note.setAttribute('role', 'alert');
      results.insertBefore(note, results.firstChild);
    }
    note.textContent = message;
    shownQuery = null;
  }

  form.addEventListener('change', function (event) {
    if (event.target !== input) scheduleSearch(DEBOUNCE_MS);
  });
  // A typed filter (the speaker's name) follows keystrokes like the search box does.
  form.addEventListener('input', function (event) {
    if (event.target !== input && event.target.type === 'text') scheduleSearch(DEBOUNCE_MS);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    closeSuggestions();
    shownQuery = null;
    runSearch();
  });

  // ---- 4. Suggestions: an ARIA 1.2 combobox -----------------------------------------------------------------

  var list = document.getElementById('suggestions');
  var quotesPath = input.getAttribute('data-suggest');
  var speakersPath = input.getAttribute('data-suggest-speakers');
  var suggestTimer = null;
  var suggestSeq = 0;
  var suggestAbort = null;
  var active = -1;
  var SHOWN_CHARS = 140;

  if (list) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
  }

  function options() {
    return list ? list.querySelectorAll('[role="option"]') : [];
  }

  function closeSuggestions() {
    clearTimeout(suggestTimer);
    suggestSeq++;
    if (suggestAbort) suggestAbort.abort();
    if (!list) return;
    list.hidden = true;
    list.textContent = '';
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function setActive(index) {
    var all = options();
    active = index;
    for (var i = 0; i < all.length; i++) all[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
    if (index >= 0 && all[index]) {
      input.setAttribute('aria-activedescendant', all[index].id);
      all[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  /** Appends `text` to `parent` with the given ranges marked; text only, never parsed as HTML. */
  function appendMarked(parent, text, ranges) {
    var at = 0;
    ranges.forEach(function (r) {
      var start = Math.max(at, r.start);
      var end = Math.min(text.length, r.end);
      if (end <= start) return;
      if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parent.appendChild(mark);
      at = end;
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function fold(ch) {
    var f = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    return f.length === 1 ? f : ch.toLowerCase().charAt(0);
  }

  /** Where the typed words occur in a name (case- and accent-insensitive), as ranges to mark. */
  function nameRanges(name, typed) {
    var folded = Array.prototype.map.call(name, fold).join('');
    var ranges = [];
    typed.split(/\s+/).forEach(function (word) {
      var w = Array.prototype.map.call(word, fold).join('');
      var at = w ? folded.indexOf(w) : -1;
      if (at >= 0) ranges.push({ start: at, end: at + w.length });
    });
    return ranges.sort(function (a, b) {
      return a.start - b.start;
    });
  }

  function addOption(href, build) {
    var item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.id = 'suggestion-' + options().length;
    item.setAttribute('aria-selected', 'false');
    item.setAttribute('data-href', href);
    build(item);
    list.appendChild(item);
  }

  function showSuggestions(speakers, quotes, typed) {
    list.textContent = '';
    active = -1;
    speakers.forEach(function (speaker) {
      addOption(
        speaker.url ? new URL(speaker.url, location.href).pathname : '/speakers/' + encodeURIComponent(speaker.id),
        function (item) {
          item.className = 'suggestion-speaker';
          var kind = document.createElement('span');
          kind.className = 'suggestion-kind';
          kind.textContent = 'Speaker: ';
          item.appendChild(kind);
          appendMarked(item, speaker.name, nameRanges(speaker.name, typed));
        },
      );
    });
    quotes.forEach(function (quote) {
      addOption(new URL(quote.permalink, location.href).pathname, function (item) {
        item.className = 'suggestion-quote';
        var text = quote.text.length > SHOWN_CHARS ? quote.text.slice(0, SHOWN_CHARS - 1) + '…' : quote.text;
        var ranges = (quote.highlights || []).filter(function (r) {
          return r.start < SHOWN_CHARS - 1;
        });
        item.appendChild(document.createTextNode('“'));
        appendMarked(item, text, ranges);
        item.appendChild(document.createTextNode('” '));
        var who = document.createElement('span');
        who.className = 'who';
        who.textContent = '— ' + (quote.speakerName || 'Unattributed');
        item.appendChild(who);
      });
    });
    var any = options().length > 0;
    list.hidden = !any;
    input.setAttribute('aria-expanded', any ? 'true' : 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function getJson(url, signal) {
    return fetch(url, { signal: signal, headers: { Accept: 'application/json' } }).then(function (r) {
      return r.ok ? r.json() : null;
    });
  }

  function fetchSuggestions() {
    var typed = input.value.trim();
    if (typed.length < 2) {
      closeSuggestions();
      return;
    }
    var seq = ++suggestSeq;
    if (suggestAbort) suggestAbort.abort();
    suggestAbort = new AbortController();
    var signal = suggestAbort.signal;
    Promise.all([
      getJson(quotesPath + '?limit=5&q=' + encodeURIComponent(typed), signal),
      // Speakers match on name or alias; a phrase or an exclusion is not a name.
      /["-]/.test(typed) ? null : getJson(speakersPath + '?limit=3&q=' + encodeURIComponent(typed), signal),
    ])
      .then(function (answers) {
        if (seq !== suggestSeq || document.activeElement !== input) return;
        var quotes = answers[0] && answers[0].results ? answers[0].results : [];
        var speakers = answers[1] && answers[1].results ? answers[1].results.slice(0, 3) : [];
        showSuggestions(speakers, quotes, typed);
      })
      .catch(function (error) {
        if (error.name !== 'AbortError' && seq === suggestSeq) closeSuggestions();
      });
  }

  input.addEventListener('input', function () {
    scheduleSearch(DEBOUNCE_MS);
    clearTimeout(suggestTimer);
    if (!list) return;
    if (input.value.trim().length < 2) {
      closeSuggestions();
      return;
    }
    suggestTimer = setTimeout(fetchSuggestions, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', function (event) {
    if (!list) return;
    var count = options().length;
    var open = !list.hidden && count > 0;
    if (event.key === 'ArrowDown') {
      if (!count) return;
      event.preventDefault();
      if (!open) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        setActive(0);
        return;
      }
      setActive(active + 1 >= count ? 0 : active + 1);
    } else if (event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      if (open && active >= 0) {
        event.preventDefault();
        location.assign(options()[active].getAttribute('data-href'));
      } else {
        closeSuggestions();
      }
    } else if (event.key === 'Escape') {
      if (open) {
        // Closes the list and keeps what was typed (the browser would otherwise clear a search box).
        event.preventDefault();
        closeSuggestions();
      }
    } else if (event.key === 'Tab') {
      closeSuggestions();
    }
  });

  if (list) {
    // mousedown, not click: the input keeps focus, and the option is taken before any blur closes the list.
    list.addEventListener('mousedown', function (event) {
      var option = event.target.closest('[role="option"]');
      if (!option) return;
      event.preventDefault();
      location.assign(option.getAttribute('data-href'));
    });
    document.addEventListener('click', function (event) {
      if (!list.contains(event.target) && event.target !== input) closeSuggestions();
    });
  }
})();
