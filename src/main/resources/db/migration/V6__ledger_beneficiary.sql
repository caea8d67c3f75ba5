-- The member a payment went to, apart from the description, so the ledger can mask the name for most readers
-- (as the public notice does) instead of printing it in every row's text.
alter table uf_ledger_entry add column beneficiary varchar(100);
