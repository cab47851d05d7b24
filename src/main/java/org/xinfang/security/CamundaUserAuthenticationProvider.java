package org.xinfang.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks a user name and password against the engine's users, as Tasklist's own login does. */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaUserAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null || !identity.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("bad credentials");
    }
    List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
