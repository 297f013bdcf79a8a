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
    showDrillResult(id, text);
};
function showDrillResult(id, text) {
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
}

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

// A table row that opens a page (DefinedTable's clickable-row): a click anywhere else on the row
// follows its first link, as if the link itself were chosen. Links and controls keep their own click.
// As on the link, Ctrl, Shift or Cmd with the click, or the middle button, opens the page in a new tab.
function rowLinkFor(event) {
    const row = event.target instanceof Element ? event.target.closest("tr.clickable-row") : null;
    if (!row || event.target.closest("a, button, input, select, summary, label")) return null;
    return row.querySelector("a[href]");
}
window.addEventListener("click", event => {
    const link = rowLinkFor(event);
    if (!link) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey) window.open(link.href, "_blank", "noopener");
    else link.click();
});
window.addEventListener("auxclick", event => {
    const link = event.button === 1 ? rowLinkFor(event) : null;
    if (link) window.open(link.href, "_blank", "noopener");
});

// Pages rendered per request (components/Shared/RenderedPerRequest.cs) have no circuit, so the
// browser opens and closes the navigation drawer and the account panel there. MainLayout and
// UserMenu mark their buttons with data-static-toggle only on such pages.
function setStaticToggle(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (button.dataset.staticToggle === "drawer") {
        const drawer = document.querySelector(".mud-drawer");
        drawer?.classList.toggle("mud-drawer--open", open);
        drawer?.classList.toggle("mud-drawer--closed", !open);
        drawer?.classList.remove("mud-drawer--initial");
        const layout = document.querySelector(".mud-layout");
        layout?.classList.toggle("mud-drawer-open-responsive-xl-left", open);
        layout?.classList.toggle("mud-drawer-close-responsive-xl-left", !open);
    } else {
        const panel = document.getElementById(button.getAttribute("aria-controls"));
        if (panel) panel.hidden = !open;
    }
}
window.addEventListener("click", event => {
    const button = event.target instanceof Element ? event.target.closest("[data-static-toggle]") : null;
    if (button) setStaticToggle(button, button.getAttribute("aria-expanded") !== "true");
});
window.addEventListener("keydown", event => {
    if (event.key !== "Escape") return;
    for (const button of document.querySelectorAll("[data-static-toggle][aria-expanded='true']")) {
        const opened = button.dataset.staticToggle === "drawer"
            ? document.querySelector(".mud-drawer")
            : document.getElementById(button.getAttribute("aria-controls"));
        const focusWasInside = opened?.contains(document.activeElement);
        setStaticToggle(button, false);
        if (focusWasInside) button.focus();
    }
});

// Around each patch of a page rendered per request (a drill, a sort, a table's page, a period,
// or a live refresh, which Blazor fetches and merges into the page), keep the reader's place.
// The server's copy has every disclosure closed, no panel open, and a drill marker
// (DrillResult.razor) on every page that is filtered.
// - The figures the reader had open are opened again, by their chart's heading.
// - A drill's result is focused and announced only when the drill changed, not when a filtered
//   view is sorted, paged or refreshed; a page opened at its address starts at its top.
// - After a live refresh (the same address), an open drawer or account panel stays open.
// - Focus that the patch dropped goes back to the link that had it.
// - After a live refresh, a field the reader had changed but not yet sent (the period forms) keeps
//   what they chose: the server's copy carries the period on screen, and the merge would put it back.
let beforePatch = null;
// The address of the page on screen: by the time a patch starts, Blazor has already pushed the next one.
let shownHref = location.href;
function unsentFields() {
    const changed = field => field instanceof HTMLSelectElement
        ? [...field.options].some(option => option.selected !== option.defaultSelected)
        : field.value !== field.defaultValue;
    return [...document.querySelectorAll("form[data-enhance] select[id], form[data-enhance] input[id]:not([type='hidden'])")]
        .filter(changed).map(field => [field.id, field.value]);
}
function disclosureKey(details) {
    return details.closest("section")?.querySelector("h2, h3, h4")?.textContent.trim() || null;
}
window.Blazor?.addEventListener?.("enhancednavigationstart", () => {
    const focused = document.activeElement instanceof Element ? document.activeElement.closest("a[href]") : null;
    beforePatch = {
        href: shownHref,
        path: new URL(shownHref).pathname,
        open: new Set([...document.querySelectorAll("details[open]")].map(disclosureKey).filter(key => key)),
        drillKey: document.querySelector(".drill-result")?.dataset.key ?? null,
        toggles: [...document.querySelectorAll("[data-static-toggle][aria-expanded='true']")].map(b => b.dataset.staticToggle),
        focusedHref: focused?.getAttribute("href") ?? null,
        unsent: unsentFields(),
    };
});
window.Blazor?.addEventListener?.("enhancedload", () => {
    const before = beforePatch;
    shownHref = location.href;
    if (!before) return;
    if (location.pathname === before.path) {
        for (const details of document.querySelectorAll("details")) {
            if (before.open.has(disclosureKey(details))) details.open = true;
        }
    }
    if (location.href === before.href) {
        for (const toggle of before.toggles) {
            const button = document.querySelector(`[data-static-toggle='${toggle}']`);
            if (button) setStaticToggle(button, true);
        }
        for (const [id, value] of before.unsent) {
            const field = document.getElementById(id);
            if (field) field.value = value;
        }
    }
    // A patch to another page leaves focus to Blazor, which puts it on the new page's heading.
    if (location.pathname !== before.path) return;
    if (before.focusedHref && (!document.activeElement || document.activeElement === document.body)) {
        [...document.querySelectorAll("a[href]")]
            .find(a => a.getAttribute("href") === before.focusedHref && a.getClientRects().length > 0)?.focus({ preventScroll: true });
    }
    const marker = document.querySelector(".drill-result[data-target]");
    if (marker && marker.dataset.key !== before.drillKey) showDrillResult(marker.dataset.target, marker.dataset.announcement);
    // Once shown, not again for a later load of the same patch.
    before.drillKey = marker?.dataset.key ?? null;
});
window.Blazor?.addEventListener?.("enhancednavigationend", () => { beforePatch = null; });

// LiveRefresh's island on a page rendered per request: true once the refresh it has just asked for
// has patched the page, so its notice is read out with the new figures rather than over the old
// ones; false after 15 s without a patch (Blazor signals nothing when the fetch fails), so the
// notice can say the page is out of date instead.
window.shaoAfterNextPatch = () => new Promise(resolve => {
    const done = patched => {
        window.Blazor.removeEventListener("enhancednavigationend", patchedNow);
        clearTimeout(timer);
        resolve(patched);
    };
    const patchedNow = () => done(true);
    const timer = setTimeout(() => done(false), 15000);
    window.Blazor.addEventListener("enhancednavigationend", patchedNow);
});
