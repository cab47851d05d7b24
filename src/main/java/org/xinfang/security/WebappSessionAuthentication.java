package org.xinfang.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged in to the webapps call our API from the browser: the Camunda webapps keep
 * their login in the HTTP session, and a request that brings that session and no credentials of
 * its own is that user, with the groups the webapps hold for them. Such a request changes something
 * only with the webapps' CSRF token ({@link WebappCsrfTokens}). Without a webapp login in the
 * session nothing happens here: an anonymous caller is refused exactly as before.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

  private final String engineName;

  WebappSessionAuthentication(String engineName) {
    this.engineName = engineName;
  }

  /** The webapp login of the request's session, unless the request authenticates itself. */
  static Optional<UserAuthentication> webappUser(HttpServletRequest request, String engineName) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    return Optional.ofNullable(logins.getAuthenticationForProcessEngine(engineName))
        .filter(UserAuthentication.class::isInstance)
        .map(UserAuthentication.class::cast);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() == null) {
      webappUser(request, engineName).ifPresent(user -> SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user.getName(), null,
              user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList())));
    }
    chain.doFilter(request, response);
  }
}
