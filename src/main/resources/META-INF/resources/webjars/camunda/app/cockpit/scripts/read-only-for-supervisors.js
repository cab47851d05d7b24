// Cockpit offers its changes (cancel, suspend, variables, job due dates, retries, task assignment …)
// to everyone who opens it; the engine allows them to administrators (camunda-admin) only.
// This marks an administrator's page; styles/user-styles.css hides those controls on any other.
const FULL_COCKPIT = 'xf-full-cockpit';
const ADMINISTRATORS = 'camunda-admin';

const appRoot = document.querySelector('base').getAttribute('app-root');

async function answer(path) {
  const response = await fetch(appRoot + path, { headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : null;
}

async function markAdministrator() {
  const engine = (window.location.pathname.match(/\/app\/cockpit\/([^/]+)/) || [])[1] || 'default';
  const user = await answer(`/api/admin/auth/user/${engine}`);
  const administrators = user && user.userId
    ? await answer(`/api/engine/engine/${engine}/group/count?id=${ADMINISTRATORS}&member=${encodeURIComponent(user.userId)}`)
    : null;
  document.documentElement.classList.toggle(FULL_COCKPIT, Boolean(administrators && administrators.count > 0));
}

markAdministrator();
// a logout and another user's login happen without reloading the page
window.addEventListener('hashchange', markAdministrator);
