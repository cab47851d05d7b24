// Tasklist keeps the red toast of a refused submission on screen after the
// handler corrects the form and submits it successfully, as if the task had failed again. When a
// task form is submitted and the server accepts it, the error toasts of earlier attempts go.
const SUBMITTED = /\/task\/[^/]+\/(submit-form|complete)$/;

function clearErrors() {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (!injector) {
    return;
  }
  const rootScope = injector.get('$rootScope');
  rootScope.$applyAsync(() => injector.get('Notifications').clear({ type: 'danger' }));
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && SUBMITTED.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        clearErrors();
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
