/**
 * The approval trail: every completed user task of every process, recorded engine-wide as a hash-chained
 * approval step per case, and the read side auditors use to trace who decided what, when, and with which values
 * (REST under /api/trail, CSV/PDF exports, chain verification, and the Cockpit plugin that calls them).
 */
package org.unionflow.trail;
