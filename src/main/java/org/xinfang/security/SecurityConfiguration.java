package org.xinfang.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Our API, its documentation and the engine's REST API ({@code /engine-rest}, open by default)
 * require HTTP Basic against the engine's users. The webapps (Tasklist, Cockpit, Admin) keep
 * their own login, session and CSRF protection.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaUserAuthenticationProvider users,
      IdentityService identity) throws Exception {
    return http
        .securityMatcher("/api/**", "/api-docs/**", "/engine-rest/**", "/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health").permitAll()
            .anyRequest().authenticated())
        .authenticationProvider(users)
        .httpBasic(Customizer.withDefaults())
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
