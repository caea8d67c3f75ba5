/** Login for the domain REST, the engine REST and the webapps, all against the engine's identity service. */
package org.unionflow.platform.security;
