package org.unionflow.platform.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.unionflow.platform.forms.FormContract;
import org.unionflow.platform.forms.StartFormChoices;
import org.unionflow.platform.unions.UnionTree;
import org.springframework.stereotype.Component;

/**
 * Puts UnionFlow's engine-wide behaviour in place: every parse listener bean (form validation, approval trail)
 * applies to every process deployed, every instance gets its base union as tenant, work can be handed over, and
 * every command a person sends passes the form contract, and timer cycles run in the union's zone.
 */
@Component
@RequiredArgsConstructor
class UnionFlowEnginePlugin extends AbstractProcessEnginePlugin {

  private final List<BpmnParseListener> parseListeners;
  private final UnionTenantIdProvider tenantIdProvider;
  private final TaskAssignmentAuthorizations taskAuthorizations;
  private final FormContract formContract;
  private final Clock clock;
  private final UnionTree tree;
  private final StartFormChoices startChoices;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPreBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPreBPMNParseListeners());
    }
    listeners.addAll(parseListeners);
    configuration.setCustomPreBPMNParseListeners(listeners);
    configuration.setTenantIdProvider(tenantIdProvider);
    configuration.setResourceAuthorizationProvider(taskAuthorizations);
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withContract(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withContract(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new UnionCycleCalendar(clock.getZone()));
    configuration.setBusinessCalendarManager(calendars);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new TaskVariablesOutOfHistory(configuration.getHistoryEventHandler()));
  }

  private List<CommandInterceptor> withContract(List<CommandInterceptor> present,
      ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new FormContractInterceptor(configuration, formContract, tree));
    interceptors.add(new StartFormOptionsInterceptor(configuration, startChoices, tree));
    if (present != null) {
      interceptors.addAll(present);
    }
    return interceptors;
  }
}
