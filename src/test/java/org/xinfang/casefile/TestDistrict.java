package org.xinfang.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.xinfang.ApiClient;
import org.xinfang.TestUsers;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;

/** The part of a district the case API tests need: a street, a department and a registrar of the petition room. */
public final class TestDistrict {

  /** A street: a place petitions are about. */
  static final String PLACE = "it-hexi";
  static final String PLACE_NAME = "河西街道（测试）";
  /** A district department: a responsible unit, never a place. */
  static final String DEPARTMENT = "it-zrzyj";
  public static final String REGISTRAR = "it.registrar";

  private static final String PASSWORD = "registrar-secret";
  /** The engine's REST API is for administrators only. */
  static final String ADMINISTRATOR = "it.admin";
  private static final String ADMINISTRATOR_PASSWORD = "admin-secret";

  private TestDistrict() {}

  /** Creates what is missing and returns the API as the registrar sees it. */
  public static ApiClient registrar(UnitDirectory units, IdentityService identity, TestRestTemplate http,
      ObjectMapper json) {
    units.ensureBureauRoles();
    units.ensureUnit(PLACE, PLACE_NAME, UnitKind.STREET);
    units.ensureUnit(DEPARTMENT, "自然资源局（测试）", UnitKind.DEPARTMENT);
    TestUsers.ensure(identity, REGISTRAR, PASSWORD, Roles.PETITION_ROOM);
    return new ApiClient(http, json, REGISTRAR, PASSWORD);
  }

  /** The engine's REST API as an administrator sees it. */
  public static ApiClient administrator(IdentityService identity, TestRestTemplate http, ObjectMapper json) {
    TestUsers.ensure(identity, ADMINISTRATOR, ADMINISTRATOR_PASSWORD, Roles.ADMINISTRATORS);
    return new ApiClient(http, json, ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
  }
}
