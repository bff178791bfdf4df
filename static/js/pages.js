// Optional enhancement: on an article page, a button beside each speaker in the legend
// dims every other speaker's highlights. The page works the same without it.
(function () {
  "use strict";
  var text = document.querySelector(".article-text");
  var items = document.querySelectorAll(".legend__list li[data-speaker]");
  if (!text || !items.length) return;
  var current = null;
  var SHOW_ONLY = "Show only this speaker";
  var SHOW_ALL = "Show all speakers";
  function show(number) {
    current = current === number ? null : number;
    text.classList.toggle("is-focused", current !== null);
    text.querySelectorAll(".hl").forEach(function (hl) {
      hl.classList.toggle("is-focus", hl.getAttribute("data-speaker") === current);
    });
    items.forEach(function (item) {
      var button = item.querySelector("button");
      if (!button) return;
      var pressed = item.getAttribute("data-speaker") === current;
      button.setAttribute("aria-pressed", String(pressed));
      button.textContent = pressed ? SHOW_ALL : SHOW_ONLY;
    });
  }
  items.forEach(function (item) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = SHOW_ONLY;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () { show(item.getAttribute("data-speaker")); });
    item.appendChild(button);
  });
})();
