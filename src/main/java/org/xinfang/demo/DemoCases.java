package org.xinfang.demo;

import static org.xinfang.workflow.PetitionProcess.Elements.ACCEPT_ITEM;
import static org.xinfang.workflow.PetitionProcess.Elements.APPROVE_REPLY;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.HANDLE_CASE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.instruction.InstructionRequest;
import org.xinfang.instruction.LeaderInstructions;
import org.xinfang.rating.RatingChannel;
import org.xinfang.rating.Satisfaction;
import org.xinfang.rating.SatisfactionRatings;
import org.xinfang.review.NewReviewRequest;
import org.xinfang.review.ReviewRequests;
import org.xinfang.workflow.CaseRegistration;
import org.xinfang.workflow.PetitionProcess;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * Demo cases in every state of the process, so that Tasklist and Cockpit show real work on first
 * start. Each case is replayed through the real registration and real task completions, every
 * step on the day it "happened": the engine clock is set to that moment for the step and put back
 * right after (see {@link EngineClock#runAt}). Case records, timelines, task dates and timers are
 * therefore exactly what a bureau would have after those weeks of work. Limits that passed in that
 * history are then fired at their due time, as the job executor would have done.
 *
 * <p>Every story is dated back from the moment the demo starts, and where a story depends on a limit
 * (overdue, or due within days) its days are chosen on the holiday calendar, so that the demo tells
 * the same stories whatever the day and hour it starts: on a holiday's eve, on a weekend day worked,
 * in a year whose schedule is not loaded, a minute before midnight.
 */
@Component
@Profile("demo")
class DemoCases {

  private static final String REGISTRAR = "xfs.li";
  private static final String ROUTER = "xfs.zhao";

  // The lengths the stories are dated with: the limits of processes/petition-case.bpmn, and the
  // working days processes/supervision.bpmn gives the mediation room for its notice
  // (Timer_IssueNoticeDeadline, 督办通知发出期限).
  private static final int ROUTING_DAYS = 15;
  private static final int ACCEPTANCE_DAYS = 15;
  private static final int REPLY_DAYS = 60;
  private static final int NOTICE_WORKING_DAYS = 2;

  private final CaseRegistration registration;
  private final PetitionCaseRepository cases;
  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final DueDateCalculator calculator;
  private final LeaderInstructions instructions;
  private final ReviewRequests reviewRequests;
  private final SatisfactionRatings ratings;

  /** The case numbers of the stories told by the running {@link #create}, which runs on one thread at startup. */
  private final List<String> told = new ArrayList<>();

  DemoCases(CaseRegistration registration, PetitionCaseRepository cases, TaskService tasks,
      ManagementService management, RuntimeService runtime, IdentityService identity, DueDateCalculator calculator,
      LeaderInstructions instructions, ReviewRequests reviewRequests, SatisfactionRatings ratings) {
    this.reviewRequests = reviewRequests;
    this.ratings = ratings;
    this.registration = registration;
    this.cases = cases;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.identity = identity;
    this.calculator = calculator;
    this.instructions = instructions;
  }

  boolean noCasesYet() {
    return cases.count() == 0;
  }

  /**
   * Tells every story as if the demo started at {@code now}.
   *
   * @return the case numbers of the demo cases
   */
  List<String> create(Instant now) {
    told.clear();

    // 待信访室处理
    story(day(now, 1, 9, 20), REGISTRAR, intake(Channel.ONLINE, 1, CaseClass.CLAIM, SubjectCategory.URBAN_CONSTRUCTION,
        "东城街道建设路多盏路灯长期不亮",
        "建设路从新华书店至农贸市场路段约有十余盏路灯自九月起一直不亮，夜间行人和电动车通行不便，已有老人摔倒。"
            + "曾向社区反映，至今未修复，请求尽快安排维修。",
        "dongcheng", petitioner("王秀兰", "431102196805124526", "13874600112", "东城街道建设路社区12栋")));

    // 待信访室处理，已超过15日处理期限，调纠室的督办通知也已逾期未发出
    int waterDaysAgo = daysAgoNoticeOverdue(now, 20,
        daysAgo -> calculator.afterDays(day(now, daysAgo, 10, 5), ROUTING_DAYS));
    Story waterSupply = story(day(now, waterDaysAgo, 10, 5), REGISTRAR, intake(Channel.LETTER, 1, CaseClass.CLAIM, SubjectCategory.AGRICULTURE_RURAL,
        "黄田乡石塘村自来水管网老化，经常停水",
        "石塘村2012年建成的集中供水管网老化严重，今年以来多次爆管，三组、四组村民经常连续数日停水，只能到山塘挑水。"
            + "请求对管网进行改造，保障村民饮水安全。",
        "huangtian", petitioner("蒋满秋", "431102195903081213", "13974611208", "黄田乡石塘村三组")));

    // 转送后责任单位提出异议，退回信访室重新处理
    story(day(now, 8, 15, 40), REGISTRAR, intake(Channel.PHONE, 1, CaseClass.CLAIM, SubjectCategory.URBAN_CONSTRUCTION,
        "西城街道解放路夜市占道经营，油烟噪音扰民",
        "解放路步行街北段每晚六点以后摆满烧烤摊，占用人行道和消防通道，油烟和噪音持续到凌晨两点，住户无法开窗。"
            + "请求有关部门依法整治。",
        "xicheng", petitioner("赵红梅", "431102198211036027", "18907461835", "西城街道解放路88号")))
        .complete(day(now, 7, 9, 30), ROUTER, DECIDE_ROUTING,
            transfer("zhujian", "反映城区占道经营和油烟噪音问题，转区住房和城乡建设局依法处理并答复信访人。"))
        .complete(day(now, 5, 16, 10), "zhujian.jb", ACCEPT_ITEM, Map.of(
            Variables.UNIT_ANSWER, PetitionProcess.Answers.OBJECT,
            Variables.OBJECTION_REASON, "占道经营和餐饮油烟的查处属区城市管理和综合执法局职责，不属于本局职责范围，请重新转送。"));

    // 待责任单位受理，三日内到期：东城街道经办人的待办
    int transferredDaysAgo = daysAgoDueWithinThreeDays(now, ACCEPTANCE_DAYS);
    story(day(now, transferredDaysAgo + 1, 10, 0), REGISTRAR,
        intake(Channel.VISIT, 3, CaseClass.CLAIM, SubjectCategory.ENVIRONMENT,
            "锦绣华府项目夜间施工噪音扰民",
            "锦绣华府二期工地近一个月来经常在晚上十点以后进行混凝土浇筑作业，噪音很大，周边居民无法正常休息。"
                + "请求责令施工单位停止夜间违规施工。",
            "dongcheng",
            petitioner("孙立平", "431102197507210318", "13807462290", "东城街道锦绣华府一期3栋"),
            petitioner("何玉珍", "431102198010154522", "13574603318", "东城街道锦绣华府一期5栋")))
        .complete(day(now, transferredDaysAgo, 11, 15), ROUTER, DECIDE_ROUTING,
            transfer("dongcheng", "属地管理，转东城街道办事处会同有关部门调查处理，书面答复信访人。"));

    // 办理中，已超过60日答复期限，调纠室的督办通知也已逾期未发出：东城街道经办人已签收
    int drainsDaysAgo = daysAgoNoticeOverdue(now, 72,
        daysAgo -> calculator.afterDays(day(now, daysAgo - 3, 14, 0), REPLY_DAYS));
    story(day(now, drainsDaysAgo, 9, 0), REGISTRAR, intake(Channel.ONLINE, 1, CaseClass.CLAIM, SubjectCategory.URBAN_CONSTRUCTION,
        "桃花坪社区老旧小区雨污管道堵塞，污水外溢",
        "桃花坪社区3至7栋的化粪池和雨污管道多年未清理，一下雨污水就从井盖冒出，流进一楼住户家中，气味难闻。"
            + "物业已撤场，无人管理，请求政府协调维修。",
        "dongcheng", petitioner("刘建军", "431102197112300735", "15874629903", "东城街道桃花坪社区5栋")))
        .complete(day(now, drainsDaysAgo - 1, 10, 30), ROUTER, DECIDE_ROUTING,
            transfer("dongcheng", "转东城街道办事处组织维修并答复信访人。"))
        .complete(day(now, drainsDaysAgo - 3, 14, 0), "dongcheng.jb", ACCEPT_ITEM, accept("将会同社区和住建部门现场查看。"));

    // 办理中
    story(day(now, 12, 8, 50), REGISTRAR, intake(Channel.LETTER, 1, CaseClass.CLAIM, SubjectCategory.LAND_RESOURCES,
        "青山林场与相邻村民小组山林权属争议",
        "林场在杉木冲一带的采伐范围越过了1983年林业三定时划定的界线，占用我组集体山林约40亩。"
            + "请求依法确权并停止采伐。",
        "qingshan", petitioner("欧阳德胜", "431102196402117832", "13677465521", "白水乡杉木冲村二组")))
        .complete(day(now, 11, 16, 0), ROUTER, DECIDE_ROUTING,
            transfer("qingshan", "转国营青山林场核查林权界线，会同自然资源部门处理并答复。"))
        .complete(day(now, 8, 10, 20), "qingshan.jb", ACCEPT_ITEM, accept("将调取林权档案并组织现场勘界。"))
        .instruct(day(now, 5, 16, 30), "qld.zhou", "qingshan", 10,
            "林权争议易激化矛盾，请青山林场暂停争议区域采伐，会同区自然资源局勘界，十日内报告落实情况。");

    // 延期审批中：桥头镇负责人的待办
    story(day(now, 50, 9, 45), REGISTRAR, intake(Channel.VISIT, 5, CaseClass.CLAIM, SubjectCategory.LAND_RESOURCES,
        "河洲村部分村民反映高速公路征地补偿款未足额发放",
        "高速公路连接线征收河洲村土地，协议约定的青苗和附着物补偿款至今只发放了一半，村民多次到镇政府询问无果。"
            + "请求核查补偿款去向并足额发放。",
        "qiaotou",
        petitioner("唐国富", "431102196609042419", "13974688016", "桥头镇河洲村一组"),
        petitioner("唐小兵", "431102198807192436", "18874607725", "桥头镇河洲村一组")))
        .complete(day(now, 49, 15, 30), ROUTER, DECIDE_ROUTING,
            transfer("qiaotou", "转桥头镇人民政府会同区自然资源局核查补偿款发放情况并答复。"))
        .complete(day(now, 47, 9, 10), "qiaotou.jb", ACCEPT_ITEM, accept("已调取征地补偿协议和发放台账。"))
        .complete(day(now, 2, 17, 0), "qiaotou.jb", HANDLE_CASE, Map.of(
            Variables.HANDLING_ACTION, PetitionProcess.Answers.REQUEST_EXTENSION,
            Variables.EXTENSION_DAYS, 30,
            Variables.EXTENSION_REASON, "涉及土地二次测量和村民小组内部分配方案，须召开村民代表大会表决，难以在期限内办结。"));

    // 答复意见审批中：区教育局负责人的待办
    story(day(now, 25, 11, 0), REGISTRAR, intake(Channel.ONLINE, 1, CaseClass.CLAIM, SubjectCategory.EDUCATION,
        "随迁子女申请城区公办小学学位未获安排",
        "本人在城区务工五年，已办理居住证并缴纳社保，孩子今年满六周岁，申请就近公办小学学位未获安排，被分配到十公里外的学校。"
            + "请求按政策安排就近入学。",
        "xicheng", petitioner("邓海燕", "431102199002286643", "17374610086", "西城街道南门巷社区")))
        .complete(day(now, 24, 9, 40), ROUTER, DECIDE_ROUTING,
            transfer("jiaoyu", "转区教育局核查学位分配情况并答复信访人。"))
        .complete(day(now, 22, 15, 5), "jiaoyu.jb", ACCEPT_ITEM, accept("正在核查学区划分和学位分配记录。"))
        .complete(day(now, 1, 16, 30), "jiaoyu.jb", HANDLE_CASE, reply(ReplyOutcome.EXPLAINED,
            "经核查，您申报的居住地址属第三学区，该学区公办小学学位已满额，按随迁子女入学办法统筹安排至最近的有空余学位学校。"
                + "我局已协调开通校车线路，如对分配结果有异议，可在收到本意见之日起30日内申请复查。",
            null));

    // 办结报告审核中：上级交办事项，区卫生健康局已答复
    Instant medicalRegistered = day(now, 28, 10, 10);
    story(medicalRegistered, ROUTER, new CaseIntake(Channel.HIGHER_LEVEL, "市信访局",
        "市信交〔" + ChinaTime.dayOf(medicalRegistered).getYear() + "〕37号", 1, CaseClass.CLAIM, SubjectCategory.HEALTH,
        "患者家属反映区人民医院术后并发症处置不当，要求赔偿",
        "患者于六月在区人民医院行胆囊切除术，术后出现胆漏，家属认为医院发现和处置不及时，导致二次手术和长期住院。"
            + "要求医院承担责任并赔偿医疗费用。",
        "xicheng",
        List.of(petitioner("胡志坚", "431102197304154811", "13574682207", "西城街道潇湘路社区"))))
        .complete(day(now, 27, 9, 0), ROUTER, DECIDE_ROUTING, Map.of(
            Variables.ROUTING_DECISION, RoutingDecision.ASSIGN.name(),
            Variables.ROUTING_OPINION, "市信访局交办事项，交区卫生健康局调查处理，30日内办结并报送办结报告。",
            Variables.RESPONSIBLE_UNIT, "weijian",
            Variables.ASSIGNMENT_DAYS, 30))
        .complete(day(now, 25, 14, 40), "weijian.jb", ACCEPT_ITEM, accept("已封存病历并启动医疗纠纷调解程序。"))
        .complete(day(now, 6, 10, 0), "weijian.jb", HANDLE_CASE, reply(ReplyOutcome.PARTLY_SUPPORTED,
            "经区医疗纠纷人民调解委员会组织专家论证，医院术后观察记录不完整，对并发症的发现存在延误，应承担次要责任。"
                + "经调解，医院同意承担二次手术部分费用。",
            "已组织医患双方调解，达成调解协议，医院已支付部分费用，患者家属表示接受。现报送办结报告。"))
        .complete(day(now, 4, 11, 30), "weijian.fz", APPROVE_REPLY, approve("同意答复意见。"));

    // 已办结
    story(day(now, 40, 9, 30), REGISTRAR, intake(Channel.VISIT, 8, CaseClass.CLAIM, SubjectCategory.LABOUR_SOCIAL_SECURITY,
        "城东安置小区项目8名农民工反映被拖欠工资",
        "我们8人在城东安置小区项目从事钢筋和模板工作，劳务公司拖欠去年至今工资共计约21万元，多次讨要无果。"
            + "请求督促用工单位支付。",
        "dongcheng",
        petitioner("黄大勇", "431102197906113017", "13787460053", "黄田乡塘下村"),
        petitioner("李春生", "431102198304252911", "15907463380", "水口镇新田村")))
        .complete(day(now, 39, 10, 0), ROUTER, DECIDE_ROUTING,
            transfer("renshe", "转区人力资源和社会保障局依法督促支付，书面答复信访人。"))
        .complete(day(now, 37, 9, 15), "renshe.jb", ACCEPT_ITEM, accept("劳动保障监察大队已立案调查。"))
        .complete(day(now, 20, 15, 0), "renshe.jb", HANDLE_CASE, reply(ReplyOutcome.SUPPORTED,
            "经调查，劳务公司拖欠8名农民工工资20.6万元属实。我局已责令总承包单位从农民工工资专用账户先行支付，"
                + "工资已于本月足额发放到位。",
            null))
        .complete(day(now, 18, 9, 20), "renshe.fz", APPROVE_REPLY, approve(null));

    // 不予受理（《信访工作条例》第十九条第三款）
    story(day(now, 6, 14, 20), REGISTRAR, intake(Channel.LETTER, 1, CaseClass.CLAIM, SubjectCategory.CIVIL_AFFAIRS,
        "反映家庭最低生活保障资格被取消",
        "本人家庭今年复核时被取消低保资格，理由是名下有车辆，但该车辆早已报废。已向水口镇政府提出申请，仍未恢复。",
        "shuikou", petitioner("陈桂英", "431102195512078220", "13807468841", "水口镇新田村五组")))
        .complete(day(now, 5, 10, 45), ROUTER, DECIDE_ROUTING, decide(RoutingDecision.NOT_ACCEPT,
            "该事项已由水口镇人民政府受理，尚在办理期限内，依照《信访工作条例》第十九条第三款不予受理，"
                + "告知信访人等待办理结果。"));

    // 检举控告，转纪检监察机关
    story(day(now, 10, 9, 0), REGISTRAR, intake(Channel.LETTER, 1, CaseClass.ACCUSATION, SubjectCategory.DISCIPLINE,
        "举报白水乡某村干部虚报冒领危房改造补助资金",
        "村干部将不符合条件的亲属列入危房改造对象，虚报冒领补助资金，部分房屋至今未动工。",
        "baishui", petitioner("雷志", "431102197708305516", "13974657702", "白水乡")))
        // an accusation's routing is the registrar's (or the discipline channel's), not the whole room's
        .complete(day(now, 9, 15, 20), REGISTRAR, DECIDE_ROUTING, decide(RoutingDecision.DISCIPLINE,
            "属检举控告类事项，依照《信访工作条例》第二十八条转区纪委监委处理，检举人信息和材料严格保密。"));

    // 涉法涉诉，导入政法途径
    story(day(now, 3, 10, 30), REGISTRAR, intake(Channel.VISIT, 1, CaseClass.CLAIM, SubjectCategory.POLITICAL_LEGAL,
        "不服区人民法院房屋买卖合同纠纷民事判决",
        "本人与开发商房屋买卖合同纠纷一案，区人民法院判决驳回本人诉讼请求，本人认为判决认定事实错误，要求改判。",
        "xicheng", petitioner("曾德福", "431102196110097614", "13574619935", "西城街道五一路")))
        .complete(day(now, 2, 9, 10), ROUTER, DECIDE_ROUTING, decide(RoutingDecision.POLITICAL_LEGAL,
            "属涉法涉诉事项，依照《信访工作条例》第二十二条第二款，告知信访人依法向上一级人民法院提起上诉或申请再审。"));

    // 重复信访：原事项尚在信访室，同一信访人又来信（《信访工作条例》第十九条第三款）
    story(day(now, 2, 15, 10), REGISTRAR, repeating(waterSupply, intake(Channel.LETTER, 1, CaseClass.CLAIM,
        SubjectCategory.AGRICULTURE_RURAL, "再次反映石塘村自来水经常停水",
        "上月来信反映石塘村供水管网老化、经常停水的问题，至今没有答复，这个月又停水五天，请求尽快解决。",
        "huangtian", petitioner("蒋满秋", "431102195903081213", "13974611208", "黄田乡石塘村三组"))));

    // 复查中：信访人对答复基本满意，对单位不满意，申请复查，复查机关的待办
    story(day(now, 62, 9, 10), REGISTRAR, intake(Channel.LETTER, 1, CaseClass.CLAIM,
        SubjectCategory.LABOUR_SOCIAL_SECURITY, "反映原工作单位未足额缴纳养老保险",
        "本人在水口镇某砖厂工作十二年，砖厂只按最低基数为我缴纳了其中六年的养老保险，现临近退休，缴费年限不足。"
            + "请求责令砖厂补缴。",
        "shuikou", petitioner("周德明", "431102197005184314", "13907463315", "水口镇新田村二组")))
        .complete(day(now, 61, 10, 0), ROUTER, DECIDE_ROUTING,
            transfer("renshe", "转区人力资源和社会保障局核查社会保险缴纳情况，依法处理并答复信访人。"))
        .complete(day(now, 59, 9, 30), "renshe.jb", ACCEPT_ITEM, accept("社会保险稽核科已调取缴费记录。"))
        .complete(day(now, 31, 15, 0), "renshe.jb", HANDLE_CASE, reply(ReplyOutcome.PARTLY_SUPPORTED,
            "经核查，砖厂2015年至2020年未为您缴纳养老保险属实，已责令其限期补缴；2009年至2014年砖厂尚未登记参保，"
                + "依照当时政策不属于补缴范围。如对本意见不服，可在收到本意见之日起30日内申请复查。",
            null))
        .complete(day(now, 30, 9, 20), "renshe.fz", APPROVE_REPLY, approve(null))
        .ratedByPhone(day(now, 26, 10, 30), ROUTER, Satisfaction.BASICALLY_SATISFIED, Satisfaction.DISSATISFIED)
        .reviewRequested(day(now, 8, 9, 40), ROUTER, day(now, 28, 12, 0));

    fireTimersThatPassed(now);
    return List.copyOf(told);
  }

  /** Replays one case from its registration on. */
  private Story story(Instant registeredAt, String registrar, CaseIntake intake) {
    String[] caseNumber = new String[1];
    EngineClock.runAt(registeredAt, () -> as(registrar,
        () -> caseNumber[0] = registration.register(intake).petitionCase().getCaseNumber()));
    return new Story(caseNumber[0]);
  }

  private final class Story {
    private final String caseNumber;

    Story(String caseNumber) {
      this.caseNumber = caseNumber;
      told.add(caseNumber);
    }

    /** The user takes the task in Tasklist and submits its form. */
    Story complete(Instant at, String userId, String taskKey, Map<String, Object> form) {
      EngineClock.runAt(at, () -> as(userId, () -> {
        Task task = claimed(taskKey, userId);
        tasks.complete(task.getId(), form);
      }));
      return this;
    }

    /** A leader instructs on the case, through the service the API calls. */
    Story instruct(Instant at, String leader, String addressee, int days, String text) {
      List<String> groups = groupsOf(leader);
      EngineClock.runAt(at, () -> as(leader, () -> instructions.record(caseNumber,
          new InstructionRequest(text, addressee, days), leader, groups)));
      return this;
    }

    /** The petition room records a rating the petitioner gave on the phone. */
    Story ratedByPhone(Instant at, String handler, Satisfaction department, Satisfaction unit) {
      EngineClock.runAt(at, () -> as(handler, () -> ratings.recordedByHandler(
          cases.findByCaseNumber(caseNumber).orElseThrow(), department, unit, RatingChannel.PHONE, handler)));
      return this;
    }

    /** The petition room records a request for review, made on {@code at}, of a reply received on {@code receivedAt}. */
    Story reviewRequested(Instant at, String handler, Instant receivedAt) {
      EngineClock.runAt(at, () -> as(handler, () -> reviewRequests.record(caseNumber,
          new NewReviewRequest(ChinaTime.dayOf(at), ChinaTime.dayOf(receivedAt)))));
      return this;
    }

    /** The task waiting in {@code taskKey}, claimed by the user unless already assigned (to them). */
    private Task claimed(String taskKey, String userId) {
      Task task = tasks.createTaskQuery()
          .processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey(taskKey)
          .singleResult();
      if (task == null) {
        throw new IllegalStateException(caseNumber + " does not wait in " + taskKey);
      }
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), userId);
      }
      return task;
    }
  }

  /**
   * Timers of the demo's cases that ran out during the replayed weeks fire now, each at its own due
   * time, as the job executor would have fired them: the limits, then what their firing started (a
   * supervision notice's own deadline), until none is left in the past.
   */
  private void fireTimersThatPassed(Instant now) {
    for (int round = 0; round < 5; round++) {
      List<Job> due = management.createJobQuery()
          .timers()
          .processInstanceIds(processesOfTheStories())
          .duedateLowerThan(Date.from(now))
          .list();
      if (due.isEmpty()) {
        return;
      }
      due.stream()
          .sorted(Comparator.comparing(Job::getDuedate))
          .forEach(job -> EngineClock.runAt(job.getDuedate().toInstant().plusSeconds(1),
              () -> management.executeJob(job.getId())));
    }
  }

  /** The running processes of the demo's cases: petitions, and the supervisions and instructions they started. */
  private Set<String> processesOfTheStories() {
    return told.stream()
        .flatMap(caseNumber -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream())
        .map(ProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  /**
   * How many days ago, {@code fewest} or more, a story must have started for the limit it runs
   * ({@code dueIfStartedDaysAgo}) to have passed and the supervision that started then to have let
   * its notice deadline pass too, before {@code now}: a holiday moves both, by up to nine days
   * around the Spring Festival.
   */
  private int daysAgoNoticeOverdue(Instant now, int fewest, IntFunction<Instant> dueIfStartedDaysAgo) {
    return IntStream.range(fewest, fewest + 60)
        .filter(daysAgo -> {
          // the limit's timer fires at its due date, and the supervision it starts counts from then
          Instant supervisionStarted = dueIfStartedDaysAgo.apply(daysAgo).plusSeconds(1);
          return calculator.afterWorkingDays(supervisionStarted, NOTICE_WORKING_DAYS).isBefore(now);
        })
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "no start within " + (fewest + 60) + " days back lets the supervision notice's deadline pass"));
  }

  /**
   * How many days ago a unit must have received an item for its {@code limitDays}-day acceptance
   * limit to run out within the next three days, whatever weekday today is. Where rest days leave no
   * such day (a holiday's eve), two days fewer than the limit: its last day is the day after
   * tomorrow or the working day the rest days move it to, so it has not passed, and its reminder,
   * three working days before, has.
   */
  private int daysAgoDueWithinThreeDays(Instant now, int limitDays) {
    return IntStream.rangeClosed(limitDays - 2, limitDays)
        .filter(daysAgo -> {
          Instant due = calculator.afterDays(day(now, daysAgo, 11, 15), limitDays);
          return due.isAfter(now) && due.isBefore(now.plus(Duration.ofDays(3)));
        })
        .findFirst()
        .orElse(limitDays - 2);
  }

  private void as(String userId, Runnable work) {
    identity.setAuthentication(userId, groupsOf(userId));
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** A time of day, {@code daysAgo} days before today in China Standard Time. */
  private static Instant day(Instant now, int daysAgo, int hour, int minute) {
    return ChinaTime.dayOf(now).minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(ChinaTime.ZONE).toInstant();
  }

  private static CaseIntake intake(Channel channel, int personCount, CaseClass caseClass, SubjectCategory subject,
      String title, String content, String place, Petitioner... petitioners) {
    return new CaseIntake(channel, null, null, personCount, caseClass, subject, title, content, place,
        List.of(petitioners));
  }

  /** The registrar links the new item to the earlier case it repeats. */
  private static CaseIntake repeating(Story earlier, CaseIntake intake) {
    return new CaseIntake(intake.channel(), intake.higherLevelName(), intake.higherLevelReference(),
        intake.personCount(), intake.caseClass(), intake.subjectCategory(), intake.title(), intake.content(),
        intake.placeUnitCode(), intake.petitioners(), earlier.caseNumber);
  }

  private static Petitioner petitioner(String name, String idNumber, String phone, String address) {
    return new Petitioner(name, idNumber, phone, address);
  }

  private static Map<String, Object> transfer(String unitCode, String opinion) {
    return Map.of(
        Variables.ROUTING_DECISION, RoutingDecision.TRANSFER.name(),
        Variables.ROUTING_OPINION, opinion,
        Variables.RESPONSIBLE_UNIT, unitCode);
  }

  private static Map<String, Object> decide(RoutingDecision decision, String opinion) {
    return Map.of(
        Variables.ROUTING_DECISION, decision.name(),
        Variables.ROUTING_OPINION, opinion);
  }

  private static Map<String, Object> accept(String note) {
    return Map.of(
        Variables.UNIT_ANSWER, PetitionProcess.Answers.ACCEPT,
        Variables.ACCEPTANCE_NOTE, note);
  }

  private static Map<String, Object> reply(ReplyOutcome outcome, String text, String completionReport) {
    Map<String, Object> form = new HashMap<>(Map.of(
        Variables.HANDLING_ACTION, PetitionProcess.Answers.REPLY,
        Variables.REPLY_OUTCOME, outcome.name(),
        Variables.REPLY_TEXT, text));
    if (completionReport != null) {
      form.put(Variables.COMPLETION_REPORT, completionReport);
    }
    return form;
  }

  private static Map<String, Object> approve(String note) {
    Map<String, Object> form = new HashMap<>();
    form.put(Variables.REPLY_DECISION, PetitionProcess.Answers.APPROVE);
    form.put(Variables.REPLY_NOTE, note);
    return form;
  }
}
