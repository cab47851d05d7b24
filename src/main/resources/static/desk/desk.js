// The case search page: the roles that may read cases find any case, closed ones included, and read
// and print its file. The case to open may come in the address: /desk/#XF-2026-00042.
import { el, loadCaseFile, renderCaseFile, renderSearch } from './case-file.js';

const search = document.getElementById('search');
const file = document.getElementById('file');
const actions = document.getElementById('file-actions');

async function open(caseNumber) {
  history.replaceState(null, '', '#' + caseNumber);
  try {
    renderCaseFile(file, await loadCaseFile(caseNumber));
    actions.hidden = false;
    search.hidden = true;
  } catch (failure) {
    file.replaceChildren(el('p', { class: 'xf-error' }, failure.message));
  }
}

renderSearch(search, open);
document.getElementById('print').addEventListener('click', () => window.print());
document.getElementById('back').addEventListener('click', () => {
  file.replaceChildren();
  actions.hidden = true;
  search.hidden = false;
});
if (location.hash.length > 1) {
  open(decodeURIComponent(location.hash.substring(1)));
}
