package org.xinfang.workflow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinfang.casefile.Actors;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseEventRepository;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * Who may hold a task, through every door (claim, assign, delegate; Tasklist, the APIs, our own
 * code): only someone it is offered to, a candidate user or a member of a candidate group, so a
 * case never reaches another unit's staff. And the approver of a draft is never its author: the
 * handler who drafted a reply or asked for an extension cannot sign it off, even when in both of
 * the unit's groups (Art. 34 puts the approval with the unit's leader).
 *
 * <p>Work stays with whoever took it up: a task that follows one the same user completed, offered
 * to a group the completed one was offered to too (the unit's handlers handle what they accepted),
 * is assigned to that user at once instead of waiting to be claimed again. An approval never is:
 * it waits for another person.
 */
@Component
public class TaskAssignments {

  /** The approval tasks of the petition process and the step whose author may not approve it. */
  private static final Map<String, EventType> APPROVES = Map.of(
      Elements.APPROVE_REPLY, EventType.REPLY_DRAFTED,
      Elements.APPROVE_EXTENSION, EventType.EXTENSION_REQUESTED);

  /**
   * A transient variable of the process, for the rest of a completion's command: who completed a
   * task and the groups it was offered to, as {@code user:group,group}.
   */
  static final String HANDED_ON_BY = "handedOnBy";

  private final IdentityService identity;
  private final SystemAuthority system;
  private final CaseFiles caseFiles;
  private final CaseEventRepository events;
  private final Actors actors;

  TaskAssignments(IdentityService identity, SystemAuthority system, CaseFiles caseFiles, CaseEventRepository events,
      Actors actors) {
    this.identity = identity;
    this.system = system;
    this.caseFiles = caseFiles;
    this.events = events;
    this.actors = actors;
  }

  @EventListener(condition = "#task.eventName == 'assignment'")
  public void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    if (!isOfferedTo(task, assignee)) {
      throw new InvalidStepInput("办理人", "待办“" + task.getName() + "”只能由其候选人员办理，不能交给“" + assignee + "”");
    }
    requireNotAuthor(task, assignee);
  }

  /**
   * The one completing an approval is not the author of what it approves. Who completed the task
   * is kept for the task that follows it.
   */
  @EventListener(condition = "#task.eventName == 'complete'")
  public void completed(DelegateTask task) {
    String actor = actors.current();
    if (!Actors.SYSTEM.equals(actor)) {
      requireNotAuthor(task, actor);
      task.getExecution().setVariable(HANDED_ON_BY,
          Variables.stringValue(actor + ":" + String.join(",", candidateGroups(task)), true));
    }
  }

  /** A task that follows one its group's member completed goes to that member (not an approval). */
  @EventListener(condition = "#task.eventName == 'create'")
  public void created(DelegateTask task) {
    if (!(task.getVariable(HANDED_ON_BY) instanceof String handedOn)
        || APPROVES.containsKey(task.getTaskDefinitionKey())) {
      return;
    }
    String userId = handedOn.substring(0, handedOn.indexOf(':'));
    List<String> groups = List.of(handedOn.substring(handedOn.indexOf(':') + 1).split(","));
    if (candidateGroups(task).stream().anyMatch(groups::contains) && isOfferedTo(task, userId)) {
      task.setAssignee(userId);
    }
  }

  private void requireNotAuthor(DelegateTask task, String userId) {
    EventType drafted = APPROVES.get(task.getTaskDefinitionKey());
    if (drafted == null) {
      return;
    }
    PetitionCase petitionCase = caseFiles.of(task);
    List<CaseEvent> drafts = events.findByCaseIdAndTypeOrderByIdAsc(petitionCase.getId(), drafted);
    if (!drafts.isEmpty() && Objects.equals(drafts.get(drafts.size() - 1).getActor(), userId)) {
      throw new InvalidStepInput("审批人", "“" + drafted.label() + "”由本人提出，须由单位负责人中的其他人审批");
    }
  }

  private List<String> candidateGroups(DelegateTask task) {
    return system.run(() -> task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList());
  }

  private boolean isOfferedTo(DelegateTask task, String userId) {
    // the one acting counts with the groups the engine authorizes them by, anyone else by membership
    var acting = identity.getCurrentAuthentication();
    List<String> actingGroups = acting != null && userId.equals(acting.getUserId()) && acting.getGroupIds() != null
        ? acting.getGroupIds() : List.of();
    return system.run(() -> task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> userId.equals(link.getUserId()) || actingGroups.contains(link.getGroupId())
            || isMember(userId, link)));
  }

  private boolean isMember(String userId, IdentityLink link) {
    return link.getGroupId() != null
        && identity.createUserQuery().userId(userId).memberOfGroup(link.getGroupId()).count() > 0;
  }
}
