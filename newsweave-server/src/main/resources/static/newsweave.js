// newsweave web UI: live updates over Server-Sent Events. No dependencies, no inline scripts.
(function () {
  "use strict";
  var body = document.body;
  var mode = body.getAttribute("data-live");
  if (!mode || !window.EventSource) { return; }
  var story = body.getAttribute("data-story");
  var url = "/api/events" + (mode === "story" && story ? "?story=" + encodeURIComponent(story) : "");
  var banner = document.getElementById("live");
  var known = null;
  var source = new EventSource(url);
  function show(text) {
    banner.textContent = text;
    banner.hidden = false;
  }
  banner.addEventListener("click", function () { window.location.reload(); });
  source.addEventListener("hello", function (e) {
    var data = JSON.parse(e.data);
    if (known === null) { known = data.articles; }
  });
  source.addEventListener("articles", function (e) {
    var data = JSON.parse(e.data);
    var fresh = known === null ? 0 : data.articles - known;
    if (fresh > 0) { show(fresh + (fresh === 1 ? " new article" : " new articles") + " — click to refresh"); }
  });
  source.addEventListener("story", function () {
    show("This story has new articles — click to refresh");
  });
  window.addEventListener("beforeunload", function () { source.close(); });
})();
