// The skip link moves focus to the main content without navigating: with <base href="/">,
// "#main-content" would otherwise be routed to "/" by Blazor and lose the page's filters.
window.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a.skip-link") : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const target = document.getElementById("main-content");
    if (target) {
        target.focus();
        target.scrollIntoView();
    }
}, { capture: true });
