package org.xinfang.instruction;

import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.notification.Notice;

/** The notices of a leader's instruction to the ones who carry it out, written here and nowhere else. */
final class InstructionNotices {

  private InstructionNotices() {}

  /** 领导批示: the text, and by when the addressee reports what it did. */
  static Notice instructed(PetitionCase c, LeaderInstruction instruction) {
    String due = ChinaTime.DAY.format(instruction.getDueAt());
    String body = instruction.getAddresseeName() + "：" + instruction.getLeaderRole().label() + "对信访事项“" + c.getTitle()
        + "”（事项编号" + c.getCaseNumber() + "）批示：" + instruction.getText() + "请于" + due + "前落实并报告落实情况。";
    return new Notice("领导批示", body, "向" + instruction.getAddresseeName() + "转达领导批示，限" + due + "前落实");
  }

  /** 批示落实提醒: its deadline is near and nothing has been reported. */
  static Notice deadlineNear(PetitionCase c, LeaderInstruction instruction) {
    String due = ChinaTime.DAY.format(instruction.getDueAt());
    String body = instruction.getAddresseeName() + "：" + instruction.getLeaderRole().label() + "对信访事项“" + c.getTitle()
        + "”（事项编号" + c.getCaseNumber() + "）的批示将于" + due + "届满落实期限，请尽快落实并报告，逾期将予督办。";
    return new Notice("批示落实提醒", body, "提醒" + instruction.getAddresseeName() + "批示落实期限将于" + due + "届满");
  }
}
