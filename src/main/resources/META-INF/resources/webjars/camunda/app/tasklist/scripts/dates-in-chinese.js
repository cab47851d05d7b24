// Tasklist writes relative dates ("9 天后") in the date library's current language, and that is set
// by whichever translation file arrived last: the Chinese one, or the English fallback it also
// loads, which switches the dates to English ("in 9 days") when it comes second. Whenever a
// translation file has arrived, the dates are set back to the language in use and drawn again.
function keepRelativeDatesInTheLanguageInUse() {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (!injector) {
    setTimeout(keepRelativeDatesInTheLanguageInUse, 100);
    return;
  }
  const rootScope = injector.get('$rootScope');
  const translate = injector.get('$translate');
  const dates = injector.get('amMoment');
  const redraw = () => rootScope.$applyAsync(() => {
    const language = translate.use();
    if (language) {
      dates.changeLocale(language);
    }
  });
  rootScope.$on('$translateChangeSuccess', redraw);
  rootScope.$on('$translateLoadingEnd', redraw);
  redraw();
}

keepRelativeDatesInTheLanguageInUse();
