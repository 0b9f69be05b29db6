// "Copier la référence" buttons: shown only where the clipboard API works; the reference
// text stays selectable without them. A static file, so the Content-Security-Policy can
// forbid inline script.
document.querySelectorAll("button.copy-reference").forEach((button) => {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(button.dataset.reference).then(
      () => { button.textContent = "Référence copiée"; },
      () => { button.textContent = "Copie impossible : sélectionnez le texte"; },
    );
  });
});
