package org.xinfang.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.HostileInput;
import org.xinfang.HostileInput.Attack;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.PetitionProcess;

/**
 * Thousands of hostile intakes over real HTTP on PostgreSQL, from a fixed seed so that a failure
 * repeats: each one spoils a valid registration in at least one way the rules must refuse, or is
 * no registration at all. None may get a 5xx or anything but a clean problem detail, and nothing
 * may be stored: no case, number, timeline entry, audit entry, notification or process.
 */
@PostgresIntegrationTest
class IntakeFuzzIT {

  private static final long SEED = 20_261_129L;
  private static final int REQUESTS = 2000;
  private static final int MAX_BODY = 128 * 1024;

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @Test
  void hostileIntakesAreRefusedWithProblemsAndLeaveNothingBehind() {
    ApiClient api = TestDistrict.registrar(units, identity, http, json);
    Random random = new Random(SEED);
    Stored before = stored();
    Map<Integer, Integer> statuses = new TreeMap<>();

    for (int i = 0; i < REQUESTS; i++) {
      Attack attack = attack(random);
      Reply reply = api.postBytes("/api/cases", attack.body(), attack.type());

      assertThat(reply.code()).as("request %d: %s", i, attack.name()).isIn(400, 413, 415);
      reply.assertIsCleanProblem(reply.code());
      statuses.merge(reply.code(), 1, Integer::sum);
    }

    assertThat(stored()).isEqualTo(before);
    assertThat(statuses).containsKeys(400, 413, 415);
  }

  private Attack attack(Random random) {
    int kind = random.nextInt(100);
    if (kind < 70) {
      return spoiledIntake(random);
    }
    if (kind < 80) {
      // not a registration at all
      return HostileInput.brokenJson(bytes(Intakes.groupVisit()), random, "", "null", "[]", "\"登记\"", "{}", "42",
          "true", "{\"petitioners\": {}}");
    }
    if (kind < 88) {
      return new Attack("oversized", oversized(random), MediaType.APPLICATION_JSON);
    }
    if (kind < 94) {
      return HostileInput.notJson(bytes(Intakes.groupVisit()), random);
    }
    return HostileInput.deeplyNested("title", random);
  }

  /** A valid registration with one to three of its fields spoiled. */
  private Attack spoiledIntake(Random random) {
    Map<String, Object> intake = Intakes.groupVisit();
    List<String> spoiled = new ArrayList<>();
    int spoils = 1 + random.nextInt(3);
    for (int s = 0; s < spoils; s++) {
      Spoil spoil = SPOILS.get(random.nextInt(SPOILS.size()));
      spoiled.add(spoil.apply(intake, random));
    }
    if (random.nextBoolean()) {
      intake.put("unexpected" + random.nextInt(100), HostileInput.hostileText(random));
    }
    return new Attack(String.join(", ", spoiled), bytes(intake), MediaType.APPLICATION_JSON);
  }

  /** Changes one field so that the registration must be refused; returns what it did. */
  @FunctionalInterface
  interface Spoil {
    String apply(Map<String, Object> intake, Random random);
  }

  private static final List<Spoil> SPOILS = List.of(
      (intake, random) -> text(intake, "title", 200, true, random),
      (intake, random) -> text(intake, "content", 20_000, true, random),
      (intake, random) -> text(petitioner(intake), "name", 50, true, random),
      (intake, random) -> text(petitioner(intake), "address", 200, false, random),
      // a higher-level name on a visit is refused whatever it says
      (intake, random) -> text(intake, "higherLevelName", 100, false, random),
      (intake, random) -> pick(intake, "placeUnitCode", random, "x", "../it-hexi", "it-hexi'--", "IT-HEXI",
          "it hexi", "it-hexi\u0000", "it-zrzyj", "no-such-unit", "a".repeat(41), 7, List.of("it-hexi")),
      (intake, random) -> pick(petitioner(intake), "idNumber", random, wrongCheckCharacter(random),
          "110105209901010012", "11010519491231002", "1101051949123100211", "11010519491331001X",
          "ABCDEFGHIJKLMNOPQR", "110105194912310' OR", "１１０１０５１９４９１２３１００２Ｘ", 110105194912310021L),
      (intake, random) -> pick(petitioner(intake), "phone", random, "+8613812345678", "12812345678",
          "1381234567", "138123456789", "138-1234-5678", "6221234", "0746_6221234", "13812345678; DROP",
          HostileInput.digits(random, 1 + random.nextInt(6)), 13812345678L, List.of("13812345678")),
      (intake, random) -> pick(intake, "personCount", random, 0, -5, 10_000, "many", true, List.of(3),
          Map.of("n", 3), 99_999_999_999L, "3e999"),
      (intake, random) -> pick(intake, "channel", random, "PIGEON", "", 999, "visit ", List.of("VISIT")),
      (intake, random) -> pick(intake, "caseClass", random, "CRIME", "", 999, Map.of()),
      (intake, random) -> pick(intake, "subjectCategory", random, "WEATHER", "", 999, false),
      (intake, random) -> pick(intake, "petitioners", random, List.of(), "张三", Map.of("name", "张三"),
          List.of("张三"), List.of(List.of()), Collections.nCopies(6,
              Intakes.petitioner("王五", null, "13900001111", null))),
      (intake, random) -> {
        String field = List.of("channel", "personCount", "caseClass", "subjectCategory", "title", "content",
            "petitioners").get(random.nextInt(7));
        intake.remove(field);
        return "without " + field;
      },
      (intake, random) -> {
        Map<String, Object> petitioner = petitioner(intake);
        petitioner.remove("phone");
        petitioner.remove("address");
        return "petitioner without phone or address";
      });

  /** The first petitioner, or a detached one when an earlier spoil already replaced the petitioners. */
  private static Map<String, Object> petitioner(Map<String, Object> intake) {
    if (intake.get("petitioners") instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
      return Intakes.firstPetitioner(intake);
    }
    return new HashMap<>();
  }

  /** A text field that is too long, blank where required, or holds a character no person types. */
  private static String text(Map<String, Object> target, String field, int maxLength, boolean required,
      Random random) {
    int way = random.nextInt(required ? 3 : 2);
    if (way == 0) {
      String text = HostileInput.tooLong(random, maxLength);
      target.put(field, text);
      return field + " of " + text.length() + " characters";
    }
    if (way == 1) {
      target.put(field, HostileInput.hostileText(random));
      return field + " with a forbidden character";
    }
    target.put(field, List.of("", "   ", "\u3000", "\t").get(random.nextInt(4)));
    return field + " blank";
  }

  private static String pick(Map<String, Object> target, String field, Random random, Object... values) {
    Object value = values[random.nextInt(values.length)];
    target.put(field, value);
    return field + " = " + value;
  }

  private static String wrongCheckCharacter(Random random) {
    String first17 = "11010519491231" + HostileInput.digits(random, 3);
    char right = CitizenIdNumber.Check.checkCharacter(first17);
    String characters = "0123456789X".replace(String.valueOf(right), "");
    return first17 + characters.charAt(random.nextInt(characters.length()));
  }

  /** A registration whose content alone is larger than any request may be. */
  private byte[] oversized(Random random) {
    Map<String, Object> intake = Intakes.groupVisit();
    intake.put("content", "内".repeat(MAX_BODY / 3 + 1 + random.nextInt(MAX_BODY / 8)));
    return bytes(intake);
  }

  private byte[] bytes(Object value) {
    return HostileInput.json(json, value);
  }

  record Stored(long cases, long numbersIssued, long events, long notifications, long auditEntries, long processes) {}

  private Stored stored() {
    Function<String, Long> count = sql -> jdbc.queryForObject(sql, Long.class);
    return new Stored(
        count.apply("select count(*) from petition_case"),
        count.apply("select coalesce(sum(last_value), 0) from case_number_counter"),
        count.apply("select count(*) from case_event"),
        count.apply("select count(*) from notification"),
        count.apply("select count(*) from audit_entry"),
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PetitionProcess.KEY).count());
  }
}
