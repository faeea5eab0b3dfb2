// The view switches of a document page, linkable and remembered: #diplomatic (or #reading) in the
// address opens that view, and the view last chosen opens on the next page (localStorage). Without
// script the switches work all the same; this only sets them.
(() => {
  const key = "plenum-view";
  const pick = (view) => {
    const input = document.getElementById("pl-view-" + view);
    if (input) input.checked = true;
  };
  let stored = null;
  try { stored = window.localStorage.getItem(key); } catch (error) { /* storage refused: nothing remembered */ }
  if (["#diplomatic", "#reading"].includes(window.location.hash)) pick(window.location.hash.slice(1));
  else if (stored) pick(stored);
  for (const input of document.querySelectorAll('input[name="view"]')) {
    input.addEventListener("change", () => {
      const view = input.id.replace("pl-view-", "");
      try { window.localStorage.setItem(key, view); } catch (error) { /* nothing remembered */ }
      if (["#diplomatic", "#reading", ""].includes(window.location.hash)) {
        window.history.replaceState(null, "", "#" + view);
      }
    });
  }
})();
