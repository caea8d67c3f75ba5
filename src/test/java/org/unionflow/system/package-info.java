/**
 * System tests: the packaged app started as separate processes on a real database (H2 file, PostgreSQL),
 * driven over HTTP and in a real browser, killed and restarted.
 */
package org.unionflow.system;
