package org.xinfang.notification;

import java.time.Instant;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.LegalLimit;

/** The reminder (期限提醒) a group receives when a limit of a step it holds is near. */
public final class ReminderNotices {


  private ReminderNotices() {}

  public static Notice limitNear(PetitionCase c, LegalLimit limit, Instant dueAt, String taskName) {
    String body = "信访事项“" + c.getTitle() + "”（事项编号" + c.getCaseNumber() + "）的" + limit.label() + "将于"
        + ChinaTime.DAY.format(dueAt) + "届满（" + limit.article() + "），当前待办：" + taskName + "。请在期限内办理，逾期将予督办。";
    return new Notice("期限提醒", body, "提醒" + limit.label() + "将于" + ChinaTime.DAY.format(dueAt) + "届满");
  }
}
