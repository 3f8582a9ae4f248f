// Shows an export's progress without reloading: polls the job's state every 2 seconds and updates
// the count and the bar; when the job ends, reloads the page, which then shows the download link
// (or the failure). Without JavaScript, reloading the page shows the same.
const element = document.getElementById('export-progress');
if (element && (element.dataset.status === 'QUEUED' || element.dataset.status === 'RUNNING')) {
  const url = element.dataset.progressUrl;
  const rows = document.getElementById('export-rows');
  const bar = document.getElementById('export-bar');
  const template = rows ? rows.dataset.template : null;
  const timer = setInterval(async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const job = await response.json();
      if (job.status === 'DONE' || job.status === 'FAILED') {
        clearInterval(timer);
        window.location.reload();
        return;
      }
      if (bar) {
        bar.value = job.percent;
        bar.textContent = job.percent + ' %';
      }
      if (rows && template && job.rowsTotal > 0) {
        rows.textContent = template.replace('{0}', job.rowsDone).replace('{1}', job.rowsTotal).replace('{2}', job.percent);
      }
    } catch (offline) {
      // A failed poll is retried at the next interval.
    }
  }, 2000);
}
