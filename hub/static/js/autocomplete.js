/* Suggest page titles under search boxes as the reader types (progressive enhancement).
   Without JavaScript the boxes are plain search fields. Suggestions come from this site
   only, after a short pause in typing, and fill the field's native <datalist>. */
(function () {
  "use strict";
  if (!window.fetch) {
    return;
  }
  var inputs = document.querySelectorAll("input[data-autocomplete][list]");
  Array.prototype.forEach.call(inputs, function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      var text = input.value.trim();
      window.clearTimeout(timer);
      if (text.length < 2 || text === last) {
        return;
      }
      timer = window.setTimeout(function () {
        last = text;
        var url = input.getAttribute("data-autocomplete") + "?q=" + encodeURIComponent(text);
        fetch(url, { credentials: "omit", headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.results.forEach(function (result) {
              var option = document.createElement("option");
              option.value = result.title;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 250);
    });
  });
})();
