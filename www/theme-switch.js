// The Light / Dark / Auto switch on dark.html.
//
// Each button sets the `theme` attribute of every <interactive-article> on
// the page (the widget re-themes in place, keeping open sections and
// callouts) and <html data-site-theme>, which gallery.css uses to give the
// page around it the same colours. "auto" follows prefers-color-scheme.
// The switch is hidden in the markup and shown here, so a reader without
// JavaScript never sees buttons that do nothing.

const group = document.querySelector("[data-theme-switch]");

function choose(theme) {
  document.documentElement.dataset.siteTheme = theme;
  for (const element of document.querySelectorAll("interactive-article")) {
    element.setAttribute("theme", theme);
  }
  for (const button of group.querySelectorAll("[data-theme-choice]")) {
    button.setAttribute("aria-pressed", String(button.dataset.themeChoice === theme));
  }
}

if (group) {
  for (const button of group.querySelectorAll("[data-theme-choice]")) {
    button.addEventListener("click", () => choose(button.dataset.themeChoice));
  }
  group.hidden = false;
}
