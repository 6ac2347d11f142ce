/* The document page: bring the evidence of the event in the URL into view. */
(function () {
  "use strict";
  var focus = document.querySelector("mark.focus") || (location.hash ? document.getElementById(location.hash.slice(1)) : null);
  if (focus) {
    focus.classList.add("focus");
    focus.scrollIntoView({block: "center"});
  }
}());
