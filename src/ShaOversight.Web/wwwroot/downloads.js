// Saves a file the server generated inside the Blazor circuit (the board pack) and streamed
// to the browser, so the button can honestly show "Preparing…" for as long as the work takes.
window.shaoSaveFile = async (fileName, contentType, streamReference) => {
    const buffer = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
};
