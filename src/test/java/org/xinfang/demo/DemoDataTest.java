package org.xinfang.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.instruction.InstructionStatus;
import org.xinfang.instruction.LeaderInstructionRepository;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitRepository;
import org.xinfang.rating.Satisfaction;
import org.xinfang.rating.SatisfactionRatings;
import org.xinfang.workflow.CaseProcessAgreement;

@SpringBootTest
@ActiveProfiles({"demo", "test"})
class DemoDataTest {

  @Autowired UnitRepository units;
  @Autowired IdentityService identity;
  @Autowired PetitionCaseRepository cases;
  @Autowired CaseProcessAgreement agreement;
  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired DemoData demoData;
  @Autowired LeaderInstructionRepository instructions;
  @Autowired SatisfactionRatings ratings;

  @AfterEach
  void forgetUser() {
    identity.clearAuthentication();
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
    Map<String, CaseStatus> statusByTitle = cases.findAll().stream()
        .collect(Collectors.toMap(PetitionCase::getTitle, PetitionCase::getStatus));

    assertThat(statusByTitle).containsOnly(
        entry("东城街道建设路多盏路灯长期不亮", CaseStatus.AWAITING_ROUTING),
        entry("黄田乡石塘村自来水管网老化，经常停水", CaseStatus.AWAITING_ROUTING),
        entry("西城街道解放路夜市占道经营，油烟噪音扰民", CaseStatus.AWAITING_ROUTING),
        entry("锦绣华府项目夜间施工噪音扰民", CaseStatus.AWAITING_ACCEPTANCE),
        entry("桃花坪社区老旧小区雨污管道堵塞，污水外溢", CaseStatus.IN_HANDLING),
        entry("青山林场与相邻村民小组山林权属争议", CaseStatus.IN_HANDLING),
        entry("河洲村部分村民反映高速公路征地补偿款未足额发放", CaseStatus.EXTENSION_PENDING),
        entry("随迁子女申请城区公办小学学位未获安排", CaseStatus.REPLY_PENDING_APPROVAL),
        entry("患者家属反映区人民医院术后并发症处置不当，要求赔偿", CaseStatus.REPORT_PENDING_REVIEW),
        entry("城东安置小区项目8名农民工反映被拖欠工资", CaseStatus.CLOSED),
        entry("反映家庭最低生活保障资格被取消", CaseStatus.NOT_ACCEPTED),
        entry("举报白水乡某村干部虚报冒领危房改造补助资金", CaseStatus.ROUTED_DISCIPLINE),
        entry("不服区人民法院房屋买卖合同纠纷民事判决", CaseStatus.ROUTED_POLITICAL_LEGAL),
        entry("再次反映石塘村自来水经常停水", CaseStatus.AWAITING_ROUTING),
        entry("反映原工作单位未足额缴纳养老保险", CaseStatus.UNDER_REVIEW));

    assertThat(cases.findAll()).filteredOn(PetitionCase::isOverdue).extracting(PetitionCase::getTitle)
        .containsExactlyInAnyOrder("黄田乡石塘村自来水管网老化，经常停水", "桃花坪社区老旧小区雨污管道堵塞，污水外溢");
    assertThat(byTitle("患者家属反映区人民医院术后并发症处置不当，要求赔偿").getRoutingDecision())
        .isEqualTo(RoutingDecision.ASSIGN);
    assertThat(byTitle("西城街道解放路夜市占道经营，油烟噪音扰民").getObjectionReason()).contains("城市管理");
    assertThat(byTitle("东城街道建设路多盏路灯长期不亮").getRegisteredBy()).isEqualTo("xfs.li");
  }

  @Test
  void everyDemoCaseRecordAgreesWithItsProcess() {
    assertThat(cases.findAll()).hasSize(15)
        .allSatisfy(petitionCase -> assertThat(agreement.disagreement(petitionCase)).isEmpty());
  }

  @Test
  void aUnitHandlerFindsTheUnitsWorkInTheFilters() {
    actAs("dongcheng.jb");

    assertThat(titlesIn("本单位待办"))
        .containsExactlyInAnyOrder("锦绣华府项目夜间施工噪音扰民", "桃花坪社区老旧小区雨污管道堵塞，污水外溢");
    assertThat(titlesIn("已超期")).containsExactly("桃花坪社区老旧小区雨污管道堵塞，污水外溢");
    assertThat(titlesIn("三日内到期")).containsExactly("锦绣华府项目夜间施工噪音扰民");
    assertThat(filters.count(filterId("本单位待办"))).isEqualTo(2);
  }

  @Test
  void aDistrictLeadersInstructionAwaitsTheForestFarm() {
    actAs("qingshan.jb");

    assertThat(titlesIn("本单位待办")).containsExactlyInAnyOrder(
        "青山林场与相邻村民小组山林权属争议", "青山林场与相邻村民小组山林权属争议");
    assertThat(instructions.findAll()).singleElement().satisfies(instruction -> {
      assertThat(instruction.getInstructedBy()).isEqualTo("qld.zhou");
      assertThat(instruction.getAddresseeName()).isEqualTo("国营青山林场");
      assertThat(instruction.getStatus()).isEqualTo(InstructionStatus.OPEN);
      assertThat(instruction.isOverdue()).isFalse();
    });
  }

  @Test
  void aRepeatWhileTheFirstLetterWaitsIsFlaggedAndAContestedReplyIsUnderReview() {
    PetitionCase repeat = byTitle("再次反映石塘村自来水经常停水");
    assertThat(repeat.isFirstTime()).isFalse();
    assertThat(repeat.isRepeatWhileOpen()).isTrue();
    assertThat(repeat.getRepeatOf().getTitle()).isEqualTo("黄田乡石塘村自来水管网老化，经常停水");

    PetitionCase contested = byTitle("反映原工作单位未足额缴纳养老保险");
    assertThat(ratings.of(contested)).hasValueSatisfying(rating -> {
      assertThat(rating.getDepartmentRating()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
      assertThat(rating.getUnitRating()).isEqualTo(Satisfaction.DISSATISFIED);
    });
    actAs("fcjg.xu");
    assertThat(titlesIn("本单位待办")).containsExactly("反映原工作单位未足额缴纳养老保险");
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
    assertThat(titlesIn("本单位待办")).containsExactlyInAnyOrder(
        "东城街道建设路多盏路灯长期不亮",
        "黄田乡石塘村自来水管网老化，经常停水",
        "西城街道解放路夜市占道经营，油烟噪音扰民",
        "患者家属反映区人民医院术后并发症处置不当，要求赔偿",
        "再次反映石塘村自来水经常停水");
    assertThat(titlesIn("已超期")).containsExactly("黄田乡石塘村自来水管网老化，经常停水");

    // the supervisors watch the whole district: every open task is theirs to see
    actAs("ducha.sun");
    // Each overdue case twice: its own step, and the supervision notice not issued within its deadline.
    assertThat(titlesIn("本单位待办")).contains(
        "东城街道建设路多盏路灯长期不亮", "锦绣华府项目夜间施工噪音扰民", "随迁子女申请城区公办小学学位未获安排");
    assertThat(titlesIn("全区超期事项")).containsExactlyInAnyOrder(
        "黄田乡石塘村自来水管网老化，经常停水", "桃花坪社区老旧小区雨污管道堵塞，污水外溢",
        "黄田乡石塘村自来水管网老化，经常停水", "桃花坪社区老旧小区雨污管道堵塞，污水外溢");
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
    // as Tasklist does: a logged-in user's filter query is paged (queryMaxResultsLimit)
    List<Task> found = filters.listPage(filterId(filterName), 0, 100);
    return found.stream().map(task -> (String) tasks.getVariable(task.getId(), "caseTitle")).toList();
  }

  private PetitionCase byTitle(String title) {
    return cases.findAll().stream().filter(c -> c.getTitle().equals(title)).findFirst().orElseThrow();
  }
}
