// SMA Talks Digest: accessibility fixes for Material's search.
// Material marks its search panel role="dialog" without a name; give it one
// so screen readers announce what opened (axe: aria-dialog-name).
document.querySelectorAll('.md-search[role="dialog"]').forEach(function (dialog) {
  if (!dialog.hasAttribute("aria-label") && !dialog.hasAttribute("aria-labelledby")) {
    dialog.setAttribute("aria-label", "Search this site");
  }
});
