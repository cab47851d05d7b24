package org.xinfang.workflow;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * What Tasklist's list shows of every task of a case's models beside its name: the case number and
 * title, the responsible unit, the limit its due date is, and its reminder (the follow-up date).
 *
 * <p>They are the task's own variables, copied from the case record. Tasklist reads a task's own
 * variables with the permission to read the task, which everyone it is offered to has; a process
 * variable needs the permission to read the process instance, which the petition room lacks, so the
 * case number and title of the process were missing from its list. Like every task variable they
 * reach everyone who reads the task: nothing here may name an accuser (the title is the registrar's
 * neutral summary). The briefing ({@link TaskBriefing}) lists each new task with the case it has
 * just read, so a new task costs one read of its case.
 */
@Component
public class TaskListing {

  public static final String CASE_NUMBER = Variables.CASE_NUMBER;
  public static final String CASE_TITLE = Variables.CASE_TITLE;
  public static final String UNIT = "listedUnit";
  public static final String LIMIT = "listedLimit";
  public static final String REMINDER = "listedReminder";

  /** Who holds a case no unit has been given yet. */
  static final String PETITION_ROOM = "信访室";

  /**
   * The list's variables in the order the list shows them, each with its label. A collapsed list
   * item shows the first two, which tell the cases apart.
   */
  public static final List<Map.Entry<String, String>> COLUMNS = List.of(
      Map.entry(CASE_NUMBER, "事项编号"),
      Map.entry(CASE_TITLE, "标题"),
      Map.entry(LIMIT, "期限"),
      Map.entry(REMINDER, "提醒日期"),
      Map.entry(UNIT, "责任单位"));

  /** Per process key of a model working on a case, the limit names of its tasks. */
  private final Map<String, Map<String, String>> limitNames;
  private final UnitDirectory units;

  TaskListing(List<CaseProcess> caseProcesses, UnitDirectory units) {
    this.units = units;
    this.limitNames = CaseProcess.byKey(caseProcesses, CaseProcess::limitNames);
  }

  /** A new task of a case's model, with the case the briefing has just read. */
  void list(DelegateTask task, PetitionCase petitionCase) {
    Map<String, String> limits = limitNames.getOrDefault(TaskBriefing.processKey(task), Map.of());
    task.setVariableLocal(CASE_NUMBER, petitionCase.getCaseNumber());
    task.setVariableLocal(CASE_TITLE, petitionCase.getTitle());
    task.setVariableLocal(UNIT, unitName(petitionCase));
    String limitName = limits.get(task.getTaskDefinitionKey());
    if (limitName != null && task.getDueDate() != null) {
      task.setVariableLocal(LIMIT, limitName + " " + day(task.getDueDate()) + "届满");
    }
    if (task.getFollowUpDate() != null) {
      task.setVariableLocal(REMINDER, day(task.getFollowUpDate()));
    }
  }

  /** A limit's reminder gave a waiting task its follow-up date. */
  static void reminded(TaskService tasks, String taskId, Date followUp) {
    tasks.setVariableLocal(taskId, REMINDER, day(followUp));
  }

  private String unitName(PetitionCase petitionCase) {
    String code = petitionCase.getResponsibleUnitCode();
    return code == null ? PETITION_ROOM : units.unit(code).getName();
  }

  private static String day(Date date) {
    return ChinaTime.DAY.format(date.toInstant());
  }
}
