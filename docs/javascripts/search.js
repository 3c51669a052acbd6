// SMA Talks Digest: two fixes for Material's header search. Loaded in <head>,
// before Material's bundle, so that the bundle's first fetch passes through here.
(function () {
  "use strict";
  var INPUT = "input.md-search__input";
  var TOGGLE = "__search";

  // 1. The index (every page's text, megabytes at a thousand articles) is fetched
  //    only once the reader opens the search: Material asks for it on every page
  //    view. Until then its request waits here, and so does its search worker.
  var open;
  var opened = new Promise(function (resolve) { open = resolve; });
  if (new URLSearchParams(location.search).has("q")) open();  // a shared search link
  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches(INPUT)) open();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === TOGGLE && event.target.checked) open();
  });

  // Material's bundle asks with XMLHttpRequest: open() notes the address, send() waits.
  var INDEX = /\/search\/search_index\.json$/;
  var openRequest = XMLHttpRequest.prototype.open;
  var sendRequest = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, address) {
    this.ndIndex = INDEX.test(new URL(String(address), location.href).pathname);
    return openRequest.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.ndIndex) return sendRequest.apply(this, arguments);
    var request = this, args = arguments;
    opened.then(function () { sendRequest.apply(request, args); });
  };

  // 2. Material reads the query on keyup only. Text that arrives without one
  //    (Korean, Japanese or Chinese from an input method, a paste from the menu,
  //    dictation, autofill) was never searched: "방위비" showed "Type to start
  //    searching". Every input event now passes the query on as a keyup would.
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches(INPUT)) {
      event.target.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  });
})();
