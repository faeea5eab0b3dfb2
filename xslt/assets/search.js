// The search page of the edition: Pagefind's interface over the index `plenum build` made, with its
// filters. The index is in shards (pagefind/shards.json lists their folders): the first is the main
// index, the others are merged into it, so that one search finds the documents of every shard. A
// query given in the address (search.html?q=...) is searched at once.
window.addEventListener("DOMContentLoaded", async () => {
  const element = document.querySelector("#pl-search");
  const here = (path) => new URL(path, document.baseURI).pathname;
  const response = await fetch(here("pagefind/shards.json"));
  const shards = response.ok ? await response.json() : [];
  if (!shards.length) {
    element.textContent = "The edition has no document to search yet.";
    return;
  }
  const [main, ...others] = shards.map((folder) => here(`pagefind/${folder}`));
  const ui = new PagefindUI({
    element: "#pl-search", showSubResults: true, showImages: false, bundlePath: main,
    mergeIndex: others.map((bundlePath) => ({ bundlePath })),
  });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
