package org.xinfang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.casefile.Intakes.firstPetitioner;
import static org.xinfang.casefile.Intakes.groupVisit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.PetitionProcess.Answers;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The case API shows each user the cases they may see, row by row: a unit its own, the bureau all,
 * and an accusation's accuser only to the discipline channel and the registrar (Art. 30 ¶3).
 */
@PostgresIntegrationTest
class CaseAccessIT {

  private static final String PASSWORD = "access-secret";
  private static final String ACCUSER = "欧阳举";
  private static final String ACCUSER_ID = "11010519491231002X";
  private static final String ACCUSER_PHONE = "13912345678";
  private static final String MATERIAL = "举报某局科长收受工程老板红包，附收据复印件。";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;

  ApiClient registrar;
  String unit;
  String otherUnit;

  @BeforeEach
  void district() {
    registrar = TestDistrict.registrar(units, identity, http, json);
    units.ensureBureauRoles();
    unit = "it-acc-" + UUID.randomUUID().toString().substring(0, 8);
    otherUnit = "it-acc-" + UUID.randomUUID().toString().substring(0, 8);
    units.ensureUnit(unit, "访问测试街道" + unit, UnitKind.STREET);
    units.ensureUnit(otherUnit, "访问测试镇" + otherUnit, UnitKind.TOWN);
  }

  @Test
  void aUnitSeesTheCasesRoutedToItAndNoOthers() {
    String ours = transfer(register(groupVisit()), unit);
    String theirs = transfer(register(groupVisit()), otherUnit);
    String unrouted = register(groupVisit());
    ApiClient handler = user("it.acc.handler-" + unit, Roles.unitHandlers(unit));
    ApiClient leader = user("it.acc.leader-" + unit, Roles.unitLeaders(unit));

    assertThat(numbers(handler, "/api/cases?size=100")).contains(ours).doesNotContain(theirs, unrouted);
    assertThat(numbers(leader, "/api/cases?size=100")).contains(ours).doesNotContain(theirs, unrouted);
    assertThat(handler.get("/api/cases/" + ours).code()).isEqualTo(200);
    // another unit's case is answered exactly as a case that does not exist
    Reply hidden = handler.get("/api/cases/" + theirs);
    hidden.assertIsCleanProblem(404);
    Reply absent = handler.get("/api/cases/XF-2000-99999");
    assertThat(hidden.json().path("title")).isEqualTo(absent.json().path("title"));
    assertThat(handler.get("/api/cases/" + unrouted).code()).isEqualTo(404);

    ApiClient leaderOfTheBureau = user("it.acc.bureau", Roles.BUREAU_LEADERS);
    assertThat(numbers(leaderOfTheBureau, "/api/cases?size=100&unit=" + otherUnit)).contains(theirs);
    assertThat(leaderOfTheBureau.get("/api/cases/" + theirs).code()).isEqualTo(200);
  }

  @Test
  void aUserOfNoRoleSeesNoCase() {
    String ours = transfer(register(groupVisit()), unit);
    ApiClient nobody = user("it.acc.nobody", null);

    assertThat(nobody.get("/api/cases").json().path("totalElements").asLong()).isZero();
    assertThat(nobody.get("/api/cases/" + ours).code()).isEqualTo(404);
    assertThat(nobody.get("/api/supervision/deadlines?withinDays=30").json().path("cases")).isEmpty();
  }

  @Test
  void theSupervisionListShowsAUnitOnlyItsOwnCases() {
    String ours = transfer(register(groupVisit()), unit);
    String theirs = transfer(register(groupVisit()), otherUnit);
    ApiClient handler = user("it.acc.handler-" + unit, Roles.unitHandlers(unit));
    ApiClient supervisor = user("it.acc.supervisor", Roles.SUPERVISORS);

    assertThat(watched(handler)).contains(ours).doesNotContain(theirs);
    assertThat(handler.get("/api/supervision/deadlines?withinDays=30").json().path("cases"))
        .allSatisfy(watched -> assertThat(watched.path("actor").path("code").asText()).isEqualTo(unit));
    assertThat(watched(supervisor)).contains(ours, theirs);
  }

  @Test
  void anObjectionTakesTheCaseAwayFromTheUnit() {
    String ours = transfer(register(groupVisit()), unit);
    ApiClient handler = user("it.acc.handler-" + unit, Roles.unitHandlers(unit));
    assertThat(handler.get("/api/cases/" + ours).code()).isEqualTo(200);

    complete(ours, Map.of(Variables.UNIT_ANSWER, Answers.OBJECT, Variables.OBJECTION_REASON, "不属于本单位职责范围。"));

    assertThat(handler.get("/api/cases/" + ours).code()).isEqualTo(404);
    assertThat(numbers(handler, "/api/cases?size=100")).doesNotContain(ours);
  }

  @Test
  void anAccusersIdentityAndMaterialReachOnlyTheDisciplineChannelAndTheRegistrar() {
    Map<String, Object> accusation = groupVisit();
    accusation.put("caseClass", "ACCUSATION");
    accusation.put("personCount", 1);
    accusation.put("content", MATERIAL);
    accusation.put("petitioners", List.of(Intakes.petitioner(ACCUSER, ACCUSER_ID, ACCUSER_PHONE, "某街道某巷1号")));
    String number = register(accusation);
    transfer(number, unit);

    for (ApiClient entitled : List.of(registrar, user("it.acc.discipline", Roles.DISCIPLINE))) {
      JsonNode details = entitled.get("/api/cases/" + number).json();
      assertThat(details.path("accuserWithheld").asBoolean()).isFalse();
      assertThat(details.path("content").asText()).isEqualTo(MATERIAL);
      assertThat(details.path("petitioners").get(0).path("name").asText()).isEqualTo(ACCUSER);
    }
    for (ApiClient other : List.of(
        user("it.acc.colleague", Roles.PETITION_ROOM), user("it.acc.bureau", Roles.BUREAU_LEADERS),
        user("it.acc.supervisor", Roles.SUPERVISORS), user("it.acc.admin", Roles.ADMINISTRATORS),
        user("it.acc.handler-" + unit, Roles.unitHandlers(unit)))) {
      Reply details = other.get("/api/cases/" + number);
      assertThat(details.code()).isEqualTo(200);
      assertThat(details.json().path("accuserWithheld").asBoolean()).isTrue();
      assertThat(details.json().path("petitioners")).isEmpty();
      assertThat(details.json().path("content").isNull()).isTrue();
      assertThat(details.json().path("notifications")).isNotEmpty()
          .allSatisfy(notice -> assertThat(notice.path("recipient").asText()).isIn("（保密）", "petition-room"));
      assertThat(details.body()).doesNotContain(ACCUSER, ACCUSER_ID, ACCUSER_PHONE, MATERIAL);
      assertThat(other.get("/api/cases?size=100").body()).doesNotContain(ACCUSER, ACCUSER_ID, ACCUSER_PHONE, MATERIAL);
    }
    // an ordinary petition's petitioners stay visible to its unit
    String ordinary = transfer(register(groupVisit()), unit);
    JsonNode details = user("it.acc.handler-" + unit, Roles.unitHandlers(unit)).get("/api/cases/" + ordinary).json();
    assertThat(details.path("accuserWithheld").asBoolean()).isFalse();
    assertThat(details.path("petitioners").get(0).path("name").asText())
        .isEqualTo(firstPetitioner(groupVisit()).get("name"));
  }

  private String register(Map<String, Object> intake) {
    Reply receipt = registrar.post("/api/cases", intake);
    assertThat(receipt.code()).as(receipt.body()).isEqualTo(201);
    return receipt.json().path("caseNumber").asText();
  }

  /** The petition room transfers the case to {@code unitCode}. */
  private String transfer(String caseNumber, String unitCode) {
    complete(caseNumber, Map.of(
        Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, "属地管理，转该单位办理。",
        Variables.RESPONSIBLE_UNIT, unitCode));
    return caseNumber;
  }

  private void complete(String caseNumber, Map<String, Object> form) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    tasks.complete(task.getId(), form);
  }

  private ApiClient user(String userId, String group) {
    if (group == null) {
      TestUsers.ensure(identity, userId, PASSWORD);
    } else {
      TestUsers.ensure(identity, userId, PASSWORD, group);
    }
    return new ApiClient(http, json, userId, PASSWORD);
  }

  private static List<String> numbers(ApiClient client, String path) {
    return StreamSupport.stream(client.get(path).json().path("content").spliterator(), false)
        .map(summary -> summary.path("caseNumber").asText())
        .toList();
  }

  private static List<String> watched(ApiClient client) {
    return StreamSupport.stream(client.get("/api/supervision/deadlines?withinDays=30").json().path("cases")
        .spliterator(), false).map(watched -> watched.path("caseNumber").asText()).toList();
  }
}
