/**
 * The approval trail: every completed user task of every process, recorded engine-wide as a hash-chained
 * approval step per case, so auditors can trace who decided what, when, and with which values.
 */
package org.unionflow.trail;
