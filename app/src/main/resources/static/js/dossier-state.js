// Shows an agent's change of a dossier without reloading: polls the dossier's state and, when it
// changed, reloads the page (its timeline and actions change with the state). Without JavaScript,
// a manual reload shows the same.
const element = document.getElementById('dossier-state');
if (element) {
  const url = element.dataset.stateUrl;
  const seen = element.dataset.dossierVersion;
  const poll = async () => {
    if (document.hidden) return;
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const current = await response.json();
      if (String(current.version) !== seen) window.location.reload();
    } catch (offline) {
      // A failed poll is retried at the next interval.
    }
  };
  setInterval(poll, 15000);
}
