/**
 * The union's registers (台账) as pages: the web layer above the features, on the webapps' login. It reads
 * through the features' own REST endpoints and the one read policy of the floor; it holds no rule of its own.
 */
package org.unionflow.registers;
