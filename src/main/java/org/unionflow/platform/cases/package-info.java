/**
 * What makes a case recognisable at a glance in Tasklist: each process says how its case is titled and which
 * codes its forms show as labels, and every user task gets them as process variables when it is created.
 */
package org.unionflow.platform.cases;
