// Skip and jump links move focus to their target without navigating: with <base href="/">,
// "#main-content" would otherwise be routed to "/" by Blazor and lose the page's filters.
window.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a.skip-link, a.jump-link") : null;
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const section = document.getElementById(link.getAttribute("href").slice(1));
    // A table's rows, not its sort headers: the next Tab then reaches the first row's link.
    const rows = link.matches(".jump-link") && section && !section.matches("tbody") ? section.querySelector("tbody") : null;
    const target = rows || section;
    if (target) {
        if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
        target.focus();
        target.scrollIntoView();
    }
}, { capture: true });

// Line-chart points (XmrChart, MonthLineChartView): a band over each month carries its address.
window.addEventListener("click", event => {
    const target = event.target instanceof Element ? event.target.closest(".point-drill-chart .point-drill-target[data-href]") : null;
    if (target) window.Blazor.navigateTo(target.getAttribute("data-href"));
});

// Drill feedback (DrillResult.razor): after a drill, the result comes into view, takes focus and
// is announced in a polite live region. A page opened at its address starts at its top instead.
const openedAt = location.href;
let drillShownAt = null;
function drillAnnouncer() {
    let region = document.getElementById("drill-announcer");
    if (!region) {
        region = document.createElement("div");
        region.id = "drill-announcer";
        region.className = "visually-hidden";
        region.setAttribute("role", "status");
        document.body.appendChild(region);
    }
    return region;
}
drillAnnouncer();
window.shaoShowDrillResult = (id, text) => {
    if (location.href === openedAt || location.href === drillShownAt) return;
    const target = document.getElementById(id);
    if (!target) return;
    drillShownAt = location.href;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
    const region = drillAnnouncer();
    region.textContent = "";
    // A change after a frame, so screen readers hear it even when the text is the same as before.
    requestAnimationFrame(() => { region.textContent = text; });
};
