// The motion bank's "Kopieer tekst" button. Without JavaScript the button stays hidden
// and the text can be selected and copied from the read-only field by hand.
// No inline scripts: this file is loaded with defer, so a strict CSP can follow.
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        const field = document.getElementById(button.dataset.copyTarget);
        if (!field) return;
        const status = document.querySelector(".copy-status");
        button.hidden = false;

        function report(message) {
            if (status) status.textContent = message;
        }

        function fallback() {
            field.focus();
            field.select();
            let copied = false;
            try {
                copied = document.execCommand("copy");
            } catch (error) {
                copied = false;
            }
            report(copied ? button.dataset.copiedText : button.dataset.failedText);
        }

        button.addEventListener("click", function () {
            report("");
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(
                    function () { report(button.dataset.copiedText); },
                    fallback
                );
            } else {
                fallback();
            }
        });
    });
})();

// The upload form: of the fieldsets with the parts of each document type, only the one
// of the chosen type is shown. Without JavaScript all are shown (the server reads only
// the chosen type's parts).
(function () {
    "use strict";
    const select = document.querySelector(".motionbank-upload select[name='document_type']");
    const sections = document.querySelectorAll(".motionbank-upload fieldset[data-document-type]");
    if (!select || !sections.length) return;

    function show() {
        sections.forEach(function (section) {
            section.hidden = section.dataset.documentType !== select.value;
        });
    }

    select.addEventListener("change", show);
    show();
})();
