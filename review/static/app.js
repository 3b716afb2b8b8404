// Review page: highlight the box of the focused field on the page image; Alt+A or Ctrl+Enter approves.
(function () {
  "use strict";
  function highlight(el) {
    document.querySelectorAll("rect.active").forEach(function (r) { r.classList.remove("active"); });
    document.querySelectorAll(".field.focused").forEach(function (f) { f.classList.remove("focused"); });
    if (!el || !el.dataset || !el.dataset.field) { return; }
    el.closest(".field").classList.add("focused");
    var boxes = document.querySelectorAll('rect[data-box="' + CSS.escape(el.dataset.field) + '"]');
    boxes.forEach(function (r) { r.classList.add("active"); });
    if (boxes.length) {
      boxes[0].scrollIntoView({block: "center", inline: "nearest", behavior: "auto"});
    }
  }
  document.addEventListener("focusin", function (ev) { highlight(ev.target); });
  document.addEventListener("DOMContentLoaded", function () { highlight(document.activeElement); });
  document.addEventListener("keydown", function (ev) {
    var ctrlEnter = (ev.ctrlKey || ev.metaKey) && ev.key === "Enter";
    var altA = ev.altKey && !ev.ctrlKey && !ev.metaKey && (ev.code === "KeyA" || ev.key === "a" || ev.key === "A");
    if (ctrlEnter || altA) {
      var btn = document.getElementById("approve");
      if (btn) { ev.preventDefault(); btn.click(); }
    }
  });
})();
