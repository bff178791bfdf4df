// Optional enhancement: on an article page, a button beside each speaker in the legend
// dims every other speaker's highlights. The page works the same without it.
(function () {
  "use strict";
  var text = document.querySelector(".article-text");
  var items = document.querySelectorAll(".legend__list li[data-speaker]");
  if (!text || !items.length) return;
  var current = null;
  function show(number) {
    current = current === number ? null : number;
    text.classList.toggle("is-focused", current !== null);
    text.querySelectorAll(".hl").forEach(function (hl) {
      hl.classList.toggle("is-focus", hl.getAttribute("data-speaker") === current);
    });
    items.forEach(function (item) {
      var button = item.querySelector("button");
      if (button) button.setAttribute("aria-pressed", String(item.getAttribute("data-speaker") === current));
    });
  }
  items.forEach(function (item) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Show only this speaker";
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () { show(item.getAttribute("data-speaker")); });
    item.appendChild(button);
  });
})();
