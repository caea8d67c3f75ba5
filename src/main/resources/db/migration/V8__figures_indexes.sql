-- The year's figures (org.unionflow.county) group each register by union over a period: every statement reads
-- an index that starts with (union, the date that puts a row in the period), so a county of a thousand base
-- unions reads the period's rows, not ten years of them. Measured in docs/BENCHMARKS.md ("Figures").
-- Motions (union_id, submitted_at), the ledger (union_id, entry_date) and sessions (union_id, opens_on) have theirs.
create index ix_visit_union_visit_date on uf_visit (union_id, visit_date);
create index ix_aid_case_union_paid on uf_aid_case (union_id, paid_on);
create index ix_aid_case_union_notice on uf_aid_case (union_id, notice_starts);
create index ix_motion_union_published on uf_motion (union_id, published_on);
create index ix_expense_union_paid on uf_expense (union_id, paid_on);
create index ix_fund_audit_union_published on uf_fund_audit (union_id, published_at);
create index ix_audit_finding_audit_status on uf_audit_finding (audit_id, status);
create index ix_hardship_file_union on uf_hardship_file (union_id, since);
create index ix_hardship_change_union_day on uf_hardship_file_change (union_id, changed_on);
create index ix_member_union_joined on uf_member (union_id, join_date);
-- spending of a line in a period (budget execution): the line, then the day
create index ix_ledger_line_date on uf_ledger_entry (budget_line_id, entry_date);
