package org.xinfang.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;

/**
 * The registrar's side of repeat petitions over HTTP on PostgreSQL: the candidates shown before
 * saving, the link saved with the registration, and what the petition room's task then offers.
 * The database is shared with other tests, so each test brings petitioners of its own and looks
 * only at the cases it registered.
 */
@PostgresIntegrationTest
class RepeatPetitionIT {

  static final String PLACE = "it-chengnan";
  static final String WAGES_TITLE = "反映某建筑公司拖欠农民工工资";
  static final String WAGES = "信访人在城南街道某工地务工，工程完工后公司拖欠工资三万元至今未付。";
  static final String WAGES_AGAIN_TITLE = "再次反映建筑公司拖欠工资问题";
  static final String WAGES_AGAIN = "本人在城南街道工地干活，完工后建筑公司欠我工资三万元，之前反映过，至今仍未支付。";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  ApiClient registrar;
  ApiClient administrator;
  /** Another member of the petition room, who did not register the accusations of these tests. */
  ApiClient colleague;
  /** A member of the petition room who also works for the discipline channel. */
  ApiClient disciplineRegistrar;

  @BeforeEach
  void district() {
    units.ensureBureauRoles();
    units.ensureUnit(PLACE, "城南街道（测试）", UnitKind.STREET);
    TestUsers.ensure(identity, "it.repeat.registrar", "registrar-secret", Roles.PETITION_ROOM);
    TestUsers.ensure(identity, "it.repeat.admin", "admin-secret", Roles.ADMINISTRATORS);
    TestUsers.ensure(identity, "it.repeat.colleague", "registrar-secret", Roles.PETITION_ROOM);
    TestUsers.ensure(identity, "it.repeat.discipline", "registrar-secret", Roles.PETITION_ROOM, Roles.DISCIPLINE);
    registrar = new ApiClient(http, json, "it.repeat.registrar", "registrar-secret");
    administrator = new ApiClient(http, json, "it.repeat.admin", "admin-secret");
    colleague = new ApiClient(http, json, "it.repeat.colleague", "registrar-secret");
    disciplineRegistrar = new ApiClient(http, json, "it.repeat.discipline", "registrar-secret");
  }

  @Test
  void theSameIdNumberUnderASlightlyDifferentAddressIsTheSamePetitioner() {
    String id = idNumber();
    String earlier = register(wages(petitioner("欧阳春华", id, mobile(), "永州市零陵区城南路12号")));

    Reply matches = registrar.post("/api/cases/matches",
        wagesAgain(petitioner("欧阳春华", id, mobile(), "零陵区 城南路12號")));

    assertThat(matches.code()).as(matches.body()).isEqualTo(200);
    JsonNode candidate = candidate(matches, earlier);
    assertThat(candidate.path("title").asText()).isEqualTo(WAGES_TITLE);
    assertThat(candidate.path("status").path("code").asText()).isEqualTo("AWAITING_ROUTING");
    assertThat(candidate.path("registeredAt").isTextual()).isTrue();
    assertThat(reasons(candidate)).containsExactly("SAME_ID_NUMBER", "SIMILAR_MATTER");
    assertThat(candidate.path("reasons").get(0).path("label").asText()).isEqualTo("身份证号码相同");
    assertThat(candidate.path("reasons").get(0).path("detail").asText()).isEqualTo("欧阳春华");
    assertThat(candidate.path("strength").path("code").asText()).isEqualTo("HIGH");
    assertThat(candidate.path("stillOpen").asBoolean()).isTrue();
    assertThat(candidate.path("reReviewed").asBoolean()).isFalse();
  }

  @Test
  void aDifferentPersonWithTheSameNameIsNoCandidate() {
    String phone = mobile();
    String earlier = register(wages(petitioner("欧阳春华", idNumber(), phone, "永州市零陵区城南路12号")));
    String withoutId = register(wages(petitioner("欧阳春华", null, mobile(), "零陵区城南路40号")));

    Reply anotherId = registrar.post("/api/cases/matches",
        wagesAgain(petitioner("欧阳春华", idNumber(), null, "永州市零陵区城南路12号")));
    Reply anotherPhoneAndAddress = registrar.post("/api/cases/matches",
        wagesAgain(petitioner("欧阳春华", null, mobile(), "零陵区河西街道潇湘路8号")));
    Reply sameAddressWithoutId = registrar.post("/api/cases/matches",
        wagesAgain(petitioner("欧阳春华", null, mobile(), "湖南省永州市零陵区城南路40号")));

    assertThat(caseNumbers(anotherId)).doesNotContain(earlier, withoutId);
    assertThat(caseNumbers(anotherPhoneAndAddress)).doesNotContain(earlier, withoutId);
    assertThat(caseNumbers(sameAddressWithoutId)).contains(withoutId).doesNotContain(earlier);
    assertThat(reasons(candidate(sameAddressWithoutId, withoutId)))
        .containsExactly("SAME_NAME_SIMILAR_ADDRESS", "SIMILAR_MATTER");
  }

  @Test
  void aGroupVisitWhoseRepresentativesOverlapAnEarlierCaseIsACandidate() {
    String landline = "0746-" + (6000000 + ThreadLocalRandom.current().nextInt(1000000));
    String id = idNumber();
    String earlier = register(wages(petitioner("蒋玉兰", null, landline, null), petitioner("唐志勇", id, null, "城南路3号")));

    Map<String, Object> group = wagesAgain(
        petitioner("雷小龙", idNumber(), mobile(), null),
        petitioner("蒋玉兰", null, landline.replace("-", ""), null),
        petitioner("唐志勇", id, mobile(), null));
    group.put("personCount", 23);
    Reply matches = registrar.post("/api/cases/matches", group);

    JsonNode candidate = candidate(matches, earlier);
    assertThat(reasons(candidate))
        .containsExactly("SAME_PHONE", "SAME_ID_NUMBER", "OVERLAPPING_REPRESENTATIVES", "SIMILAR_MATTER");
    assertThat(candidate.path("reasons").get(2).path("detail").asText()).isEqualTo("2人与原事项信访人相同：蒋玉兰、唐志勇");
  }

  @Test
  void aRepeatIsRegisteredWithItsLinkAndListedApartFromFirstTimeItems() {
    String id = idNumber();
    String earlier = register(wages(petitioner("欧阳春华", id, mobile(), null)));
    Map<String, Object> again = wagesAgain(petitioner("欧阳春华", id, mobile(), null));
    again.put("repeatOf", earlier);

    String repeat = register(again);

    JsonNode details = registrar.get("/api/cases/" + repeat).json();
    assertThat(details.path("firstTime").asBoolean()).isFalse();
    assertThat(details.path("repeatOf").asText()).isEqualTo(earlier);
    assertThat(details.path("repeatWhileOpen").asBoolean()).as("the earlier case waits for its routing").isTrue();
    assertThat(details.path("timeline").get(0).path("description").asText())
        .contains("重复信访，原事项" + earlier, "第十九条第三款");
    JsonNode first = registrar.get("/api/cases/" + earlier).json();
    assertThat(first.path("firstTime").asBoolean()).isTrue();
    assertThat(first.path("repeatOf").isNull()).isTrue();

    assertThat(listed("firstTime=false")).contains(repeat).doesNotContain(earlier);
    assertThat(listed("firstTime=true")).contains(earlier).doesNotContain(repeat);
    JsonNode summary = StreamSupport.stream(registrar.get("/api/cases?firstTime=false&size=100").json()
        .path("content").spliterator(), false)
        .filter(line -> line.path("caseNumber").asText().equals(repeat)).findFirst().orElseThrow();
    assertThat(summary.path("repeatOf").asText()).isEqualTo(earlier);
  }

  @Test
  void aLinkToACaseThatDoesNotExistIsRefusedAndNothingIsStored() {
    Map<String, Object> again = wagesAgain(petitioner("欧阳春华", idNumber(), mobile(), null));
    again.put("repeatOf", "XF-1999-99999");
    int before = jdbc.queryForObject("select count(*) from petition_case", Integer.class);

    Reply refused = registrar.post("/api/cases", again);

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField("repeatOf")).as(refused.body()).isTrue();
    assertThat(refused.json().path("errors").get(0).path("reason").asText()).isEqualTo("没有这个编号的信访事项，无法关联为重复信访");
    assertThat(jdbc.queryForObject("select count(*) from petition_case", Integer.class)).isEqualTo(before);
  }

  @Test
  void afterReReviewTheSameFactsAreOfferedNotToBeAcceptedAgain() {
    String id = idNumber();
    String earlier = register(wages(petitioner("欧阳春华", id, mobile(), null)));
    // the review processes put a case there; here the record is moved directly
    jdbc.update("update petition_case set status = ? where case_number = ?", CaseStatus.RE_REVIEWED.name(), earlier);
    Map<String, Object> again = wagesAgain(petitioner("欧阳春华", id, mobile(), null));

    JsonNode candidate = candidate(registrar.post("/api/cases/matches", again), earlier);
    assertThat(candidate.path("reReviewed").asBoolean()).isTrue();
    assertThat(candidate.path("stillOpen").asBoolean()).isFalse();
    again.put("repeatOf", earlier);
    String repeat = register(again);

    String engineRest = "/engine-rest/engine/" + engine.getName();
    JsonNode task = administrator.get(engineRest + "/task?maxResults=10&processInstanceBusinessKey=" + repeat).json().get(0);
    JsonNode form = administrator.get(engineRest + "/task/" + task.path("id").asText() + "/form-variables").json();
    assertThat(form.path("repeatNotice").path("value").asText())
        .contains("原事项" + earlier + "（已复核）", "不再受理", "第三十六条第三款");
    assertThat(form.path("routingDecision").path("value").asText()).isEqualTo("NOT_ACCEPT_AGAIN");

    Reply completed = administrator.post(engineRest + "/task/" + task.path("id").asText() + "/complete", Map.of(
        "variables", Map.of(
            "routingDecision", Map.of("value", "NOT_ACCEPT_AGAIN"),
            "routingOpinion", Map.of("value", "该事项已经复核终结，以同一事实和理由再次提出，不再受理。"))));

    assertThat(completed.code()).as(completed.body()).isEqualTo(204);
    JsonNode details = registrar.get("/api/cases/" + repeat).json();
    assertThat(details.path("status").path("code").asText()).isEqualTo("NOT_ACCEPTED_AGAIN");
    assertThat(details.path("repeatOf").asText()).isEqualTo(earlier);
  }

  @Test
  void anAccusationIsACandidateOnlyForItsRegistrarAndTheDisciplineChannel() {
    String name = uniqueName();
    String id = idNumber();
    String phone = mobile();
    String address = "零陵区城南路" + ThreadLocalRandom.current().nextInt(100, 999) + "号";
    Map<String, Object> accusation = wages(petitioner(name, id, phone, address));
    accusation.put("caseClass", "ACCUSATION");
    accusation.put("title", "检举某建筑公司负责人克扣工资");
    String accused = register(accusation);

    Map<String, Object> byIdNumber = wagesAgain(petitioner(name, id, null, null));
    Map<String, Object> byPhone = wagesAgain(petitioner("另一个名字", null, phone, null));
    Map<String, Object> byNameAndAddress = wagesAgain(petitioner(name, null, mobile(), address));
    Map<String, Object> nobodyKnown = wagesAgain(petitioner(uniqueName(), idNumber(), mobile(), "河西街道某小区"));

    // another member of the petition room learns nothing: the answer of a person never registered
    String neverRegistered = colleague.post("/api/cases/matches", nobodyKnown).body();
    assertThat(neverRegistered).isEqualTo("[]");
    for (Map<String, Object> search : List.of(byIdNumber, byPhone, byNameAndAddress)) {
      Reply answer = colleague.post("/api/cases/matches", search);
      assertThat(answer.code()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo(neverRegistered);
    }
    // its registrar and the discipline channel find it as any other case
    assertThat(reasons(candidate(registrar.post("/api/cases/matches", byIdNumber), accused)))
        .containsExactly("SAME_ID_NUMBER", "SIMILAR_MATTER");
    assertThat(reasons(candidate(registrar.post("/api/cases/matches", byPhone), accused))).contains("SAME_PHONE");
    assertThat(reasons(candidate(disciplineRegistrar.post("/api/cases/matches", byNameAndAddress), accused)))
        .contains("SAME_NAME_SIMILAR_ADDRESS");
  }

  @Test
  void theSamePersonsOtherCasesAreFoundWithoutAHintOfTheAccusation() {
    String name = uniqueName();
    String id = idNumber();
    String claim = register(wages(petitioner(name, id, mobile(), null)));
    Map<String, Object> accusation = wages(petitioner(name, id, mobile(), null));
    accusation.put("caseClass", "ACCUSATION");
    String accused = register(accusation);

    Reply colleagues = colleague.post("/api/cases/matches", wagesAgain(petitioner(name, id, null, null)));

    assertThat(caseNumbers(colleagues)).containsExactly(claim);
    assertThat(colleagues.body()).doesNotContain(accused);
    JsonNode found = candidate(colleagues, claim);
    assertThat(found.path("reasons").get(0).path("detail").asText()).isEqualTo(name);
    assertThat(caseNumbers(registrar.post("/api/cases/matches", wagesAgain(petitioner(name, id, null, null)))))
        .containsExactlyInAnyOrder(claim, accused);
  }

  // ---- requests and answers

  private String register(Map<String, Object> intake) {
    Reply registered = registrar.post("/api/cases", intake);
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    return registered.json().path("caseNumber").asText();
  }

  private List<String> listed(String filter) {
    return caseNumbers(registrar.get("/api/cases?size=100&" + filter).json().path("content"));
  }

  private static JsonNode candidate(Reply matches, String caseNumber) {
    assertThat(matches.code()).as(matches.body()).isEqualTo(200);
    return StreamSupport.stream(matches.json().spliterator(), false)
        .filter(candidate -> candidate.path("caseNumber").asText().equals(caseNumber))
        .findFirst()
        .orElseThrow(() -> new AssertionError(caseNumber + " is no candidate: " + matches.body()));
  }

  private static List<String> caseNumbers(Reply matches) {
    assertThat(matches.code()).as(matches.body()).isEqualTo(200);
    return caseNumbers(matches.json());
  }

  private static List<String> caseNumbers(JsonNode cases) {
    return StreamSupport.stream(cases.spliterator(), false).map(c -> c.path("caseNumber").asText()).toList();
  }

  private static List<String> reasons(JsonNode candidate) {
    return StreamSupport.stream(candidate.path("reasons").spliterator(), false)
        .map(reason -> reason.path("code").asText()).toList();
  }

  private static Map<String, Object> wages(Map<?, ?>... petitioners) {
    return intake(WAGES_TITLE, WAGES, petitioners);
  }

  private static Map<String, Object> wagesAgain(Map<?, ?>... petitioners) {
    return intake(WAGES_AGAIN_TITLE, WAGES_AGAIN, petitioners);
  }

  private static Map<String, Object> intake(String title, String content, Map<?, ?>... petitioners) {
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("channel", "VISIT");
    intake.put("personCount", petitioners.length);
    intake.put("caseClass", "CLAIM");
    intake.put("subjectCategory", "LABOUR_SOCIAL_SECURITY");
    intake.put("title", title);
    intake.put("content", content);
    intake.put("placeUnitCode", PLACE);
    intake.put("petitioners", new ArrayList<>(List.of(petitioners)));
    return intake;
  }

  private static Map<String, Object> petitioner(String name, String idNumber, String phone, String address) {
    Map<String, Object> petitioner = new LinkedHashMap<>();
    petitioner.put("name", name);
    petitioner.put("idNumber", idNumber);
    petitioner.put("phone", phone);
    petitioner.put("address", address);
    return petitioner;
  }

  // ---- petitioners no other test has

  /** A three-character name of characters no other test uses together. */
  private static String uniqueName() {
    String characters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    StringBuilder name = new StringBuilder("司");
    for (int i = 0; i < 3; i++) {
      name.append(characters.charAt(ThreadLocalRandom.current().nextInt(characters.length())));
    }
    return name.toString();
  }

  private static String mobile() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** A valid citizen ID number (GB 11643) of someone born on a random day, with its check character. */
  private static String idNumber() {
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18_000));
    String first17 = "431102" + born.format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }
}
