/** The union's roles as engine groups, what each role may see and do, and the shared Tasklist filters. */
package org.unionflow.platform.identity;
