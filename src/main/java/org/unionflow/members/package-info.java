/** The member register (会员档案): every union member of a base union, the people visits and aid are for. */
package org.unionflow.members;
