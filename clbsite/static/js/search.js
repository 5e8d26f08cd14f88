// Title suggestions for the site search box: fills the <datalist> as you type.
// Without JavaScript the search works the same, just without suggestions.
(function () {
    "use strict";
    const input = document.querySelector("input[data-suggest-url]");
    if (!input || !window.fetch) return;
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null;
    let controller = null;

    input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(suggest, 200);
    });

    function suggest() {
        const text = input.value.trim();
        if (text.length < 2) {
            list.replaceChildren();
            return;
        }
        if (controller) controller.abort();
        controller = new AbortController();
        const url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(text);
        fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
            .then(function (data) {
                list.replaceChildren(...data.suggestions.map(function (item) {
                    const option = document.createElement("option");
                    option.value = item.title;
                    option.label = item.kind;
                    return option;
                }));
            })
            .catch(function () { /* aborted or offline: no suggestions */ });
    }
})();
