"use strict";
(function () {
  var table = document.querySelector("table.index");
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  function value(row, key) {
    var cell = row.querySelector("td[data-k='" + key + "']");
    var v = cell.getAttribute("data-v");
    return v === null ? cell.textContent : Number(v);
  }
  function sort(key, descending) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, key), y = value(b, key);
      var c = typeof x === "number" ? x - y : (x < y ? -1 : x > y ? 1 : 0);
      return descending ? -c : c;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    for (var i = 0; i < heads.length; i++) {
      heads[i].setAttribute("aria-sort", heads[i].getAttribute("data-k") === key ? (descending ? "descending" : "ascending") : "none");
    }
  }
  for (var i = 0; i < heads.length; i++) {
    heads[i].addEventListener("click", function (e) {
      var th = e.currentTarget;
      sort(th.getAttribute("data-k"), th.getAttribute("aria-sort") === "ascending");
    });
  }
  var only = document.getElementById("only-warnings");
  function filter() {
    Array.prototype.forEach.call(body.rows, function (row) {
      row.classList.toggle("hidden", only.checked && row.getAttribute("data-diagnostics") === "0");
    });
  }
  only.addEventListener("change", filter);
  // Opening a seed from the index opens its collapsed section.
  function reveal() {
    var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  window.addEventListener("hashchange", reveal);
  // "#sort=-quotes&warnings": a view that can be linked to (and tested headless).
  var state = /^#sort=(-?)([a-z]+)(&warnings)?$/.exec(location.hash);
  if (state) {
    sort(state[2], state[1] === "-");
    only.checked = !!state[3];
    filter();
  } else {
    reveal();
  }
  document.documentElement.setAttribute("data-script", "ran");
})();
