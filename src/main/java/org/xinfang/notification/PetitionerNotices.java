package org.xinfang.notification;

import java.time.Instant;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.deadline.ChinaTime;

/**
 * The notices (告知书) a petitioner receives, each written here and nowhere else: its title, its
 * text and its entry on the case's timeline. Every text names the case and ends with the case
 * number and the query code, with which the petitioner follows the case.
 */
public final class PetitionerNotices {


  private PetitionerNotices() {}

  /** The case is registered; the petition room decides within its limit (Art. 22). */
  public static Notice registration(PetitionCase c) {
    String decideBy = c.getRoutingDueAt() == null ? "" : "我局将于" + day(c.getRoutingDueAt()) + "前依法作出处理并告知您。";
    return notice(c, "登记告知书", "已于" + day(c.getRegisteredAt()) + "登记。" + decideBy, null);
  }

  /** The petition room's decision (Art. 22, 28, 36 ¶3): the notice is named by the decision. */
  public static Notice routing(PetitionCase c, String unitName) {
    RoutingDecision decision = c.getRoutingDecision();
    String text = switch (decision) {
      case TRANSFER -> "，经审查，我局已于" + day(c.getDecidedAt()) + "转送" + unitName + "办理。"
          + unitName + "将依法决定是否受理并书面告知您。";
      case ASSIGN -> "，经审查，我局已于" + day(c.getDecidedAt()) + "交办" + unitName + "办理，限" + c.getAssignmentDays()
          + "日内办结。" + unitName + "将依法决定是否受理并书面告知您。";
      case NOT_ACCEPT -> "，经审查，不予受理。理由：" + sentence(c.getRoutingOpinion());
      case NOT_ACCEPT_AGAIN -> "，经审查，该事项已经依法处理，您以同一事实和理由再次提出，不再受理。理由："
          + sentence(c.getRoutingOpinion());
      case POLITICAL_LEGAL -> "，经审查，该事项属于涉法涉诉事项，应当依照法律规定的程序解决，请向有关政法机关提出。";
      case DISCIPLINE -> "，经审查，该事项属于检举控告事项，我局已转送纪检监察机关依规依纪依法处理。";
    };
    return notice(c, decision.notice(), text, null);
  }

  /** The responsible unit received the item and tells how it will be handled (Art. 23). */
  public static Notice acceptance(PetitionCase c, String unitName, String note) {
    return notice(c, "受理告知书", "，" + unitName + "已于" + day(c.getUnitAcceptedAt()) + "受理。" + sentence(note), null);
  }

  /** The reply limit was extended, and the petitioner is told why (Art. 34). */
  public static Notice extension(PetitionCase c, String unitName) {
    return notice(c, "延期告知书", "，经" + unitName + "负责人批准，办理期限延长" + c.getExtensionDays() + "日，答复期限延至"
        + day(c.getReplyDueAt()) + "。延期理由：" + sentence(c.getExtensionReason()),
        "告知延期理由：" + c.getExtensionReason());
  }

  /** The unit leader signed the written reply; the petitioner may ask for review (Art. 34, 35). */
  public static Notice reply(PetitionCase c, String unitName) {
    return notice(c, "处理意见书", "，" + unitName + "已于" + day(c.getRepliedAt()) + "作出书面处理意见，处理结果："
        + c.getOutcome().label() + "。如对处理意见不服，可以自收到处理意见书之日起30日内请求原办理机关的上一级机关复查"
        + "（《信访工作条例》第三十五条）。", null);
  }

  /**
   * A notice in the common form: {@code text} follows the case's title and number, and the lookup
   * sentence with the query code ends it. Other features' notices are written with it too.
   */
  public static Notice notice(PetitionCase c, String title, String text, String timelineDetail) {
    String body = "您反映的“" + c.getTitle() + "”（事项编号" + c.getCaseNumber() + "）" + text
        + "您可凭事项编号" + c.getCaseNumber() + "和查询码" + c.getQueryCode() + "查询办理进度。";
    String entry = "向信访人出具《" + title + "》" + (timelineDetail == null ? "" : "，" + timelineDetail);
    return new Notice(title, body, entry);
  }

  /** A text the handler wrote, ending as a sentence, so that the next sentence can follow it. */
  public static String sentence(String text) {
    return "。！？.!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + "。";
  }

  private static String day(Instant instant) {
    return ChinaTime.DAY.format(instant);
  }
}
