package org.xinfang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.workflow.CaseRegistration;
import org.xinfang.workflow.InvalidStepInput;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * An administrator creates, renames, deactivates and reactivates responsible units through the
 * API; the unit's Camunda groups follow it. Each test uses a unit code of its own.
 */
@PostgresIntegrationTest
class UnitAdministrationIT {

  private static final String ADMIN = "it.unit-admin";
  private static final String ADMIN_PASSWORD = "unit-admin-secret";
  private static final String CLERK = "it.unit-clerk";
  private static final String CLERK_PASSWORD = "unit-clerk-secret";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired UnitRepository repository;
  @Autowired CaseRegistration registration;
  @Autowired TaskService tasks;

  ApiClient admin;
  ApiClient clerk;
  String code;
  String name;

  @BeforeEach
  void people() {
    units.ensureBureauRoles();
    TestUsers.ensure(identity, ADMIN, ADMIN_PASSWORD, Roles.ADMINISTRATORS);
    TestUsers.ensure(identity, CLERK, CLERK_PASSWORD, Roles.PETITION_ROOM);
    admin = new ApiClient(http, json, ADMIN, ADMIN_PASSWORD);
    clerk = new ApiClient(http, json, CLERK, CLERK_PASSWORD);
    code = "it-" + UUID.randomUUID().toString().substring(0, 8);
    name = "南湖街道办事处（" + code + "）";
  }

  @Test
  void anAdministratorCreatesAUnitTogetherWithItsGroups() {
    Reply created = admin.post("/api/units", newUnit(code, name, "STREET"));

    assertThat(created.code()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().getLocation()).hasToString("/api/units/" + code);
    assertThat(created.json().path("code").asText()).isEqualTo(code);
    assertThat(created.json().path("name").asText()).isEqualTo(name);
    assertThat(created.json().path("kindLabel").asText()).isEqualTo("街道");
    assertThat(created.json().path("active").asBoolean()).isTrue();
    assertThat(groupName("unit-" + code + "-handlers")).isEqualTo(name + "经办人");
    assertThat(groupName("unit-" + code + "-leaders")).isEqualTo(name + "负责人");
    assertThat(codes(clerk.get("/api/units"))).contains(code);
    Reply read = clerk.get("/api/units/" + code);
    assertThat(read.code()).isEqualTo(200);
    assertThat(read.json().path("kind").asText()).isEqualTo("STREET");
    assertThat(read.json().path("place").asBoolean()).isTrue();
  }

  @Test
  void aGroupMadeInAdminBeforeItsUnitIsTakenOverAndNamedAfterTheUnit() {
    Group early = identity.newGroup(Roles.unitHandlers(code));
    early.setName("南湖经办");
    identity.saveGroup(early);

    assertThat(admin.post("/api/units", newUnit(code, name, "STREET")).code()).isEqualTo(201);

    assertThat(groupName(Roles.unitHandlers(code))).isEqualTo(name + "经办人");
    assertThat(groupName(Roles.unitLeaders(code))).isEqualTo(name + "负责人");
  }

  @Test
  void onlyAdministratorsCreateUnits() {
    Reply refused = clerk.post("/api/units", newUnit(code, name, "STREET"));

    refused.assertIsCleanProblem(403);
    assertThat(refused.json().path("title").asText()).isEqualTo("没有权限");
    assertThat(repository.existsById(code)).isFalse();
    assertThat(groupName(Roles.unitHandlers(code))).isNull();
    assertThat(groupName(Roles.unitLeaders(code))).isNull();
  }

  @Test
  void onlyAdministratorsChangeUnits() {
    units.ensureUnit(code, name, UnitKind.STREET);

    clerk.exchange(HttpMethod.PUT, "/api/units/" + code, change("北湖街道办事处", false)).assertIsCleanProblem(403);

    Unit unchanged = units.unit(code);
    assertThat(unchanged.getName()).isEqualTo(name);
    assertThat(unchanged.isActive()).isTrue();
  }

  @Test
  void anAnonymousCallerIsAskedToLogIn() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    var response = http.exchange("/api/units", HttpMethod.POST,
        new HttpEntity<>(newUnit(code, name, "STREET"), headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(repository.existsById(code)).isFalse();
  }

  static Stream<Arguments> badUnits() {
    return Stream.of(
        bad("code missing", u -> u.remove("code"), "code"),
        bad("code of one letter", u -> u.put("code", "n"), "code"),
        bad("code of 41 characters", u -> u.put("code", "n".repeat(41)), "code"),
        bad("code starting with a digit", u -> u.put("code", "1nanhu"), "code"),
        bad("code in capitals", u -> u.put("code", "Nanhu"), "code"),
        bad("code with an underscore", u -> u.put("code", "nan_hu"), "code"),
        bad("code in Chinese", u -> u.put("code", "南湖"), "code"),
        bad("name missing", u -> u.remove("name"), "name"),
        bad("name blank", u -> u.put("name", "   "), "name"),
        bad("name of 101 characters", u -> u.put("name", "南".repeat(101)), "name"),
        bad("kind missing", u -> u.remove("kind"), "kind"),
        bad("kind not a kind of unit", u -> u.put("kind", "CITY"), "kind"));
  }

  private static Arguments bad(String rule, Consumer<Map<String, Object>> spoil, String field) {
    return Arguments.of(rule, spoil, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badUnits")
  void aBadFieldIsNamedAndNothingIsCreated(String rule, Consumer<Map<String, Object>> spoil, String field) {
    Map<String, Object> unit = newUnit(code, name, "STREET");
    spoil.accept(unit);
    Stored before = stored();

    Reply refused = admin.post("/api/units", unit);

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(field)).as(refused.body()).isTrue();
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    Reply refused = admin.post("/api/units", newUnit("X", "", null));

    refused.assertIsCleanProblem(400);
    assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactly("code", "kind", "name");
  }

  @Test
  void aBadChangeIsNamedAndChangesNothing() {
    units.ensureUnit(code, name, UnitKind.STREET);

    Reply refused = admin.exchange(HttpMethod.PUT, "/api/units/" + code, change("南".repeat(101), null));

    refused.assertIsCleanProblem(400);
    assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactly("active", "name");
    assertThat(units.unit(code).getName()).isEqualTo(name);
  }

  @Test
  void aCodeOrANameInUseIsAConflict() {
    assertThat(admin.post("/api/units", newUnit(code, name, "STREET")).code()).isEqualTo(201);
    String other = code + "-b";

    Reply sameCode = admin.post("/api/units", newUnit(code, "北湖镇人民政府（" + code + "）", "TOWN"));
    Reply sameName = admin.post("/api/units", newUnit(other, name, "TOWN"));

    sameCode.assertIsCleanProblem(409);
    assertThat(sameCode.json().path("detail").asText()).isEqualTo("代码“" + code + "”已被其他责任单位使用");
    sameName.assertIsCleanProblem(409);
    assertThat(sameName.json().path("detail").asText()).isEqualTo("名称“" + name + "”已被其他责任单位使用");
    assertThat(units.unit(code).getKind()).isEqualTo(UnitKind.STREET);
    assertThat(repository.existsById(other)).isFalse();
    assertThat(groupName(Roles.unitHandlers(other))).isNull();
    assertThat(groupName(Roles.unitLeaders(other))).isNull();
  }

  @Test
  void aUnitCannotTakeTheNameOfAnother() {
    String other = code + "-b";
    units.ensureUnit(code, name, UnitKind.STREET);
    units.ensureUnit(other, "北湖镇人民政府（" + code + "）", UnitKind.TOWN);

    admin.exchange(HttpMethod.PUT, "/api/units/" + other, change(name, true)).assertIsCleanProblem(409);

    assertThat(units.unit(other).getName()).isEqualTo("北湖镇人民政府（" + code + "）");
  }

  @Test
  void administratorsCreatingTheSameUnitAtOnceMakeItOnce() throws Exception {
    int administrators = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(administrators);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < administrators; i++) {
        replies.add(pool.submit(() -> {
          start.await();
          return admin.post("/api/units", newUnit(code, name, "STREET"));
        }));
      }
      start.countDown();

      List<Integer> statuses = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        statuses.add(reply.get().code());
      }
      assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
      assertThat(groupName(Roles.unitHandlers(code))).isEqualTo(name + "经办人");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRenamedAndDeactivatedUnitLeavesTheListButKeepsItsRecord() {
    admin.post("/api/units", newUnit(code, name, "TOWNSHIP"));
    String newName = "南湖乡人民政府（" + code + "）";

    Reply changed = admin.exchange(HttpMethod.PUT, "/api/units/" + code, change(newName, false));

    assertThat(changed.code()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("name").asText()).isEqualTo(newName);
    assertThat(changed.json().path("active").asBoolean()).isFalse();
    assertThat(groupName(Roles.unitHandlers(code))).isEqualTo(newName + "经办人");
    assertThat(groupName(Roles.unitLeaders(code))).isEqualTo(newName + "负责人");
    assertThat(codes(clerk.get("/api/units"))).doesNotContain(code);
    Reply read = clerk.get("/api/units/" + code);
    assertThat(read.code()).isEqualTo(200);
    assertThat(read.json().path("name").asText()).isEqualTo(newName);
    assertThat(read.json().path("active").asBoolean()).isFalse();

    assertThat(admin.exchange(HttpMethod.PUT, "/api/units/" + code, change(newName, true)).code()).isEqualTo(200);

    assertThat(codes(clerk.get("/api/units"))).contains(code);
  }

  @Test
  void anUnknownUnitIsNotFound() {
    Reply read = clerk.get("/api/units/" + code);
    Reply changed = admin.exchange(HttpMethod.PUT, "/api/units/" + code, change(name, true));

    read.assertIsCleanProblem(404);
    assertThat(read.json().path("detail").asText()).isEqualTo("没有代码为“" + code + "”的责任单位");
    changed.assertIsCleanProblem(404);
    assertThat(repository.existsById(code)).isFalse();
  }

  @Test
  void theCaseGoesOnlyToAUnitInUse() {
    admin.post("/api/units", newUnit(code, name, "DEPARTMENT"));
    admin.exchange(HttpMethod.PUT, "/api/units/" + code, change(name, false));
    String process = registration.register(letter()).processInstanceId();
    Task decision = tasks.createTaskQuery().processInstanceId(process).singleResult();

    assertThatThrownBy(() -> tasks.complete(decision.getId(), transferTo(code)))
        .hasRootCauseInstanceOf(InvalidStepInput.class);

    admin.exchange(HttpMethod.PUT, "/api/units/" + code, change(name, true));
    tasks.complete(decision.getId(), transferTo(code));

    assertThat(tasks.createTaskQuery().processInstanceId(process).taskCandidateGroup(Roles.unitHandlers(code)).count())
        .isEqualTo(1);
  }

  /** What a refused request must not leave behind: units and groups. */
  record Stored(long units, long groups) {}

  private Stored stored() {
    return new Stored(repository.count(), identity.createGroupQuery().count());
  }

  private static Map<String, Object> newUnit(String code, String name, String kind) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("code", code);
    unit.put("name", name);
    unit.put("kind", kind);
    return unit;
  }

  private static Map<String, Object> change(String name, Boolean active) {
    Map<String, Object> change = new HashMap<>();
    change.put("name", name);
    change.put("active", active);
    return change;
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null ? null : group.getName();
  }

  private static List<String> codes(Reply units) {
    return StreamSupport.stream(units.json().spliterator(), false).map(unit -> unit.path("code").asText()).toList();
  }

  private static CaseIntake letter() {
    return new CaseIntake(Channel.LETTER, null, null, 1, CaseClass.CLAIM, SubjectCategory.LABOUR_SOCIAL_SECURITY,
        "反映某公司拖欠工资", "信访人在某工地务工，完工后公司拖欠工资至今未付。", null,
        List.of(new Petitioner("张建国", null, "13807460001", null)));
  }

  private static Map<String, Object> transferTo(String unitCode) {
    Map<String, Object> decision = new HashMap<>();
    decision.put(Variables.ROUTING_DECISION, RoutingDecision.TRANSFER.name());
    decision.put(Variables.ROUTING_OPINION, "属于该单位职责范围，请依法办理。");
    decision.put(Variables.RESPONSIBLE_UNIT, unitCode);
    return decision;
  }
}
