package org.xinfang.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.xinfang.organization.Roles;

/**
 * Our API, its documentation, the engine's REST API and the actuator require HTTP Basic against
 * the engine's users and answer 401 to an anonymous caller; a user logged in to the webapps also
 * reaches our API from the browser with that login, and with the webapps' CSRF token for a change
 * ({@link WebappSessionAuthentication}); only the petitioner's public lookup
 * ({@code /api/public}) and the health status are open. The Camunda webapps (Tasklist, Cockpit,
 * Admin, under {@code /camunda}) keep their own login page, session and CSRF protection. A user's
 * Camunda groups are their authorities: who may call what beyond "logged in" is stated here, in one
 * place; which cases a user sees is {@code CaseAccess}'s rule.
 */
@Configuration
class SecurityConfiguration {

  /** Our own pages: scripts, styles and images from this server only, never framed elsewhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain applicationSecurity(HttpSecurity http, CamundaUserAuthenticationProvider users,
      IdentityService identity, ProcessEngine engine, ObjectMapper json) throws Exception {
    RefusalProblems refusals = new RefusalProblems(new ProblemResponses(json));
    // Whole-path patterns: /engine-rest is served by the engine's own servlet, which Spring MVC's
    // default matchers (relative to the DispatcherServlet) never match.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(RequestMatchers.anyOf(path.matcher("/api/**"), path.matcher("/api-docs/**"),
            path.matcher("/api-docs.yaml"), path.matcher("/swagger-ui/**"), path.matcher("/engine-rest/**"),
            path.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            // the petitioner's lookup and rating: opened by case number and query code, not by a login
            .requestMatchers(path.matcher("/actuator/health"), path.matcher("/api/public/**")).permitAll()
            // a rating the petitioner gave by phone or in person is recorded by the petition room
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/rating")).hasAuthority(Roles.PETITION_ROOM)
            // the bureau's reference data: responsible units and the official holiday schedules
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/units/**"), path.matcher(HttpMethod.PUT, "/api/units/**"),
                path.matcher(HttpMethod.PUT, "/api/holiday-calendar/**"))
                .hasAuthority(Roles.ADMINISTRATORS)
            // leaders' instructions on a case
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases/*/instructions"))
                .hasAnyAuthority(Roles.BUREAU_LEADERS, Roles.DISTRICT_LEADERS)
            // the petition room registers petitions; which cases each user sees is CaseAccess's rule
            // and records what follows: repeat candidates before registering, review requests after the reply
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/cases"), path.matcher(HttpMethod.POST, "/api/cases/matches"),
                path.matcher("/api/registrations/**"),
                path.matcher(HttpMethod.POST, "/api/cases/*/review-requests")).hasAuthority(Roles.PETITION_ROOM)
            // full ID and phone numbers: the petition room, which registers petitioners and contacts them,
            // and the discipline channel, which takes an accuser's matter over (Art. 30 ¶3)
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/cases/*/petitioners"))
                .hasAnyAuthority(Roles.PETITION_ROOM, Roles.DISCIPLINE)
            .requestMatchers(path.matcher("/api/audit/**")).hasAuthority(Roles.ADMINISTRATORS)
            // the year's targets of the annual self-evaluation: set by the office, which writes the report,
            // or an administrator; read by them and by those who see the whole district's figures
            .requestMatchers(path.matcher(HttpMethod.PUT, "/api/statistics/targets/**"))
                .hasAnyAuthority(Roles.OFFICE, Roles.ADMINISTRATORS)
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/statistics/targets/**"))
                .hasAnyAuthority(Stream.concat(Roles.WHOLE_DISTRICT_FIGURES.stream(), Stream.of(Roles.ADMINISTRATORS))
                    .toArray(String[]::new))
            // the bureau's figures: the whole district's for the office, leaders and supervisors, a unit's
            // own for its handlers and leaders (which unit's, the statistics decide)
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/statistics/**"))
                .access((authentication, context) -> new AuthorizationDecision(authentication.get().getAuthorities()
                    .stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(group -> Roles.WHOLE_DISTRICT_FIGURES.contains(group) || Roles.unitOf(group).isPresent())))
            // the cases of earlier years, brought in by the office, which keeps the statistics, or an administrator
            .requestMatchers(path.matcher("/api/imports/**")).hasAnyAuthority(Roles.OFFICE, Roles.ADMINISTRATORS)
            // staff work through Tasklist and Cockpit, whose own API the engine's authorizations guard;
            // the engine's REST API is an administrator's and integrations' tool
            .requestMatchers(path.matcher("/engine-rest/**")).hasAuthority(Roles.ADMINISTRATORS)
            // the operations figures: the monitoring account a Prometheus scrapes with, and administrators
            .requestMatchers(path.matcher("/actuator/prometheus")).hasAnyAuthority(Roles.MONITORING, Roles.ADMINISTRATORS)
            .anyRequest().authenticated())
        .authenticationProvider(users)
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication: a browser never attaches these credentials on its own to a
        // request another site forges, as it would a session cookie, so there is nothing for CSRF to steal.
        // A webapp session is such a cookie: its changes need the webapps' token. The open lookup
        // grants nothing to a session and needs no token.
        .csrf(csrf -> csrf.csrfTokenRepository(new WebappCsrfTokens())
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
            .requireCsrfProtectionMatcher(new AndRequestMatcher(WebappCsrfTokens.sessionWrites(engine.getName()),
                new NegatedRequestMatcher(path.matcher("/api/public/**")))))
        // besides Spring Security's defaults (nosniff, no-store, DENY framing)
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
        .addFilterAfter(new WebappSessionAuthentication(engine.getName()), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identity), WebappSessionAuthentication.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http, CamundaUserAuthenticationProvider users, ObjectMapper json)
      throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    // no Basic challenge on these paths: a browser would answer it with a login dialog of its own
    AuthenticationEntryPoint askToLogIn = (request, response, failure) -> problems.send(request, response,
        HttpStatus.UNAUTHORIZED, "需要登录", "请先登录");
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        // What the chain above leaves. Open: the webapps (Tasklist, Cockpit, Admin), which send anonymous
        // users to their own login page and refuse their API with 401; the petitioner's lookup page; the
        // statistics dashboard, which logs in to the API itself; the desk's case search page, whose data
        // the API guards; the way in and the error page. Any other
        // path asks an anonymous caller to log in.
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher("/camunda/**"), path.matcher("/lookup/**"),
                path.matcher("/desk/**"), path.matcher("/"),
                path.matcher("/favicon.ico"), path.matcher("/error")).permitAll()
            // the statistics dashboard's page and charting library: no data, which it asks of /api/statistics
            .requestMatchers(path.matcher(HttpMethod.GET, "/statistics/**"),
                path.matcher(HttpMethod.GET, "/webjars/echarts/**")).permitAll()
            .anyRequest().authenticated())
        .authenticationProvider(users)
        .httpBasic(basic -> basic.authenticationEntryPoint(askToLogIn))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(askToLogIn))
        // the webapps keep their own session; Spring Security neither creates one nor remembers
        // a refused request in it
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // the webapps protect themselves with their own CSRF filter and session login
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
        .build();
  }

  /** Tomcat's refusals of a malformed address are problem details too, in place of its HTML page. */
  @Bean
  ProblemReportValve.Installer problemReports(ObjectMapper json) {
    return new ProblemReportValve.Installer(new ProblemResponses(json));
  }

  /** Bodies larger than any intake are refused before anything reads them. */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ObjectMapper json) {
    FilterRegistrationBean<RequestSizeLimit> registration =
        new FilterRegistrationBean<>(new RequestSizeLimit(RequestSizeLimit.MAX_BYTES, new ProblemResponses(json)));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }
}
