-- ALTER TABLE ... NOCHECK CONSTRAINT disables a constraint: PostgreSQL cannot, it is reported.
CREATE TABLE dbo.Acct (ID int NOT NULL PRIMARY KEY, Balance int NOT NULL CONSTRAINT CK_Acct_Balance CHECK (Balance >= 0));
GO
ALTER TABLE dbo.Acct NOCHECK CONSTRAINT CK_Acct_Balance;
GO
-- @exit 0 1
-- @report: K003
-- @pg: SELECT conname FROM pg_constraint WHERE conrelid = 'dbo.acct'::regclass AND contype = 'c'
-- @expect: ck_acct_balance
