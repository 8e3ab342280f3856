/* The back office's widgets named for screen readers.
 *
 * Django's select2 autocomplete and "filter horizontal" widgets build their
 * controls in JavaScript without an accessible name; here each one gets the
 * text of its field's <label>. Runs on load and whenever an inline row is
 * added. Without JavaScript these widgets are plain, labelled <select>s.
 */
(function () {
  "use strict";

  function labelText(select) {
    const label = select.id && document.querySelector(`label[for="${select.id}"]`);
    return label ? label.textContent.replace(/[:*]\s*$/, "").trim() : "";
  }

  function nameAutocompletes(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach((select) => {
      const name = labelText(select);
      const container = select.nextElementSibling;
      if (!name || !container || !container.classList.contains("select2")) {
        return;
      }
      container.querySelectorAll(
        ".select2-selection, .select2-search__field, [role=textbox]"
      )
        .forEach((control) => control.setAttribute("aria-label", name));
      // The list of chosen items also holds the search box, which is no
      // list item: present it as a group, not a malformed list.
      container.querySelectorAll("ul.select2-selection__rendered")
        .forEach((list) => list.setAttribute("role", "presentation"));
    });
  }

  function fixFilterIcons(root) {
    // SelectFilter2 names a plain <span> with aria-label, which ARIA allows
    // only on elements with a role; that name is also the search box's
    // label, so the icon becomes an image that carries it.
    root.querySelectorAll("span.search-label-icon[aria-label]").forEach((icon) => {
      icon.setAttribute("role", "img");
    });
  }

  function fixAll() {
    nameAutocompletes(document);
    fixFilterIcons(document);
  }

  window.addEventListener("load", fixAll);
  document.addEventListener("formset:added", fixAll);
  // select2 builds (and rebuilds) its controls whenever its script gets to
  // it, which on a busy machine may be after "load": name them as they come.
  // Only attributes are set here, so this never triggers itself.
  document.addEventListener("DOMContentLoaded", () => {
    new MutationObserver(fixAll).observe(document.body, {
      childList: true,
      subtree: true,
    });
  });
  document.addEventListener("change", (event) => {
    if (event.target.matches && event.target.matches("select.admin-autocomplete")) {
      nameAutocompletes(document);
    }
  });
})();
