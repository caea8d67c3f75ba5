-- each co-signer confirms (附议) or declines in a task of their own before the committee reviews the motion
alter table uf_motion add column confirmed_co_signers varchar(500);
alter table uf_motion add column declined_co_signers varchar(500);
