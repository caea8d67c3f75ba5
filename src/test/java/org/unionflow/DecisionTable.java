package org.unionflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** One decision of a DMN file in {@code processes/}, parsed on its own for a table test: no engine, no Spring. */
public final class DecisionTable {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DecisionTable(DmnDecision decision) {
    this.decision = decision;
  }

  /** The decision {@code key} of {@code processes/<file>}. */
  public static DecisionTable parse(String file, String key) {
    try (InputStream table = DecisionTable.class.getResourceAsStream("/processes/" + file)) {
      return new DecisionTable(DMN.parseDecision(key, table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rules that match these inputs. */
  public DmnDecisionResult evaluate(Map<String, Object> inputs) {
    return DMN.evaluateDecision(decision, inputs);
  }
}
