/**
 * The steps of a process and the cases waiting at them: a register lists the cases at one user task (overdue
 * ones only, if asked), as the dashboard's open-work bars count them, found through the engine's open tasks.
 */
package org.unionflow.platform.steps;
