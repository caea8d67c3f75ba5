/**
 * Congress motion handling (教代会/职代会提案): congress sessions and their representatives, the motion
 * register (提案登记), the {@code congressMotion} process from submission through committee review,
 * departmental replies, sign-off and the proposer's feedback to publication (校务公开), and per-session
 * statistics.
 */
package org.unionflow.motions;
