/* Warn two minutes before an idle back-office session ends, and offer to stay.
 *
 * The session ends STAFF_SESSION_IDLE_MINUTES after the last request (see
 * lansingerland.middleware); the minutes come from this script tag's
 * data-idle-minutes. "Ingelogd blijven" makes a request, which extends the
 * session. Without JavaScript nothing is lost either: a form sent after the
 * end is kept and shown again after logging in (lansingerland.drafts).
 */
(function () {
  "use strict";

  const script = document.currentScript;
  const idleMinutes = Number(script && script.dataset.idleMinutes);
  if (!idleMinutes) {
    return;
  }
  const warnBefore = Math.min(2, idleMinutes / 2) * 60 * 1000;
  let warnTimer;
  let endTimer;
  let box;

  function show(text, withButton) {
    if (!box) {
      box = document.createElement("div");
      box.className = "lansingerland-session-warning";
      box.setAttribute("role", "alert");
      (document.getElementById("content") || document.body).prepend(box);
    }
    box.replaceChildren();
    const message = document.createElement("p");
    message.textContent = text;
    box.append(message);
    if (withButton) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button";
      button.textContent = script.dataset.stayText;
      button.addEventListener("click", stay);
      box.append(button);
      button.focus();
    }
  }

  function stay() {
    fetch(window.location.href, {method: "HEAD", credentials: "same-origin"})
      .then(() => {
        box.remove();
        box = null;
        start();
      });
  }

  function start() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(
      () => show(script.dataset.warningText, true),
      idleMinutes * 60 * 1000 - warnBefore,
    );
    endTimer = setTimeout(
      () => show(script.dataset.endedText, false),
      idleMinutes * 60 * 1000,
    );
  }

  start();
})();
