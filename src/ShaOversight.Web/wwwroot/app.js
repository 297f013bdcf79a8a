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

// Drillable bar charts: the n-th bar opens the n-th address in the chart's data-hrefs, through
// Blazor's own navigation so the page stays in its circuit. See CategoryBarChart.razor for why.
// Only the bars themselves count: MudBlazor puts the same class on the chart's <svg>, which would
// shift every bar onto its neighbour's address. A bar of zero is still drawn, so none go missing.
const drillTargets = ".mud-charts-bar-series .mud-chart-bar";
window.addEventListener("click", event => {
    const bar = event.target instanceof Element ? event.target.closest(".drillable-chart :is(" + drillTargets + ")") : null;
    if (!bar) return;
    const chart = bar.closest(".drillable-chart");
    const index = Array.from(chart.querySelectorAll(drillTargets)).indexOf(bar);
    const href = JSON.parse(chart.dataset.hrefs || "[]")[index];
    if (href) window.Blazor.navigateTo(href);
});

// Line-chart points: our own hit targets (PointDrillTargets.razor) carry their address, because
// MudBlazor 9.12 gives a point no element of its own to click.
window.addEventListener("click", event => {
    const target = event.target instanceof Element ? event.target.closest(".point-drill-chart .point-drill-target[data-href]") : null;
    if (target) window.Blazor.navigateTo(target.getAttribute("data-href"));
});
