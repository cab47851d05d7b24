package org.xinfang.supervision;

import java.time.Instant;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.notification.Notice;

/** The notices of supervision, to the unit that must act and to those above it, written here and nowhere else. */
final class SupervisionNotices {


  private SupervisionNotices() {}

  /** 督办通知: what the mediation room wrote, and by when the unit must report back (Art. 39). */
  static Notice supervisionNotice(PetitionCase c, String responsibleName, String limitLabel, String text,
      Instant feedbackDueAt) {
    String body = responsibleName + "：信访事项“" + c.getTitle() + "”（事项编号" + c.getCaseNumber() + "）" + limitLabel
        + "已届满。" + text + "请于" + ChinaTime.DAY.format(feedbackDueAt) + "前书面反馈办理情况（《信访工作条例》第三十九条）。";
    return new Notice("督办通知", body, "向" + responsibleName + "发出督办通知，限" + ChinaTime.DAY.format(feedbackDueAt) + "前反馈");
  }

  /** A rung of the ladder was reached: everyone told learns who has not answered for how long. */
  static Notice escalation(PetitionCase c, Rung rung, String responsibleName, String limitLabel, String recipientName) {
    String body = "信访事项“" + c.getTitle() + "”（事项编号" + c.getCaseNumber() + "）" + limitLabel + "已届满，" + responsibleName
        + "收到督办通知后逾期未反馈，现予" + rung.label() + "（《信访工作条例》第三十九条、第四十条）。";
    return new Notice(rung.label() + "通知", body, rung.label() + "：通知" + recipientName);
  }

  /** 督办通知逾期: the mediation room has not issued the notice within its own deadline. */
  static Notice noticeOverdue(PetitionCase c, String responsibleName, String limitLabel, String recipientName) {
    String body = "信访事项“" + c.getTitle() + "”（事项编号" + c.getCaseNumber() + "）" + limitLabel + "已届满，应向"
        + responsibleName + "发出的督办通知逾期未发出，请即督促办理（《信访工作条例》第三十九条）。";
    return new Notice("督办通知逾期", body, "督办通知逾期未发出：通知" + recipientName);
  }
}
