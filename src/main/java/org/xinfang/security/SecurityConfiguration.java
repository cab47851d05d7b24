package org.xinfang.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.xinfang.organization.Roles;

/**
 * Our API, its documentation and the engine's REST API ({@code /engine-rest}, open by default)
 * require HTTP Basic against the engine's users. The webapps (Tasklist, Cockpit, Admin) keep
 * their own login, session and CSRF protection. A user's Camunda groups are their authorities:
 * every user reads the responsible units, only administrators create or change them; only bureau and
 * district leaders record instructions on a case.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaUserAuthenticationProvider users,
      IdentityService identity, ObjectMapper json) throws Exception {
    RefusalProblems refusals = new RefusalProblems(json);
    // Whole-path patterns: /engine-rest is served by the engine's own servlet, which Spring MVC's
    // default matchers (relative to the DispatcherServlet) never match.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(RequestMatchers.anyOf(path.matcher("/api/**"), path.matcher("/api-docs/**"),
            path.matcher("/api-docs.yaml"),
            path.matcher("/engine-rest/**"), path.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher("/actuator/health")).permitAll()
            // the petitioner's lookup and rating: opened by case number and query code, not by a login
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/public/lookup"),
                path.matcher(HttpMethod.POST, "/api/public/lookup/rating")).permitAll()
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
                path.matcher(HttpMethod.POST, "/api/cases/*/review-requests")).hasAuthority(Roles.PETITION_ROOM)
            // staff work through Tasklist and Cockpit, whose own API the engine's authorizations guard;
            // the engine's REST API is an administrator's and integrations' tool
            .requestMatchers(path.matcher("/engine-rest/**")).hasAuthority(Roles.ADMINISTRATORS)
            .anyRequest().authenticated())
        .authenticationProvider(users)
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless Basic authentication carries no ambient credentials a forged request could use
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // the Camunda webapps protect themselves with their own CSRF filter and session login
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }
}
