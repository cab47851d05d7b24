package org.xinfang.desk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PersonalData;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.instruction.InstructionView;
import org.xinfang.notification.Notification;
import org.xinfang.notification.NotificationChannel;
import org.xinfang.notification.NotificationStatus;
import org.xinfang.notification.RecipientKind;
import org.xinfang.review.ReviewEntry;
import org.xinfang.web.Coded;

/** A case as the API shows it: the record, its legal limits, its timeline and its notifications. */
@Schema(description = "信访事项")
record CaseDetails(
    String caseNumber,
    Coded status,
    Coded channel,
    String higherLevelName,
    String higherLevelReference,
    Coded caseClass,
    Coded subjectCategory,
    String title,
    @Schema(description = "信访内容；检举控告事项的检举材料对当前用户保密时为空") String content,
    @Schema(description = "问题发生地") Coded place,
    int personCount,
    @Schema(description = "是否初信初访") boolean firstTime,
    @Schema(description = "重复信访所重复的原事项编号，初信初访为空") String repeatOf,
    @Schema(description = "原事项尚在办理中又提出的重复信访（《信访工作条例》第十九条第三款）") boolean repeatWhileOpen,
    @Schema(description = "历史数据导入的已办结事项，无办理流程") boolean imported,
    @Schema(description = "信访人；检举控告事项的检举人对当前用户保密时为空") List<PetitionerView> petitioners,
    @Schema(description = "检举控告事项，检举人身份和检举材料对当前用户保密（《信访工作条例》第三十条第三款）")
    boolean accuserWithheld,
    String registeredBy,
    @Schema(description = "信访室处理方式") Coded routingDecision,
    String routingOpinion,
    @Schema(description = "责任单位") Coded responsibleUnit,
    @Schema(description = "交办期限（日）") Integer assignmentDays,
    @Schema(description = "责任单位异议理由") String objectionReason,
    Milestones milestones,
    @Schema(description = "各项法定期限") List<DueDate> dueDates,
    @Schema(description = "是否有法定期限已届满而未办理") boolean overdue,
    @Schema(description = "延期情况，未申请延期时为空") Extension extension,
    @Schema(description = "处理结果") Coded outcome,
    String replyText,
    String completionReport,
    @Schema(description = "领导批示及其落实情况，按批示先后") List<InstructionView> instructions,
    @Schema(description = "办理过程，按时间先后") List<TimelineEntry> timeline,
    @Schema(description = "发给信访人及工作人员的通知，按时间先后") List<NotificationEntry> notifications,
    @Schema(description = "复查、复核请求及其办理，按登记先后") List<ReviewEntry> reviews) {

  @Schema(description = "信访人；身份证号和电话部分隐去，完整号码见/api/cases/{caseNumber}/petitioners")
  public record PetitionerView(String name,
      @Schema(example = "4301**********1234") String idNumber,
      @Schema(example = "138****5678") String phone,
      String address) {

    static PetitionerView masked(Petitioner p) {
      return new PetitionerView(p.getName(), PersonalData.maskedIdNumber(p.getIdNumber()),
          PersonalData.maskedPhone(p.getPhone()), p.getAddress());
    }

    static PetitionerView full(Petitioner p) {
      return new PetitionerView(p.getName(), p.getIdNumber(), p.getPhone(), p.getAddress());
    }
  }

  @Schema(description = "各办理节点的时间，未到达的节点为空")
  public record Milestones(
      Instant registeredAt,
      @Schema(description = "信访室作出处理") Instant decidedAt,
      @Schema(description = "转送或交办责任单位") Instant transferredAt,
      @Schema(description = "责任单位受理") Instant unitAcceptedAt,
      @Schema(description = "责任单位提出异议") Instant objectedAt,
      Instant extensionRequestedAt,
      Instant extensionGrantedAt,
      @Schema(description = "答复意见经审批送达") Instant repliedAt,
      Instant closedAt) {}

  @Schema(description = "一项法定期限")
  public record DueDate(
      @Schema(description = "期限", example = "REPLY") String limit,
      @Schema(example = "答复期限") String label,
      @Schema(description = "依据", example = "《信访工作条例》第三十四条") String article,
      @Schema(description = "届满时间，尚未起算时为空") Instant dueAt,
      @Schema(description = "是否按期办理；尚未办理时为空，异议期限无此项") Boolean met) {}

  public record Extension(
      @Schema(description = "申请延期天数") Integer requestedDays,
      String reason,
      @Schema(description = "批准延期天数，未批准时为空") Integer grantedDays,
      @Schema(description = "延期前的答复期限") Instant originalReplyDueAt) {}

  @Schema(description = "办理过程中的一条记录")
  public record TimelineEntry(
      Instant occurredAt,
      Coded type,
      @Schema(description = "操作人") String actor,
      @Schema(description = "所在任务，不在任务中的操作为空") String taskId,
      String taskName,
      String description) {}

  @Schema(description = "一条通知及其发送情况；通知正文含查询码，不在此显示")
  public record NotificationEntry(
      @Schema(description = "通知", example = "受理告知书") String notice,
      Coded recipientKind,
      @Schema(description = "接收人：信访人姓名，或用户组", example = "张三") String recipient,
      Coded channel,
      Coded status,
      Instant createdAt,
      @Schema(description = "已尝试发送的次数") int attempts,
      Instant sentAt,
      @Schema(description = "最近一次发送失败的原因") String lastError) {}

  /** What stands for a petitioner named as a notice's recipient when the accuser is withheld. */
  static final String WITHHELD = "（保密）";

  static CaseDetails of(PetitionCase c, List<InstructionView> instructions, List<CaseEvent> events,
      List<Notification> notifications,
      Map<String, String> unitNames, List<ReviewEntry> reviews, boolean accuserVisible) {
    return new CaseDetails(
        c.getCaseNumber(),
        Coded.of(c.getStatus(), CaseStatus::label),
        Coded.of(c.getChannel(), Channel::label),
        c.getHigherLevelName(),
        c.getHigherLevelReference(),
        Coded.of(c.getCaseClass(), CaseClass::label),
        Coded.of(c.getSubjectCategory(), SubjectCategory::label),
        c.getTitle(),
        accuserVisible ? c.getContent() : null,
        unit(c.getPlaceUnitCode(), unitNames),
        c.getPersonCount(),
        c.isFirstTime(),
        caseNumberOf(c.getRepeatOf()),
        c.isRepeatWhileOpen(),
        c.isImported(),
        accuserVisible ? c.getPetitioners().stream().map(PetitionerView::masked).toList() : List.of(),
        !accuserVisible,
        c.getRegisteredBy(),
        Coded.of(c.getRoutingDecision(), RoutingDecision::label),
        c.getRoutingOpinion(),
        unit(c.getResponsibleUnitCode(), unitNames),
        c.getAssignmentDays(),
        c.getObjectionReason(),
        new Milestones(c.getRegisteredAt(), c.getDecidedAt(), c.getTransferredAt(), c.getUnitAcceptedAt(),
            c.getObjectedAt(), c.getExtensionRequestedAt(), c.getExtensionGrantedAt(), c.getRepliedAt(),
            c.getClosedAt()),
        List.of(
            dueDate(LegalLimit.ROUTING, c.getRoutingDueAt(), c.getRoutingMet()),
            dueDate(LegalLimit.ACCEPTANCE, c.getAcceptanceDueAt(), c.getAcceptanceMet()),
            dueDate(LegalLimit.OBJECTION, c.getObjectionDueAt(), null),
            dueDate(LegalLimit.REPLY, c.getReplyDueAt(), c.getReplyMet())),
        c.isOverdue(),
        c.getExtensionRequestedAt() == null ? null
            : new Extension(c.getExtensionRequestedDays(), c.getExtensionReason(), c.getExtensionDays(),
                c.getOriginalReplyDueAt()),
        Coded.of(c.getOutcome(), ReplyOutcome::label),
        c.getReplyText(),
        c.getCompletionReport(),
        instructions,
        events.stream()
            .map(e -> new TimelineEntry(e.getOccurredAt(), Coded.of(e.getType(), EventType::label), e.getActor(),
                e.getTaskId(), e.getTaskName(), e.getDescription()))
            .toList(),
        notifications.stream()
            .map(n -> new NotificationEntry(n.getNotice(), Coded.of(n.getRecipientKind(), RecipientKind::label),
                accuserVisible || n.getRecipientKind() != RecipientKind.PETITIONER ? n.getRecipient() : WITHHELD,
                Coded.of(n.getChannel(), NotificationChannel::label),
                Coded.of(n.getStatus(), NotificationStatus::label), n.getCreatedAt(), n.getAttempts(), n.getSentAt(),
                n.getLastError()))
            .toList(),
        reviews);
  }

  static Coded unit(String code, Map<String, String> unitNames) {
    return code == null ? null : new Coded(code, unitNames.getOrDefault(code, code));
  }

  static String caseNumberOf(PetitionCase petitionCase) {
    return petitionCase == null ? null : petitionCase.getCaseNumber();
  }

  private static DueDate dueDate(LegalLimit limit, Instant dueAt, Boolean met) {
    return new DueDate(limit.name(), limit.label(), limit.article(), dueAt, met);
  }
}
