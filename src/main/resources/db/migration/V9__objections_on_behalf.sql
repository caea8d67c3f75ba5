-- Objections an officer records for a member who objected in person, by phone or in writing: who objected
-- and how. Objections lodged on the notice board by the objector themselves are ONLINE.
alter table uf_aid_objection add column objector_staff_no varchar(32);
alter table uf_aid_objection add column objector_name varchar(100);
alter table uf_aid_objection add column channel varchar(16) default 'ONLINE' not null;

-- The hardship files' page lists a union's open files by their next review date.
create index ix_hardship_file_union_review on uf_hardship_file (union_id, closed, next_review_on);
