// Tasklist writes relative dates ("9 天后") with the date library's Chinese, which it defines only
// when the Chinese translation file has arrived; a list or header drawn before that stays in English
// ("in 9 days") until the page is reloaded. Each relative date listens for a change of language: it
// is told of one when the translation arrives, and once now, in case it arrived first.
function redrawRelativeDates() {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (!injector) {
    setTimeout(redrawRelativeDates, 100);
    return;
  }
  const rootScope = injector.get('$rootScope');
  const redraw = () => rootScope.$broadcast('amMoment:localeChanged');
  rootScope.$on('$translateChangeSuccess', () => rootScope.$applyAsync(redraw));
  rootScope.$applyAsync(redraw);
}

redrawRelativeDates();
