-- The union hierarchy: base unions under county (or city) unions. Each id is also an engine tenant id.
create table uf_union (
  id        varchar(64)  not null primary key,
  name      varchar(200) not null,
  parent_id varchar(64)  references uf_union (id),
  kind      varchar(16)  not null check (kind in ('BASE', 'COUNTY', 'CITY'))
);
create index ix_union_parent on uf_union (parent_id);
