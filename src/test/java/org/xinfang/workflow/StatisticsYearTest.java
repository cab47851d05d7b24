package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.RENSHE;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.instruction.InstructionRequest;
import org.xinfang.instruction.LeaderInstructions;
import org.xinfang.organization.Roles;
import org.xinfang.rating.Satisfaction;
import org.xinfang.rating.SatisfactionRatings;
import org.xinfang.review.NewReviewRequest;
import org.xinfang.review.ReviewRequests;
import org.xinfang.statistics.Grouping;
import org.xinfang.statistics.FigureQueries;
import org.xinfang.statistics.Indicator;
import org.xinfang.statistics.Period;
import org.xinfang.statistics.Scope;
import org.xinfang.statistics.Statistics;
import org.xinfang.statistics.Statistics.Part;
import org.xinfang.statistics.StatisticsReport;
import org.xinfang.statistics.StatisticsReport.Figure;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * A year of cases (2025) taken through the real process, step by step on the engine clock, whose
 * figures are known from how they were built; the statistics must find exactly those. The edge cases
 * of the period rules: an item registered in 2025 whose limits end in 2026 (D), an extension that
 * moves a 2025 reply due date into 2026 (C), rating windows that expired unrated (F, J), a late reply
 * (B), an item still open and overdue at the end of the year (E), a late routing decision (K), a repeat
 * inside the one-time-resolution window (G of H) and one outside it (I of A). The window is set to 60
 * days here, which also gives this class a database of its own.
 *
 * <p>The cases, all letters about unpaid wages unless said: A on time and rated satisfied; B replied
 * late; C extended into 2026; D registered on 24 Dec, still awaiting its unit's acceptance; E
 * overdue and supervised, with a district leader's instruction; F objected to by its first unit, then
 * contested by a review request; G repeats H and is not accepted; H repeated within the window; I
 * repeats A after the window; J a group visit of six about a suggestion, never rated; K a visit of two,
 * routed late, replied in 2026; L an accusation online, sent to discipline inspection; and in 2024 three
 * first-time letters for the year-on-year change.
 */
@PetitionProcessContext
@TestPropertySource(properties = "xinfang.statistics.resolution-window-days=60")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsYearTest {

  @Autowired PetitionCases cases;
  @Autowired Statistics statistics;
  @Autowired SatisfactionRatings ratings;
  @Autowired ReviewRequests reviewRequests;
  @Autowired LeaderInstructions instructions;
  @Autowired ProcessEngine engine;

  ProcessInstance a, b, c, d, e, f, g, h, i, j, k, l;

  @BeforeAll
  void aYearOfCases() {
    BpmnAwareTests.init(engine);
    for (String day : List.of("2024-05-06", "2024-06-03", "2024-07-01")) {
      ProcessInstance earlier = registered(day + "T09:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
      route(earlier, day + "T15:00", StepForms.decide(RoutingDecision.POLITICAL_LEGAL, "属于涉法涉诉事项，请依法向人民法院提起诉讼。"));
    }

    h = registered("2025-02-10T09:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
    route(h, "2025-02-12T09:00", StepForms.transferTo(CHENGBEI));
    accept(h, "2025-02-14T09:00");
    reply(h, "2025-03-14T09:00");
    rate(h, "2025-03-20T10:00", Satisfaction.SATISFIED, Satisfaction.SATISFIED);

    a = registered("2025-03-03T09:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
    route(a, "2025-03-05T09:00", StepForms.transferTo(CHENGBEI));
    accept(a, "2025-03-10T09:00");
    reply(a, "2025-04-10T09:00");
    rate(a, "2025-04-15T10:00", Satisfaction.SATISFIED, Satisfaction.SATISFIED);

    g = registered("2025-04-01T09:00", Channel.LETTER, 1, CaseClass.CLAIM, h.getBusinessKey());
    route(g, "2025-04-03T09:00", StepForms.decide(RoutingDecision.NOT_ACCEPT, "该事项已办结，信访人未提出新的事实和理由。"));

    b = registered("2025-04-01T10:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
    route(b, "2025-04-03T10:00", StepForms.transferTo(RENSHE));
    accept(b, "2025-04-07T10:00");
    assertThat(cases.record(b).getReplyDueAt()).isEqualTo(endOf("2025-06-06").toInstant());
    reply(b, "2025-06-20T10:00");
    rate(b, "2025-06-25T10:00", Satisfaction.BASICALLY_SATISFIED, Satisfaction.DISSATISFIED);

    f = registered("2025-05-06T09:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
    route(f, "2025-05-08T09:00", StepForms.transferTo(CHENGBEI));
    clockAt("2025-05-09T09:00");
    complete(task(f), StepForms.object());
    route(f, "2025-05-12T09:00", StepForms.transferTo(RENSHE));
    accept(f, "2025-05-13T09:00");
    reply(f, "2025-06-10T09:00");
    clockAt("2025-06-20T09:00");
    reviewRequests.record(f.getBusinessKey(), new NewReviewRequest(LocalDate.parse("2025-06-20"), LocalDate.parse("2025-06-12")));

    j = registered("2025-06-03T09:00", Channel.VISIT, 6, CaseClass.SUGGESTION, null);
    route(j, "2025-06-05T09:00", StepForms.transferTo(CHENGBEI));
    accept(j, "2025-06-09T09:00");
    reply(j, "2025-07-01T09:00");

    i = registered("2025-07-01T10:00", Channel.LETTER, 1, CaseClass.CLAIM, a.getBusinessKey());
    route(i, "2025-07-03T09:00", StepForms.transferTo(CHENGBEI));
    accept(i, "2025-07-07T09:00");
    reply(i, "2025-08-01T09:00");
    rate(i, "2025-08-05T10:00", Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED);

    e = registered("2025-08-01T09:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
    route(e, "2025-08-04T09:00", StepForms.transferTo(CHENGBEI));
    accept(e, "2025-08-06T09:00");
    clockAt("2025-09-01T09:00");
    instructions.record(e.getBusinessKey(), new InstructionRequest("请城北街道主要负责人亲自过问，依法妥善处理。", CHENGBEI, 10),
        "district.leader", List.of(Roles.DISTRICT_LEADERS));
    assertThat(cases.record(e).getReplyDueAt()).as("60 days end on 5 Oct, in the National Day break")
        .isEqualTo(endOf("2025-10-09").toInstant());
    clockAt("2025-10-10T00:00");
    execute(job(Elements.REPLY_DEADLINE, e));

    l = registered("2025-09-15T09:00", Channel.ONLINE, 1, CaseClass.ACCUSATION, null);
    route(l, "2025-09-16T09:00", StepForms.decide(RoutingDecision.DISCIPLINE, "属于检举控告事项，转纪检监察机关依规依纪依法处理。"));

    c = registered("2025-10-10T09:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
    route(c, "2025-10-14T09:00", StepForms.transferTo(RENSHE));
    accept(c, "2025-10-20T09:00");
    assertThat(cases.record(c).getReplyDueAt()).isEqualTo(endOf("2025-12-19").toInstant());
    clockAt("2025-12-01T09:00");
    complete(task(c), StepForms.requestExtension(30));
    complete(task(c), StepForms.approveExtension());
    assertThat(cases.record(c).getReplyDueAt()).as("extended into 2026").isAfter(endOf("2025-12-31").toInstant());
    reply(c, "2026-01-10T09:00");

    k = registered("2025-11-03T09:00", Channel.VISIT, 2, CaseClass.CLAIM, null);
    route(k, "2025-11-20T09:00", StepForms.transferTo(RENSHE));
    accept(k, "2025-11-21T09:00");
    reply(k, "2026-01-05T09:00");

    d = registered("2025-12-24T09:00", Channel.LETTER, 1, CaseClass.CLAIM, null);
    route(d, "2025-12-29T09:00", StepForms.transferTo(RENSHE));
    assertThat(cases.record(d).getRoutingDueAt()).isEqualTo(endOf("2026-01-08").toInstant());
    assertThat(cases.record(d).getAcceptanceDueAt()).isAfter(endOf("2025-12-31").toInstant());

    BpmnAwareTests.reset();
  }

  /** The figures are read on 1 March 2026, when every rating window of 2025 has ended. */
  @BeforeEach
  void readOnFirstOfMarch() {
    clockAt("2026-03-01T09:00");
  }

  @Test
  void theCountsOfTheYear() {
    StatisticsReport year = year2025();
    // G, not accepted, is left out by default: eleven items
    assertThat(value(year, Indicator.ITEMS)).isEqualTo(11);
    assertThat(value(year, Indicator.VISIT_BATCHES)).isEqualTo(2);
    assertThat(value(year, Indicator.VISIT_PERSONS)).isEqualTo(8);
    assertThat(value(year, Indicator.GROUP_VISITS)).isEqualTo(1);
    assertThat(value(year, Indicator.FIRST_TIME)).isEqualTo(10);
    assertThat(year.firstTime().yearBefore()).isEqualTo(3);
    assertThat(year.firstTime().change()).isEqualByComparingTo("2.3333");
    assertThat(year.byChannel()).extracting(breakdown -> breakdown.key().code(), StatisticsReport.Breakdown::items,
            StatisticsReport.Breakdown::visitPersons)
        .containsExactly(tuple("LETTER", 8L, 0L),
            tuple("VISIT", 2L, 8L), tuple("ONLINE", 1L, 0L));
    assertThat(year.byClass()).extracting(breakdown -> breakdown.key().code(), StatisticsReport.Breakdown::items)
        .containsExactly(tuple("CLAIM", 9L),
            tuple("ACCUSATION", 1L), tuple("SUGGESTION", 1L));
    assertThat(year.topUnits()).extracting(breakdown -> breakdown.key().code(), StatisticsReport.Breakdown::items)
        .containsExactly(tuple(CHENGBEI, 5L), tuple(RENSHE, 5L));
    assertThat(value(year, Indicator.SUPERVISIONS)).as("E's reply limit").isEqualTo(1);
    assertThat(value(year, Indicator.SUPERVISION_ESCALATIONS)).isZero();
    assertThat(value(year, Indicator.SUPERVISIONS_ENDED)).isZero();
    assertThat(value(year, Indicator.INSTRUCTIONS)).isEqualTo(1);
    assertThat(value(year, Indicator.INSTRUCTIONS_COMPLETED)).isZero();
    assertRate(year, Indicator.INSTRUCTION_ON_TIME, 0, 0, null);
    assertThat(value(year, Indicator.OVERDUE_NOW)).as("D awaiting acceptance, E awaiting its reply").isEqualTo(2);
    assertThat(numbers(Indicator.OVERDUE_NOW, Part.DENOMINATOR, Period.year(2025))).containsExactlyInAnyOrder(number(d), number(e));
  }

  @Test
  void theRatesOfTheYearWithTheirNumeratorsAndDenominators() {
    StatisticsReport year = year2025();
    // D's routing limit ends in 2026; K was routed late; G's decision not to accept was in time
    assertRate(year, Indicator.ROUTING_ON_TIME, 10, 11, "0.9091");
    // D's acceptance limit ends in 2026
    assertRate(year, Indicator.ACCEPTANCE_ON_TIME, 9, 9, "1.0000");
    // C (extended) and K are due in 2026; B was late, E is still unanswered
    assertRate(year, Indicator.REPLY_ON_TIME, 5, 7, "0.7143");
    assertThat(numbers(Indicator.REPLY_ON_TIME, Part.DENOMINATOR, Period.year(2025)))
        .containsExactlyInAnyOrder(number(a), number(b), number(e), number(f), number(h), number(i), number(j));
    // first-time claims closed in 2025: A and B resolved; F contested by review, H repeated by G within 60 days
    assertRate(year, Indicator.ONE_TIME_RESOLUTION, 2, 4, "0.5000");
    assertThat(numbers(Indicator.ONE_TIME_RESOLUTION, Part.NUMERATOR, Period.year(2025)))
        .containsExactlyInAnyOrder(number(a), number(b));
    // replied in 2025: A, B, H, I rated; F and J expired unrated
    assertRate(year, Indicator.RATING_PARTICIPATION, 4, 6, "0.6667");
    assertRate(year, Indicator.DEPARTMENT_SATISFACTION, 4, 4, "1.0000");
    assertRate(year, Indicator.UNIT_SATISFACTION, 3, 4, "0.7500");
    assertRate(year, Indicator.REPEAT_RATE, 1, 11, "0.0909");
  }

  @Test
  void periodsAndGroupsFollowTheSameRules() {
    StatisticsReport fourthQuarter = statistics.report(Period.quarter(2025, 4), Scope.wholeDistrict(), null);
    assertRate(fourthQuarter, Indicator.REPLY_ON_TIME, 0, 1, "0.0000");
    assertThat(value(fourthQuarter, Indicator.ITEMS)).as("C, K, D").isEqualTo(3);

    StatisticsReport nextYear = statistics.report(Period.year(2026), Scope.wholeDistrict(), null);
    assertRate(nextYear, Indicator.ROUTING_ON_TIME, 1, 1, "1.0000");
    assertThat(numbers(Indicator.REPLY_ON_TIME, Part.NUMERATOR, Period.year(2026)))
        .containsExactlyInAnyOrder(number(c), number(k));
    assertRate(nextYear, Indicator.ACCEPTANCE_ON_TIME, 0, 1, "0.0000");
    assertThat(value(nextYear, Indicator.ITEMS)).isZero();
    assertThat(nextYear.firstTime().change()).isEqualByComparingTo("-1");

    StatisticsReport byMonth = statistics.report(Period.year(2025), Scope.wholeDistrict(), Grouping.MONTH);
    assertThat(byMonth.groups()).hasSize(12);
    StatisticsReport.Group june = byMonth.groups().get(5);
    assertThat(june.key().label()).isEqualTo("2025年6月");
    Figure juneReplies = june.figures().stream().filter(figure -> figure.indicator().equals("REPLY_ON_TIME")).findFirst().orElseThrow();
    assertThat(juneReplies.denominator()).as("B due 6 June").isEqualTo(1);
    assertThat(juneReplies.numerator()).isZero();
    assertThat(juneReplies.denominatorCases()).contains("from=2025-06-01", "to=2025-06-30");

    StatisticsReport chengbei = statistics.report(Period.year(2025),
        new Scope(Set.of(CHENGBEI), null, null, null, null), null);
    assertThat(value(chengbei, Indicator.ITEMS)).as("H, A, J, I, E").isEqualTo(5);
    assertRate(chengbei, Indicator.REPLY_ON_TIME, 4, 5, "0.8000");
  }

  // ---- the steps

  private ProcessInstance registered(String at, Channel channel, int persons, CaseClass caseClass, String repeatOf) {
    clockAt(at);
    SubjectCategory subject = caseClass == CaseClass.ACCUSATION ? SubjectCategory.DISCIPLINE : SubjectCategory.LABOUR_SOCIAL_SECURITY;
    return cases.register(channel, persons, caseClass, subject, repeatOf);
  }

  private static void route(ProcessInstance process, String at, Map<String, Object> decision) {
    clockAt(at);
    complete(task(process), decision);
  }

  private static void accept(ProcessInstance process, String at) {
    clockAt(at);
    complete(task(process), StepForms.accept());
  }

  private static void reply(ProcessInstance process, String at) {
    clockAt(at);
    complete(task(process), StepForms.reply());
    complete(task(process), StepForms.approveReply());
  }

  private void rate(ProcessInstance process, String at, Satisfaction department, Satisfaction unit) {
    clockAt(at);
    ratings.ratedByPetitioner(cases.record(process), department, unit);
  }

  // ---- reading the figures

  private StatisticsReport year2025() {
    return statistics.report(Period.year(2025), Scope.wholeDistrict(), null);
  }

  private static Figure figure(StatisticsReport report, Indicator indicator) {
    return report.figures().stream().filter(figure -> figure.indicator().equals(indicator.name())).findFirst().orElseThrow();
  }

  private static long value(StatisticsReport report, Indicator indicator) {
    return figure(report, indicator).value();
  }

  private static void assertRate(StatisticsReport report, Indicator indicator, long numerator, long denominator,
      String rate) {
    Figure figure = figure(report, indicator);
    assertThat(figure.numerator()).as(indicator + " numerator").isEqualTo(numerator);
    assertThat(figure.denominator()).as(indicator + " denominator").isEqualTo(denominator);
    if (rate == null) {
      assertThat(figure.rate()).as(indicator + " rate").isNull();
    } else {
      assertThat(figure.rate()).as(indicator + " rate").isEqualByComparingTo(new BigDecimal(rate));
    }
  }

  private List<String> numbers(Indicator indicator, Part part, Period period) {
    return statistics.casesBehind(indicator, part, period, Scope.wholeDistrict(), 0, 100).rows().stream()
        .map(FigureQueries.Row::caseNumber).toList();
  }

  private static String number(ProcessInstance process) {
    return process.getBusinessKey();
  }
}
