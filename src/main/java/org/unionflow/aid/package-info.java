/**
 * Hardship aid (困难职工帮扶, SPEC.md §4): the {@code hardshipAid} process, its aid cases and the hardship files
 * (困难职工档案) the union keeps per member.
 */
package org.unionflow.aid;
