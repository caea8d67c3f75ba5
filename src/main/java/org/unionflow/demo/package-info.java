/**
 * Demo data for the {@code demo} profile: two base unions with officers, members, a budget and a congress
 * session. Above the features (it calls their services), so the floor stays free of them.
 */
package org.unionflow.demo;
