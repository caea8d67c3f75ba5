-- Each register's first page, in its default order, read from an index: (union, sort field).
-- Measured at 100,000 rows in docs/BENCHMARKS.md; members (union_id, name) and the ledger
-- (union_id, entry_date) had theirs already.
create index ix_visit_union_reported on uf_visit (union_id, reported_at);
create index ix_motion_union_submitted on uf_motion (union_id, submitted_at);
create index ix_aid_case_union_opened on uf_aid_case (union_id, opened_at);
create index ix_expense_union_requested on uf_expense (union_id, requested_at);
