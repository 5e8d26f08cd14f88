// The filters of a faceted search (the motion bank, the agenda): progressive enhancement
// of a plain GET form marked data-filters. Without JavaScript the form works as it is:
// the filters sit in a <details> disclosure (closed, so a phone shows the results
// first) and "Filters toepassen" applies them.
// With JavaScript:
// - on a wide screen the disclosure opens: the filters stand in the sidebar;
// - ticking a checkbox or a radio button applies it at once (the form is submitted;
//   dates and words still wait for a button or Enter, since they change while typed).
//   A note in the disclosure (data-filters-hint) says so. On the new page the focus
//   returns to the same option, and a live region reads out the new number of results.
// No inline scripts: loaded with defer, so the strict CSP holds.
(function () {
    "use strict";
    const KEY = "clb-filters-focus";
    const WIDE = window.matchMedia("(min-width: 60rem)");
    const INSTANT = "input[type=checkbox], input[type=radio]";

    function remembered() {
        try {
            const saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
            sessionStorage.removeItem(KEY);
            return saved && saved.path === location.pathname ? saved : null;
        } catch (error) {
            return null;  // storage switched off: no focus to restore
        }
    }

    function remember(control) {
        try {
            sessionStorage.setItem(KEY, JSON.stringify({ path: location.pathname, id: control.id }));
        } catch (error) {
            /* storage switched off: the page still updates */
        }
    }

    function announce(form) {
        const count = document.querySelector("[data-filters-count]");
        if (!count) return;
        const region = document.createElement("p");
        region.className = "visually-hidden";
        region.setAttribute("role", "status");
        form.appendChild(region);
        // Filled after a moment, so screen readers notice the change.
        // The attribute holds the words to say when the element says more than that.
        const words = count.dataset.filtersCount || count.textContent.trim();
        setTimeout(function () { region.textContent = words; }, 250);
    }

    document.querySelectorAll("form[data-filters]").forEach(function (form) {
        const disclosure = form.querySelector("[data-filters-disclosure]");
        if (!disclosure) return;
        form.classList.add("filters--instant");
        form.querySelectorAll("[data-filters-hint]").forEach(function (hint) { hint.hidden = false; });

        if (WIDE.matches) disclosure.open = true;
        WIDE.addEventListener("change", function (event) {
            if (event.matches) disclosure.open = true;
        });

        form.addEventListener("change", function (event) {
            const control = event.target;
            if (!control.matches(INSTANT) || !disclosure.contains(control)) return;
            remember(control);
            if (form.requestSubmit) form.requestSubmit();
            else form.submit();
        });

        const saved = remembered();
        if (saved) {
            // Back on the page after a filter applied: where the person was, open.
            const control = saved.id && document.getElementById(saved.id);
            disclosure.open = true;
            const target = control && disclosure.contains(control) ? control : disclosure.querySelector("summary");
            target.focus();
            announce(form);
        }
    });
})();
