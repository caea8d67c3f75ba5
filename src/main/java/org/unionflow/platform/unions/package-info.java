/**
 * The union hierarchy: base unions under county (or city) unions, any depth. Each union is also an engine
 * tenant; the tree says whose cases a union's people read.
 */
package org.unionflow.platform.unions;
