// Vecino: optional enhancements. Every page works without this file.
// - search suggestions from /api/v1/suggest (a <datalist>)
// - print buttons
// - "use my location" for the distance filter
// - the kiosk's idle warning and reset
(function () {
  "use strict";
  var body = document.body;
  var lang = body.getAttribute("data-lang") || "en";

  // Suggestions while typing.
  document.querySelectorAll("input[data-suggest]").forEach(function (input, i) {
    var list = document.createElement("datalist");
    list.id = "suggest-" + i;
    input.after(list);
    input.setAttribute("list", list.id);
    var timer = null, last = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || q === last) return;
      timer = setTimeout(function () {
        last = q;
        fetch("/api/v1/suggest?q=" + encodeURIComponent(q) + "&lang=" + encodeURIComponent(lang))
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren();
            (data.suggestions || []).forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.text;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 200);
    });
  });

  // Print buttons are hidden until script can press them.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Fill "near" from the device's location, only when asked.
  document.querySelectorAll("[data-locate]").forEach(function (button) {
    if (!navigator.geolocation) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (pos) {
        var near = document.getElementById("near");
        if (near) near.value = pos.coords.latitude.toFixed(4) + ", " + pos.coords.longitude.toFixed(4);
      });
    });
  });

  // Kiosk: warn after a while without a touch, then start over.
  var idle = parseInt(body.getAttribute("data-idle") || "0", 10);
  if (idle > 0) {
    var dialog = document.getElementById("idle");
    var keep = document.getElementById("idle-continue");
    var warnAfter = Math.max(1, idle - Math.min(20, Math.ceil(idle / 3))) * 1000;
    var warnTimer = null, resetTimer = null;
    var arm = function () {
      clearTimeout(warnTimer);
      clearTimeout(resetTimer);
      if (dialog) dialog.hidden = true;
      warnTimer = setTimeout(function () {
        if (dialog) { dialog.hidden = false; if (keep) keep.focus(); }
      }, warnAfter);
      resetTimer = setTimeout(function () { window.location.assign("/kiosk/reset"); }, idle * 1000);
    };
    ["pointerdown", "keydown", "touchstart", "scroll", "input"].forEach(function (type) {
      window.addEventListener(type, arm, { passive: true, capture: true });
    });
    if (keep) keep.addEventListener("click", arm);
    arm();
  }
})();
