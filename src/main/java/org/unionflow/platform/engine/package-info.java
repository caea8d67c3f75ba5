/** Engine configuration: tenants per base union, and the engine-wide parse listeners of the other packages. */
package org.unionflow.platform.engine;
