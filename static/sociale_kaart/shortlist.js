/* Bewaarlijst: "copy link" and "print" buttons; without JavaScript the link can
   be selected by hand and the browser's own print command works. */
(function () {
  "use strict";
  var copy = document.getElementById("kopieer-link");
  var print = document.getElementById("druk-af");
  var field = document.getElementById("deellink");
  var status = document.getElementById("kopieer-status");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  if (copy && field && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        status.textContent = copy.dataset.copied;
      });
    });
  }
}());
