package org.xinfang.supervision;

import java.time.Instant;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.notification.Notice;
import org.xinfang.notification.PetitionerNotices.Letter;

/** The notices of supervision, to the unit that must act and to those above it, written here and nowhere else. */
final class SupervisionNotices {

  /** What the notice's preview shows for the feedback day, which counts from the day it is issued. */
  static final String FEEDBACK_DUE = "【反馈期限】";

  private SupervisionNotices() {}

  /** 督办通知: what the mediation room wrote, and by when the unit must report back (Art. 39). */
  static Notice supervisionNotice(PetitionCase c, String responsibleName, String limitLabel, String text,
      Instant feedbackDueAt) {
    String dueOn = ChinaTime.DAY.format(feedbackDueAt);
    Letter letter = supervisionLetter(c, responsibleName, limitLabel, dueOn);
    return new Notice(letter.title(), letter.text(text), "向" + responsibleName + "发出督办通知，限" + dueOn + "前反馈");
  }

  /** The notice as the mediation room's form previews it, while the room writes its part. */
  static Letter supervisionPreview(PetitionCase c, String responsibleName, String limitLabel) {
    return supervisionLetter(c, responsibleName, limitLabel, FEEDBACK_DUE);
  }

  private static Letter supervisionLetter(PetitionCase c, String responsibleName, String limitLabel, String dueOn) {
    return new Letter("督办通知", "督办意见", responsibleName + "：信访事项“" + c.getTitle() + "”（事项编号" + c.getCaseNumber()
        + "）" + limitLabel + "已届满。", "请于" + dueOn + "前书面反馈办理情况（《信访工作条例》第三十九条）。");
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
