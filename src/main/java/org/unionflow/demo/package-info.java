/**
 * Demo data for the {@code demo} profile: a county union over three base unions with officers, members, budgets
 * and congress sessions. Above the features (it calls their services), so the floor stays free of them.
 */
package org.unionflow.demo;
