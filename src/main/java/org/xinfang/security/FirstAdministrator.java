package org.xinfang.security;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A real installation creates its first administrator from {@code XINFANG_ADMIN_USER} and
 * {@code XINFANG_ADMIN_PASSWORD}. The engine would otherwise take a missing password to be the
 * user name; this refuses to build the engine, and so to start, with a missing or weak password.
 */
@Component
@Profile("postgres")
class FirstAdministrator extends AbstractCamundaConfiguration {

  static final int MIN_LENGTH = 12;
  private static final Set<String> KNOWN = Set.of("xinfang", "demo", "admin", "camunda", "password", "123456");

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    var administrator = camundaBpmProperties.getAdminUser();
    String userId = administrator == null ? null : administrator.getId();
    if (userId == null || userId.isBlank()) {
      throw new IllegalStateException("XINFANG_ADMIN_USER is empty: the first administrator needs a user id");
    }
    String weakness = weakness(userId, administrator.getPassword());
    if (weakness != null) {
      throw new IllegalStateException("XINFANG_ADMIN_PASSWORD " + weakness + ". Set it to at least " + MIN_LENGTH
          + " characters with letters and digits before starting the application.");
    }
  }

  /** Why a password is too weak for an administrator, or null when it will do. */
  static String weakness(String userId, String password) {
    if (password == null || password.isBlank() || password.equals(userId)) {
      return "is missing";
    }
    if (password.length() < MIN_LENGTH) {
      return "is shorter than " + MIN_LENGTH + " characters";
    }
    if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
      return "needs both letters and digits";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (lower.contains(userId.toLowerCase(Locale.ROOT)) || KNOWN.stream().anyMatch(lower::startsWith)) {
      return "is built on the user id or a well-known password";
    }
    return null;
  }
}
