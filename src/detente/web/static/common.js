/* detente: helpers every page shares. Data from the server is only ever written with textContent. */
(function () {
  "use strict";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];
  var SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /* "1933" -> "1933", "1933-11" -> "November 1933", "1933-11-16" -> "16 November 1933", "1939/1941" -> "1939–1941",
     "194" -> "1940s", "19" -> "20th century": a date says no more than the text did. */
  function dateLabel(date) {
    if (!date) { return "undated"; }
    if (date.indexOf("/") !== -1) {
      var parts = date.split("/");
      return dateLabel(parts[0]) + "–" + dateLabel(parts[1]);
    }
    if (/^\d{3}$/.test(date)) { return date + "0s"; }
    if (/^\d{2}$/.test(date)) { return ordinal(parseInt(date, 10) + 1) + " century"; }
    var m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
    if (!m) { return date; }
    if (m[3]) { return parseInt(m[3], 10) + " " + MONTHS[parseInt(m[2], 10) - 1] + " " + m[1]; }
    if (m[2]) { return MONTHS[parseInt(m[2], 10) - 1] + " " + m[1]; }
    return m[1];
  }

  /* 1 -> "1st", 2 -> "2nd", 11 -> "11th", 21 -> "21st". */
  function ordinal(n) {
    var suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : ({1: "st", 2: "nd", 3: "rd"}[n % 10] || "th");
    return n + suffix;
  }

  /* A URL or file name as a reader should see it: direction controls written out, not obeyed
     ("\u202etxt.exe" would read "exe.txt"); as display.plain_address on the server. */
  function address(text) {
    return String(text || "").replace(/[\u202a-\u202e\u2066-\u2069]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  }

  /* An element with a class and text; children appended as given. Never parses HTML. */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    for (var i = 3; i < arguments.length; i++) {
      if (arguments[i]) { node.appendChild(arguments[i]); }
    }
    return node;
  }

  /* A link to a path of this site only: anything else (javascript:, other hosts) is refused. */
  function link(path, text, className) {
    var a = el("a", className || "", text);
    if (typeof path === "string" && path.charAt(0) === "/" && path.charAt(1) !== "/") { a.setAttribute("href", path); }
    return a;
  }

  function getJSON(url) {
    return fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"}).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          var message = body && body.error ? body.error.message : response.statusText;
          throw new Error(message);
        }
        return body;
      });
    });
  }

  window.detente = {dateLabel: dateLabel, address: address, el: el, link: link, getJSON: getJSON, MONTHS: MONTHS, SHORT: SHORT};
}());
