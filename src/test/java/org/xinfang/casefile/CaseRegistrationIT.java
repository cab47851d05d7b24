package org.xinfang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xinfang.casefile.Intakes.firstPetitioner;
import static org.xinfang.casefile.Intakes.groupVisit;
import static org.xinfang.casefile.Intakes.petitioner;
import static org.xinfang.casefile.Intakes.petitioners;
import static org.xinfang.casefile.TestDistrict.DEPARTMENT;
import static org.xinfang.casefile.TestDistrict.PLACE_NAME;
import static org.xinfang.casefile.TestDistrict.REGISTRAR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.PetitionProcess;

/** Registering a petition through the API: what is stored when it is right, and nothing when it is not. */
@PostgresIntegrationTest
class CaseRegistrationIT {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;
  ApiClient engineAdmin;

  @BeforeEach
  void district() {
    api = TestDistrict.registrar(units, identity, http, json);
    engineAdmin = TestDistrict.administrator(identity, http, json);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aRegisteredCaseCanBeReadWithItsTimelineAndRunsItsProcess() {
    Reply registered = api.post("/api/cases", groupVisit());

    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    String caseNumber = registered.json().path("caseNumber").asText();
    assertThat(caseNumber).matches("XF-\\d{4}-\\d{5}");
    assertThat(registered.headers().getLocation()).hasToString("/api/cases/" + caseNumber);
    assertThat(registered.json().path("status").path("code").asText()).isEqualTo("AWAITING_ROUTING");
    assertThat(registered.json().path("status").path("label").asText()).isEqualTo("待信访室处理");
    String queryCode = registered.json().path("queryCode").asText();
    assertThat(queryCode).hasSize(12);
    assertThat(jdbc.queryForObject("select query_code from petition_case where case_number = ?",
        String.class, caseNumber)).isEqualTo(queryCode);

    Reply read = api.get(registered.headers().getLocation().toString());

    assertThat(read.code()).isEqualTo(200);
    JsonNode details = read.json();
    assertThat(details.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(details.path("channel").path("label").asText()).isEqualTo("来访");
    assertThat(details.path("caseClass").path("code").asText()).isEqualTo("CLAIM");
    assertThat(details.path("place").path("label").asText()).isEqualTo(PLACE_NAME);
    assertThat(details.path("personCount").asInt()).isEqualTo(3);
    assertThat(details.path("registeredBy").asText()).isEqualTo(REGISTRAR);
    assertThat(details.path("petitioners")).extracting(p -> p.path("name").asText()).containsExactly("张三", "李四");
    // the details show ID and phone numbers masked; the full values are a separate, audited request
    assertThat(details.path("petitioners").get(0).path("idNumber").asText()).isEqualTo("1101**********002X");
    assertThat(details.path("petitioners").get(0).path("phone").asText()).isEqualTo("138****5678");
    assertThat(details.path("petitioners").get(1).path("phone").asText()).isEqualTo("074*-***1234");
    assertThat(read.body()).doesNotContain("11010519491231002X", "13812345678", "0746-6221234");
    assertThat(details.path("milestones").path("registeredAt").isTextual()).isTrue();
    assertThat(details.path("milestones").path("decidedAt").isNull()).isTrue();
    JsonNode routing = details.path("dueDates").get(0);
    assertThat(routing.path("limit").asText()).isEqualTo("ROUTING");
    assertThat(routing.path("article").asText()).isEqualTo("《信访工作条例》第二十二条");
    assertThat(routing.path("dueAt").isTextual()).isTrue();
    assertThat(routing.path("met").isNull()).isTrue();
    assertThat(details.path("overdue").asBoolean()).isFalse();
    // the registration notice waits in the outbox: a text message to the mobile number, letters to both
    assertThat(details.path("notifications")).extracting(n -> n.path("notice").asText(),
            n -> n.path("recipient").asText(), n -> n.path("channel").path("code").asText(),
            n -> n.path("status").path("code").asText())
        .containsExactly(tuple("登记告知书", "张三", "SMS", "PENDING"), tuple("登记告知书", "张三", "LETTER", "PENDING"),
            tuple("登记告知书", "李四", "LETTER", "PENDING"));
    assertThat(read.body()).doesNotContain(queryCode);

    JsonNode timeline = details.path("timeline");
    assertThat(timeline).extracting(e -> e.path("type").path("code").asText()).startsWith("REGISTERED", "LIMIT_SET");
    assertThat(timeline.get(0).path("actor").asText()).isEqualTo(REGISTRAR);
    assertThat(timeline.get(0).path("description").asText()).contains("反映河西街道某小区违章搭建问题");
    assertThat(timeline.get(0).path("occurredAt").isTextual()).isTrue();

    // each test context runs an engine of its own name, so the engine REST API is addressed by it
    String engineRest = "/engine-rest/engine/" + engine.getName();
    Reply process = engineAdmin.get(engineRest + "/process-instance?processDefinitionKey=" + PetitionProcess.KEY
        + "&businessKey=" + caseNumber + "&maxResults=10");
    assertThat(process.code()).as(process.body()).isEqualTo(200);
    assertThat(process.json()).hasSize(1);
    assertThat(process.json().get(0).path("ended").asBoolean()).isFalse();
    Reply task = engineAdmin.get(engineRest + "/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=10");
    assertThat(task.json()).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly(PetitionProcess.Elements.DECIDE_ROUTING);
  }

  @Test
  void anItemForwardedFromAboveWithFiveRepresentativesIsRegistered() {
    Map<String, Object> intake = groupVisit();
    intake.put("channel", "HIGHER_LEVEL");
    intake.put("higherLevelName", "永州市信访局");
    intake.put("higherLevelReference", "永信转〔2026〕15号");
    intake.put("personCount", 12);
    intake.put("placeUnitCode", null);
    for (String name : List.of("王五", "赵六", "孙七")) {
      petitioners(intake).add(petitioner(name, null, "13900001111", null));
    }

    Reply registered = api.post("/api/cases", intake);

    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    JsonNode details = api.get("/api/cases/" + registered.json().path("caseNumber").asText()).json();
    assertThat(details.path("higherLevelReference").asText()).isEqualTo("永信转〔2026〕15号");
    assertThat(details.path("petitioners")).hasSize(5);
    assertThat(details.path("place").isNull()).isTrue();
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("channel missing", i -> i.remove("channel"), "channel"),
        broken("channel not one of the channels", i -> i.put("channel", "PIGEON"), "channel"),
        broken("person count not a number", i -> i.put("personCount", "many"), "personCount"),
        broken("person count zero", i -> i.put("personCount", 0), "personCount"),
        broken("fewer people than petitioners", i -> i.put("personCount", 1), "personCount"),
        broken("class missing", i -> i.remove("caseClass"), "caseClass"),
        broken("subject not one of the subjects", i -> i.put("subjectCategory", "WEATHER"), "subjectCategory"),
        broken("title blank", i -> i.put("title", "   "), "title"),
        broken("title longer than its column", i -> i.put("title", "长".repeat(201)), "title"),
        broken("title not text", i -> i.put("title", Map.of("text", "标题")), "title"),
        broken("title with a control character", i -> i.put("title", "违章\u001b[2J搭建"), "title"),
        broken("content with a NUL character", i -> i.put("content", "第一行\n第二行\u0000"), "content"),
        broken("name with a right-to-left override", i -> firstPetitioner(i).put("name", "张\u202e三"),
            "petitioners[0].name"),
        broken("address with a line break", i -> firstPetitioner(i).put("address", "潇湘路\n8号"),
            "petitioners[0].address"),
        broken("place code that is no code", i -> i.put("placeUnitCode", "../it-hexi"), "placeUnitCode"),
        broken("place code with a NUL character", i -> i.put("placeUnitCode", "it-hexi\u0000"), "placeUnitCode"),
        broken("content missing", i -> i.remove("content"), "content"),
        broken("higher level without its name", i -> {
          i.put("channel", "HIGHER_LEVEL");
          i.put("higherLevelReference", "永信转〔2026〕15号");
        }, "higherLevelName"),
        broken("higher level without its reference", i -> {
          i.put("channel", "HIGHER_LEVEL");
          i.put("higherLevelName", "永州市信访局");
        }, "higherLevelReference"),
        broken("higher level name longer than its column", i -> {
          i.put("channel", "HIGHER_LEVEL");
          i.put("higherLevelName", "局".repeat(101));
          i.put("higherLevelReference", "永信转〔2026〕15号");
        }, "higherLevelName"),
        broken("a reference number on a visit", i -> i.put("higherLevelReference", "永信转〔2026〕15号"),
            "higherLevelReference"),
        broken("place unknown", i -> i.put("placeUnitCode", "nowhere"), "placeUnitCode"),
        broken("place is a department", i -> i.put("placeUnitCode", DEPARTMENT), "placeUnitCode"),
        broken("no petitioner", i -> petitioners(i).clear(), "petitioners"),
        broken("petitioners missing", i -> i.remove("petitioners"), "petitioners"),
        broken("six representatives", i -> {
          i.put("personCount", 30);
          for (int n = 0; n < 4; n++) {
            petitioners(i).add(petitioner("代表" + n, null, "13900001111", null));
          }
        }, "petitioners"),
        broken("petitioners not a list", i -> i.put("petitioners", "张三"), "petitioners"),
        broken("petitioner empty", i -> petitioners(i).set(0, null), "petitioners[0]"),
        broken("petitioner without a name", i -> firstPetitioner(i).remove("name"), "petitioners[0].name"),
        broken("name longer than its column", i -> firstPetitioner(i).put("name", "名".repeat(51)), "petitioners[0].name"),
        broken("ID number of 17 characters", i -> firstPetitioner(i).put("idNumber", "11010519491231002"),
            "petitioners[0].idNumber"),
        broken("ID number with a wrong check character", i -> firstPetitioner(i).put("idNumber", "110105194912310021"),
            "petitioners[0].idNumber"),
        broken("ID number with no such birth date", i -> firstPetitioner(i).put("idNumber", "110105194913310013"),
            "petitioners[0].idNumber"),
        broken("ID number born in the future", i -> firstPetitioner(i).put("idNumber", "110105209901010012"),
            "petitioners[0].idNumber"),
        broken("phone too short", i -> firstPetitioner(i).put("phone", "12345"), "petitioners[0].phone"),
        broken("mobile number with a wrong prefix", i -> firstPetitioner(i).put("phone", "12812345678"),
            "petitioners[0].phone"),
        broken("landline without area code", i -> firstPetitioner(i).put("phone", "6221234"), "petitioners[0].phone"),
        broken("phone not text", i -> firstPetitioner(i).put("phone", List.of("13812345678")), "petitioners[0].phone"),
        broken("neither phone nor address", i -> firstPetitioner(i).remove("phone"), "petitioners[0].phone"),
        broken("address longer than its column", i -> firstPetitioner(i).put("address", "址".repeat(201)),
            "petitioners[0].address"));
  }

  private static Arguments broken(String rule, Consumer<Map<String, Object>> spoil, String field) {
    return Arguments.of(rule, spoil, field);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void aBrokenRuleIsNamedAndNothingIsStored(String rule, Consumer<Map<String, Object>> spoil, String field) {
    Map<String, Object> intake = groupVisit();
    spoil.accept(intake);
    Stored before = stored();

    Reply refused = api.post("/api/cases", intake);

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(field)).as(refused.body()).isTrue();
    assertThat(refused.json().path("errors")).allSatisfy(error -> assertThat(error.path("reason").asText()).isNotBlank());
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void everyBrokenRuleIsNamedAtOnce() {
    Map<String, Object> intake = groupVisit();
    intake.remove("title");
    intake.put("channel", "HIGHER_LEVEL");
    firstPetitioner(intake).put("phone", "110");

    Reply refused = api.post("/api/cases", intake);

    refused.assertIsCleanProblem(400);
    assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asText())
        .containsExactly("higherLevelName", "higherLevelReference", "petitioners[0].phone", "title");
  }

  @Test
  void malformedJsonIsRefusedAndNothingIsStored() {
    Stored before = stored();

    Reply refused = api.postRaw("/api/cases", "{\"channel\": \"VISIT\", \"title\": ", MediaType.APPLICATION_JSON);

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(null)).as(refused.body()).isTrue();
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anEmptyBodyIsRefused() {
    api.postRaw("/api/cases", "", MediaType.APPLICATION_JSON).assertIsCleanProblem(400);
  }

  @Test
  void aBodyThatIsNotJsonIsRefused() {
    api.postRaw("/api/cases", "channel=VISIT", MediaType.APPLICATION_FORM_URLENCODED).assertIsCleanProblem(415);
  }

  @Test
  void unknownRoutesAndMethodsAnswerWithProblems() {
    api.get("/api/nothing-here").assertIsCleanProblem(404);
    Reply wrongMethod = api.exchange(HttpMethod.DELETE, "/api/cases", null);
    wrongMethod.assertIsCleanProblem(405);
    assertThat(wrongMethod.headers().getFirst(HttpHeaders.ALLOW)).contains("POST", "GET");
  }

  @Test
  void concurrentRegistrationsGetConsecutiveCaseNumbers() throws Exception {
    // numbers restart every year: no New Year's midnight may fall among the registrations
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-22T02:00:00Z")));
    int registrars = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(registrars);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < registrars; i++) {
        replies.add(pool.submit(() -> {
          start.await();
          return api.post("/api/cases", groupVisit());
        }));
      }
      start.countDown();

      List<String> numbers = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        Reply registered = reply.get();
        assertThat(registered.code()).as(registered.body()).isEqualTo(201);
        numbers.add(registered.json().path("caseNumber").asText());
      }
      List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
          .sorted().toList();
      assertThat(sequence).doesNotHaveDuplicates();
      assertThat(sequence.get(registrars - 1) - sequence.get(0)).isEqualTo(registrars - 1);
      for (String number : numbers) {
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count())
            .isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a registration leaves behind: case rows, numbers handed out, process instances. */
  record Stored(long cases, long numbersIssued, long processes) {}

  private Stored stored() {
    return new Stored(
        jdbc.queryForObject("select count(*) from petition_case", Long.class),
        jdbc.queryForObject("select coalesce(sum(last_value), 0) from case_number_counter", Long.class),
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY).count());
  }
}
