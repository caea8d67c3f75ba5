/**
 * The administrator's one step for a new union under a county: the tree and its tenant (platform), this year's
 * budget lines (fund) and the first congress session (motions). Above the features it calls, like demo.
 */
package org.unionflow.admin;
