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

// Chart drawings (Components/Charts/ChartDrawing.cs). A live circuit holds only each drawing's
// address, so its holder arrives empty: it is filled here, from the prerendered page's copy or a
// drawing seen before, or else fetched. The drawing stays until the next one has arrived, so a live
// refresh never blanks a chart.
const chartDrawings = new Map();
const mostChartDrawings = 60;
function keepChartDrawing(src, svg) {
    chartDrawings.delete(src);
    chartDrawings.set(src, svg);
    if (chartDrawings.size > mostChartDrawings) chartDrawings.delete(chartDrawings.keys().next().value);
}
function showChartDrawing(holder) {
    const src = holder.getAttribute("data-chart-src");
    if (!src || holder.dataset.chartShown === src) return;
    if (!holder.dataset.chartShown && holder.firstElementChild) {
        keepChartDrawing(src, holder.innerHTML);
        holder.dataset.chartShown = src;
        return;
    }
    const kept = chartDrawings.get(src);
    holder.dataset.chartShown = src;
    if (kept !== undefined) {
        keepChartDrawing(src, kept);
        holder.innerHTML = kept;
        return;
    }
    // Only a drawing goes in: an ended sign-in is answered by a redirect to the sign-in page, not an image.
    fetch(src, { credentials: "same-origin", redirect: "error" })
        .then(response => response.ok && (response.headers.get("content-type") || "").startsWith("image/svg+xml")
            ? response.text() : Promise.reject(new Error(String(response.status))))
        .then(svg => {
            keepChartDrawing(src, svg);
            if (holder.getAttribute("data-chart-src") === src) holder.innerHTML = svg;
        })
        .catch(() => {
            if (holder.getAttribute("data-chart-src") !== src) return;
            holder.innerHTML = "";
            const message = document.createElement("p");
            message.className = "empty-state";
            message.textContent = "This chart could not be loaded. Reload the page to see it.";
            holder.appendChild(message);
        });
}
function showChartDrawingsIn(root) {
    if (root.matches("[data-chart-src]")) showChartDrawing(root);
    for (const holder of root.querySelectorAll("[data-chart-src]")) showChartDrawing(holder);
}
new MutationObserver(records => {
    for (const record of records) {
        if (record.type === "attributes") showChartDrawing(record.target);
        else for (const node of record.addedNodes) if (node instanceof Element) showChartDrawingsIn(node);
    }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-chart-src"] });
showChartDrawingsIn(document.body);
