/**
 * Server-side validation of everything a form submits: the constraints written in the Camunda Form itself
 * (required, ranges, lengths, options) plus the domain checks of each process, before the engine accepts it.
 */
package org.unionflow.platform.forms;
