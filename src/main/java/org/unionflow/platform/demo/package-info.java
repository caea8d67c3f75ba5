/** Demo data for the {@code demo} profile: two base unions with officers, members and a budget. */
package org.unionflow.platform.demo;
