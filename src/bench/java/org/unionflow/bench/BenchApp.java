package org.unionflow.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.unionflow.UnionFlowApplication;

/** UnionFlow itself, started in the harness's JVM with the demo data, its job executor off (timers are fired). */
final class BenchApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  BenchApp(Database database) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.datasource.url", database.url());
    properties.put("spring.datasource.username", database.user());
    properties.put("spring.datasource.password", database.password());
    properties.put("spring.datasource.hikari.maximum-pool-size", "20");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    // the demo's people and budgets, without its year of history: the figures are UnionFlow's, not the demo's
    properties.put("unionflow.demo.history", "false");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.org.unionflow.bench", "INFO");
    // the inbox's leak check expects refusals; the engine logs each as an error (a real failure ends the run)
    properties.put("logging.level.org.camunda.bpm.engine.context", "OFF");
    // on PostgreSQL, production's settings of application-postgres.yaml; as arguments: default properties would
    // lose against application.yaml
    String[] profiles = Database.POSTGRES.equals(database.kind()) ? new String[] {"demo", "postgres"}
        : new String[] {"demo"};
    context = new SpringApplicationBuilder(UnionFlowApplication.class).profiles(profiles)
        .run(properties.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
            .toArray(String[]::new));
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  ProcessEngineConfigurationImpl engineConfiguration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }

  DataSource dataSource() {
    return context.getBean(DataSource.class);
  }

  String baseUrl() {
    return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  String demoPassword() {
    return context.getEnvironment().getRequiredProperty("unionflow.demo.password");
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  void execute(String sql) {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  long count(String sql) {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
