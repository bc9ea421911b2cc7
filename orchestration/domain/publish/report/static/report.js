// Filters the status table by document, sector and status (index.html); no library.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  const rows = Array.from(document.querySelectorAll("#targets tbody tr"));
  const shown = document.getElementById("shown");
  const apply = () => {
    const wanted = Object.fromEntries(new FormData(form).entries());
    let count = 0;
    for (const row of rows) {
      const match = Object.entries(wanted).every(([key, value]) => !value || row.dataset[key] === value);
      row.hidden = !match;
      if (match) count += 1;
    }
    shown.textContent = `${count} of ${rows.length} targets`;
  };
  form.addEventListener("change", apply);
  apply();
});
