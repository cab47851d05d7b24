package org.xinfang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The CSRF token of a browser's call to our API is the one the webapps gave its session: the
 * webapps' own filter keeps it in the session and hands it to the page in the {@code XSRF-TOKEN}
 * cookie, and Tasklist's scripts send it back in the {@code X-XSRF-TOKEN} header. Only requests
 * that change something and are authenticated by a webapp session need it; a request with its own
 * credentials (HTTP Basic) carries nothing a forged request could borrow.
 */
class WebappCsrfTokens implements CsrfTokenRepository {

  private static final String PARAMETER = "_csrf";

  /** The requests a forged page could make with the user's session. */
  static RequestMatcher sessionWrites(String engineName) {
    return request -> !isSafe(request.getMethod())
        && WebappSessionAuthentication.webappUser(request, engineName).isPresent();
  }

  private static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    // never saved: a session without the webapps' token has no token that could match
    return new DefaultCsrfToken(CsrfConstants.CSRF_TOKEN_HEADER_NAME, PARAMETER, UUID.randomUUID().toString());
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    // the webapps' filter issues and keeps the token
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token instanceof String value
        ? new DefaultCsrfToken(CsrfConstants.CSRF_TOKEN_HEADER_NAME, PARAMETER, value) : null;
  }
}
