// Vecino: optional enhancements. Every page works without this file.
// - search suggestions from /api/v1/suggest (a <datalist>)
// - print buttons
// - "use my location" for the distance filter
// - the kiosk's idle warning and reset, and kiosk pages that replace each other in the
//   browser's history, so that after a reset Back cannot show the last person's pages
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

  // Kiosk: each page replaces the one before it in the browser's history, so the history
  // never holds what one person looked at; starting over (the button or the idle timer) is a
  // POST from this page that makes the browser forget this site's data, then a fresh home
  // page that replaces the current one. Back after a reset cannot reach the last person's
  // pages or searches.
  var kiosk = body.classList.contains("kiosk");
  var startOver = function () {
    var form = document.querySelector("form[data-kiosk-reset]");
    var data = new URLSearchParams();
    data.set("from", "kiosk");
    var home = function () { window.location.replace("/kiosk/"); };
    fetch(form ? form.action : "/kiosk/reset", {
      method: "POST",
      body: data,
      credentials: "same-origin",
      cache: "no-store",
    }).then(home, home);
  };
  if (kiosk) {
    var inKiosk = function (url) {
      return url.origin === window.location.origin && url.pathname.indexOf("/kiosk/") === 0 &&
        url.pathname !== "/kiosk/reset";
    };
    document.addEventListener("click", function (e) {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      var a = e.target.closest ? e.target.closest("a[href]") : null;
      if (!a || a.target) return;
      var url = new URL(a.getAttribute("href"), window.location.href);
      if (!inKiosk(url)) return;
      var here = window.location;
      if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
      e.preventDefault();
      window.location.replace(url.href);
    });
    document.addEventListener("submit", function (e) {
      var form = e.target;
      if (e.defaultPrevented) return;
      if (form.hasAttribute("data-kiosk-reset")) {
        e.preventDefault();
        startOver();
        return;
      }
      var url = new URL(form.getAttribute("action") || "", window.location.href);
      if (!inKiosk(url)) return;
      if ((form.getAttribute("method") || "get").toLowerCase() === "post") {
        // A report: posted from here, and its answer (the page's main part) replaces this
        // page's in place, so no history entry holds the listing it was about.
        e.preventDefault();
        fetch(url.href, {
          method: "POST",
          body: new URLSearchParams(new FormData(form)),
          credentials: "same-origin",
          cache: "no-store",
        }).then(function (r) { return r.text(); }).then(function (html) {
          var answer = new DOMParser().parseFromString(html, "text/html");
          var main = document.querySelector("main");
          var got = answer.querySelector("main");
          if (!main || !got) throw new Error("no main");
          document.title = answer.title;
          main.replaceWith(document.adoptNode(got));
          window.scrollTo(0, 0);
        }).catch(function () { form.submit(); });
        return;
      }
      e.preventDefault();
      var data = new FormData(form);
      if (e.submitter && e.submitter.name) data.append(e.submitter.name, e.submitter.value);
      url.search = new URLSearchParams(data).toString();
      window.location.replace(url.href);
    });
  }

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
      resetTimer = setTimeout(startOver, idle * 1000);
    };
    ["pointerdown", "keydown", "touchstart", "scroll", "input"].forEach(function (type) {
      window.addEventListener(type, arm, { passive: true, capture: true });
    });
    if (keep) keep.addEventListener("click", arm);
    arm();
  }
})();
