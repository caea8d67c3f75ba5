/**
 * The benchmark harness: what UnionFlow costs per case against the bare engine, end to end over REST, and how
 * inboxes, registers, history and start-up scale. Run by the {@code bench} Maven profile; see README, "Benchmarks".
 */
package org.unionflow.bench;
