package org.xinfang.imports;

import static org.xinfang.imports.ImportColumn.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.CaseNumbers;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.CitizenIdNumber;
import org.xinfang.casefile.HistoricalCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.RegistrationRequest;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.organization.Unit;
import org.xinfang.rating.Satisfaction;
import org.xinfang.web.PlainText;

/**
 * Checks every row of an import file with the rules of registration where they apply and with the
 * order of a case's steps, and works each row out into the case the live process would have left:
 * due dates by the legal calendar, each limit met or missed. Every problem of the file is
 * collected; a file with any is refused whole.
 *
 * <p>A row whose case number is already in the system is compared by its fingerprint: the same
 * imported row again is unchanged and skipped; anything else under that number is a conflict.
 */
final class CaseRows {

  static final String FIRST_TIME_VALUE = "初信初访";
  static final String REPEAT_VALUE = "重复信访";
  static final String EXPIRED_UNRATED = "逾期未评价";
  /** Art. 34: the reply limit may be extended once, by at most 30 days. */
  static final int MAX_EXTENSION_DAYS = 30;
  /** An assignment's own deadline, as the petition room may set it (README: decisions the regulation leaves open). */
  static final int MAX_ASSIGNMENT_DAYS = 60;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  /** The earlier records hold days, not times: a step is taken at noon of its day, China Standard Time. */
  private static final LocalTime STEP_TIME = LocalTime.NOON;

  /** The rows to import, and the case numbers of rows already imported with the same content. */
  record Checked(List<ImportRow> rows, List<String> unchanged) {}

  /** A case the rows below may name as the earlier case they repeat. */
  private record Earlier(int line, Instant registeredAt) {}

  private CaseRows() {}

  static Checked check(SourceFile file, Known known) {
    List<RowProblem> problems = new ArrayList<>();
    List<ImportRow> rows = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Map<String, Earlier> inFile = new HashMap<>();
    for (SourceFile.Row row : file.rows()) {
      RowCheck check = new RowCheck(row, known, problems, inFile);
      check.check().ifPresent(rows::add);
      if (check.unchanged) {
        unchanged.add(row.cells().get(CASE_NUMBER.header()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportFileRefused(problems);
    }
    return new Checked(List.copyOf(rows), List.copyOf(unchanged));
  }

  /** The fingerprint of a row: every column of the template with its value, hashed. */
  static String fingerprint(SourceFile.Row row) {
    StringBuilder canonical = new StringBuilder();
    for (ImportColumn column : ImportColumn.ALL) {
      canonical.append(column.header()).append('\u0000')
          .append(row.cells().getOrDefault(column.header(), "")).append('\u0001');
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException(missing);
    }
  }

  static Instant atStepTime(LocalDate day) {
    return day.atTime(STEP_TIME).atZone(ChinaTime.ZONE).toInstant();
  }

  /** The checks of one row; each problem found is added with the row's line and the column's header. */
  private static final class RowCheck {

    private final SourceFile.Row row;
    private final Known known;
    private final List<RowProblem> problems;
    private final Map<String, Earlier> inFile;
    private final int problemsBefore;
    /** The row was imported before, with the same content. */
    private boolean unchanged;

    RowCheck(SourceFile.Row row, Known known, List<RowProblem> problems, Map<String, Earlier> inFile) {
      this.row = row;
      this.known = known;
      this.problems = problems;
      this.inFile = inFile;
      this.problemsBefore = problems.size();
    }

    /** The row to import; empty when it has problems or was imported before. */
    Optional<ImportRow> check() {
      String number = text(CASE_NUMBER, 20, false);
      LocalDate registeredOn = date(REGISTERED_ON);
      if (number != null) {
        Earlier before = inFile.get(number);
        if (before != null) {
          problem(CASE_NUMBER, "与第" + before.line() + "行的事项编号重复");
          return Optional.empty();
        }
        Optional<Known.ExistingCase> existing = known.existing(number);
        if (existing.isPresent()) {
          inFile.put(number, new Earlier(row.line(), existing.get().registeredAt()));
          if (!existing.get().imported()) {
            problem(CASE_NUMBER, "系统中已有该编号的事项（在本系统登记），不能导入");
          } else if (!existing.get().fingerprint().equals(fingerprint(row))) {
            problem(CASE_NUMBER, "该编号的事项已经导入，但本行内容与导入时不同；已导入的事项不会被覆盖");
          } else {
            unchanged = true;
          }
          return Optional.empty();
        }
        Matcher format = CaseNumbers.FORMAT.matcher(number);
        if (!format.matches()) {
          problem(CASE_NUMBER, "应写作XF-年份-五位序号，如XF-2024-00001");
        } else if (registeredOn != null && Integer.parseInt(format.group(1)) != registeredOn.getYear()) {
          problem(CASE_NUMBER, "编号中的年份应与登记日期的年份相同");
        }
      }
      Channel channel = coded(CHANNEL, Channel.values(), Channel::label);
      String higherLevelName = text(HIGHER_LEVEL_NAME, 100, false);
      String higherLevelReference = text(HIGHER_LEVEL_REFERENCE, 100, false);
      if (channel == Channel.HIGHER_LEVEL) {
        when(higherLevelName == null, HIGHER_LEVEL_NAME, "上级转送交办的事项必须填写上级机关名称");
        when(higherLevelReference == null, HIGHER_LEVEL_REFERENCE, "上级转送交办的事项必须填写转送交办文号");
      } else if (channel != null) {
        when(higherLevelName != null, HIGHER_LEVEL_NAME, "仅上级转送交办的事项填写上级机关名称");
        when(higherLevelReference != null, HIGHER_LEVEL_REFERENCE, "仅上级转送交办的事项填写转送交办文号");
      }
      CaseClass caseClass = coded(CASE_CLASS, CaseClass.values(), CaseClass::label);
      SubjectCategory subject = coded(SUBJECT, SubjectCategory.values(), SubjectCategory::label);
      String title = text(TITLE, 200, false);
      String content = text(CONTENT, 20000, true);
      Integer personCount = integer(PERSON_COUNT, 1, 9999);
      List<Petitioner> petitioners = petitioners();
      if (personCount != null && personCount < petitioners.size()) {
        problem(PERSON_COUNT, "信访人数不能少于登记的信访人数");
      }
      String repeatOf = repeatOf(registeredOn);

      RoutingDecision routing = routing();
      LocalDate routedOn = date(ROUTED_ON);
      String unit = unit();
      Integer assignmentDays = integer(ASSIGNMENT_DAYS, 1, MAX_ASSIGNMENT_DAYS);
      if (routing == RoutingDecision.ASSIGN) {
        when(assignmentDays == null && !row.cells().containsKey(ASSIGNMENT_DAYS.header()), ASSIGNMENT_DAYS,
            "交办的事项必须填写交办期限");
      } else if (routing == RoutingDecision.TRANSFER) {
        when(assignmentDays != null, ASSIGNMENT_DAYS, "仅交办的事项填写交办期限");
      }
      LocalDate acceptedOn = date(ACCEPTED_ON);
      LocalDate repliedOn = date(REPLIED_ON);
      LocalDate closedOn = date(CLOSED_ON);
      ReplyOutcome outcome = coded(OUTCOME, ReplyOutcome.values(), ReplyOutcome::label);
      notBefore(ROUTED_ON, routedOn, registeredOn, "登记日期");
      notBefore(ACCEPTED_ON, acceptedOn, routedOn, "转送交办日期");
      notBefore(REPLIED_ON, repliedOn, acceptedOn, "受理日期");
      notBefore(CLOSED_ON, closedOn, repliedOn, "答复日期");
      if (routing == RoutingDecision.TRANSFER && closedOn != null && repliedOn != null) {
        when(!closedOn.equals(repliedOn), CLOSED_ON, "转送的事项以答复办结，办结日期应与答复日期相同");
      }

      if (problems.size() > problemsBefore) {
        return remember(number, registeredOn, Optional.empty());
      }
      // every value is there and in order: the limits, as the live process counts them
      Instant registeredAt = atStepTime(registeredOn);
      Instant routedAt = atStepTime(routedOn);
      Instant acceptedAt = atStepTime(acceptedOn);
      Instant repliedAt = atStepTime(repliedOn);
      Instant replyDueAt = routing == RoutingDecision.ASSIGN
          ? known.afterDays(acceptedAt, assignmentDays) : known.dueAt(LegalLimit.REPLY, acceptedAt);
      HistoricalCase.Extension extension = extension(acceptedOn, repliedOn, replyDueAt);
      ImportRow.Rating rating = rating(repliedAt);
      ImportRow.Review review = review(repliedOn);
      if (problems.size() > problemsBefore) {
        return remember(number, registeredOn, Optional.empty());
      }
      CaseIntake intake = new CaseIntake(channel, higherLevelName, higherLevelReference, personCount, caseClass,
          subject, title, content == null ? title : content, null, petitioners, repeatOf);
      HistoricalCase history = new HistoricalCase(number, intake, registeredAt,
          known.dueAt(LegalLimit.ROUTING, registeredAt), routing, routedAt, unit, assignmentDays,
          known.dueAt(LegalLimit.ACCEPTANCE, routedAt), known.dueAt(LegalLimit.OBJECTION, routedAt), acceptedAt,
          replyDueAt, extension, outcome, repliedAt, atStepTime(closedOn), fingerprint(row));
      return remember(number, registeredOn, Optional.of(new ImportRow(row.line(), history, rating, review)));
    }

    private Optional<ImportRow> remember(String number, LocalDate registeredOn, Optional<ImportRow> result) {
      if (number != null && registeredOn != null) {
        inFile.put(number, new Earlier(row.line(), atStepTime(registeredOn)));
      } else if (number != null) {
        inFile.put(number, new Earlier(row.line(), null));
      }
      return result;
    }

    private List<Petitioner> petitioners() {
      List<Petitioner> petitioners = new ArrayList<>();
      for (int n = 1; n <= MAX_PETITIONERS; n++) {
        String name = text(petitionerName(n), 50, false);
        String idNumber = Optional.ofNullable(value(petitionerIdNumber(n))).map(String::toUpperCase).orElse(null);
        String phone = value(petitionerPhone(n));
        if (idNumber != null && !new CitizenIdNumber.Check().isValid(idNumber, null)) {
          problem(petitionerIdNumber(n), "不是有效的18位公民身份号码");
        }
        if (phone != null && !phone.matches(RegistrationRequest.PHONE_PATTERN)) {
          problem(petitionerPhone(n), RegistrationRequest.PHONE_RULE);
        }
        if (name == null) {
          when(idNumber != null || phone != null, petitionerName(n), "填写了身份证号或联系电话的信访人必须填写姓名");
        } else {
          petitioners.add(new Petitioner(name, idNumber, phone, null));
        }
      }
      return petitioners;
    }

    private String repeatOf(LocalDate registeredOn) {
      String kind = value(FIRST_TIME);
      String repeatOf = value(REPEAT_OF);
      if (FIRST_TIME_VALUE.equals(kind)) {
        when(repeatOf != null, REPEAT_OF, "初信初访的事项不填写原事项编号");
        return null;
      }
      if (!REPEAT_VALUE.equals(kind)) {
        when(kind != null, FIRST_TIME, "应为“初信初访”或“重复信访”");
        return null;
      }
      if (repeatOf == null) {
        problem(REPEAT_OF, "重复信访的事项必须填写所重复的原事项编号");
        return null;
      }
      Earlier earlier = Optional.ofNullable(inFile.get(repeatOf))
          .or(() -> known.existing(repeatOf).map(found -> new Earlier(0, found.registeredAt())))
          .orElse(null);
      if (earlier == null) {
        problem(REPEAT_OF, "原事项应已在系统中，或在本文件中排在本行之前");
      } else if (registeredOn != null && earlier.registeredAt() != null
          && !earlier.registeredAt().isBefore(atStepTime(registeredOn))) {
        problem(REPEAT_OF, "原事项的登记日期应早于本事项的登记日期");
      }
      return repeatOf;
    }

    private RoutingDecision routing() {
      RoutingDecision routing = coded(ROUTING, RoutingDecision.values(), RoutingDecision::label);
      if (routing != null && !routing.sendsToUnit()) {
        problem(ROUTING, "只能导入转送或交办责任单位并已办结的事项");
        return null;
      }
      return routing;
    }

    private String unit() {
      String code = value(UNIT);
      if (code == null) {
        return null;
      }
      if (!code.matches(Unit.CODE_PATTERN) || !known.unitExists(code)) {
        problem(UNIT, "不是本系统中的责任单位代码");
        return null;
      }
      return code;
    }

    /** Art. 34: approved once, while the reply limit runs, for at most 30 days. */
    private HistoricalCase.Extension extension(LocalDate acceptedOn, LocalDate repliedOn, Instant replyDueAt) {
      Integer days = integer(EXTENSION_DAYS, 1, MAX_EXTENSION_DAYS);
      LocalDate grantedOn = date(EXTENSION_ON);
      if (days == null || grantedOn == null) {
        when(days != null, EXTENSION_ON, "填写了延期天数，必须填写延期批准日期");
        when(grantedOn != null && !row.cells().containsKey(EXTENSION_DAYS.header()), EXTENSION_DAYS,
            "填写了延期批准日期，必须填写延期天数");
        return null;
      }
      notBefore(EXTENSION_ON, grantedOn, acceptedOn, "受理日期");
      when(grantedOn.isAfter(repliedOn), EXTENSION_ON, "不能晚于答复日期");
      when(grantedOn.isAfter(ChinaTime.dayOf(replyDueAt)), EXTENSION_ON,
          "延期应在答复期限届满前批准（" + ChinaTime.DAY.format(replyDueAt) + "届满，《信访工作条例》第三十四条）");
      return new HistoricalCase.Extension(days, atStepTime(grantedOn), known.afterDays(replyDueAt, days));
    }

    private ImportRow.Rating rating(Instant repliedAt) {
      Satisfaction department = coded(DEPARTMENT_RATING, Satisfaction.values(), Satisfaction::label);
      Satisfaction unit = coded(UNIT_RATING, Satisfaction.values(), Satisfaction::label);
      String ratedOnText = value(RATED_ON);
      Instant windowEndsAt = known.ratingWindowEndsAt(repliedAt);
      boolean windowEnded = ChinaTime.dayOf(windowEndsAt).isBefore(known.today());
      boolean anyRating = row.cells().containsKey(DEPARTMENT_RATING.header())
          || row.cells().containsKey(UNIT_RATING.header());
      if (ratedOnText == null || EXPIRED_UNRATED.equals(ratedOnText)) {
        when(anyRating, RATED_ON, "有评价结果的必须填写评价日期");
        if (!anyRating && ratedOnText == null) {
          when(windowEnded, RATED_ON, "评价期限已于" + ChinaTime.DAY.format(windowEndsAt) + "届满，未评价的应填写“"
              + EXPIRED_UNRATED + "”");
        }
        if (!anyRating && ratedOnText != null) {
          when(!windowEnded, RATED_ON, "评价期限" + ChinaTime.DAY.format(windowEndsAt) + "届满，尚未届满的不能记为"
              + EXPIRED_UNRATED);
        }
        return new ImportRow.Rating(null, null, null);
      }
      LocalDate ratedOn = date(RATED_ON);
      when(department == null && !row.cells().containsKey(DEPARTMENT_RATING.header()), DEPARTMENT_RATING,
          "填写了评价日期，必须填写对信访部门的评价");
      when(unit == null && !row.cells().containsKey(UNIT_RATING.header()), UNIT_RATING,
          "填写了评价日期，必须填写对责任单位的评价");
      if (ratedOn != null) {
        notBefore(RATED_ON, ratedOn, ChinaTime.dayOf(repliedAt), "答复日期");
        when(ratedOn.isAfter(ChinaTime.dayOf(windowEndsAt)), RATED_ON,
            "晚于评价期限（" + ChinaTime.DAY.format(windowEndsAt) + "届满）");
      }
      return ratedOn == null ? null : new ImportRow.Rating(department, unit, atStepTime(ratedOn));
    }

    /** Art. 35: a request within the window is answered; a late one was refused and has no answer. */
    private ImportRow.Review review(LocalDate repliedOn) {
      LocalDate requestedOn = date(REVIEW_REQUESTED_ON);
      LocalDate answeredOn = date(REVIEW_ANSWERED_ON);
      if (requestedOn == null) {
        when(answeredOn != null, REVIEW_ANSWERED_ON, "没有复查请求，不填写复查意见日期");
        return null;
      }
      notBefore(REVIEW_REQUESTED_ON, requestedOn, repliedOn, "答复日期");
      LocalDate windowLastDay = known.reviewWindowLastDay(repliedOn);
      if (requestedOn.isAfter(windowLastDay)) {
        when(answeredOn != null, REVIEW_ANSWERED_ON, "复查请求超过复查申请期限（" + ChinaTime.DAY.format(windowLastDay)
            + "届满），不予受理，不应有复查意见日期（《信访工作条例》第三十五条）");
        return new ImportRow.Review(requestedOn, null);
      }
      if (answeredOn == null) {
        when(!row.cells().containsKey(REVIEW_ANSWERED_ON.header()), REVIEW_ANSWERED_ON,
            "导入的事项均已办结：期限内的复查请求必须填写复查意见日期");
        return null;
      }
      notBefore(REVIEW_ANSWERED_ON, answeredOn, requestedOn, "复查请求日期");
      return new ImportRow.Review(requestedOn, atStepTime(answeredOn));
    }

    // ---- reading values

    private String value(ImportColumn column) {
      return row.cells().get(column.header());
    }

    private String text(ImportColumn column, int maxLength, boolean multiline) {
      String text = value(column);
      if (text == null) {
        when(column.required(), column, "必须填写");
        return null;
      }
      if (!PlainText.Check.isPlain(text, multiline)) {
        problem(column, PlainText.MESSAGE);
        return null;
      }
      if (text.codePointCount(0, text.length()) > maxLength) {
        problem(column, "不能超过" + maxLength + "个字");
        return null;
      }
      return text;
    }

    private LocalDate date(ImportColumn column) {
      String text = value(column);
      if (text == null) {
        when(column.required(), column, "必须填写");
        return null;
      }
      try {
        LocalDate day = LocalDate.parse(text, DAY);
        if (day.isAfter(known.today())) {
          problem(column, "不能晚于今天");
          return null;
        }
        return day;
      } catch (DateTimeParseException notADay) {
        problem(column, "日期应写作yyyy-MM-dd，如2024-03-05");
        return null;
      }
    }

    private Integer integer(ImportColumn column, int min, int max) {
      String text = text(column, 9, false);
      if (text == null) {
        return null;
      }
      if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
        problem(column, "应为" + min + "至" + max + "的整数");
        return null;
      }
      return Integer.parseInt(text);
    }

    /** A value by its code or its Chinese label, e.g. {@code VISIT} or 来访. */
    private <E extends Enum<E>> E coded(ImportColumn column, E[] values, Function<E, String> label) {
      String text = text(column, 40, false);
      if (text == null) {
        return null;
      }
      for (E value : values) {
        if (value.name().equals(text) || label.apply(value).equals(text)) {
          return value;
        }
      }
      List<String> allowed = Arrays.stream(values).map(label).toList();
      problem(column, "应为以下之一：" + String.join("、", allowed));
      return null;
    }

    private void notBefore(ImportColumn column, LocalDate day, LocalDate earlier, String earlierName) {
      if (day != null && earlier != null && day.isBefore(earlier)) {
        problem(column, "不能早于" + earlierName);
      }
    }

    private void when(boolean broken, ImportColumn column, String reason) {
      if (broken) {
        problem(column, reason);
      }
    }

    private void problem(ImportColumn column, String reason) {
      problems.add(new RowProblem(row.line(), column.header(), reason));
    }
  }
}
