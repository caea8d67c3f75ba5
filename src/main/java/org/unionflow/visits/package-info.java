/**
 * The five mandatory visits (五必访): an event in a member's life is reported, the visit standard decided by
 * DMN, the visit planned, made and recorded, condolence money paid and booked, the visit ledger (走访台账)
 * written, and a hardship referral recorded where the visit found serious hardship.
 */
package org.unionflow.visits;
