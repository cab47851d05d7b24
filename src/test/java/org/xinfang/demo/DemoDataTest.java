package org.xinfang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.instruction.InstructionStatus;
import org.xinfang.instruction.LeaderInstructionRepository;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitRepository;
import org.xinfang.rating.Satisfaction;
import org.xinfang.rating.SatisfactionRatings;
import org.xinfang.workflow.CaseProcessAgreement;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The demo district and the demo cases as their users find them. The cases are dated back from the
 * moment the demo starts, so each story must read the same whatever the day and hour: the demo of
 * this context starts at a moment that once told another story, and the stories are told again, and
 * rolled back, at the awkward moments of the holiday calendar.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = DemoDataTest.StartedOnAMondayNight.class)
class DemoDataTest {

  /**
   * Mon 2026-12-07, 23:25 China time: a demo started then once had its overdue letter's supervision
   * notice due at midnight, not yet overdue, and this test failed.
   */
  static final Instant STARTED = chinaTime("2026-12-07T23:25");

  /** The demo cases by title, and where each one's story leaves it. */
  static final String LIGHTS = "东城街道建设路多盏路灯长期不亮";
  static final String WATER_SUPPLY = "黄田乡石塘村自来水管网老化，经常停水";
  static final String NIGHT_MARKET = "西城街道解放路夜市占道经营，油烟噪音扰民";
  static final String NIGHT_WORKS = "锦绣华府项目夜间施工噪音扰民";
  static final String DRAINS = "桃花坪社区老旧小区雨污管道堵塞，污水外溢";
  static final String FOREST = "青山林场与相邻村民小组山林权属争议";
  static final String SCHOOL_PLACE = "随迁子女申请城区公办小学学位未获安排";
  static final String SURGERY = "患者家属反映区人民医院术后并发症处置不当，要求赔偿";
  static final String WATER_AGAIN = "再次反映石塘村自来水经常停水";
  static final String PENSION = "反映原工作单位未足额缴纳养老保险";
  static final Map<String, CaseStatus> STORIES = Map.ofEntries(
      entry(LIGHTS, CaseStatus.AWAITING_ROUTING),
      entry(WATER_SUPPLY, CaseStatus.AWAITING_ROUTING),
      entry(NIGHT_MARKET, CaseStatus.AWAITING_ROUTING),
      entry(NIGHT_WORKS, CaseStatus.AWAITING_ACCEPTANCE),
      entry(DRAINS, CaseStatus.IN_HANDLING),
      entry(FOREST, CaseStatus.IN_HANDLING),
      entry("河洲村部分村民反映高速公路征地补偿款未足额发放", CaseStatus.EXTENSION_PENDING),
      entry(SCHOOL_PLACE, CaseStatus.REPLY_PENDING_APPROVAL),
      entry(SURGERY, CaseStatus.REPORT_PENDING_REVIEW),
      entry("城东安置小区项目8名农民工反映被拖欠工资", CaseStatus.CLOSED),
      entry("反映家庭最低生活保障资格被取消", CaseStatus.NOT_ACCEPTED),
      entry("举报白水乡某村干部虚报冒领危房改造补助资金", CaseStatus.ROUTED_DISCIPLINE),
      entry("不服区人民法院房屋买卖合同纠纷民事判决", CaseStatus.ROUTED_POLITICAL_LEGAL),
      entry(WATER_AGAIN, CaseStatus.AWAITING_ROUTING),
      entry(PENSION, CaseStatus.UNDER_REVIEW));

  /** Starts the demo of this context at {@link #STARTED}: its first step puts the engine clock back to real time. */
  static class StartedOnAMondayNight implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      ClockUtil.setCurrentTime(Date.from(STARTED));
    }
  }

  @Autowired UnitRepository units;
  @Autowired IdentityService identity;
  @Autowired PetitionCaseRepository cases;
  @Autowired CaseProcessAgreement agreement;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired DemoData demoData;
  @Autowired DemoCases demoCases;
  @Autowired LeaderInstructionRepository instructions;
  @Autowired SatisfactionRatings ratings;

  @AfterEach
  void forgetUser() {
    identity.clearAuthentication();
  }

  @AfterAll
  static void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theDistrictHasItsUnitsGroupsAndPeople() {
    assertThat(units.findAll()).extracting(unit -> unit.getCode())
        .containsExactlyInAnyOrderElementsOf(DemoDistrict.UNITS.stream().map(DemoDistrict.DemoUnit::code).toList());
    assertThat(units.findById("dongcheng")).get()
        .satisfies(unit -> assertThat(unit.getName()).isEqualTo("东城街道办事处"));

    Roles.BUREAU_ROLES.forEach(role -> assertThat(identity.createGroupQuery().groupId(role.groupId()).count()).isOne());
    assertThat(groupsOf("dongcheng.jb")).containsExactly(Roles.unitHandlers("dongcheng"));
    assertThat(groupsOf("dongcheng.fz")).containsExactly(Roles.unitLeaders("dongcheng"));
    assertThat(groupsOf("weijian.jb")).containsExactly("unit-weijian-handlers");
    assertThat(groupsOf("xfs.li")).containsExactly(Roles.PETITION_ROOM);
    assertThat(groupsOf("tjs.chen")).containsExactly(Roles.MEDIATION_ROOM);
    assertThat(groupsOf("bgs.liu")).containsExactly(Roles.OFFICE);
    assertThat(groupsOf("jld.wang")).containsExactly(Roles.BUREAU_LEADERS);
    assertThat(groupsOf("qld.zhou")).containsExactly(Roles.DISTRICT_LEADERS);
    assertThat(groupsOf("ducha.sun")).containsExactly(Roles.SUPERVISORS);
    assertThat(groupsOf("fcjg.xu")).containsExactly(Roles.REVIEW_ORGAN);
    assertThat(groupsOf("fhjg.gao")).containsExactly(Roles.RE_REVIEW_ORGAN);
    assertThat(groupsOf("jjjc.lin")).containsExactly(Roles.DISCIPLINE);
    assertThat(groupsOf("admin")).contains(Roles.ADMINISTRATORS, Roles.SUPERVISORS);

    assertThat(identity.createUserQuery().userId("dongcheng.jb").singleResult())
        .satisfies(user -> assertThat(user.getLastName() + user.getFirstName()).isEqualTo("陈晓燕"));
    assertThat(identity.checkPassword("dongcheng.jb", DemoDistrict.PASSWORD)).isTrue();
    assertThat(identity.checkPassword("bgs.liu", "wrong")).isFalse();
  }

  @Test
  void eachDemoCaseStandsWhereItsStoryLeftIt() {
    theCasesStandWhereTheirStoriesLeftThem(everyCase());

    assertThat(byTitle(SURGERY).getRoutingDecision()).isEqualTo(RoutingDecision.ASSIGN);
    assertThat(byTitle(NIGHT_MARKET).getObjectionReason()).contains("城市管理");
    assertThat(byTitle(LIGHTS).getRegisteredBy()).isEqualTo("xfs.li");
  }

  @Test
  void everyDemoCaseRecordAgreesWithItsProcess() {
    assertThat(cases.findAll()).hasSize(15)
        .allSatisfy(petitionCase -> assertThat(agreement.disagreement(petitionCase)).isEmpty());
  }

  @Test
  void aUnitHandlerFindsTheUnitsWorkInTheFilters() {
    theHandlersFindTheOverdueAndTheDueSoon(everyCase());

    actAs("dongcheng.jb");
    assertThat(filters.count(filterId("本单位待办"))).isEqualTo(2);
  }

  @Test
  void aDistrictLeadersInstructionAwaitsTheForestFarm() {
    actAs("qingshan.jb");

    assertThat(titlesIn("本单位待办")).containsExactlyInAnyOrder(FOREST, FOREST);
    theInstructionAwaitsTheForestFarmInTime(everyCase());
    assertThat(instructions.findAll()).singleElement().satisfies(instruction -> {
      assertThat(instruction.getInstructedBy()).isEqualTo("qld.zhou");
      assertThat(instruction.getAddresseeName()).isEqualTo("国营青山林场");
    });
  }

  @Test
  void aRepeatWhileTheFirstLetterWaitsIsFlaggedAndAContestedReplyIsUnderReview() {
    PetitionCase repeat = byTitle(WATER_AGAIN);
    assertThat(repeat.isFirstTime()).isFalse();
    assertThat(repeat.isRepeatWhileOpen()).isTrue();
    assertThat(repeat.getRepeatOf().getTitle()).isEqualTo(WATER_SUPPLY);

    PetitionCase contested = byTitle(PENSION);
    assertThat(ratings.of(contested)).hasValueSatisfying(rating -> {
      assertThat(rating.getDepartmentRating()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
      assertThat(rating.getUnitRating()).isEqualTo(Satisfaction.DISSATISFIED);
    });
    actAs("fcjg.xu");
    assertThat(titlesIn("本单位待办")).containsExactly(PENSION);
  }

  @Test
  void aUnitSeesNoOtherUnitsWork() {
    actAs("xicheng.jb");

    assertThat(titlesIn("本单位待办")).isEmpty();
    assertThat(titlesIn("已超期")).isEmpty();
    assertThat(tasks.createTaskQuery().count()).isZero();
  }

  @Test
  void thePetitionRoomAndTheSupervisorsFindTheirWork() {
    actAs("xfs.zhao");
    assertThat(titlesIn("本单位待办")).containsExactlyInAnyOrder(LIGHTS, WATER_SUPPLY, NIGHT_MARKET, SURGERY, WATER_AGAIN);

    // the supervisors watch the whole district: every open task is theirs to see
    actAs("ducha.sun");
    assertThat(titlesIn("本单位待办")).contains(LIGHTS, NIGHT_WORKS, SCHOOL_PLACE);
    theOverdueCasesAndTheirOverdueNoticesAreWatched(everyCase());
  }

  @ParameterizedTest(name = "started {0} China time")
  @ValueSource(strings = {
      "2026-02-24T10:00",      // the first working day after the Spring Festival's nine days off
      "2026-10-10T10:00",      // a Saturday worked (调休) after the 国庆 break
      "2026-12-31T23:59:30"})  // 元旦's eve, half a minute before a year whose schedule is not loaded
  @Transactional // each replay is rolled back, leaving this context's demo as it was
  void theDemoTellsTheSameStoriesWhateverTheDayAndHourItStarts(String chinaDateTime) {
    Set<String> replayed = Set.copyOf(demoCases.create(chinaTime(chinaDateTime)));

    assertThat(replayed).hasSize(STORIES.size()).allSatisfy(caseNumber ->
        assertThat(agreement.disagreement(cases.findByCaseNumber(caseNumber).orElseThrow())).isEmpty());
    theCasesStandWhereTheirStoriesLeftThem(replayed);
    theInstructionAwaitsTheForestFarmInTime(replayed);
    theHandlersFindTheOverdueAndTheDueSoon(replayed);
    theOverdueCasesAndTheirOverdueNoticesAreWatched(replayed);
  }

  @Test
  void theFiltersShowCaseNumberAndTitleAndNoOthersExist() {
    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrder("本单位待办", "已超期", "三日内到期", "信访室待办", "全区超期事项", "督办事项", "领导批示落实");
    Filter myWork = filters.getFilter(filterId("本单位待办"));
    assertThat(myWork.getProperties().get("variables")).asString()
        .contains("caseNumber").contains("caseTitle");
  }

  @Test
  void startingAgainCreatesNothingTwice() throws Exception {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long memberships = identity.createUserQuery().memberOfGroup(Roles.SUPERVISORS).count();
    long caseCount = cases.count();
    long unitCount = units.count();
    long filterCount = filters.createFilterQuery().count();

    demoData.run(null);

    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identity.createUserQuery().memberOfGroup(Roles.SUPERVISORS).count()).isEqualTo(memberships);
    assertThat(cases.count()).isEqualTo(caseCount);
    assertThat(units.count()).isEqualTo(unitCount);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
  }

  /** Each case where its story left it; past their limits the letter the room has not routed, and the drains the unit has not answered. */
  private void theCasesStandWhereTheirStoriesLeftThem(Set<String> demo) {
    List<PetitionCase> told = demo.stream().map(caseNumber -> cases.findByCaseNumber(caseNumber).orElseThrow()).toList();
    assertThat(told.stream().collect(Collectors.toMap(PetitionCase::getTitle, PetitionCase::getStatus)))
        .containsExactlyInAnyOrderEntriesOf(STORIES);
    assertThat(told).filteredOn(PetitionCase::isOverdue).extracting(PetitionCase::getTitle)
        .containsExactlyInAnyOrder(WATER_SUPPLY, DRAINS);
  }

  /**
   * 东城街道's handler finds the drains overdue and the night works to accept within three working
   * days; the petition room finds the letter it has not routed overdue.
   */
  private void theHandlersFindTheOverdueAndTheDueSoon(Set<String> demo) {
    actAs("dongcheng.jb");
    assertThat(titlesIn("本单位待办", demo)).containsExactlyInAnyOrder(NIGHT_WORKS, DRAINS);
    assertThat(titlesIn("已超期", demo)).containsExactly(DRAINS);
    assertThat(titlesIn("三日内到期", demo)).containsExactly(NIGHT_WORKS);

    actAs("xfs.zhao");
    assertThat(titlesIn("已超期", demo)).containsExactly(WATER_SUPPLY);
  }

  /** Each overdue case twice: its own step, and the supervision notice not issued within its deadline. */
  private void theOverdueCasesAndTheirOverdueNoticesAreWatched(Set<String> demo) {
    actAs("ducha.sun");
    assertThat(titlesIn("全区超期事项", demo)).containsExactlyInAnyOrder(WATER_SUPPLY, DRAINS, WATER_SUPPLY, DRAINS);
  }

  /** The district leader's instruction to the forest farm is open and its deadline still ahead. */
  private void theInstructionAwaitsTheForestFarmInTime(Set<String> demo) {
    List<Long> demoCaseIds = demo.stream().map(caseNumber -> cases.findByCaseNumber(caseNumber).orElseThrow().getId()).toList();
    assertThat(instructions.findAll()).filteredOn(instruction -> demoCaseIds.contains(instruction.getCaseId()))
        .singleElement().satisfies(instruction -> {
          assertThat(cases.findById(instruction.getCaseId()).orElseThrow().getTitle()).isEqualTo(FOREST);
          assertThat(instruction.getStatus()).isEqualTo(InstructionStatus.OPEN);
          assertThat(instruction.isOverdue()).isFalse();
        });
  }

  private Set<String> everyCase() {
    return cases.findAll().stream().map(PetitionCase::getCaseNumber).collect(Collectors.toSet());
  }

  private void actAs(String userId) {
    // the groups are read as the system: a logged-in user's unpaged query is refused (queryMaxResultsLimit)
    identity.clearAuthentication();
    identity.setAuthentication(userId, groupsOf(userId));
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  private List<String> titlesIn(String filterName) {
    return titlesIn(filterName, everyCase());
  }

  /** The titles of the tasks of {@code demo}'s cases in the filter. */
  private List<String> titlesIn(String filterName, Set<String> demo) {
    // as Tasklist does: a logged-in user's filter query is paged (queryMaxResultsLimit)
    List<Task> found = filters.listPage(filterId(filterName), 0, 200);
    return found.stream()
        .filter(task -> demo.contains((String) tasks.getVariable(task.getId(), Variables.CASE_NUMBER)))
        .map(task -> (String) tasks.getVariable(task.getId(), "caseTitle")).toList();
  }

  private PetitionCase byTitle(String title) {
    return cases.findAll().stream().filter(c -> c.getTitle().equals(title)).findFirst().orElseThrow();
  }

  private static Instant chinaTime(String chinaDateTime) {
    return LocalDateTime.parse(chinaDateTime).atZone(ChinaTime.ZONE).toInstant();
  }
}
