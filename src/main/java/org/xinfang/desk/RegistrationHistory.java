package org.xinfang.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The petitioners' names, ID numbers, phone numbers and addresses typed into the desk's
 * registration form never reach the engine's history: the case record is the one place for them,
 * masked per role. The engine would write each form field to ACT_HI_VARINST and ACT_HI_DETAIL as
 * the start submits it; this handler stands in front of the engine's own database handler and
 * leaves out the events of those fields of {@code RegisterPetition}, so not even a row written and
 * deleted later exists. The runtime variables are removed when the case is registered
 * ({@link DeskRegistration#register}). A plugin because the engine's history handler is
 * configured nowhere else; it reaches into the engine's implementation for that alone.
 */
@Component
class RegistrationHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>(
        Optional.ofNullable(configuration.getCustomHistoryEventHandlers()).orElse(List.of()));
    handlers.add(0, new WithoutPersonalFields(new DbHistoryEventHandler()));
    configuration.setCustomHistoryEventHandlers(handlers);
    // the database handler above takes the place of the engine's, which would write every event
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** Whether the event records a personal field of a registration's form. */
  static boolean personal(HistoryEvent event) {
    if (!DeskRegistration.PROCESS_KEY.equals(event.getProcessDefinitionKey())) {
      return false;
    }
    String field = event instanceof HistoricVariableUpdateEventEntity variable ? variable.getVariableName()
        : event instanceof HistoricFormPropertyEventEntity property ? property.getPropertyId() : null;
    return field != null && RegistrationForm.PERSONAL_FIELDS.contains(field);
  }

  private record WithoutPersonalFields(HistoryEventHandler database) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!personal(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
