package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.HostileInput;
import org.xinfang.HostileInput.Attack;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;

/**
 * Hostile and malformed requests to every write endpoint but registration (which {@code IntakeFuzzIT}
 * covers): leaders' instructions, units, holiday schedules, review requests, ratings, the
 * petitioner's lookup and rating, the matching check. From a fixed seed, so that a failure repeats,
 * over real HTTP on PostgreSQL: each request spoils a valid one in at least one way its rules must
 * refuse (a control or formatting character, too long, blank, of another JSON type, left out, not a
 * value of its kind), or is no such request at all (broken JSON, invalid UTF-8, nesting too deep,
 * another content type, too large). Each gets a clean 400, 413 or 415 problem detail, and nothing is
 * stored or changed.
 */
@PostgresIntegrationTest
class WriteFuzzIT {

  private static final long SEED = 20_261_207L;
  private static final int REQUESTS = 720;
  private static final String PASSWORD = "fuzz-secret";
  private static final String UNIT = "it-fuzz-unit";
  private static final String UNIT_NAME = "模糊测试街道";
  /** A year no other test loads: a schedule that slipped through would show there. */
  private static final int YEAR = 2099;
  /** A field left out of the request. */
  private static final Object LEFT_OUT = new Object();

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired PetitionCaseRepository cases;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  ApiClient registrar;
  ApiClient leader;
  ApiClient administrator;
  String caseNumber;
  String queryCode;

  /** A field, by its path in the request, and what spoils it. */
  record Field(List<Object> path, Function<Random, Object> spoil) {}

  /** A write endpoint, who may call it, a valid request and its fields. */
  record Target(String name, ApiClient caller, HttpMethod method, String path, Supplier<Map<String, Object>> valid,
      List<Field> fields) {}

  @BeforeEach
  void district() {
    registrar = TestDistrict.registrar(units, identity, http, json);
    units.ensureUnit(UNIT, UNIT_NAME, UnitKind.STREET);
    TestUsers.ensure(identity, "it.fuzz.leader", PASSWORD, Roles.BUREAU_LEADERS);
    TestUsers.ensure(identity, "it.fuzz.admin", PASSWORD, Roles.ADMINISTRATORS);
    leader = new ApiClient(http, json, "it.fuzz.leader", PASSWORD);
    administrator = new ApiClient(http, json, "it.fuzz.admin", PASSWORD);
    Reply registered = registrar.post("/api/cases", Intakes.groupVisit());
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    caseNumber = registered.json().path("caseNumber").asText();
    queryCode = cases.findByCaseNumber(caseNumber).orElseThrow().getQueryCode();
  }

  @Test
  void hostileWritesAreRefusedWithProblemsAndChangeNothing() {
    List<Target> targets = targets();
    Random random = new Random(SEED);
    Stored before = stored();
    Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();

    for (int i = 0; i < REQUESTS; i++) {
      Target target = targets.get(random.nextInt(targets.size()));
      Attack attack = attack(target, random);
      Reply reply = target.caller().exchangeBytes(target.method(), target.path(), attack.body(), attack.type());

      assertThat(reply.code()).as("request %d to %s: %s", i, target.name(), attack.name()).isIn(400, 413, 415);
      reply.assertIsCleanProblem(reply.code());
      statuses.computeIfAbsent(target.name(), name -> new TreeMap<>()).merge(reply.code(), 1, Integer::sum);
    }

    assertThat(stored()).isEqualTo(before);
    assertThat(statuses).hasSize(targets.size());
    assertThat(statuses.values()).allSatisfy(codes -> assertThat(codes).containsKey(400));
    assertThat(statuses.values().stream().flatMap(codes -> codes.keySet().stream())).contains(413, 415);
  }

  private List<Target> targets() {
    String onCase = "/api/cases/" + caseNumber;
    return List.of(
        new Target("instruction", leader, HttpMethod.POST, onCase + "/instructions",
            () -> body("text", "请抓紧办理，按期答复。", "addressee", "office", "days", 10),
            List.of(text(2000, true, "text"), text(40, true, "addressee"), whole(1, 60, "days"))),
        new Target("new unit", administrator, HttpMethod.POST, "/api/units",
            () -> body("code", "it-fuzz-new", "name", "模糊测试新单位", "kind", "DEPARTMENT"),
            List.of(text(40, true, "code"), text(100, true, "name"), choice("DEPARTMENT", "kind"))),
        new Target("unit change", administrator, HttpMethod.PUT, "/api/units/" + UNIT,
            () -> body("name", UNIT_NAME, "active", true),
            List.of(text(100, true, "name"), flag("active"))),
        new Target("holiday schedule", administrator, HttpMethod.PUT, "/api/holiday-calendar/" + YEAR,
            () -> body("notice", "国务院办公厅关于" + YEAR + "年部分节假日安排的通知",
                "days", new ArrayList<>(List.of(body("date", YEAR + "-01-01", "type", "OFF", "holiday", "元旦")))),
            List.of(text(200, true, "notice"), day(true, "days", 0, "date"), choice("OFF", "days", 0, "type"),
                text(50, true, "days", 0, "holiday"),
                values("days", () -> Arrays.asList(List.of(), "元旦", body(), Collections.singletonList(null), 1, null,
                    LEFT_OUT)))),
        // the case is being handled: a valid request would be told so (409); these never get that far
        new Target("review request", registrar, HttpMethod.POST, onCase + "/review-requests",
            () -> body("requestedOn", "2026-09-10", "receivedOn", "2026-09-01"),
            List.of(day(false, "requestedOn"), day(false, "receivedOn"))),
        new Target("rating", registrar, HttpMethod.POST, onCase + "/rating",
            () -> body("department", "SATISFIED", "unit", "BASICALLY_SATISFIED", "channel", "PHONE"),
            List.of(choice("SATISFIED", "department"), choice("SATISFIED", "unit"),
                choice("PHONE", "channel"))),
        // a refused lookup must not even count as an attempt
        new Target("lookup", registrar, HttpMethod.POST, "/api/public/lookup",
            () -> body("caseNumber", caseNumber, "queryCode", queryCode),
            List.of(text(40, true, "caseNumber"), text(40, true, "queryCode"))),
        new Target("petitioner's rating", registrar, HttpMethod.POST, "/api/public/lookup/rating",
            () -> body("lookup", body("caseNumber", caseNumber, "queryCode", queryCode),
                "department", "SATISFIED", "unit", "DISSATISFIED"),
            List.of(text(40, true, "lookup", "caseNumber"), text(40, true, "lookup", "queryCode"),
                choice("SATISFIED", "department"), choice("SATISFIED", "unit"),
                values("lookup", () -> Arrays.asList("XF-2026-00001", List.of(), 7, body(), null, LEFT_OUT)))),
        new Target("matching", registrar, HttpMethod.POST, "/api/cases/matches", Intakes::groupVisit,
            List.of(text(200, false, "title"), text(20_000, false, "content"), text(50, true, "petitioners", 0, "name"),
                text(200, false, "petitioners", 0, "address"),
                values("petitioners", () -> Arrays.asList(List.of(), "张三", List.of("张三"), body("name", "张三"), null,
                    LEFT_OUT)))));
  }

  // ---- the kinds of field and what spoils each

  /** Text: a character no person types, too long, of another JSON type; blank or left out where required. */
  private static Field text(int maxLength, boolean required, Object... path) {
    return new Field(List.of(path), random -> {
      List<Object> spoils = new ArrayList<>(List.of(HostileInput.hostileText(random), HostileInput.tooLong(random, maxLength), 42, 4.2, true,
          List.of("文本"), body("text", "文本")));
      if (required) {
        spoils.addAll(Arrays.asList("", "   ", "\u3000", null, LEFT_OUT));
      }
      return pick(random, spoils);
    });
  }

  /** One of an enumeration's names, such as {@code valid}: anything else, a position, another JSON type, nothing. */
  private static Field choice(String valid, Object... path) {
    return new Field(List.of(path), random -> pick(random, Arrays.asList("PIGEON", "", valid.toLowerCase(), valid + "S",
        0, 1, true, List.of(valid), body(), HostileInput.hostileText(random), null, LEFT_OUT)));
  }

  /** A whole number within bounds: outside them, a fraction, a number as text, another type, nothing. */
  private static Field whole(int min, int max, Object... path) {
    return new Field(List.of(path), random -> pick(random, Arrays.asList(min - 1, max + 1, 2.5, "5", "五", true,
        List.of(5), 99_999_999_999L, "1e999", HostileInput.hostileText(random), null, LEFT_OUT)));
  }

  /** A day as yyyy-MM-dd: no such day, another form, a number of days since 1970; nothing where required. */
  private static Field day(boolean required, Object... path) {
    return new Field(List.of(path), random -> {
      List<Object> spoils = new ArrayList<>(List.of("2026-13-01", "2026-02-30", "明天", "2026/09/10", "10.09.2026",
          20_000, true, List.of("2026-09-10"), body(), HostileInput.hostileText(random)));
      if (required) {
        spoils.addAll(Arrays.asList("", null, LEFT_OUT));
      }
      return pick(random, spoils);
    });
  }

  /** true or false: nothing else. */
  private static Field flag(Object... path) {
    return new Field(List.of(path), random -> pick(random, Arrays.asList("yes", "true", 1, 0, List.of(true), body(),
        HostileInput.hostileText(random), null, LEFT_OUT)));
  }

  /** A field spoiled by one of the given values, made anew for each request. */
  private static Field values(String field, Supplier<List<Object>> values) {
    return new Field(List.of(field), random -> pick(random, values.get()));
  }

  // ---- attacks

  private Attack attack(Target target, Random random) {
    int kind = random.nextInt(100);
    if (kind < 72) {
      return spoiled(target, random);
    }
    if (kind < 82) {
      // not such a request at all
      return HostileInput.brokenJson(bytes(target.valid().get()), random, "", "null", "[]", "\"请求\"", "42", "true");
    }
    if (kind < 88) {
      Map<String, Object> request = target.valid().get();
      request.put("padding", "长".repeat(RequestSizeLimit.MAX_BYTES / 3 + 1 + random.nextInt(1000)));
      return new Attack("oversized", bytes(request), MediaType.APPLICATION_JSON);
    }
    if (kind < 94) {
      return HostileInput.notJson(bytes(target.valid().get()), random);
    }
    return HostileInput.deeplyNested((String) target.fields().get(0).path().get(0), random);
  }

  /** A valid request with one to three of its fields spoiled, and now and then a field it does not know. */
  private Attack spoiled(Target target, Random random) {
    Map<String, Object> request = target.valid().get();
    List<String> done = new ArrayList<>();
    int spoils = 1 + random.nextInt(3);
    for (int s = 0; s < spoils || done.isEmpty(); s++) {
      Field field = pick(random, target.fields());
      Object value = field.spoil().apply(random);
      if (put(request, field.path(), value)) {
        done.add(field.path() + (value == LEFT_OUT ? " left out" : " = " + abbreviated(value)));
      }
    }
    if (random.nextBoolean()) {
      request.put("unexpected" + random.nextInt(100),
          random.nextBoolean() ? HostileInput.hostileText(random) : body("nested", 1));
    }
    return new Attack(String.join(", ", done), bytes(request), MediaType.APPLICATION_JSON);
  }

  /** Sets (or leaves out) the field at {@code path}; false when an earlier spoil took its place away. */
  @SuppressWarnings("unchecked")
  private static boolean put(Map<String, Object> request, List<Object> path, Object value) {
    Object container = request;
    for (Object step : path.subList(0, path.size() - 1)) {
      container = container instanceof Map<?, ?> map && step instanceof String key ? map.get(key)
          : container instanceof List<?> list && step instanceof Integer index && index < list.size() ? list.get(index)
          : null;
    }
    Object last = path.get(path.size() - 1);
    if (container instanceof Map<?, ?> map && last instanceof String key) {
      if (value == LEFT_OUT) {
        map.remove(key);
      } else {
        ((Map<String, Object>) map).put(key, value);
      }
      return true;
    }
    if (container instanceof List<?> list && last instanceof Integer index && index < list.size()) {
      ((List<Object>) list).set(index, value == LEFT_OUT ? null : value);
      return true;
    }
    return false;
  }

  /** A mutable JSON object of the given names and values. */
  private static Map<String, Object> body(Object... namesAndValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return body;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String abbreviated(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }

  private byte[] bytes(Object value) {
    return HostileInput.json(json, value);
  }

  // ---- what must not change

  record Stored(long cases, long events, long notifications, long auditEntries, long instructions, long units,
      long groups, String unit, long holidayYears, long holidayDays, long reviewRequests, long ratings,
      long lookupAttempts, long processes, String caseStatus) {}

  private Stored stored() {
    Function<String, Long> count = sql -> jdbc.queryForObject(sql, Long.class);
    return new Stored(
        count.apply("select count(*) from petition_case"),
        count.apply("select count(*) from case_event"),
        count.apply("select count(*) from notification"),
        count.apply("select count(*) from audit_entry"),
        count.apply("select count(*) from leader_instruction"),
        count.apply("select count(*) from unit"),
        identity.createGroupQuery().count(),
        jdbc.queryForObject("select name || ' ' || active from unit where code = ?", String.class, UNIT),
        count.apply("select count(*) from holiday_schedule"),
        count.apply("select count(*) from holiday_schedule_day"),
        count.apply("select count(*) from review_request"),
        count.apply("select count(*) from satisfaction_rating where rated_at is not null"),
        count.apply("select count(*) from lookup_attempt"),
        history.createHistoricProcessInstanceQuery().count(),
        jdbc.queryForObject("select status from petition_case where case_number = ?", String.class, caseNumber));
  }
}
