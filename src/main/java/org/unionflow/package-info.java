/**
 * UnionFlow: the union's recurring processes (visits, motions, expenses, audit, aid) on an embedded Camunda 7
 * engine. One package per process beside the ledger {@code fund}, {@code members}, {@code demo}, {@code trail}
 * and {@code platform}.
 */
package org.unionflow;
