// prr's client-side search: progressive enhancement for search.html.
// Loads search-index.json (or, where it cannot be fetched, as from file://,
// reads the list of reviews already on the page), filters as the reader
// types and builds results with textContent only: no library, no HTML strings.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var all = document.getElementById("search-all");
  var allSection = document.getElementById("search-all-section");
  if (!form || !input || !results || !status || !all) { return; }
  document.documentElement.classList.add("search-js");
  var pages = null;
  var limit = 50;

  function fromList() {
    var items = all.querySelectorAll("li");
    var list = [];
    for (var i = 0; i < items.length; i++) {
      var link = items[i].querySelector("a");
      if (!link) { continue; }
      list.push({ url: link.getAttribute("href"), title: link.textContent, service: "",
                  headings: [], text: items[i].getAttribute("data-search") || "" });
    }
    return list;
  }

  function haystack(page) {
    return [page.service, page.title, page.owner, page.tier ? "tier " + page.tier : "", page.status,
            page.readiness, (page.headings || []).join(" "), page.text].join(" ").toLowerCase();
  }

  function score(page, terms) {
    var text = page.haystack || (page.haystack = haystack(page));
    var head = ((page.service || "") + " " + (page.title || "")).toLowerCase();
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      if (text.indexOf(terms[i]) < 0) { return 0; }
      total += head.indexOf(terms[i]) >= 0 ? 10 : 1;
      if ((page.service || "").toLowerCase() === terms[i]) { total += 100; }
    }
    return total;
  }

  function render(query) {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var terms = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0 || !pages) {
      results.hidden = true;
      status.textContent = "";
      if (allSection) { allSection.hidden = false; }
      return;
    }
    var found = [];
    for (var i = 0; i < pages.length; i++) {
      var s = score(pages[i], terms);
      if (s > 0) { found.push({ page: pages[i], score: s }); }
    }
    found.sort(function (a, b) {
      return b.score - a.score || (a.page.title < b.page.title ? -1 : a.page.title > b.page.title ? 1 : 0);
    });
    var shown = found.slice(0, limit);
    shown.forEach(function (hit) {
      var page = hit.page;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = prefix + page.url;
      link.textContent = page.title;
      item.appendChild(link);
      var facts = [page.service, page.tier ? "Tier " + page.tier : "", page.status, page.readiness, page.owner]
        .filter(function (f) { return f; }).join(" · ");
      if (facts) {
        var meta = document.createElement("span");
        meta.className = "muted";
        meta.textContent = " · " + facts;
        item.appendChild(meta);
      }
      if (page.text && page.service) {
        var excerpt = document.createElement("p");
        excerpt.className = "search-excerpt";
        excerpt.textContent = page.text;
        item.appendChild(excerpt);
      }
      results.appendChild(item);
    });
    results.hidden = shown.length === 0;
    if (allSection) { allSection.hidden = true; }
    status.textContent = found.length === 0 ? "No reviews match \u201c" + query + "\u201d."
      : found.length + (found.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d" +
        (found.length > limit ? ", showing the first " + limit : "") + ".";
  }

  // search.html sits at the site's root, so index URLs are used as they are.
  var prefix = "";

  function links() { return results.querySelectorAll("a"); }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    render(input.value);
    var first = links()[0];
    if (first) { window.location.href = first.href; }
  });
  input.addEventListener("input", function () { render(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && links().length > 0) { event.preventDefault(); links()[0].focus(); }
  });
  results.addEventListener("keydown", function (event) {
    var list = Array.prototype.slice.call(links());
    var at = list.indexOf(document.activeElement);
    if (at < 0) { return; }
    if (event.key === "ArrowDown" && at + 1 < list.length) { event.preventDefault(); list[at + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (at === 0 ? input : list[at - 1]).focus(); }
  });

  function start(list) {
    pages = list;
    var query = new URLSearchParams(window.location.search).get("q") || "";
    if (query && !input.value) { input.value = query; }
    render(input.value);
  }

  var source = form.getAttribute("data-index");
  if (window.fetch && source && window.location.protocol !== "file:") {
    fetch(source).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (index) { start(index.pages || []); }, function () { start(fromList()); });
  } else {
    start(fromList());
  }
})();
