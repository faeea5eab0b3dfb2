// The search page of the edition: Pagefind's interface over the index `plenum build` made
// (pagefind/), with its filters; a query given in the address (search.html?q=...) is searched at once.
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({ element: "#pl-search", showSubResults: true, showImages: false });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
