// A motion's "Afdrukken" button and its permanent link (templates/motionbank/includes/
// share_bar.html). Without JavaScript the button stays hidden and the hint beside it says
// how to print with the browser; the print stylesheet prints the motion alone either way.
(function () {
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
        const hint = button.closest(".motion-share");
        const text = hint && hint.querySelector("[data-print-hint]");
        if (text) text.hidden = true;
    });
    document.querySelectorAll("[data-select-on-focus]").forEach(function (field) {
        field.addEventListener("focus", function () { field.select(); });
    });
})();
