package org.unionflow.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps an officer's inbox and the chair's running cases fast on PostgreSQL with many open tasks: the engine's
 * task and process-instance queries get their authorization check in a form PostgreSQL plans per row
 * ({@link AuthorizationCheckRewrite}), and the group ids with authorizations are read from their index
 * ({@link AuthorizedGroupIdsRewrite}); a page of tasks in creation order or of running cases is read per tenant
 * side from an index this plugin adds ({@link PageByTenant}). The same authorizations decide; H2 plans the
 * engine's own statements well and keeps them.
 */
@Component
class TaskQueryAuthorizationPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryAuthorizationPlugin.class);
  // one node at a time: two nodes starting together would both try to create the index
  private static final long INDEX_LOCK = 0x5546_5441_534bL;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new AuthorizationCheckRewrite());
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new AuthorizedGroupIdsRewrite());
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      return;
    }
    for (PageByTenant.Shape shape : PageByTenant.Shape.values()) {
      String create = "create index if not exists " + shape.index + " on " + configuration.getDatabaseTablePrefix()
          + shape.table + " (TENANT_ID_, " + shape.orderColumn + ")";
      try (Connection connection = configuration.getDataSource().getConnection();
          Statement statement = connection.createStatement()) {
        connection.setAutoCommit(false);
        statement.execute("select pg_advisory_xact_lock(" + INDEX_LOCK + ")");
        statement.execute(create);
        connection.commit();
      } catch (SQLException e) {
        // the pages stay right without it, only slower: a database user without the right can have it made
        LOG.warn("Could not create the index for the pages by tenant; run: {}", create, e);
      }
    }
  }
}
