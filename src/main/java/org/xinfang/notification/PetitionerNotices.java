package org.xinfang.notification;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;

/**
 * The notices (告知书) a petitioner receives, each written here and nowhere else: its title, its
 * text and its entry on the case's timeline. Every text names the case and ends with the case
 * number and the query code, with which the petitioner follows the case.
 */
public final class PetitionerNotices {

  /**
   * What a preview shows where the issued notice has what is not known yet: the day it is issued,
   * and the choices the form still leaves open (the form puts them in as the handler chooses). The
   * query code is the petitioner's alone, not for everyone who reads the task.
   */
  public static final String ISSUE_DAY = "【出具之日】";
  public static final String QUERY_CODE = "【查询码】";
  public static final String UNIT = "【责任单位】";
  public static final String ASSIGNMENT_DAYS = "【交办期限】";
  public static final String OUTCOME = "【处理结果】";

  private PetitionerNotices() {}

  /** The case is registered; the petition room decides within its limit (Art. 22). */
  public static Notice registration(PetitionCase c) {
    String decideBy = c.getRoutingDueAt() == null ? "" : "我局将于" + day(c.getRoutingDueAt()) + "前依法作出处理并告知您。";
    return notice(c, "登记告知书", "已于" + day(c.getRegisteredAt()) + "登记。" + decideBy, null);
  }

  /**
   * The petition room's decision (Art. 22, 28, 36 ¶3): the notice is named by the decision. The
   * room's opinion is the reason of a refusal; a transfer's or assignment's opinion is for the unit.
   */
  public static Notice routing(PetitionCase c, String unitName) {
    return routingLetter(c, c.getRoutingDecision(), unitName, day(c.getDecidedAt()),
        String.valueOf(c.getAssignmentDays()), c.getQueryCode()).around(c.getRoutingOpinion());
  }

  /** Each decision's notice as the routing form previews it, before the room has chosen. */
  public static Map<RoutingDecision, Letter> routingPreviews(PetitionCase c) {
    Map<RoutingDecision, Letter> letters = new EnumMap<>(RoutingDecision.class);
    for (RoutingDecision decision : RoutingDecision.values()) {
      letters.put(decision, routingLetter(c, decision, UNIT, ISSUE_DAY, ASSIGNMENT_DAYS, QUERY_CODE));
    }
    return letters;
  }

  private static Letter routingLetter(PetitionCase c, RoutingDecision decision, String unitName, String decidedOn,
      String assignmentDays, String queryCode) {
    String title = decision.notice();
    return switch (decision) {
      case TRANSFER -> letter(c, title, null, "，经审查，我局已于" + decidedOn + "转送" + unitName + "办理。"
          + unitName + "将依法决定是否受理并书面告知您。", "", queryCode);
      case ASSIGN -> letter(c, title, null, "，经审查，我局已于" + decidedOn + "交办" + unitName + "办理，限"
          + assignmentDays + "日内办结。" + unitName + "将依法决定是否受理并书面告知您。", "", queryCode);
      case NOT_ACCEPT -> letter(c, title, "不予受理理由", "，经审查，不予受理。理由：", "", queryCode);
      case NOT_ACCEPT_AGAIN -> letter(c, title, "不再受理理由",
          "，经审查，该事项已经依法处理，您以同一事实和理由再次提出，不再受理。理由：", "", queryCode);
      case POLITICAL_LEGAL -> letter(c, title, null,
          "，经审查，该事项属于涉法涉诉事项，应当依照法律规定的程序解决，请向有关政法机关提出。", "", queryCode);
      case DISCIPLINE -> letter(c, title, null,
          "，经审查，该事项属于检举控告事项，我局已转送纪检监察机关依规依纪依法处理。", "", queryCode);
    };
  }

  /**
   * The responsible unit received the item and tells how it will handle it (Art. 23): on the spot,
   * or within the limit. The unit writes only that arrangement; the letter around it is this one.
   */
  public static Notice acceptance(PetitionCase c, String unitName, String arrangement) {
    return acceptanceLetter(c, unitName, day(c.getUnitAcceptedAt()), c.getQueryCode()).around(arrangement);
  }

  /** The acceptance notice as the unit's form previews it. */
  public static Letter acceptancePreview(PetitionCase c, String unitName) {
    return acceptanceLetter(c, unitName, ISSUE_DAY, QUERY_CODE);
  }

  private static Letter acceptanceLetter(PetitionCase c, String unitName, String acceptedOn, String queryCode) {
    return letter(c, "受理告知书", "办理安排", "，" + unitName + "已于" + acceptedOn + "受理。", "", queryCode);
  }

  /** The reply limit was extended, and the petitioner is told why (Art. 34). */
  public static Notice extension(PetitionCase c, String unitName) {
    return extensionLetter(c, unitName, c.getExtensionDays(), day(c.getReplyDueAt()), c.getQueryCode())
        .around(c.getExtensionReason(), "告知延期理由：" + c.getExtensionReason());
  }

  /** The extension notice as the leader's form previews it: the days asked and the due date they give. */
  public static Letter extensionPreview(PetitionCase c, String unitName, Instant extendedDueAt) {
    return extensionLetter(c, unitName, c.getExtensionRequestedDays(), day(extendedDueAt), QUERY_CODE);
  }

  private static Letter extensionLetter(PetitionCase c, String unitName, int days, String dueOn, String queryCode) {
    return letter(c, "延期告知书", "延期理由", "，经" + unitName + "负责人批准，办理期限延长" + days + "日，答复期限延至"
        + dueOn + "。延期理由：", "", queryCode);
  }

  /**
   * The unit leader signed the written reply: the outcome, the unit's answer as its handler wrote it,
   * and the right to ask for review (Art. 34, 35).
   */
  public static Notice reply(PetitionCase c, String unitName) {
    return replyLetter(c, unitName, day(c.getRepliedAt()), c.getOutcome().label(), c.getQueryCode())
        .around(c.getReplyText());
  }

  /** The reply as the handler's and the leader's forms preview it. */
  public static Letter replyPreview(PetitionCase c, String unitName) {
    return replyLetter(c, unitName, ISSUE_DAY, OUTCOME, QUERY_CODE);
  }

  private static Letter replyLetter(PetitionCase c, String unitName, String repliedOn, String outcome, String queryCode) {
    return letter(c, "处理意见书", "答复意见", "，" + unitName + "已于" + repliedOn + "作出书面处理意见，处理结果：" + outcome + "。",
        "如对处理意见不服，可以自收到处理意见书之日起30日内请求原办理机关的上一级机关复查（《信访工作条例》第三十五条）。",
        queryCode);
  }

  /**
   * A notice in the common form: {@code text} follows the case's title and number, and the lookup
   * sentence with the query code ends it. Other features' notices are written with it too.
   */
  public static Notice notice(PetitionCase c, String title, String text, String timelineDetail) {
    return new Notice(title, head(c) + text + tail(c.getCaseNumber(), c.getQueryCode()), entry(title, timelineDetail));
  }

  /**
   * A letter in the common form whose middle a handler writes (their {@code part}, null when they
   * write none of it): {@code opening} follows the case's title and number, {@code closing} comes
   * before the lookup sentence with {@code queryCode}.
   */
  public static Letter letter(PetitionCase c, String title, String part, String opening, String closing,
      String queryCode) {
    return new Letter(title, part, head(c) + opening, closing + tail(c.getCaseNumber(), queryCode));
  }

  /**
   * A notice whose middle a handler writes, as it stands before they write it: the opening and the
   * closing are the system's, so that the whole reads as one letter whatever the handler's part.
   * {@code part} names what the handler writes, or is null when the whole letter is the system's.
   */
  public record Letter(String title, String part, String opening, String closing) {

    /** The letter's text with the handler's text, ended as a sentence, between opening and closing. */
    public String text(String handlerText) {
      return opening + (part == null ? "" : sentence(handlerText)) + closing;
    }

    /** The notice to the petitioner with the handler's text. */
    public Notice around(String handlerText) {
      return around(handlerText, null);
    }

    /** The notice to the petitioner with the handler's text, and what its timeline entry adds. */
    public Notice around(String handlerText, String timelineDetail) {
      return new Notice(title, text(handlerText), entry(title, timelineDetail));
    }
  }

  private static String head(PetitionCase c) {
    return "您反映的“" + c.getTitle() + "”（事项编号" + c.getCaseNumber() + "）";
  }

  private static String tail(String caseNumber, String queryCode) {
    return "您可凭事项编号" + caseNumber + "和查询码" + queryCode + "查询办理进度。";
  }

  private static String entry(String title, String timelineDetail) {
    return "向信访人出具《" + title + "》" + (timelineDetail == null ? "" : "，" + timelineDetail);
  }

  /** A text the handler wrote, ending as a sentence, so that the next sentence can follow it. */
  private static String sentence(String text) {
    return "。！？.!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
  }

  private static String day(Instant instant) {
    return ChinaTime.DAY.format(instant);
  }
}
