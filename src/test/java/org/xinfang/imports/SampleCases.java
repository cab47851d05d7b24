package org.xinfang.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.CitizenIdNumber;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.organization.UnitKind;

/**
 * Writes the sample import file {@code docs/samples/cases-2023-2024.csv}: the closed cases of 2023
 * and 2024 of the demo district, built so that 2024 shows the figures of the bureau's 2024
 * self-evaluation that cases can express (docs/import.md, "The sample file"). Nothing is random:
 * the same run writes the same file.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.xinfang.imports.SampleCases
 * </pre>
 * or run {@link #main} from the IDE; an argument names another file to write.
 */
public final class SampleCases {

  static final Path FILE = Path.of("docs", "samples", "cases-2023-2024.csv");

  // ---- the figures by construction
  static final int ITEMS_2023 = 1000;
  static final int ITEMS_2024 = 663;
  /** 2023's items are all first-time; 2024's 552 are 44.8% fewer: 552 / 1000 = 0.552. */
  static final int FIRST_TIME_2024 = 552;
  static final int REPEATS_2024 = ITEMS_2024 - FIRST_TIME_2024;
  /** First-time 申诉求决 items closed in 2024, and those not resolved at once: 480 / 483 = 99.379% ≈ 99.38%. */
  static final int FIRST_TIME_CLAIMS_2024 = 483;
  static final int NOT_RESOLVED_AT_ONCE_2024 = 3;
  static final int VISIT_BATCHES_2024 = 280;
  static final int VISIT_PERSONS_2024 = 650;
  static final int GROUP_VISITS_2024 = 10;

  /** The demo district's units (demo.DemoDistrict), which the cases are routed to. */
  record SampleUnit(String code, String name, UnitKind kind) {}

  static final List<SampleUnit> UNITS = List.of(
      new SampleUnit("dongcheng", "东城街道办事处", UnitKind.STREET),
      new SampleUnit("xicheng", "西城街道办事处", UnitKind.STREET),
      new SampleUnit("qiaotou", "桥头镇人民政府", UnitKind.TOWN),
      new SampleUnit("shuikou", "水口镇人民政府", UnitKind.TOWN),
      new SampleUnit("huangtian", "黄田乡人民政府", UnitKind.TOWNSHIP),
      new SampleUnit("baishui", "白水乡人民政府", UnitKind.TOWNSHIP),
      new SampleUnit("qingshan", "国营青山林场", UnitKind.FARM),
      new SampleUnit("zhujian", "区住房和城乡建设局", UnitKind.DEPARTMENT),
      new SampleUnit("renshe", "区人力资源和社会保障局", UnitKind.DEPARTMENT),
      new SampleUnit("ziran", "区自然资源局", UnitKind.DEPARTMENT),
      new SampleUnit("jiaoyu", "区教育局", UnitKind.DEPARTMENT),
      new SampleUnit("weijian", "区卫生健康局", UnitKind.DEPARTMENT));

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高";
  private static final String[] GIVEN = {"建国", "秀英", "志强", "丽华", "海涛", "春梅", "文斌", "晓燕", "德明", "桂兰", "国平", "红霞"};
  private static final Channel[] OTHER_CHANNELS = {Channel.LETTER, Channel.ONLINE, Channel.PHONE, Channel.HIGHER_LEVEL};
  private static final String[] TITLES = {"反映房屋征收补偿问题", "反映拖欠工资问题", "反映土地承包经营权纠纷", "反映小区物业管理问题",
      "反映医疗费用报销问题", "反映子女入学问题", "反映道路破损问题", "反映低保待遇问题"};

  private final List<Map<String, String>> rows = new ArrayList<>();
  /** Each case's first petitioner, by case number: a repeat petition comes from the same person. */
  private final Map<String, Integer> petitionerOf = new LinkedHashMap<>();
  private int persons;

  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : FILE;
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, csv(), StandardCharsets.UTF_8);
  }

  static String csv() {
    SampleCases sample = new SampleCases();
    sample.year2023();
    sample.year2024();
    StringBuilder csv = new StringBuilder(String.join(",", ImportColumn.headers())).append("\r\n");
    for (Map<String, String> row : sample.rows) {
      csv.append(ImportColumn.headers().stream().map(header -> row.getOrDefault(header, ""))
          .collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }

  /** 1,000 first-time items, every one closed in 2023; one in eight a suggestion. */
  private void year2023() {
    for (int i = 1; i <= ITEMS_2023; i++) {
      Channel channel = i % 2 == 0 ? Channel.VISIT : OTHER_CHANNELS[i % OTHER_CHANNELS.length];
      CaseClass caseClass = i % 8 == 0 ? CaseClass.SUGGESTION : CaseClass.CLAIM;
      add(2023, i, ITEMS_2023, channel, 1, caseClass, null, false);
    }
  }

  /**
   * 663 items: 111 repeats (110 of 2023 items, one of a 2024 item soon after it closed) and 552
   * first-time items, 69 suggestions and 483 claims; two of those claims were contested by a review
   * request and one repeated, the three not resolved at once. 280 visits with 650 persons, ten of
   * them group visits of eight. Every limit met; every item closed in 2024.
   */
  private void year2024() {
    int repeatedOf2024 = 301;
    int repeatOf2024 = firstRegisteredAfter(day(2024, repeatedOf2024, ITEMS_2024).plusDays(closingDays(repeatedOf2024)));
    int visits = 0;
    int firstTime = 0;
    int claims = 0;
    int repeatsOf2023 = 0;
    for (int i = 1; i <= ITEMS_2024; i++) {
      boolean repeat = i == repeatOf2024 || (i % 6 == 0 && repeatsOf2023 < REPEATS_2024 - 1 && i != repeatOf2024);
      Channel channel = Channel.LETTER;
      int personCount = 1;
      if (i % 2 == 0 && visits < VISIT_BATCHES_2024) {
        channel = Channel.VISIT;
        personCount = visits < GROUP_VISITS_2024 ? 8 : visits < 40 ? 3 : 2;
        visits++;
      } else {
        channel = OTHER_CHANNELS[i % OTHER_CHANNELS.length];
      }
      String repeatOf = null;
      CaseClass caseClass = CaseClass.CLAIM;
      boolean contested = false;
      if (repeat) {
        repeatOf = i == repeatOf2024 ? number(2024, repeatedOf2024) : number(2023, 1 + 9 * repeatsOf2023++);
      } else {
        if (firstTime++ % 8 == 7) {
          caseClass = CaseClass.SUGGESTION;
        } else {
          claims++;
          contested = claims == 50 || claims == 150;
        }
      }
      add(2024, i, ITEMS_2024, channel, personCount, caseClass, repeatOf, contested);
    }
    if (firstTime != FIRST_TIME_2024 || claims != FIRST_TIME_CLAIMS_2024 || visits != VISIT_BATCHES_2024) {
      throw new IllegalStateException("the 2024 sample does not add up: " + firstTime + " first-time, " + claims
          + " claims, " + visits + " visits");
    }
  }

  private int firstRegisteredAfter(LocalDate day) {
    for (int i = 1; i <= ITEMS_2024; i++) {
      if (day(2024, i, ITEMS_2024).isAfter(day)) {
        return i % 6 == 0 ? i + 1 : i;
      }
    }
    throw new IllegalStateException("no item after " + day);
  }

  private void add(int year, int i, int items, Channel channel, int personCount, CaseClass caseClass, String repeatOf,
      boolean contested) {
    String number = number(year, i);
    LocalDate registered = day(year, i, items);
    boolean extended = i % 25 == 0;
    boolean assigned = !extended && i % 10 == 3;
    LocalDate routed = registered.plusDays(3);
    LocalDate accepted = routed.plusDays(3);
    LocalDate replied = accepted.plusDays(extended ? 70 : 25);
    LocalDate closed = assigned ? replied.plusDays(5) : replied;
    Map<String, String> row = new LinkedHashMap<>();
    row.put(ImportColumn.CASE_NUMBER.header(), number);
    row.put(ImportColumn.REGISTERED_ON.header(), registered.toString());
    row.put(ImportColumn.CHANNEL.header(), channel.label());
    if (channel == Channel.HIGHER_LEVEL) {
      row.put(ImportColumn.HIGHER_LEVEL_NAME.header(), "永州市信访局");
      row.put(ImportColumn.HIGHER_LEVEL_REFERENCE.header(), "永信转〔" + year + "〕" + i + "号");
    }
    row.put(ImportColumn.CASE_CLASS.header(), caseClass.label());
    SubjectCategory subject = SubjectCategory.values()[i % 8];
    row.put(ImportColumn.SUBJECT.header(), subject.label());
    row.put(ImportColumn.TITLE.header(), caseClass == CaseClass.SUGGESTION ? "关于改进" + subject.label() + "工作的建议"
        : TITLES[i % TITLES.length]);
    row.put(ImportColumn.PERSON_COUNT.header(), String.valueOf(personCount));
    int first = repeatOf == null ? ++persons : petitionerOf.get(repeatOf);
    petitionerOf.put(number, first);
    for (int n = 1; n <= Math.min(personCount, ImportColumn.MAX_PETITIONERS); n++) {
      int person = n == 1 ? first : ++persons;
      row.put(ImportColumn.petitionerName(n).header(), name(person));
      row.put(ImportColumn.petitionerIdNumber(n).header(), idNumber(person));
      row.put(ImportColumn.petitionerPhone(n).header(), String.format("139%08d", 7460000 + person));
    }
    row.put(ImportColumn.FIRST_TIME.header(), repeatOf == null ? CaseRows.FIRST_TIME_VALUE : CaseRows.REPEAT_VALUE);
    if (repeatOf != null) {
      row.put(ImportColumn.REPEAT_OF.header(), repeatOf);
    }
    row.put(ImportColumn.ROUTING.header(), assigned ? "交办" : "转送");
    row.put(ImportColumn.ROUTED_ON.header(), routed.toString());
    row.put(ImportColumn.UNIT.header(), UNITS.get(i % UNITS.size()).code());
    if (assigned) {
      row.put(ImportColumn.ASSIGNMENT_DAYS.header(), "40");
    }
    row.put(ImportColumn.ACCEPTED_ON.header(), accepted.toString());
    if (extended) {
      row.put(ImportColumn.EXTENSION_DAYS.header(), "20");
      row.put(ImportColumn.EXTENSION_ON.header(), accepted.plusDays(50).toString());
    }
    row.put(ImportColumn.OUTCOME.header(), caseClass == CaseClass.SUGGESTION ? "采纳建议" : i % 3 == 0 ? "解释说明" : "支持");
    row.put(ImportColumn.REPLIED_ON.header(), replied.toString());
    row.put(ImportColumn.CLOSED_ON.header(), closed.toString());
    if (i % 10 == 9) {
      row.put(ImportColumn.RATED_ON.header(), CaseRows.EXPIRED_UNRATED);
    } else {
      row.put(ImportColumn.DEPARTMENT_RATING.header(), "满意");
      row.put(ImportColumn.UNIT_RATING.header(), i % 7 == 0 ? "基本满意" : "满意");
      row.put(ImportColumn.RATED_ON.header(), replied.plusDays(7).toString());
    }
    if (contested) {
      row.put(ImportColumn.REVIEW_REQUESTED_ON.header(), replied.plusDays(10).toString());
      row.put(ImportColumn.REVIEW_ANSWERED_ON.header(), replied.plusDays(30).toString());
    }
    rows.add(row);
  }

  /** Days from registration to closing, as {@link #add} sets them (item 301 is transferred, not extended). */
  private static int closingDays(int i) {
    return 3 + 3 + (i % 25 == 0 ? 70 : 25) + (i % 25 != 0 && i % 10 == 3 ? 5 : 0);
  }

  /** Registrations spread over the first 280 days of the year, so every item closes within it. */
  private static LocalDate day(int year, int i, int items) {
    return LocalDate.of(year, 1, 2).plusDays((long) (i - 1) * 280 / items);
  }

  static String number(int year, int i) {
    return String.format("XF-%d-%05d", year, i);
  }

  private static String name(int person) {
    return SURNAMES.charAt(person % SURNAMES.length()) + GIVEN[(person / SURNAMES.length()) % GIVEN.length];
  }

  /** A valid 18-digit number (GB 11643) of the district (431102), born between 1950 and 1999. */
  private static String idNumber(int person) {
    LocalDate born = LocalDate.of(1950 + person % 50, 1, 1).plusDays(person % 365);
    String first17 = "431102" + born.toString().replace("-", "") + String.format("%03d", person % 1000);
    return first17 + CitizenIdNumber.Check.checkCharacter(first17);
  }
}
