/**
 * UnionFlow: the union's recurring processes (visits, motions, fund, aid) on an embedded Camunda 7 engine.
 * One package per process beside {@code members}, {@code trail} and {@code platform}.
 */
package org.unionflow;
