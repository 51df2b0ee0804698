-- Named and unnamed DEFAULTs with functions, numbers in double parentheses, bit and money literals.
CREATE TABLE dbo.Defs (
    ID int NOT NULL,
    Created datetime NOT NULL CONSTRAINT DF_Defs_Created DEFAULT (getdate()),
    RowId uniqueidentifier NOT NULL DEFAULT newid(),
    Qty int NOT NULL DEFAULT ((0)),
    Status varchar(10) NOT NULL CONSTRAINT DF_Defs_Status DEFAULT ('new'),
    Active bit NOT NULL DEFAULT (1),
    Price money NULL DEFAULT (9.99),
    Stamp datetime2 NULL DEFAULT SYSDATETIME(),
    Label nvarchar(20) NULL DEFAULT N'none'
);
GO
-- @exit 0
-- @pg-ok: INSERT INTO dbo.defs (id) VALUES (1)
-- @pg-ok: INSERT INTO dbo.defs (id) VALUES (2)
-- @pg: SELECT qty, status, active, price, label FROM dbo.defs WHERE id = 1
-- @expect: 0|new|t|9.9900|none
-- @pg: SELECT bool_and(created BETWEEN localtimestamp - interval '1 day' AND localtimestamp + interval '1 day'), \
--      bool_and(stamp IS NOT NULL), count(DISTINCT rowid) FROM dbo.defs
-- @expect: t|t|2
-- @pg-fail: INSERT INTO dbo.defs (id, status) VALUES (3, NULL)
-- @error: not-null
-- @my-ok: INSERT INTO defs (id) VALUES (1)
-- @my-ok: INSERT INTO defs (id) VALUES (2)
-- @my: SELECT qty, status, active, price, label FROM defs WHERE id = 1
-- @expect: 0|new|1|9.9900|none
-- @my: SELECT sum(created BETWEEN now() - INTERVAL 1 DAY AND now() + INTERVAL 1 DAY), sum(stamp IS NOT NULL), \
--      count(DISTINCT rowid), max(length(rowid)) FROM defs
-- @expect: 2|2|2|36
-- @my: SELECT column_type FROM information_schema.columns WHERE table_name = 'defs' AND column_name IN ('created', 'stamp') ORDER BY column_name
-- @expect: datetime(3)
-- @expect: datetime(6)
-- @my-fail: INSERT INTO defs (id, status) VALUES (3, NULL)
-- @error: cannot be null
