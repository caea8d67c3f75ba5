package org.unionflow.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps an officer's inbox and the chair's running cases fast on PostgreSQL with many open tasks: the engine's
 * task and process-instance queries get their authorization check in a form PostgreSQL plans per row
 * ({@link AuthorizationCheckRewrite}), and the group ids with authorizations are read from their index
 * ({@link AuthorizedGroupIdsRewrite}). The same authorizations decide; H2 plans the engine's own statements well
 * and keeps them.
 */
@Component
class TaskQueryAuthorizationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new AuthorizationCheckRewrite());
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new AuthorizedGroupIdsRewrite());
    }
  }
}
