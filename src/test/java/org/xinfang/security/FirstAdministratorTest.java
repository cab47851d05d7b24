package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The first administrator of a real installation needs a password no one guesses. */
class FirstAdministratorTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"admin", "   ", "short1", "onlylettersinthisone", "123456789012345", "xinfang2026ab",
      "Admin2026-bureau", "password12345", "demo-demo-1234"})
  void aMissingOrWeakPasswordIsRefused(String password) {
    assertThat(FirstAdministrator.weakness("admin", password)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"湘江-潇水-2026-春", "k7Rq2vX9pLm4", "correct horse battery 9"})
  void aStrongPasswordIsAccepted(String password) {
    assertThat(FirstAdministrator.weakness("admin", password)).isNull();
  }

  @Test
  void theEngineIsNotBuiltWithoutTheAdministratorsPassword() {
    // the postgres profile turns a missing XINFANG_ADMIN_PASSWORD into an empty one
    FirstAdministrator check = checking("admin", "");

    assertThatThrownBy(() -> check.preInit(new SpringProcessEngineConfiguration()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("XINFANG_ADMIN_PASSWORD is missing");
  }

  @Test
  void theEngineIsBuiltWithAStrongPassword() {
    FirstAdministrator check = checking("admin", "k7Rq2vX9pLm4");

    assertThatNoException().isThrownBy(() -> check.preInit(new SpringProcessEngineConfiguration()));
  }

  private static FirstAdministrator checking(String userId, String password) {
    CamundaBpmProperties properties = new CamundaBpmProperties();
    properties.getAdminUser().setId(userId);
    properties.getAdminUser().setPassword(password);
    FirstAdministrator check = new FirstAdministrator();
    ReflectionTestUtils.setField(check, "camundaBpmProperties", properties);
    return check;
  }
}
