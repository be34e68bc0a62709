/* Keep ticked checklist items in this browser only (localStorage), never on the server.
   Without JavaScript the checklist is a plain list whose ticks are not kept. */
(function () {
  "use strict";
  var store;
  try {
    store = window.localStorage;
    store.setItem("upr-hub:test", "1");
    store.removeItem("upr-hub:test");
  } catch (error) {
    return;
  }
  var boxes = document.querySelectorAll("input[data-checklist-key]");
  Array.prototype.forEach.call(boxes, function (box) {
    var key = "upr-hub:checklist:" + box.getAttribute("data-checklist-key");
    box.checked = store.getItem(key) === "1";
    box.addEventListener("change", function () {
      if (box.checked) {
        store.setItem(key, "1");
      } else {
        store.removeItem(key);
      }
    });
  });
})();
